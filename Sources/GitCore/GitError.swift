internal import CLibGit2

/// Everything that can go wrong reading a repository, with messages written for people.
public enum GitError: Error, Equatable, CustomStringConvertible, Sendable {
    case notARepository(path: String)
    /// git's ownership check (`safe.directory`): the repository belongs to another user.
    case untrustedOwner(path: String, repository: String)
    case noSuchFolder(path: String)
    case notAFolder(path: String)
    case emptyRepository(path: String)
    /// HEAD names a branch without commits (an orphan branch) in a repository that has others.
    case unbornBranch(path: String, branch: String)
    case unknownRevision(String)
    case notACommit(revision: String, kind: String)
    case missingObject(id: String, what: String)
    case corruptObject(id: String, detail: String)
    case libgit2(operation: String, code: Int32, message: String)

    public var description: String {
        switch self {
        case .notARepository(let path):
            "not a git repository: \(path)"
        case .untrustedOwner(let path, let repository):
            "the repository at \(repository) belongs to another user, and git refuses to read it from \(path) (its "
                + "safe.directory check, common when CI checks out as one user and runs as another): mark it safe "
                + "with `git config --global --add safe.directory \(repository)`, or run as its owner"
        case .noSuchFolder(let path):
            "no such folder: \(path) (expected a folder inside a git repository)"
        case .notAFolder(let path):
            "\(path) is a file, not a folder: expected a folder inside a git repository"
        case .emptyRepository(let path):
            "the repository at \(path) has no commits yet"
        case .unbornBranch(let path, let branch):
            "HEAD of \(path) is on branch '\(branch)', which has no commits yet (an orphan branch): commit to it "
                + "first, or check out a branch that has commits"
        case .unknownRevision(let rev):
            "unknown revision '\(rev)': not a branch, tag or commit in this repository"
        case .notACommit(let rev, let kind):
            "revision '\(rev)' names a \(kind), not a commit: give a commit, branch or tag"
        case .missingObject(let id, let what):
            "\(what) \(id) is missing from the object database"
        case .corruptObject(let id, let detail):
            "object \(id) is corrupt: \(detail)"
        case .libgit2(let operation, let code, let message):
            "\(operation) failed (libgit2 error \(code)): \(message)"
        }
    }
}

/// Turns a libgit2 return code into a `GitError`, reading the thread's last error message.
@inline(__always)
package func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(GitError) {
    guard code < 0 else { return }
    throw GitError.libgit2(operation: operation(), code: code, message: lastErrorMessage())
}

package func lastErrorMessage() -> String {
    guard let error = git_error_last(), let message = error.pointee.message else {
        return "no detail"
    }
    return String(cString: message)
}
