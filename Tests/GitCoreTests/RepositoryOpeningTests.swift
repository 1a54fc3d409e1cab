import Foundation
import GitCore
import Testing
import TestSupport

/// Which folder a path opens as, matched against git's own answer (`git rev-parse --is-bare-repository`).
@Suite struct RepositoryOpeningTests {
    /// A bare clone of the `basic` fixture with its `config` removed, as `fetch` mirrors are (HEAD, objects,
    /// refs, packed-refs and nothing else).
    private func mirror() throws -> (path: String, head: String) {
        let (path, source) = try FixtureRepository.configlessMirror()
        let head = try FixtureRepository.git(["rev-parse", "HEAD"], in: source)
        return (path, head.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func aGitDirectoryWithoutConfigOpensAsBareAsGitDoes() throws {
        let (path, head) = try mirror()

        let repository = try Repository(discovering: path)
        let gitSays = try FixtureRepository.git(["rev-parse", "--is-bare-repository"], in: path)

        #expect(gitSays == "true\n")
        #expect(repository.isBare)
        #expect(repository.workingDirectory == nil)
        #expect(try repository.resolveCommit("HEAD").description == head)
        #expect(try repository.treeEntries(commit: repository.resolveCommit("HEAD")).count == 4)
    }

    @Test func aFolderInsideAGitDirectoryOpensItAsBare() throws {
        let (path, _) = try mirror()

        let repository = try Repository(discovering: path + "/refs/heads")

        #expect(repository.isBare)
        #expect(repository.gitDirectory.hasSuffix("/repo/"))
    }

    @Test func aLinkToAGitDirectoryOpensAsBare() throws {
        let (path, _) = try mirror()
        let link = try FixtureRepository.temporaryFolder(prefix: "link").path + "/mirror"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)

        #expect(try Repository(discovering: link).isBare)
    }

    @Test func theDotGitFolderGivenDirectlyKeepsItsWorkTree() throws {
        let path = try FixtureRepository.materialize("basic")
        let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path

        let repository = try Repository(discovering: path + "/.git")

        #expect(!repository.isBare)
        #expect(repository.workingDirectory == root)
        #expect(try repository.indexEntries().count == 4)
    }

    @Test func aLinkedWorkTreeAndItsGitDirectoryKeepTheirWorkTree() throws {
        let path = try FixtureRepository.materialize("basic")
        let linked = try FixtureRepository.temporaryFolder(prefix: "linked").path + "/wt"
        try FixtureRepository.git(["worktree", "add", "--quiet", linked, "HEAD"], in: path)
        let root = URL(fileURLWithPath: linked).resolvingSymlinksInPath().path

        let fromWorkTree = try Repository(discovering: linked)
        let fromGitDirectory = try Repository(discovering: fromWorkTree.gitDirectory)

        #expect(fromWorkTree.workingDirectory == root)
        #expect(fromGitDirectory.workingDirectory == root)
        #expect(!fromGitDirectory.isBare)
    }

    @Test func aMissingPathAndAFileAreNamedAsSuch() throws {
        let folder = try FixtureRepository.temporaryFolder().path
        let file = folder + "/notes.txt"
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: file))

        #expect(throws: GitError.noSuchFolder(path: folder + "/missing")) { try Repository.checkFolder(folder + "/missing") }
        #expect(throws: GitError.notAFolder(path: file)) { try Repository.checkFolder(file) }
        try Repository.checkFolder(folder)
        #expect(GitError.noSuchFolder(path: "x").description == "no such folder: x (expected a folder inside a git repository)")
        #expect(GitError.notAFolder(path: "x").description == "x is a file, not a folder: expected a folder inside a git repository")
    }

    @Test func aRevisionNamingABlobOrTreeIsNotACommit() throws {
        let repository = try Repository(discovering: try FixtureRepository.materialize("basic"))

        #expect(throws: GitError.notACommit(revision: "HEAD:Package.swift", kind: "blob")) {
            try repository.resolveCommit("HEAD:Package.swift")
        }
        #expect(throws: GitError.notACommit(revision: "HEAD^{tree}", kind: "tree")) {
            try repository.resolveCommit("HEAD^{tree}")
        }
    }

    @Test func anyRevisionOfARepositoryWithoutCommitsSaysSo() throws {
        let path = try FixtureRepository.materialize("empty-repo")
        let repository = try Repository(discovering: path)

        #expect(throws: GitError.emptyRepository(path: path)) { try repository.resolveCommit("main") }
    }
}
