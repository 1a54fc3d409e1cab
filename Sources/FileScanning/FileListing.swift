import GitCore

/// The tracked files to scan: the index for a work-tree scan, a commit's tree for `--rev`.
struct FileListing: Sendable {
    let entries: [TreeEntry]
    /// The commit whose tree is listed (`--rev`), or HEAD's commit for a work-tree scan.
    let commit: ObjectID?
    /// The work tree's root when files are read from disk; nil when they are read as blobs.
    let workTree: String?

    init(repository: Repository, revision: String?) throws(GitError) {
        if let revision {
            let commit = try repository.resolveCommit(revision)
            self.commit = commit
            self.entries = try repository.treeEntries(commit: commit)
            self.workTree = nil
            return
        }
        // An unborn HEAD: `resolveCommit` tells an empty repository from an orphan branch.
        let head = try repository.resolveCommit("HEAD")
        self.commit = head
        if let root = repository.workingDirectory {
            self.entries = try repository.indexEntries()
            self.workTree = root
        } else {
            // A bare repository has no work tree: scan HEAD's tree.
            self.entries = try repository.treeEntries(commit: head)
            self.workTree = nil
        }
    }
}
