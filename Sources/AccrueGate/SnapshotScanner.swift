import AccrueKit
import Foundation
import Gate
import RuleCatalog
import Synchronization

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
        let results = Mutex<[Result<Baseline, any Error>?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = Result { () throws -> Baseline in
                index == 0 ? keep(account(scan, history), head) : try snapshot(base)
            }
            results.withLock { $0[index] = result }
        }
        let done = results.withLock { $0 }
        guard let headResult = done[0], let baseResult = done[1] else { throw GateError.configuration("internal error") }
        return (try headResult.get(), try baseResult.get())
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
        store?.attach(to: &files, history: &history)
        let scan = try FileScanner(catalog: catalog).scan(files)
        return (scan, try ModuleAnalyzer(catalog: catalog).mineHistory(for: scan, request: files, history: history))
    }

    /// Modules joined with the history, priced, as baseline figures (what `ScanAnalyzer.run` does after the walk).
    private func account(_ scan: FileScanResult, _ history: HistoryReport) -> Baseline {
        let modules = ModuleAnalyzer(catalog: catalog).analyze(scan, history: history)
        let report = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model).account(modules, history: history)
        return BaselineSnapshot.make(report, catalog: catalog)
    }
}
