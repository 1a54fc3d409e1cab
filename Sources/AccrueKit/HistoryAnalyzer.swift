import Analyses
import Foundation
import GitCore
import GitHistory

/// Runs history requests: one walk, then the analyses over its commits.
public enum HistoryAnalyzer {
    /// Mines the history and computes per-file figures, coupling and sum of coupling.
    ///
    /// Order matters: renames are resolved (`FileLineage`) before any figure is computed, so every
    /// change counts toward the file's last path; the scope filter comes last, so a pair with one
    /// file outside the scope is still found.
    public static func run(
        _ request: HistoryRequest, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(HistoryFailure) -> HistoryReport {
        let progress = progress ?? request.progress
        let found = try HistoryScope(request.path)
        var mined: MinedHistory
        do {
            if let cache = request.commitCache {
                mined = try cache.mine(request.historyOptions, path: found.discoveryPath, progress: progress)
            } else {
                mined = try HistoryMiner(path: found.discoveryPath).mine(request.historyOptions, progress: progress)
            }
        } catch {
            throw HistoryFailure(error)
        }
        // Handed over, not shared: FileLineage rewrites renamed paths in place instead of copying the history.
        let commits = mined.commits
        mined.commits = []
        let lineage = FileLineage(commits)
        var measured = FileStatistics(now: request.now).measure(lineage)
        // A file exists when the mined commit's tree has it: a deletion the walk did not see (in a skipped
        // merge) must not keep guzzle's src/Guzzle/Http/Client.php, gone for years, in the hotspot table.
        if let tree = try? Repository(discovering: found.discoveryPath).treeEntries(commit: mined.head) {
            let live = Set(tree.map(\.path))
            for index in measured.indices { measured[index].exists = live.contains(measured[index].path) }
        }
        // A path not on disk (deleted, or in a bare repository) is a file if the history has one there.
        let scope = !request.limitsToPath ? HistoryScope.everything(discoveryPath: found.discoveryPath)
            : found.settled { path in measured.contains { $0.path == path } }
        let files = measured.filter { scope.contains($0.path) }
        let entity = request.couplingEntity
        let measures = request.measuresFileCoupling
        let pairs = !measures ? [] : request.coupling.measure(lineage.commits, entity: entity)
            .filter { scope.contains($0.entity) || scope.contains($0.coupled) }
        let sums = !measures ? [] : request.coupling.sumOfCoupling(lineage.commits, entity: entity)
            .filter { scope.contains($0.entity) }
            .map { HistoryReport.EntitySum(entity: $0.entity, sum: $0.sum) }
        return HistoryReport(
            head: mined.head.description, revision: request.revision, scope: scope.prefix,
            since: request.since, until: request.until, firstParent: request.firstParent,
            followsRenames: request.followsRenames, now: request.now, diagnostics: mined.diagnostics,
            commits: lineage.commits, files: files, coupling: pairs, sumOfCoupling: sums,
            couplingSettings: request.coupling)
    }

    /// The repository-relative form of `path` (which need not exist any more).
    public static func repositoryPath(of path: String) throws(HistoryFailure) -> String {
        var relative = try HistoryScope(path).prefix ?? ""
        if relative.hasSuffix("/") { relative.removeLast() }
        return relative
    }

    /// Writes every commit's changes in `git log --numstat --no-renames --format=%H` form,
    /// newest first, with no hygiene, so the counts can be diffed against git's.
    public static func writeNumstat(
        _ request: HistoryRequest, to write: (String) -> Void
    ) throws(HistoryFailure) {
        var options = HistoryOptions.numstat(revision: request.revision)
        options.since = request.since
        options.until = request.until
        options.firstParent = request.firstParent
        options.includeMerges = request.firstParent
        options.threads = request.threads
        let discoveryPath = try HistoryScope(request.path).discoveryPath
        let mined: MinedHistory
        do {
            mined = try HistoryMiner(path: discoveryPath).mine(options)
        } catch {
            throw HistoryFailure(error)
        }
        mined.writeNumstat(to: write)
    }
}
