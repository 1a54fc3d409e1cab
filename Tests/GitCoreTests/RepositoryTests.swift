import Foundation
import GitCore
import Testing
import TestSupport

@Suite struct RepositoryTests {
    @Test func listsTheIndexAndTheTreeOfAFixture() throws {
        let path = try FixtureRepository.materialize("basic")

        let repository = try Repository(discovering: path)
        let head = try repository.resolveCommit("HEAD")
        let tree = try repository.treeEntries(commit: head).map(\.path)
        let index = try repository.indexEntries().map(\.path)

        #expect(head.description == "6919739" + head.description.dropFirst(7))
        #expect(tree == ["Package.swift", "Sources/Demo/Demo.swift", "Sources/Demo/main.c", "vendor/lib.js"])
        #expect(index == tree)
    }

    @Test func readsBlobsWithoutACheckout() throws {
        let path = try FixtureRepository.materialize("basic")
        let repository = try Repository(discovering: path)
        let first = try repository.resolveCommit("HEAD~1")

        let entries = try repository.treeEntries(commit: first)
        let bytes = try #require(repository.blobBytes(entries[1].id))

        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("import Foundation"))
    }

    /// Needs root (CI runs as root) to give the repository to another user.
    @Test(.enabled(if: geteuid() == 0)) func aRepositoryOfAnotherUserNamesGitsOwnershipCheck() throws {
        let path = try FixtureRepository.materialize("basic")
        try FixtureRepository.runCapturing("/bin/chown", ["-R", "65534", path])

        #expect(throws: GitError.untrustedOwner(path: path, repository: path)) { try Repository(discovering: path) }
    }

    @Test func anOrphanBranchIsNamedNotCalledAnEmptyRepository() throws {
        let path = try FixtureRepository.materialize("basic")
        try FixtureRepository.git(["checkout", "--quiet", "--orphan", "fresh"], in: path)

        #expect(throws: GitError.unbornBranch(path: path, branch: "fresh")) {
            try Repository(discovering: path).resolveCommit("HEAD")
        }
    }

    @Test func namesTheProblemForBadRepositories() throws {
        let folder = try FixtureRepository.temporaryFolder().path
        #expect(throws: GitError.notARepository(path: folder)) { try Repository(discovering: folder) }

        let empty = try FixtureRepository.materialize("empty-repo")
        let repository = try Repository(discovering: empty)
        #expect(throws: GitError.emptyRepository(path: empty)) { try repository.resolveCommit("HEAD") }

        let basic = try Repository(discovering: try FixtureRepository.materialize("basic"))
        #expect(throws: GitError.unknownRevision("nope")) { try basic.resolveCommit("nope") }
    }
}
