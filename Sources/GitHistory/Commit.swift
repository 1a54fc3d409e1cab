import Foundation
import GitCore

/// A commit's id (a git object id), named so analyses need not import GitCore.
public typealias CommitID = ObjectID

/// One mined commit: who, when, why, and the files it changed against its first parent.
public struct Commit: Hashable, Sendable {
    /// The commit id.
    public var id: ObjectID
    /// The author after `.mailmap`.
    public var author: Author
    /// When the author made the change (git's author date).
    public var authoredAt: Date
    /// The author's UTC offset in minutes, so a "day" can be the author's local day like git shows it.
    public var authorUTCOffsetMinutes: Int
    /// When the commit was written (git's committer date; `--since`/`--until` filter on this).
    public var committedAt: Date
    /// The first line of the message. Invalid UTF-8 shows as U+FFFD.
    public var subject: String
    /// How many parents the commit has (2 or more for a merge).
    public var parentCount: Int
    /// The changed files in git's path order.
    public var changes: [FileChange]

    /// Creates a commit value; tests build these as literals.
    public init(
        id: ObjectID, author: Author, authoredAt: Date, authorUTCOffsetMinutes: Int = 0,
        committedAt: Date? = nil, subject: String = "", parentCount: Int = 1, changes: [FileChange]
    ) {
        self.id = id
        self.author = author
        self.authoredAt = authoredAt
        self.authorUTCOffsetMinutes = authorUTCOffsetMinutes
        self.committedAt = committedAt ?? authoredAt
        self.subject = subject
        self.parentCount = parentCount
        self.changes = changes
    }

    /// Whether the commit merges two or more parents.
    public var isMerge: Bool { parentCount > 1 }

    /// The author's local calendar day as `yyyy-mm-dd`, the way `git log --date=short` prints it.
    public var authorDay: String {
        let seconds = Int(authoredAt.timeIntervalSince1970.rounded(.down)) + authorUTCOffsetMinutes * 60
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        return CivilDate(daysSinceEpoch: days).description
    }
}

/// A person as git records them, after `.mailmap` folding.
public struct Author: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name as recorded (after `.mailmap`).
    public var name: String
    /// The email as recorded (after `.mailmap`).
    public var email: String

    /// Creates an author.
    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// `Name <email>`.
    public var description: String { "\(name) <\(email)>" }

    /// Orders by name, then email.
    public static func < (lhs: Author, rhs: Author) -> Bool {
        (lhs.name, lhs.email) < (rhs.name, rhs.email)
    }
}

/// A proleptic Gregorian date computed from days since 1970-01-01, without calendars or locales.
struct CivilDate: CustomStringConvertible {
    let year: Int
    let month: Int
    let day: Int

    // Howard Hinnant's days-from-civil inverse.
    init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
