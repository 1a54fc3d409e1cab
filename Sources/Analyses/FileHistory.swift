import Foundation
import GitHistory

/// The history figures of one file, under its last path.
public struct FileHistory: Hashable, Sendable {
    /// The file's last path.
    public var path: String
    /// Commits that changed the file.
    public var revisions: Int
    /// Lines added over all its commits.
    public var linesAdded: Int
    /// Lines deleted over all its commits.
    public var linesDeleted: Int
    /// Distinct authors after `.mailmap`, by name (an empty name by email), as `git shortlog` counts them.
    public var authorCount: Int
    /// The author with the most commits to the file (ties: the one who came first in name order).
    public var mainAuthor: Author
    /// The main author's share of the file's commits, 0…1.
    public var mainAuthorShare: Double
    /// Author date of its oldest commit.
    public var firstChange: Date
    /// Author date of its newest commit.
    public var lastChange: Date
    /// Whole days from the last change to `now`.
    public var ageDays: Int
    /// Whether the file still exists at the end of the mined history.
    public var exists: Bool
    /// Whether any of its changes was binary (line counts then miss those changes).
    public var hasBinaryChanges: Bool
    /// The commits behind these figures, oldest first: the evidence.
    public var commits: [ObjectIDString]
    /// The committer date of each of `commits`, in the same order (what change activity is aged by).
    public var commitDates: [Date]
    /// How many files each of `commits` changed, in the same order (mechanical commits add no activity).
    public var commitSizes: [Int]

    /// Added plus deleted lines.
    public var churn: Int { linesAdded + linesDeleted }
}

/// A commit id as its 40-character hex text.
public typealias ObjectIDString = String
