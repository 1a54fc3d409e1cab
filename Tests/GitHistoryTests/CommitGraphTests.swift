import Foundation
import GitCore
import GitHistory
import Testing
import TestSupport

/// `CommitGraph.walk` must give exactly libgit2's order (trend samples equal `scan --rev` only then).
@Suite struct CommitGraphTests {
    @Test(arguments: ["history-basic", "trend-weekly", "modules-history", "rename-chain"])
    func walksInLibgit2sOrderFromEveryCommit(fixture: String) throws {
        try expectSameOrder(in: try FixtureRepository.materialize(fixture))
    }

    /// Topic branches merged back, with equal and backwards committer times: libgit2's heap decides.
    @Test func walksInLibgit2sOrderWithTiedAndSkewedTimes() throws {
        let path = try FixtureRepository.temporaryFolder(prefix: "graph").path
        try FixtureRepository.git(["init", "-q", "--initial-branch=main", path], in: "/")
        var stream = ""
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func commit(_ mark: Int, branch: String, from: Int?, merge: Int? = nil) {
            let time = 1_700_000_000 + next(6) * 60  // few distinct times: many ties, some going back
            stream += "commit refs/heads/\(branch)\nmark :\(mark)\n"
            stream += "author A <a@example.com> \(time) +0000\ncommitter A <a@example.com> \(time) +0000\n"
            stream += "data 2\nc\(mark % 10)\n"
            if let from { stream += "from :\(from)\n" }
            if let merge { stream += "merge :\(merge)\n" }
            stream += "M 100644 inline f\(mark % 7)\ndata 3\n\(mark % 100)\n\n"
        }
        var main = 1
        commit(1, branch: "main", from: nil)
        var mark = 1
        for round in 0..<25 {
            let base = main
            var tip = base
            for _ in 0..<(1 + next(3)) {
                mark += 1
                commit(mark, branch: "t\(round)", from: tip)
                tip = mark
            }
            mark += 1
            commit(mark, branch: "main", from: main)
            main = mark
            mark += 1
            commit(mark, branch: "main", from: main, merge: tip)
            main = mark
        }
        _ = try FixtureRepository.runCapturing(
            "/usr/bin/git", ["fast-import", "--quiet"], in: path, input: Data(stream.utf8))
        try expectSameOrder(in: path)
    }

    /// A real repository (`ACCRUE_GRAPH_CHECK_REPO=/path/to/git`): ten commits of its first-parent line.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACCRUE_GRAPH_CHECK_REPO"] != nil))
    func walksInLibgit2sOrderOnARealRepository() throws {
        let path = ProcessInfo.processInfo.environment["ACCRUE_GRAPH_CHECK_REPO"] ?? "."
        let repository = try Repository(discovering: path)
        let head = try repository.resolveCommit("HEAD")
        let graph = try repository.commitGraph(from: head)
        let line = try repository.reachableCommits(from: head, firstParent: true)
        for id in stride(from: 0, to: min(line.count, 1_500), by: 150).map({ line[$0] }) {
            let ordered = try repository.reachableCommits(from: id, firstParent: false, graph: graph)
            #expect(ordered == (try repository.reachableCommits(from: id, firstParent: false)), "from \(id)")
        }
    }

    private func expectSameOrder(in path: String) throws {
        let repository = try Repository(discovering: path)
        let head = try repository.resolveCommit("HEAD")
        let graph = try repository.commitGraph(from: head)
        #expect(graph.ids.count == (try repository.reachableCommits(from: head, firstParent: false)).count)
        for id in graph.ids {
            for firstParent in [false, true] {
                let expected = try repository.reachableCommits(from: id, firstParent: firstParent)
                let ordered = try repository.reachableCommits(from: id, firstParent: firstParent, graph: graph)
                #expect(ordered == expected, "from \(id), first parent \(firstParent)")
            }
        }
    }
}
