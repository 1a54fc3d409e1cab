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
    public init(_ commits: consuming [Commit]) {
        var identityOf: [String: Int] = [:]  // live path → identity
        var lastPath: [String] = []
        var isAlive: [Bool] = []
        var identities: [Int] = []  // one per change, all commits in a row
        func newIdentity(_ path: String) -> Int {
            lastPath.append(path)
            isAlive.append(true)
            return lastPath.count - 1
        }
        for commitIndex in commits.indices {
            // Indices, not elements: a commit is not copied (retained field by field) to read its changes.
            let changes = commits[commitIndex].changes
            // Deletions and rename sources first, so a path freed and reused in one commit works.
            var sources: [Int: Int] = [:]
            for index in changes.indices {
                if let previous = changes[index].previousPath, let id = identityOf.removeValue(forKey: previous) {
                    sources[index] = id
                }
            }
            for index in changes.indices {
                let change = changes[index]
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
        self.commits = Self.rewrite(consume commits, identities: identities, lastPath: lastPath)
        self.livePaths = Set(identityOf.keys)
    }

    /// `commits` with each change filed under its identity's last path. The caller's array is consumed, so
    /// rewriting it in place copies no commit it does not change.
    private static func rewrite(_ commits: consuming [Commit], identities: [Int], lastPath: [String]) -> [Commit] {
        var rewritten = commits
        var next = 0
        for commitIndex in rewritten.indices {
            // Most files keep their path: leaving those commits alone spares copying their changes.
            // (Bytes, not String ==, which would equate differently normalized names.)
            for changeIndex in 0..<rewritten[commitIndex].changes.count {
                let id = identities[next]
                next += 1
                if !sameBytes(rewritten[commitIndex].changes[changeIndex].path, lastPath[id]) {
                    rewritten[commitIndex].changes[changeIndex].path = lastPath[id]
                }
            }
        }
        return rewritten
    }

    /// Whether two strings hold the same UTF-8 bytes: compared in their storage when both have one
    /// (String's UTF8View compares byte by byte through its iterator).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let stored = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
        }
        if let stored, let equal = stored { return equal }
        return a.utf8.elementsEqual(b.utf8)
    }
}
