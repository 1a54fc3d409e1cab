/// One file touched by a commit, diffed against the first parent.
///
/// Line counts are the numbers `git log --numstat` prints; binary files count 0/0 and set `isBinary`
/// (git prints `-` `-`).
public struct FileChange: Hashable, Sendable {
    /// What happened to the path.
    public enum Kind: String, Hashable, Sendable, Codable {
        case added
        case deleted
        case modified
        case renamed
    }

    /// Repository-relative path after the change, `/`-separated. Invalid UTF-8 shows as U+FFFD.
    public var path: String
    /// The path before a rename; nil otherwise.
    public var previousPath: String?
    /// Added, deleted, modified or renamed.
    public var kind: Kind
    /// Lines added, as `git log --numstat` counts them.
    public var linesAdded: Int
    /// Lines deleted, as `git log --numstat` counts them.
    public var linesDeleted: Int
    /// Whether either side is binary (a NUL byte in its first 8000 bytes, git's test).
    public var isBinary: Bool
    /// Whether a blob could not be read from the object database; counts are then 0/0.
    public var isUnreadable: Bool
    /// The file's size in bytes before and after the change (0 before a creation), read from the object headers
    /// where a commit creates files: a change to a file at or above a created file's folder, and the created file
    /// (what tells a split, `FileSplits`); nil elsewhere.
    public var bytes: Bytes?

    /// A file's size in bytes on each side of a change.
    public struct Bytes: Hashable, Sendable {
        public var before: Int
        public var after: Int

        public init(before: Int, after: Int) {
            self.before = before
            self.after = after
        }
    }

    /// Creates a change; tests build these as literals.
    public init(
        path: String, previousPath: String? = nil, kind: Kind? = nil, linesAdded: Int = 0,
        linesDeleted: Int = 0, isBinary: Bool = false, isUnreadable: Bool = false, bytes: Bytes? = nil
    ) {
        self.bytes = bytes
        self.path = path
        self.previousPath = previousPath
        self.kind = kind ?? (previousPath == nil ? .modified : .renamed)
        self.linesAdded = linesAdded
        self.linesDeleted = linesDeleted
        self.isBinary = isBinary
        self.isUnreadable = isUnreadable
    }

    /// Added plus deleted lines.
    public var churn: Int { linesAdded + linesDeleted }
}
