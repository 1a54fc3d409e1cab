import AccrueKit
import AccrueStore
import ArgumentParser
import Foundation
import Reporting
import RuleCatalog

/// `accrue scan`: the main job. Sizes, history, modules and the debt model in one dashboard.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Where the debt sits, what it costs each month, and what to repay first.",
        discussion: """
            Runs the scanner, the history miner, module discovery and the debt model on one snapshot \
            (the work tree, or --rev REV with only the history up to REV), then prints the totals, the \
            modules over budget, the files and modules charging the most interest, cycles, hidden \
            couplings and the findings with the best payback.

            Principal is the one-off effort (hours) to bring a finding within its rule; interest is the \
            extra effort (hours per month) the finding adds to the changes that actually happen; payback is \
            principal ÷ interest. The formulas and parameters are in docs/model.md and rules/; \
            `accrue explain PATH` shows every term for a file or module.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Option(help: "Read history from this date on (YYYY-MM-DD; default: all history up to the snapshot).")
    var since: String?

    @Option(parsing: .unconditional, help: "How many rows each list shows.")
    var top: Int = 5

    @Flag(help: "In JSON, list the commits behind each finding's interest.")
    var evidence = false

    @Option(help: ArgumentHelp(
        "Cache file facts and mined commits in this store (default: .accrue/accrue.sqlite when .accrue/ exists).",
        valueName: "path"))
    var store: String?

    func validate() throws {
        try TopOption.validate(top)
    }

    func run() throws {
        try reportingErrors {
            let catalog = try repository.catalog()
            var request = scan.request(for: repository)
            var history = HistoryRequest(
                since: try HistoryDates.parse(since, option: "--since", endOfDay: false), now: Date(),
                threads: scan.jobs ?? 2)
            history.progress = HistoryProgress.reporter()
            let caches = try StoreScan.open(
                repositoryPath: repository.path, storePath: store, catalog: catalog, includes: Set(scan.includes))
            caches?.attach(to: &request, history: &history)
            let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
                .run(request, history: history)
            try caches?.save()
            EmptyScanWarning.check(report.modules.scan, path: repository.path)
            OverrideWarning.check(catalog, report.modules)
            switch format {
            case .json:
                print(try JSONOutput.encode(ScanDocument(report, accrueVersion: AccrueVersion.current, includeEvidence: evidence)), terminator: "")
            case .markdown:
                print(ScanMarkdown(report, top: top).render(), terminator: "")
            case .text:
                var text = ScanText(report, style: TerminalStyle(usesColor: stdoutUsesColor))
                text.top = top
                print(text.render(), terminator: "")
            }
        }
    }
}
