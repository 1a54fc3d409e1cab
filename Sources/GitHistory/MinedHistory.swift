import GitCore

/// The result of one walk: the commits, oldest first, and what the walk noticed on the way.
public struct MinedHistory: Sendable {
    /// The commit the walk started from.
    public var head: ObjectID
    /// Mined commits, oldest first (parents before children).
    public var commits: [Commit]
    /// What the walk noticed: skipped commits, shallow clone, unreadable blobs.
    public var diagnostics: HistoryDiagnostics

    /// Creates a result; tests build these as literals.
    public init(head: ObjectID, commits: [Commit], diagnostics: HistoryDiagnostics = HistoryDiagnostics()) {
        self.head = head
        self.commits = commits
        self.diagnostics = diagnostics
    }
}

/// Facts about the repository and the walk that a reader of the figures should know.
public struct HistoryDiagnostics: Hashable, Sendable {
    /// A blob the object database could not produce; its change counts 0/0.
    public struct UnreadableBlob: Hashable, Sendable {
        /// The blob that could not be read.
        public var blob: ObjectID
        /// The path it had in `commit`.
        public var path: String
        /// The commit whose diff needed it.
        public var commit: ObjectID
    }

    /// The clone has cut-off history (`git clone --depth`): figures cover only what is there.
    public var isShallow = false
    /// The clone is partial (`git clone --filter`): blobs it never fetched cannot be read, so renames whose old
    /// content is missing are not followed (`Repository.isPartialClone`).
    public var isPartialClone = false
    /// The repository has no work tree.
    public var isBare = false
    /// HEAD points at a commit, not a branch.
    public var isHeadDetached = false
    /// Commits reachable from the start revision.
    public var commitsWalked = 0
    /// Merge commits left out (diffed only with `includeMerges`).
    public var mergesSkipped = 0
    /// Commits by authors the hygiene calls bots.
    public var botCommitsSkipped = 0
    /// Commits outside `--since`/`--until`.
    public var commitsOutsideWindow = 0
    /// File changes dropped by the exclusion predicate.
    public var excludedChanges = 0
    /// Blobs missing from the object database, sorted by path.
    public var unreadableBlobs: [UnreadableBlob] = []

    /// Creates empty diagnostics.
    public init() {}

    /// Adds another worker's tallies to these.
    mutating func merge(_ other: HistoryDiagnostics) {
        mergesSkipped += other.mergesSkipped
        botCommitsSkipped += other.botCommitsSkipped
        commitsOutsideWindow += other.commitsOutsideWindow
        excludedChanges += other.excludedChanges
        unreadableBlobs += other.unreadableBlobs
    }

    /// One plain sentence about a partial clone, or nil.
    public var partialCloneWarning: String? {
        guard isPartialClone else { return nil }
        return "this is a partial clone (git clone --filter): accrue reads the objects that are there and fetches "
            + "none, so renames whose old content was never fetched are not followed and history metrics are partial. "
            + "Clone without --filter (in CI, actions/checkout without filter:)."
    }

    /// One plain sentence about a shallow clone, or nil.
    public var shallowWarning: String? {
        guard isShallow else { return nil }
        return "this is a shallow clone: only \(commitsWalked) commits are present, so history metrics "
            + "are partial. Fetch the full history (git fetch --unshallow, or fetch-depth: 0 in CI)."
    }
}
