import Analyses
import Foundation
import GitCore
import GitHistory

/// What `accrue history`, `coupling` and `explain` ask for: where, which commits, which rules.
public struct HistoryRequest: Sendable {
    /// A folder or file inside the repository; the repository is found from it, and the report is
    /// limited to files under it (the repository root means every file).
    public var path: String
    /// Whether the report is limited to `path` (false: the whole repository, found from `path`).
    public var limitsToPath: Bool
    /// The revision to start from (`HEAD` by default).
    public var revision: String
    /// Only commits committed at or after this moment.
    public var since: Date?
    /// Only commits committed at or before this moment.
    public var until: Date?
    /// Follow only first parents; merges are then diffed against them.
    public var firstParent: Bool
    /// Follow renames (exact, plus 50% similarity for commits up to 100 files).
    public var followsRenames: Bool
    /// Leave out bot authors (`[bot]`, dependabot, renovate, github-actions).
    public var excludesBots: Bool
    /// Whether a repository-relative path is left out (vendored, generated). The scanner's rules
    /// plug in here; the default excludes vendor/, third_party/, node_modules/, Pods/, Carthage/.
    public var isExcluded: @Sendable (String) -> Bool
    /// What `isExcluded` answers from beyond the rule catalog (`HistoryHygiene.exclusionKey`), for the commit cache.
    public var exclusionKey = ""
    /// Coupling thresholds and grouping (code-maat's defaults).
    public var coupling: ChangeCoupling
    /// Maps a file path to the entity coupling is computed over; nil leaves the file out.
    /// The default is the path itself; module-level coupling passes a path → module mapping.
    public var couplingEntity: @Sendable (String) -> String?
    /// The moment ages are measured against (only the CLI reads the clock).
    public var now: Date
    /// Threads that diff commits.
    public var threads: Int
    /// Called with (commits done, commits to do) while mining; the CLI draws a progress bar on a TTY.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Mined commits by id from the store: only commits it does not know are diffed. Nil mines all.
    public var commitCache: (any CommitCache)?
    /// Whether file-level coupling and sums of coupling are computed (`accrue scan` and `accrue trend`
    /// never read them, so they switch this off: a third of a sample's time on git/git).
    public var measuresFileCoupling = true
    /// Nil: lines are counted as `git log --numstat` counts them. Else a file's change of more lines than this
    /// (added and deleted together) counts a lower bound (`HistoryOptions.countedLinesLimit`): what a scan's
    /// figures need (`ScanAnalyzer.countedLinesLimit`), which show no line counts and only ask whether a change
    /// is a version bump. tailwindcss's rewritten 175,000-line CSS fixtures cost a second a commit to count exactly.
    /// A release commit's changes (`VersionBumps.announcesRelease`) are counted exactly all the same, so its bump test
    /// reads what `accrue explain` shows.
    public var countedLinesLimit: Int?

    /// Creates a request with accrue's defaults.
    public init(
        path: String = ".", revision: String = "HEAD", since: Date? = nil, until: Date? = nil,
        firstParent: Bool = false, followsRenames: Bool = true, excludesBots: Bool = true,
        isExcluded: @escaping @Sendable (String) -> Bool = HistoryHygiene.defaultIsExcluded,
        coupling: ChangeCoupling = ChangeCoupling(),
        couplingEntity: @escaping @Sendable (String) -> String? = { $0 },
        now: Date, threads: Int = 2
    ) {
        self.path = path
        self.limitsToPath = true
        self.revision = revision
        self.since = since
        self.until = until
        self.firstParent = firstParent
        self.followsRenames = followsRenames
        self.excludesBots = excludesBots
        self.isExcluded = isExcluded
        self.coupling = coupling
        self.couplingEntity = couplingEntity
        self.now = now
        self.threads = threads
    }

    /// The walk's options for this request.
    var historyOptions: HistoryOptions {
        var options = HistoryOptions(
            revision: revision, since: since, until: until, firstParent: firstParent,
            renames: followsRenames ? .similar : .off,
            hygiene: HistoryHygiene(
                botPatterns: excludesBots ? HistoryHygiene.defaultBotPatterns : [], isExcluded: isExcluded,
                exclusionKey: exclusionKey),
            threads: threads, countedLinesLimit: countedLinesLimit)
        if countedLinesLimit != nil { options.exactLinesForSubjects = VersionBumps.announcesRelease }
        return options
    }
}

/// How commits are grouped into change sets for coupling (`commit` or `author-day`).
public typealias CouplingGrouping = ChangeCoupling.Grouping

/// Why a history request could not run, in one line for people.
public struct HistoryFailure: Error, CustomStringConvertible, Sendable {
    /// The message, one line.
    public var description: String

    init(_ error: GitError) {
        description = error.description
    }

    init(message: String) {
        description = message
    }
}
