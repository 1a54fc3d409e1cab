import GitHistory

/// Follows files through renames so each change is filed under the path the file has last.
///
/// Walks oldest first. A rename hands the old path's identity to the new path; a deletion ends an
/// identity; adding a path that is not alive starts a new one. Two identities that end on the same
/// path are reported together, as code-maat would.
public struct FileLineage: Sendable {
    /// The commits with every `path` rewritten to the file's last path (`previousPath` is kept).
    public var commits: [Commit]
    /// Paths that exist after the last commit.
    public var livePaths: Set<String>

    /// Resolves renames in `commits` (oldest first).
    public init(_ commits: [Commit]) {
        var identityOf: [String: Int] = [:]  // live path → identity
        var lastPath: [String] = []
        var isAlive: [Bool] = []
        var identities: [[Int]] = []
        identities.reserveCapacity(commits.count)
        func newIdentity(_ path: String) -> Int {
            lastPath.append(path)
            isAlive.append(true)
            return lastPath.count - 1
        }
        for commit in commits {
            var row: [Int] = []
            row.reserveCapacity(commit.changes.count)
            // Deletions and rename sources first, so a path freed and reused in one commit works.
            var sources: [Int: Int] = [:]
            for (index, change) in commit.changes.enumerated() {
                if let previous = change.previousPath, let id = identityOf.removeValue(forKey: previous) {
                    sources[index] = id
                }
            }
            for (index, change) in commit.changes.enumerated() {
                let id: Int
                switch change.kind {
                case .renamed:
                    id = sources[index] ?? identityOf[change.path] ?? newIdentity(change.path)
                    identityOf[change.path] = id
                case .deleted:
                    id = identityOf.removeValue(forKey: change.path) ?? newIdentity(change.path)
                    isAlive[id] = false
                case .added:
                    id = identityOf[change.path] ?? newIdentity(change.path)
                    identityOf[change.path] = id
                case .modified:
                    id = identityOf[change.path] ?? newIdentity(change.path)
                    identityOf[change.path] = id
                }
                if change.kind != .deleted {
                    isAlive[id] = true
                    lastPath[id] = change.path
                }
                row.append(id)
            }
            identities.append(row)
        }
        var rewritten = commits
        for (commitIndex, row) in identities.enumerated() {
            for (changeIndex, id) in row.enumerated() {
                rewritten[commitIndex].changes[changeIndex].path = lastPath[id]
            }
        }
        self.commits = rewritten
        self.livePaths = Set(identityOf.keys)
    }
}
