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
        var identities: [Int] = []  // one per change, all commits in a row
        func newIdentity(_ path: String) -> Int {
            lastPath.append(path)
            isAlive.append(true)
            return lastPath.count - 1
        }
        for commit in commits {
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
                identities.append(id)
            }
        }
        var rewritten = commits
        var next = 0
        for (commitIndex, commit) in commits.enumerated() {
            // Most files keep their path: leaving those commits alone spares copying their changes.
            // (Bytes, not String ==, which would equate differently normalized names.)
            for (changeIndex, change) in commit.changes.enumerated() {
                let id = identities[next]
                next += 1
                if !change.path.utf8.elementsEqual(lastPath[id].utf8) {
                    rewritten[commitIndex].changes[changeIndex].path = lastPath[id]
                }
            }
        }
        self.commits = rewritten
        self.livePaths = Set(identityOf.keys)
    }
}
