import LineDiff
import Foundation
import GitCore

/// Which commits to mine and how: the window, the walk's shape, renames and hygiene.
public struct HistoryOptions: Sendable {
    /// How renames are followed.
    public enum Renames: String, Sendable, Codable {
        /// Every path stands alone (like `git log --no-renames`).
        case off
        /// Only renames where the blob is unchanged.
        case exact
        /// Exact renames, plus git's 50% similarity where a commit's unpaired deleted × added files are at
        /// most `renameLimit`² (git's `diff.renameLimit`).
        case similar
    }

    /// The revision to start from (`HEAD` by default).
    public var revision: String
    /// Only commits committed at or after this moment.
    public var since: Date?
    /// Only commits committed at or before this moment.
    public var until: Date?
    /// Follow only first parents (the mainline); merges are then diffed against their first parent.
    public var firstParent: Bool
    /// Diff merge commits against their first parent instead of skipping them.
    public var includeMerges: Bool
    /// How renames are followed (similar by default).
    public var renames: Renames
    /// Similarity needed to pair a deleted and an added file, in percent (git's default is 50).
    public var similarityThreshold: Int
    /// git's `diff.renameLimit` (1000): similar renames are looked for among a commit's deleted and added files
    /// (those exact renames leave) when deleted × added ≤ this². curl's 2013 revert of a rename renamed 370
    /// files with edits; a limit of 100 changed files lost the history of lib/ before it.
    public var renameLimit: Int
    /// Which authors and paths are left out.
    public var hygiene: HistoryHygiene
    /// How many threads diff commits (each opens its own repository handle).
    public var threads: Int
    /// Nil: every change's lines are counted as `git log --numstat` counts them. Else a change of more than this
    /// many lines added and deleted together counts a lower bound just over it (`LineDiffCounter.count(old:new:limit:)`),
    /// for callers that only ask whether a change is small; 0 reads no content to count (a change has its kind and no
    /// lines, and one that changes no line's content is kept).
    public var countedLinesLimit: Int?
    /// The commits, by subject, whose changes count their lines as `git log --numstat` does whatever
    /// `countedLinesLimit`: a scan's release commits (`VersionBumps.announcesRelease`), whose bump test reads the
    /// counts `accrue explain` shows (a shortest edit script may count a line or two fewer than git's xdiff).
    public var exactLinesForSubjects: (@Sendable (String) -> Bool)?

    /// Creates options; the defaults are HEAD, whole history, renames followed, hygiene on, 2 threads.
    public init(
        revision: String = "HEAD", since: Date? = nil, until: Date? = nil, firstParent: Bool = false,
        includeMerges: Bool? = nil, renames: Renames = .similar, similarityThreshold: Int = 50,
        renameLimit: Int = 1000, hygiene: HistoryHygiene = .standard,
        threads: Int = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 2)), countedLinesLimit: Int? = nil
    ) {
        self.countedLinesLimit = countedLinesLimit
        self.revision = revision
        self.since = since
        self.until = until
        self.firstParent = firstParent
        self.includeMerges = includeMerges ?? firstParent
        self.renames = renames
        self.similarityThreshold = similarityThreshold
        self.renameLimit = renameLimit
        self.hygiene = hygiene
        self.threads = max(1, threads)
    }

    /// Exactly what `git log --numstat --no-renames` counts: no hygiene, no renames, merges skipped.
    public static func numstat(revision: String = "HEAD") -> HistoryOptions {
        HistoryOptions(revision: revision, renames: .off, hygiene: .none)
    }
}
