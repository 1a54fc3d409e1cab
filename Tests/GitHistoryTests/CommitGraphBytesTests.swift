import Foundation
import GitCore
import GitHistory
import Testing
import TestSupport

/// A stored graph (`serialized`), and one extended from an older head's, order walks as a fresh one does.
@Suite struct CommitGraphBytesTests {
    @Test(arguments: ["history-basic", "modules-history", "rename-chain"])
    func aStoredAndExtendedGraphWalksLikeAFreshOne(fixture: String) throws {
        let repository = try Repository(discovering: try FixtureRepository.materialize(fixture))
        let head = try repository.resolveCommit("HEAD")
        let fresh = try repository.commitGraph(from: head)
        let read = try #require(CommitGraph(serialized: fresh.serialized))
        #expect(read.ids == fresh.ids && read.times == fresh.times)
        #expect(read.parentStart == fresh.parentStart && read.parentList == fresh.parentList)
        // An older head's graph (what an earlier run stored), extended from the new head.
        let older = try repository.commitGraph(from: try repository.resolveCommit("HEAD~2"))
        let extended = try repository.commitGraph(from: head, extending: older)
        #expect(Set(extended.ids) == Set(fresh.ids))
        for id in fresh.ids {
            let expected = try repository.reachableCommits(from: id, firstParent: false)
            #expect(try repository.reachableCommits(from: id, firstParent: false, graph: extended) == expected)
            #expect(try repository.reachableCommits(from: id, firstParent: false, graph: read) == expected)
        }
    }

    @Test func foreignOrDamagedBytesAreRefused() throws {
        let repository = try Repository(discovering: try FixtureRepository.materialize("history-basic"))
        let bytes = try repository.commitGraph(from: try repository.resolveCommit("HEAD")).serialized
        #expect(CommitGraph(serialized: Data("not a graph".utf8)) == nil)
        #expect(CommitGraph(serialized: bytes.dropLast(3)) == nil)
        #expect(CommitGraph(serialized: bytes + Data([0])) == nil)
    }
}
