import Analyses
import Foundation
import GitHistory
import GitCore

/// Everything `accrue history`, `coupling` and `explain` print: per-file figures, coupled pairs,
/// the commits behind them, and what the walk noticed.
public struct HistoryReport: Sendable {
    /// The JSON schema id, written at the top of every document.
    public static let schema = "accrue.history/1"

    /// The commit the walk started from (hex).
    public var head: String
    /// The revision asked for.
    public var revision: String
    /// The repository-relative folder or file the report is limited to; nil for the whole repository.
    public var scope: String?
    /// The window's start, if any.
    public var since: Date?
    /// The window's end, if any.
    public var until: Date?
    /// Whether only first parents were followed.
    public var firstParent: Bool
    /// Whether renames were followed.
    public var followsRenames: Bool
    /// The moment ages were measured against.
    public var now: Date
    /// What the walk noticed.
    public var diagnostics: HistoryDiagnostics
    /// Mined commits after rename resolution, oldest first (paths are each file's last path).
    public var commits: [Commit]
    /// Per-file figures for files in scope, sorted by path (deleted files included, `exists` false).
    public var files: [FileHistory]
    /// Coupled pairs where at least one side is in scope, strongest first.
    public var coupling: [CouplingPair]
    /// Sum of coupling per entity in scope, largest first.
    public var sumOfCoupling: [EntitySum]
    /// The coupling settings used.
    public var couplingSettings: ChangeCoupling

    /// One entity's sum of coupling.
    public struct EntitySum: Hashable, Sendable {
        /// The entity (a path, or a module name).
        public var entity: String
        /// Its sum of coupling.
        public var sum: Int
    }

    /// Warnings a reader must see next to the figures (shallow clone, unreadable blobs).
    public var warnings: [String] {
        var result: [String] = []
        if let shallow = diagnostics.shallowWarning { result.append(shallow) }
        if let partial = diagnostics.partialCloneWarning { result.append(partial) }
        if !diagnostics.unreadableBlobs.isEmpty {
            let count = diagnostics.unreadableBlobs.count
            result.append(
                "\(count) blob\(count == 1 ? " is" : "s are") missing from the object database; "
                    + "their changes count 0 lines (see unreadable_blobs)")
        }
        return result
    }

    /// Files that still exist, most revisions first (then churn, then path): the hotspot order.
    public var hotspots: [FileHistory] {
        files.filter(\.exists).sorted {
            ($0.revisions, $0.churn, $1.path) > ($1.revisions, $1.churn, $0.path)
        }
    }

    /// The figures for one repository-relative path, if it has history.
    public func file(_ path: String) -> FileHistory? {
        files.first { $0.path == path }
    }

    /// The commits with these ids, in the report's order (oldest first).
    public func commits(_ ids: [String]) -> [Commit] {
        let wanted = Set(ids)
        return commits.filter { wanted.contains($0.id.description) }
    }
}
