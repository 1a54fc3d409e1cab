import Foundation
import GitCore
import Testing
import TestSupport

/// A partial clone (`git clone --filter`) says so in its configuration: a promisor remote, or the older
/// `extensions.partialClone`. accrue fetches no object, so it must know when objects are missing by design.
@Suite struct PartialCloneTests {
    @Test(arguments: [
        (["remote.origin.promisor", "true"], true), (["extensions.partialClone", "origin"], true),
        (["remote.upstream.promisor", "false"], false), (["remote.origin.url", "https://example.com/x.git"], false),
    ])
    func theConfigurationSaysSo(setting: [String], partial: Bool) throws {
        let path = try FixtureRepository.materialize("basic")
        #expect(try !Repository(discovering: path).isPartialClone)

        try FixtureRepository.git(["config"] + setting, in: path)

        #expect(try Repository(discovering: path).isPartialClone == partial)
    }
}
