import AccrueKit
import FileScanning
import Foundation
import Gate
import RuleCatalog
import Synchronization
import SourceScan

/// Scans one snapshot (the work tree or a commit) into baseline figures, with ages measured from `now`.
///
/// Each side of a gate is a whole `accrue scan` of its snapshot, so its figures are exactly those of
/// `accrue scan --rev` (a test holds them equal). The store makes the second side cheap: its history is
/// read from the commit cache the first side's walk filled, and its files from the facts cache, so only
/// the files and commits a change added are read and analysed again.
struct SnapshotScanner {
    /// One side to measure: `revision` nil for the work tree; `commit` files its figures in the store.
    struct Side {
        var revision: String?
        var now: Date
        var commit: String?
    }

    var catalog: RuleCatalog
    var request: GateRequest
    var store: GateStore?

    /// The figures of `side`, read from the store's snapshot cache when it has them.
    func snapshot(_ side: Side) throws -> Baseline {
        if let known = figures(of: side) { return known }
        let (scan, history) = try mine(side)
        return keep(account(scan, history), side)
    }

    /// Both sides of `--base`. The head's history is mined first (its walk fills the commit cache with
    /// every commit the base, an ancestor, needs); then the head's analyses and the base's whole scan run
    /// side by side, one per core. Each side's steps are those of `accrue scan`, in the same order.
    func snapshots(head: Side, base: Side) throws -> (head: Baseline, base: Baseline) {
        if let known = figures(of: head) { return (known, try snapshot(base)) }
        let (scan, history) = try mine(head)
        return try Self.both({ keep(account(scan, history), head) }, { try snapshot(base) })
    }

    /// `first` and `second` side by side, one per core; the first error thrown, if any.
    ///
    /// `second` runs on a global queue, not in `concurrentPerform`: libdispatch narrows an apply nested in
    /// another to one thread, which would leave the miner's and the file scan's own workers on one core.
    private static func both<A: Sendable, B: Sendable>(
        _ first: () throws -> A, _ second: @escaping @Sendable () throws -> B
    ) throws -> (A, B) {
        let other = Mutex<Result<B, any Error>?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let result = Result { try second() }
            other.withLock { $0 = result }
        }
        let mine = Result { try first() }
        group.wait()
        guard let theirs = other.withLock({ $0 }) else { throw GateError.configuration("internal error") }
        return (try mine.get(), try theirs.get())
    }

    private func figures(of side: Side) -> Baseline? {
        side.commit.flatMap { store?.snapshots?.figures(of: $0) }
    }

    private func keep(_ baseline: Baseline, _ side: Side) -> Baseline {
        if let commit = side.commit { store?.snapshots?.keep(baseline, of: commit) }
        return baseline
    }

    /// The side's file scan and its history (the walk, through the commit cache when there is a store).
    private func mine(_ side: Side) throws -> (FileScanResult, HistoryReport) {
        var files = FileScanRequest(
            repositoryPath: request.repositoryPath, revision: side.revision, includes: request.includes,
            excludedPaths: request.excludedPaths, workers: request.workers)
        var history = HistoryRequest(now: side.now, threads: request.workers ?? 2)
        history.measuresFileCoupling = false  // file pairs are no gate figure (module coupling is)
        history.countedLinesLimit = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model).countedLinesLimit
        store?.attach(to: &files, history: &history)
        let scanner = FileScanner(languages: catalog.languages, settings: catalog.scan)
        let analyzer = ModuleAnalyzer(catalog: catalog)
        guard let commit = side.commit else {  // the work tree: the scan says which commit its history ends at
            let scan = try scanner.scan(files)
            return (scan, try analyzer.mineHistory(at: scan.commit ?? "HEAD", request: files, history: history))
        }
        // A commit's history does not wait for its files: the walk and the file scan run side by side.
        let (request, walk) = (files, history)
        return try Self.both(
            { try scanner.scan(request) }, { try analyzer.mineHistory(at: commit, request: request, history: walk) })
    }

    /// Modules joined with the history, priced, as baseline figures (what `ScanAnalyzer.run` does after the walk).
    private func account(_ scan: FileScanResult, _ history: HistoryReport) -> Baseline {
        let modules = ModuleAnalyzer(catalog: catalog).analyze(scan, history: history)
        let report = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model).account(modules, history: history)
        var baseline = BaselineSnapshot.make(report, catalog: catalog)
        baseline.unreadableFiles = scan.excluded.filter { $0.reason == .unreadable }.map(\.path).sorted()
        return baseline
    }
}
