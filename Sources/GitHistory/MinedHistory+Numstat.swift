extension MinedHistory {
    /// Writes every commit's changes in `git log --numstat --no-renames --format=%H` form, newest first,
    /// in chunks of about 64 KB, so the counts can be diffed against git's.
    public func writeNumstat(to write: (String) -> Void) {
        var buffer = ""
        for commit in commits.reversed() {
            buffer += "\(commit.id)\n"
            if !commit.changes.isEmpty { buffer += "\n" }
            for change in commit.changes {
                if change.isBinary {
                    buffer += "-\t-\t\(change.path)\n"
                } else {
                    buffer += "\(change.linesAdded)\t\(change.linesDeleted)\t\(change.path)\n"
                }
            }
            buffer += "\n"
            if buffer.utf8.count > 1 << 16 {
                write(buffer)
                buffer = ""
            }
        }
        write(buffer)
    }
}
