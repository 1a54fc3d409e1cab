import Foundation
import GitCore
import GitHistory
import Testing
import TestSupport

/// Repositories in awkward states: each is analyzed or refused with a message that names the problem.
@Suite struct BadInputTests {
    private func git(_ arguments: [String], _ folder: String) throws -> String {
        try FixtureRepository.git(arguments, in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Moves the fixture's objects out of their pack into loose files, so single objects can be broken.
    private func looseCopy(_ fixture: String) throws -> String {
        let path = try FixtureRepository.materialize(fixture)
        let packs = URL(fileURLWithPath: path).appendingPathComponent(".git/objects/pack")
        // Small fast-imports are already loose (fastimport.unpackLimit).
        guard let pack = try FileManager.default.contentsOfDirectory(atPath: packs.path).first(where: {
            $0.hasSuffix(".pack")
        }) else { return path }
        let saved = try FixtureRepository.temporaryFolder().appendingPathComponent("objects.pack")
        try FileManager.default.moveItem(at: packs.appendingPathComponent(pack), to: saved)
        for leftover in try FileManager.default.contentsOfDirectory(atPath: packs.path) {
            try FileManager.default.removeItem(at: packs.appendingPathComponent(leftover))
        }
        _ = try FixtureRepository.runCapturing(
            "/usr/bin/git", ["unpack-objects", "-q"], in: path, input: try Data(contentsOf: saved))
        return path
    }

    private func objectFile(_ id: String, in path: String) -> String {
        "\(path)/.git/objects/\(id.prefix(2))/\(id.dropFirst(2))"
    }

    @Test func refusesAnEmptyRepository() throws {
        let path = try FixtureRepository.materialize("empty-repo")

        #expect(throws: GitError.emptyRepository(path: path)) {
            try HistoryMiner(path: path).mine(HistoryOptions())
        }
    }

    @Test func refusesAnUnbornHead() throws {
        let path = try FixtureRepository.materialize("history-basic")
        _ = try git(["symbolic-ref", "HEAD", "refs/heads/nothing-yet"], path)

        #expect(throws: GitError.unbornBranch(path: path, branch: "nothing-yet")) {
            try HistoryMiner(path: path).mine(HistoryOptions())
        }
    }

    @Test func refusesAnUnknownRevision() throws {
        let path = try FixtureRepository.materialize("history-basic")

        #expect(throws: GitError.unknownRevision("no-such-branch")) {
            try HistoryMiner(path: path).mine(HistoryOptions(revision: "no-such-branch"))
        }
    }

    @Test func minesFromADetachedHead() throws {
        let path = try FixtureRepository.materialize("history-basic")
        _ = try git(["checkout", "--quiet", "--detach", "HEAD~2"], path)

        let mined = try HistoryMiner(path: path).mine(.numstat())

        #expect(mined.diagnostics.isHeadDetached)
        #expect(mined.commits.last?.subject == "Rename Util to Helpers")
    }

    @Test func minesABareClone() throws {
        let source = try FixtureRepository.materialize("history-basic")
        let bare = try FixtureRepository.temporaryFolder().appendingPathComponent("bare.git").path
        _ = try git(["clone", "--quiet", "--bare", source, bare], source)

        let mined = try HistoryMiner(path: bare).mine(.numstat())

        #expect(mined.diagnostics.isBare)
        #expect(mined.commits.count == 6)
    }

    @Test func minesALinkedWorktree() throws {
        let source = try FixtureRepository.materialize("history-basic")
        let worktree = try FixtureRepository.temporaryFolder().appendingPathComponent("wt").path
        _ = try git(["worktree", "add", "--quiet", worktree, "side"], source)

        let mined = try HistoryMiner(path: worktree).mine(.numstat())

        #expect(mined.commits.last?.subject == "Side: greet")
    }

    @Test func saysPlainlyThatAShallowCloneIsPartial() throws {
        let source = try FixtureRepository.materialize("history-basic")
        let shallow = try FixtureRepository.temporaryFolder().appendingPathComponent("shallow").path
        _ = try git(["clone", "--quiet", "--depth", "2", "file://\(source)", shallow], source)

        let present = try git(["rev-list", "--count", "HEAD"], shallow)

        let mined = try HistoryMiner(path: shallow).mine(.numstat())

        let warning = try #require(mined.diagnostics.shallowWarning)
        #expect(mined.diagnostics.isShallow)
        #expect("\(mined.diagnostics.commitsWalked)" == present)
        #expect(warning.contains("only \(present) commits"))
        #expect(warning.contains("partial"))
        #expect(warning.contains("fetch-depth: 0"))
    }

    @Test func survivesNonUTF8AuthorsAndPaths() throws {
        let path = try FixtureRepository.materialize("history-nonutf8")

        let mined = try HistoryMiner(path: path).mine(.numstat())

        #expect(mined.commits.count == 2)
        #expect(mined.commits[0].author.name == "Jos\u{FFFD} Example")
        #expect(mined.commits[1].changes.map(\.path) == ["caf\u{FFFD}.txt"])
        #expect(mined.commits[1].changes.first?.linesAdded == 1)
    }

    @Test func countsAMissingBlobAsUnreadableAndGoesOn() throws {
        let path = try looseCopy("history-basic")
        let blob = try git(["rev-parse", "HEAD~4:Sources/App.swift"], path)  // "Print twice"'s version
        try FileManager.default.removeItem(atPath: objectFile(blob, in: path))

        let mined = try HistoryMiner(path: path).mine(.numstat())

        let unreadable = try #require(mined.diagnostics.unreadableBlobs.first)
        #expect(unreadable.blob.description == blob)
        #expect(unreadable.path == "Sources/App.swift")
        #expect(mined.commits.count == 6)
        #expect(mined.commits.flatMap(\.changes).contains { $0.isUnreadable })
    }

    @Test func namesACorruptCommit() throws {
        let path = try looseCopy("history-basic")
        let commit = try git(["rev-parse", "HEAD~1"], path)
        let file = objectFile(commit, in: path)
        try FileManager.default.removeItem(atPath: file)
        try Data("not a zlib stream".utf8).write(to: URL(fileURLWithPath: file))

        let error = #expect(throws: GitError.self) { try HistoryMiner(path: path).mine(.numstat()) }

        #expect(error?.description.contains(String(commit.prefix(7))) == true)
    }

    @Test func namesACorruptTree() throws {
        let path = try looseCopy("history-basic")
        let tree = try git(["rev-parse", "HEAD~1^{tree}"], path)
        let file = objectFile(tree, in: path)
        try FileManager.default.removeItem(atPath: file)
        try Data("not a zlib stream".utf8).write(to: URL(fileURLWithPath: file))

        let error = #expect(throws: GitError.self) { try HistoryMiner(path: path).mine(.numstat()) }

        #expect(error?.description.contains(tree) == true)
    }
}
