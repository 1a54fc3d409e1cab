import AccrueKit
import AccrueTrend
import ArgumentParser
import Foundation
import GitCore
import Reporting
import Synchronization

/// `accrue trend`: debt figures at sampled commits of the first-parent line, back-filled and stored.
struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Debt over time: figures at sampled commits, back-filled from history and kept in a store.",
        discussion: """
            Samples the first-parent line (weekly by default, on a calendar grid so older samples stay \
            put), computes at each sample exactly what `accrue scan --rev SAMPLE` reports (repository \
            totals and per module: code lines against the budget, functions over thresholds, cycles, \
            hidden couplings, principal, interest) and keeps them in .accrue/accrue.sqlite. A re-run only \
            computes new samples; file versions and commits already analysed are read from the store. \
            See docs/trend.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: ArgumentHelp(
        "Sample from this date (YYYY-MM-DD) or this long before the head commit (90d, 26w, 12m, 2y).",
        valueName: "date|duration"))
    var since: String?

    @Option(help: ArgumentHelp("Sample every period (7d, 2w, 1m) or every N commits (50c).", valueName: "interval"))
    var every: String = "1w"

    @Flag(help: "Let each sample's history follow first parents only (figures then differ from accrue scan).")
    var firstParent = false

    @Option(help: "Output format: text, csv or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Also write an SVG line chart of module sizes to this file.", valueName: "file.svg"))
    var chart: String?

    @Option(help: ArgumentHelp("The store's file (default: .accrue/accrue.sqlite in the repository).", valueName: "path"))
    var store: String?

    @Flag(help: "Delete the store and start a new one (for a damaged store, or one from a newer accrue).")
    var rebuildStore = false

    func run() throws {
        try reportingErrors {
            try checkRepository()
            guard let interval = TrendRequest.interval(every) else {
                throw Failure.usage("--every expects a period like 7d, 2w, 1m or a commit count like 50c, not '\(every)'")
            }
            let catalog = try repository.catalog()
            let request = TrendRequest(
                repositoryPath: repository.path, since: try sinceDate(), every: interval, firstParent: firstParent,
                includes: Set(scan.includes), excludedPaths: scan.excludes, storePath: store,
                rebuildsStore: rebuildStore, workers: scan.jobs)
            let meter = TrendProgress()
            let report = try TrendAnalyzer(catalog: catalog).run(request, progress: meter.update)
            meter.finish()
            if let chart {
                let name = URL(fileURLWithPath: repository.path).standardizedFileURL.lastPathComponent
                let svg = TrendChart(report, title: "\(name): module size over time").render()
                do {
                    try svg.write(toFile: chart, atomically: true, encoding: .utf8)
                } catch {
                    throw Failure.usage("cannot write the chart to \(chart): \(error.localizedDescription)")
                }
            }
            switch format {
            case .text: print(TrendText(report, style: TerminalStyle(usesColor: stdoutUsesColor)).render(), terminator: "")
            case .csv: print(TrendCSV(report).render(), terminator: "")
            case .json: print(try JSONOutput.encode(TrendDocument(report, accrueVersion: AccrueVersion.current)), terminator: "")
            }
        }
    }

    /// Refuses what trend cannot sample: another revision than HEAD, a shallow clone (its samples would be
    /// priced with a cut history, and the walk stops at the cut), and a partial clone (past files are missing).
    private func checkRepository() throws {
        // Samples follow HEAD's first-parent line; any other --rev used to be ignored without a word.
        if let rev = repository.rev, rev != "HEAD" {
            throw Failure.usage("trend samples the history of HEAD: --rev \(rev) is not supported (run it in a checkout of \(rev))")
        }
        let opened = try Repository(discovering: repository.path)
        if opened.isShallow {
            throw Failure.usage(
                "trend back-fills from the whole history, and this is a shallow clone: fetch it first "
                    + "(git fetch --unshallow; in CI, fetch-depth: 0)")
        }
        // Past commits' files are blobs a partial clone never fetched, and accrue fetches none: samples would be
        // measured on the files it happens to have.
        if opened.isPartialClone {
            throw Failure.usage(
                "trend measures past commits' files, and this is a partial clone (git clone --filter) without most "
                    + "of them: clone without --filter (in CI, actions/checkout without filter:)")
        }
    }

    /// `--since` as a date, or as a duration back from the head commit's date; after the head commit, nothing
    /// would be sampled but the head, so it is refused.
    private func sinceDate() throws -> Date? {
        guard let since else { return nil }
        let git = try Repository(discovering: repository.path)
        let head = try git.commitDate(git.resolveCommit("HEAD"))
        if let seconds = TrendRequest.duration(since.lowercased()) {
            // Counted back from the head commit's date, not from the clock.
            return head.addingTimeInterval(-seconds)
        }
        guard let date = HistoryDates.date(since, endOfDay: false) else {
            throw Failure.usage("--since expects a date like 2024-01-31 or a duration back from HEAD like 26w, 6m or 90d, got '\(since)'")
        }
        guard date <= head else {
            throw Failure.usage("--since \(since) is after HEAD's commit (\(ISO8601DateFormatter.string(from: head, timeZone: .gmt, formatOptions: [.withFullDate]))): there is nothing to sample")
        }
        return date
    }
}

/// Progress on stderr: a bar with the time left on a terminal, a plain line per sample otherwise.
final class TrendProgress: Sendable {
    private let started = Date()
    private let isTerminal = isatty(2) == 1
    private let drewBar = Mutex(false)
    /// When the first sample was done: it carries the history walk, which the later samples reuse.
    private let firstDone = Mutex<Date?>(nil)

    func update(done: Int, total: Int, date: Date) {
        guard total > 0 else { return }
        let now = Date()
        let first = firstDone.withLock { first in
            if first == nil && done > 0 { first = now }
            return first
        }
        // The rate of the samples after the first (curl's first took minutes of history: "20590 s left").
        let left = first.flatMap { done > 1 ? now.timeIntervalSince($0) / Double(done - 1) * Double(total - done) : nil }
        let eta = left.map { String(format: "about %.0f s left", $0) } ?? "estimating"
        let day = String(date.formatted(.iso8601.year().month().day()))
        drewBar.withLock { drew in
            if isTerminal {
                let filled = done * 30 / total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
                FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) samples  \(day)  \(eta)   ".utf8))
                drew = true
            } else {
                FileHandle.standardError.write(Data("accrue trend: \(done)/\(total) samples (\(day)), \(eta)\n".utf8))
            }
        }
    }

    func finish() {
        drewBar.withLock { if $0 { FileHandle.standardError.write(Data("\n".utf8)) } }
    }
}
