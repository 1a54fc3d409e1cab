import AccrueKit
import AccrueStore
import Dispatch
import FileScanning
import Foundation
import GitCore
import RuleCatalog
import Synchronization
import TrendStore
import GitHistory
import SourceScan

/// `accrue trend`: debt figures at sampled commits of the first-parent line, kept in the store.
///
/// Order: walk the first-parent line → choose samples (TrendSampler) → look up the stored samples of
/// this series (analyser version + every setting that changes a figure) → compute the missing ones
/// oldest first, each exactly as `accrue scan --rev` would (ScanAnalyzer with the store's caches), and
/// store each with the file facts it added in one transaction → read all samples back.
public struct TrendAnalyzer: Sendable {
    /// Bump when a sample's figures change for the same scan report (TrendFigures).
    /// trend-2: a module's row holds its roots, which join a renamed module's samples (`TrendRenames`).
    public static let analyserVersion = "trend-2"

    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    /// Runs the request; `progress` gets (samples done, samples to compute, the sample's date).
    public func run(
        _ request: TrendRequest, progress: (@Sendable (Int, Int, Date) -> Void)? = nil
    ) throws -> TrendReport {
        let repository = try Repository(discovering: request.repositoryPath)
        if repository.isEmpty || repository.isHeadUnborn {
            return TrendReport(samples: [], computed: 0, storePath: "")
        }
        let head = try repository.resolveCommit("HEAD")
        let line = try repository.reachableCommits(from: head, firstParent: true).map { id throws(GitError) in
            (id: id.description, date: try repository.commitDate(id))
        }
        let chosen = TrendSampler.choose(line, since: request.since, every: request.every)
        let store = try StoreLocation.open(
            repositoryPath: request.repositoryPath, path: request.storePath, rebuild: request.rebuildsStore)
        let mailmap = StoreLocation.mailmap(repositoryPath: request.repositoryPath)
        let series = seriesKey(request, mailmap: mailmap)
        var stored = try store.samples(series: series)
        let missing = chosen.filter { stored[$0.id] == nil }
        if !missing.isEmpty {
            let computed = try compute(missing, request: request, store: store, series: series, mailmap: mailmap, progress: progress)
            for record in computed { stored[record.commit] = record }
        }
        let (samples, renames) = TrendRenames.joined(try Self.decoded(chosen.compactMap { stored[$0.id] }))
        return TrendReport(samples: samples, renames: renames, computed: missing.count, storePath: store.path)
    }

    /// The samples already stored for `request`'s settings, oldest first: computes none, creates no store.
    public func storedSamples(_ request: TrendRequest) throws -> [TrendSample] {
        let path = try request.storePath ?? StoreLocation.defaultPath(repositoryPath: request.repositoryPath)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let series = seriesKey(request, mailmap: StoreLocation.mailmap(repositoryPath: request.repositoryPath))
        let records = try TrendStore(path: path).samples(series: series).values
        return TrendRenames.joined(try Self.decoded(records.sorted { ($0.committedAt, $0.commit) < ($1.committedAt, $1.commit) }))
            .samples
    }

    /// How many samples the store holds that were measured with other settings (`.accrue.yml`, rules,
    /// `--include`/`--exclude`, `.mailmap`) or by another accrue: they are not this series', and mixing them
    /// in would show a jump no commit made. 0 without a store.
    public func samplesWithOtherSettings(_ request: TrendRequest) throws -> Int {
        let path = try request.storePath ?? StoreLocation.defaultPath(repositoryPath: request.repositoryPath)
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        let series = seriesKey(request, mailmap: StoreLocation.mailmap(repositoryPath: request.repositoryPath))
        return try TrendStore(path: path).sampleCount(otherThan: series)
    }

    private static func decoded(_ records: [StoredSample]) throws -> [TrendSample] {
        try records.map { TrendSample(commit: $0.commit, date: $0.committedAt, figures: try JSONDecoder().decode(TrendFigures.self, from: $0.figures)) }
    }

    /// Computes and stores the missing samples. The newest goes first and alone: its walk mines every
    /// commit the others need, so they only read the commit cache; the rest run on all cores, one sample
    /// per thread (each stored in its own transaction as it finishes).
    private func compute(
        _ missing: [(id: String, date: Date)], request: TrendRequest, store: TrendStore, series: String,
        mailmap: String, progress: (@Sendable (Int, Int, Date) -> Void)?
    ) throws -> [StoredSample] {
        let files = StoreFileCache(store: store, catalog: catalog, includes: request.includes)
        let commits = StoreCommitCache(store: store, catalog: catalog, includes: request.includes, mailmap: mailmap)
        // Every sample's history is ordered from one in-memory graph, not by a revwalk per sample.
        let repository = try Repository(discovering: request.repositoryPath)
        try commits.loadGraph(repository, head: repository.resolveCommit("HEAD"))
        let analyzer = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
        let done = Mutex<(count: Int, records: [StoredSample], failure: (any Error)?)>((0, [], nil))
        let ordered = [missing[missing.count - 1]] + missing.dropLast()
        let parallel = min(request.workers, max(1, ordered.count - 1))
        @Sendable func run(_ sample: (id: String, date: Date), workers: Int) {
            do {
                var scan = FileScanRequest(
                    repositoryPath: request.repositoryPath, revision: sample.id, includes: request.includes,
                    excludedPaths: request.excludedPaths, workers: workers)
                scan.factsCache = files
                var history = HistoryRequest(firstParent: request.firstParent, now: sample.date, threads: workers)
                history.commitCache = commits
                history.measuresFileCoupling = false
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let figures = try encoder.encode(TrendFigures(try analyzer.run(scan, history: history)))
                let record = StoredSample(commit: sample.id, committedAt: sample.date, figures: figures)
                try store.write { transaction in
                    try files.flush(into: transaction)
                    try transaction.store(record, series: series)
                }
                // Reported under the lock: two workers finishing together must not print 5/40 after 6/40.
                done.withLock { state in
                    state.count += 1
                    state.records.append(record)
                    progress?(state.count, missing.count, sample.date)
                }
            } catch {
                done.withLock { if $0.failure == nil { $0.failure = error } }
            }
        }
        progress?(0, missing.count, ordered[0].date)
        run(ordered[0], workers: request.workers)
        let next = Atomic<Int>(1)
        DispatchQueue.concurrentPerform(iterations: parallel) { _ in
            while done.withLock({ $0.failure == nil }) {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < ordered.count else { break }
                run(ordered[index], workers: 1)
            }
        }
        let outcome = done.withLock { $0 }
        if let failure = outcome.failure { throw failure }
        return outcome.records
    }

    /// Everything a figure depends on besides the commit: versions, rules, model, settings, flags.
    private func seriesKey(_ request: TrendRequest, mailmap: String) -> String {
        Self.analyserVersion + ":" + StoreFingerprint.of(StoreFingerprint.analysis(catalog, mailmap: mailmap) + [
            Data("\(request.includes.map(\.rawValue).sorted())|\(request.excludedPaths)|\(request.firstParent)".utf8),
        ])
    }
}
