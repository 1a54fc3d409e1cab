internal import CGitShim
internal import CLibGit2
import Foundation

/// An open git repository: one libgit2 handle, used from one thread at a time.
///
/// Open one per thread; libgit2 repositories are not safe to share across threads.
public final class Repository {
    /// The libgit2 handle, for the other git-layer targets only.
    package let handle: OpaquePointer

    /// The folder the repository was opened from, as given.
    public let path: String

    /// Opens the repository that contains `path` (searching parent folders, like git does).
    ///
    /// A folder that is itself a git directory (or inside one) opens as bare, as git opens it, unless its
    /// configuration sets `core.bare` or `core.worktree` (see `Repository.opensAsBare`, in Repository+Opening.swift).
    public init(discovering path: String) throws(GitError) {
        Repository.initializeLibrary()
        var pointer = try Repository.open(path, flags: 0)
        if Repository.opensAsBare(pointer, from: path) {
            let gitDirectory = String(cString: git_repository_path(pointer))
            git_repository_free(pointer)
            let flags = GIT_REPOSITORY_OPEN_BARE.rawValue | GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
            pointer = try Repository.open(gitDirectory, flags: flags)
        }
        self.handle = pointer
        self.path = path
    }

    private static func open(_ path: String, flags: UInt32) throws(GitError) -> OpaquePointer {
        var pointer: OpaquePointer?
        let code = git_repository_open_ext(&pointer, path, flags, nil)
        guard code == 0, let pointer else {
            if code == GIT_ENOTFOUND.rawValue || code == -36 {  // -36: GIT_EOWNER (libgit2 1.4.3+)
                if let repository = ownedByAnother(path) { throw .untrustedOwner(path: path, repository: repository) }
                throw .notARepository(path: path)
            }
            throw .libgit2(operation: "opening \(path)", code: code, message: lastErrorMessage())
        }
        return pointer
    }

    /// The folder holding `path`'s `.git` when another user owns it: libgit2 then reports no repository at all.
    private static func ownedByAnother(_ path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            let dotGit = folder.appendingPathComponent(".git").path
            var info = stat()
            if lstat(dotGit, &info) == 0 {
                return info.st_uid == geteuid() ? nil : folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    deinit { git_repository_free(handle) }

    private static let initialized: Bool = {
        _ = accrue_git_init()
        // Hash verification on every object read costs a large share of blob reading.
        _ = accrue_git_set_strict_hash_verification(0)
        return true
    }()

    /// Initializes libgit2 once for the process.
    public static func initializeLibrary() { _ = initialized }

    /// The work tree's root folder (ends without a slash), or nil for a bare repository.
    public var workingDirectory: String? {
        guard let raw = git_repository_workdir(handle) else { return nil }
        var text = String(cString: raw)
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// The `.git` folder (or the bare repository's folder).
    public var gitDirectory: String {
        String(cString: git_repository_path(handle))
    }

    public var isBare: Bool { git_repository_is_bare(handle) == 1 }
    public var isShallow: Bool { git_repository_is_shallow(handle) == 1 }
    public var isEmpty: Bool { git_repository_is_empty(handle) == 1 }
    public var isHeadUnborn: Bool { git_repository_head_unborn(handle) == 1 }

    /// The branch an unborn HEAD points to (`refs/heads/` dropped), or `HEAD`.
    private var unbornBranchName: String {
        var head: OpaquePointer?
        guard git_reference_lookup(&head, handle, "HEAD") == 0, let head else { return "HEAD" }
        defer { git_reference_free(head) }
        guard let target = git_reference_symbolic_target(head) else { return "HEAD" }
        let name = String(cString: target)
        return name.hasPrefix("refs/heads/") ? String(name.dropFirst(11)) : name
    }
    public var isHeadDetached: Bool { git_repository_head_detached(handle) == 1 }

    /// Resolves a revision expression (`HEAD`, a branch, a tag, `abc123~2`) to a commit id.
    public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        guard code == 0, let object else {
            // No revision names anything before the first commit; an unborn HEAD beside other branches
            // (an orphan branch) is empty only for HEAD. (`isEmpty` alone misses an unborn `main`: libgit2
            // compares HEAD with init.defaultBranch, `master` when unset.)
            if isEmpty || (isHeadUnborn && !hasReferences) { throw .emptyRepository(path: path) }
            if isHeadUnborn && revision == "HEAD" { throw .unbornBranch(path: path, branch: unbornBranchName) }
            throw .unknownRevision(revision)
        }
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        guard git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) == 0, let peeled else {
            throw .notACommit(revision: revision, kind: String(cString: git_object_type2string(git_object_type(object))))
        }
        defer { git_object_free(peeled) }
        return ObjectID(git_object_id(peeled))
    }
}
