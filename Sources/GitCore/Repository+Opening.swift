internal import CLibGit2
import Foundation

extension Repository {
    /// Whether a repository libgit2 opened with a work tree is one git opens as bare.
    ///
    /// git treats a folder that is itself a git directory (HEAD, objects, refs; or a folder inside one)
    /// as bare unless its configuration sets `core.bare` or `core.worktree`: `git rev-parse
    /// --is-bare-repository` says true and `--show-toplevel` fails. libgit2 instead defaults `core.bare`
    /// to false and takes the git directory's parent as the work tree, so a repository without a
    /// `config` file (a fetched mirror: HEAD, objects, refs, packed-refs) used to be read as an empty
    /// work tree: 0 files, no warning. A `.git` folder given directly keeps its work tree (its config
    /// says `core.bare = false`), and so does a linked work tree's git directory.
    static func opensAsBare(_ pointer: OpaquePointer, from path: String) -> Bool {
        guard git_repository_is_bare(pointer) == 0, git_repository_is_worktree(pointer) == 0,
            let resolved = realpath(path, nil)
        else { return false }
        let folder = String(cString: resolved) + "/"
        free(resolved)
        guard folder.hasPrefix(String(cString: git_repository_path(pointer))) else { return false }
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, pointer) == 0, let config else { return false }
        defer { git_config_free(config) }
        return !hasEntry(config, "core.bare") && !hasEntry(config, "core.worktree")
    }

    private static func hasEntry(_ config: OpaquePointer, _ name: String) -> Bool {
        var entry: UnsafeMutablePointer<git_config_entry>?
        guard git_config_get_entry(&entry, config, name) == 0, let entry else { return false }
        git_config_entry_free(entry)
        return true
    }
}

extension Repository {
    /// Checks that `path` is an existing folder (or a link to one) before a repository is looked up from it:
    /// discovery walks up from any path, so a mistyped folder or a file would otherwise name its parents'
    /// repository, or none, instead of the path the user gave.
    public static func checkFolder(_ path: String) throws(GitError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .noSuchFolder(path: path)
        }
        guard isFolder.boolValue else { throw .notAFolder(path: path) }
    }
}

extension Repository {
    /// Whether any reference (branch, tag, remote branch, note) exists: none before the first commit.
    var hasReferences: Bool {
        var iterator: OpaquePointer?
        guard git_reference_iterator_new(&iterator, handle) == 0, let iterator else { return true }
        defer { git_reference_iterator_free(iterator) }
        var reference: OpaquePointer?
        guard git_reference_next(&reference, iterator) == 0, let reference else { return false }
        git_reference_free(reference)
        return true
    }
}
