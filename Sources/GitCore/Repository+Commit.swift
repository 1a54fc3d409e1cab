internal import CLibGit2
import Foundation

extension Repository {
    /// A commit's committer date.
    public func commitDate(_ id: ObjectID) throws(GitError) -> Date {
        var oid = id.raw
        var commit: OpaquePointer?
        guard git_commit_lookup(&commit, handle, &oid) == 0, let commit else {
            throw .missingObject(id: id.description, what: "commit")
        }
        defer { git_commit_free(commit) }
        return Date(timeIntervalSince1970: TimeInterval(git_commit_time(commit)))
    }
}
