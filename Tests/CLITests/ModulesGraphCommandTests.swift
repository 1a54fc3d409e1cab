import Foundation
import Testing
import TestSupport

/// `accrue modules --format dot|mermaid` end to end.
@Suite struct ModulesGraphCommandTests {
    /// A Cargo crate and a Go module both named `core`: named apart by their ecosystems, one node each, no crash
    /// (Mermaid trapped on the duplicate key).
    @Test(arguments: ["dot", "mermaid"])
    func modulesSharingANameAreTwoNodes(format: String) throws {
        let path = try FixtureRepository.materialize("modules-duplicate-names")
        let listed = try AccrueBinary.run(["modules", path, "--format", "json", "--no-history"])
        #expect(listed.stdout.contains("\"name\" : \"core (cargo)\""))
        #expect(listed.stdout.contains("\"name\" : \"core (go)\""))

        let result = try AccrueBinary.run(["modules", path, "--format", format, "--no-history"])

        #expect(result.status == 0)
        for name in ["core (cargo)", "core (go)"] {
            let node = format == "dot" ? "\"\(name)\" [label=\"\(name)\"" : "[\"\(name)\"]"
            #expect(result.stdout.components(separatedBy: node).count - 1 == 1)
        }
    }
}
