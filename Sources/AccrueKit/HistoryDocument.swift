import Analyses
import Foundation
import GitHistory
import GitCore

/// The shape of every history document; sections a command does not fill are left out.
struct HistoryDocument: Encodable {
    struct Repository: Encodable {
        var head: String
        var revision: String
        var shallow: Bool
        var bare: Bool
        var detachedHead: Bool

        enum CodingKeys: String, CodingKey {
            case head, revision, shallow, bare
            case detachedHead = "detached_head"
        }
    }

    struct Walk: Encodable {
        var scope: String?
        var since: Date?
        var until: Date?
        var firstParent: Bool
        var followsRenames: Bool
        var now: Date
        var commitsWalked: Int
        var commitsMined: Int
        var mergesSkipped: Int
        var botCommitsSkipped: Int
        var commitsOutsideWindow: Int
        var excludedChanges: Int

        enum CodingKeys: String, CodingKey {
            case scope, since, until, now
            case firstParent = "first_parent", followsRenames = "follows_renames"
            case commitsWalked = "commits_walked", commitsMined = "commits_mined"
            case mergesSkipped = "merges_skipped", botCommitsSkipped = "bot_commits_skipped"
            case commitsOutsideWindow = "commits_outside_window", excludedChanges = "excluded_changes"
        }
    }

    struct Unreadable: Encodable {
        var blob: String
        var path: String
        var commit: String
    }

    struct File: Encodable {
        var path: String
        var exists: Bool
        var revisions: Int
        var linesAdded: Int
        var linesDeleted: Int
        var churn: Int
        var authors: Int
        var mainAuthor: String
        var mainAuthorShare: Double
        var firstChange: Date
        var lastChange: Date
        var ageDays: Int
        var binaryChanges: Bool
        var commits: [String]?

        enum CodingKeys: String, CodingKey {
            case path, exists, revisions, churn, authors, commits
            case linesAdded = "lines_added", linesDeleted = "lines_deleted", mainAuthor = "main_author"
            case mainAuthorShare = "main_author_share", firstChange = "first_change"
            case lastChange = "last_change", ageDays = "age_days", binaryChanges = "binary_changes"
        }

        init(_ file: FileHistory, evidence: Bool) {
            path = file.path
            exists = file.exists
            revisions = file.revisions
            linesAdded = file.linesAdded
            linesDeleted = file.linesDeleted
            churn = file.churn
            authors = file.authorCount
            mainAuthor = file.mainAuthor.description
            mainAuthorShare = (file.mainAuthorShare * 1000).rounded() / 1000
            firstChange = file.firstChange
            lastChange = file.lastChange
            ageDays = file.ageDays
            binaryChanges = file.hasBinaryChanges
            commits = evidence ? file.commits : nil
        }
    }

    struct Pair: Encodable {
        var entity: String
        var coupled: String
        var degree: Int
        var averageRevisions: Double
        var entityRevisions: Int
        var coupledRevisions: Int
        var sharedRevisions: Int
        var commits: [String]

        enum CodingKeys: String, CodingKey {
            case entity, coupled, degree, commits
            case averageRevisions = "average_revisions", entityRevisions = "entity_revisions"
            case coupledRevisions = "coupled_revisions", sharedRevisions = "shared_revisions"
        }

        init(_ pair: CouplingPair) {
            entity = pair.entity
            coupled = pair.coupled
            degree = pair.degree
            averageRevisions = pair.averageRevisions
            entityRevisions = pair.entityRevisions
            coupledRevisions = pair.coupledRevisions
            sharedRevisions = pair.sharedRevisions
            commits = pair.commits
        }
    }

    struct Sum: Encodable {
        var entity: String
        var sum: Int
    }

    struct CommitEntry: Encodable {
        var id: String
        var author: String
        var date: Date
        var subject: String
        var linesAdded: Int?
        var linesDeleted: Int?
        /// Whether the scan read the subject as a bug fix (`explain` with a scanned file only).
        var fix: Bool?

        enum CodingKeys: String, CodingKey {
            case id, author, date, subject, fix
            case linesAdded = "lines_added", linesDeleted = "lines_deleted"
        }

        init(_ commit: Commit, path: String, fixes: Set<String>? = nil) {
            fix = fixes.map { $0.contains(commit.id.description) }
            id = commit.id.description
            author = commit.author.description
            date = commit.authoredAt
            subject = commit.subject
            let changes = commit.changes.filter { $0.path == path }
            linesAdded = changes.isEmpty ? nil : changes.reduce(0) { $0 + $1.linesAdded }
            linesDeleted = changes.isEmpty ? nil : changes.reduce(0) { $0 + $1.linesDeleted }
        }
    }

    let schema = HistoryReport.schema
    var repository: Repository
    var walk: Walk
    var warnings: [String]
    var unreadableBlobs: [Unreadable]
    var files: [File]?
    var coupling: [Pair]?
    var sumOfCoupling: [Sum]?
    var commits: [CommitEntry]?
    /// `explain` only: the file's debt, as the caller renders it (Reporting's scan document narrowed to the file).
    var debt: Debt?
    /// `explain` only: why the scan left the file out (so it has no `debt`).
    var excluded: Excluded?

    /// Why a file has no debt: the scan's exclusion reason, and the release copy it lies in.
    struct Excluded: Encodable {
        let reason: String
        let releaseCopy: String?

        enum CodingKeys: String, CodingKey {
            case reason
            case releaseCopy = "release_copy"
        }
    }

    /// A document of another target's making, encoded in place.
    struct Debt: Encodable {
        let value: any Encodable & Sendable

        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    enum CodingKeys: String, CodingKey {
        case schema, repository, walk, warnings, files, coupling, commits, debt, excluded
        case unreadableBlobs = "unreadable_blobs", sumOfCoupling = "sum_of_coupling"
    }

    init(_ report: HistoryReport) {
        let diagnostics = report.diagnostics
        repository = Repository(
            head: report.head, revision: report.revision, shallow: diagnostics.isShallow,
            bare: diagnostics.isBare, detachedHead: diagnostics.isHeadDetached)
        walk = Walk(
            scope: report.scope, since: report.since, until: report.until, firstParent: report.firstParent,
            followsRenames: report.followsRenames, now: report.now, commitsWalked: diagnostics.commitsWalked,
            commitsMined: report.commits.count, mergesSkipped: diagnostics.mergesSkipped,
            botCommitsSkipped: diagnostics.botCommitsSkipped,
            commitsOutsideWindow: diagnostics.commitsOutsideWindow, excludedChanges: diagnostics.excludedChanges)
        warnings = report.warnings
        unreadableBlobs = diagnostics.unreadableBlobs.map {
            Unreadable(blob: $0.blob.description, path: $0.path, commit: $0.commit.description)
        }
    }
}
