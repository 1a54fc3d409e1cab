import AccrueKit
import AccruePlan
import ArgumentParser
import Foundation
import Reporting
import FileScanning
import ModuleGraph

/// `accrue plan`: the debt model as staged refactorings, each one a shippable pull request.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stages that repay the debt one pull request at a time, best payback first.",
        discussion: """
            Runs the same analysis as `accrue scan`, then plans stages: split oversized modules along their \
            seams, break cycles at their weakest edges, stabilize unstable modules others depend on (extract \
            their stable core, or invert their cheapest imports), untangle hidden couplings, split oversized files by \
            their declarations, simplify the worst functions. Each stage names the files, declarations and \
            import lines involved, stays within --budget changed lines, says which stages it needs, what \
            interest it saves and the check that proves it done. Stages are ordered by interest saved per \
            hour of work. The JSON schema is documented in docs/plan.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: "The largest change a stage may make, in changed (moved or edited) lines.")
    var budget: Int = 400

    @Option(help: "How many stages to show (0 shows all).")
    var stages: Int = 10

    @Option(help: ArgumentHelp("Plan only for this module, or for files under this path.", valueName: "module|path"))
    var target: String?

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    @Option(help: "Read history from this date on (YYYY-MM-DD; default: all history up to the snapshot).")
    var since: String?

    func validate() throws {
        guard budget >= 20 else { throw ValidationError("--budget must be at least 20 lines") }
        guard stages >= 0 else { throw ValidationError("--stages must be 0 (all) or more") }
    }

    /// Whether `target` names a module or a scanned file or folder (what `--target` can focus on).
    static func exists(_ target: String, in modules: ModuleReport) -> Bool {
        let prefix = target.hasSuffix("/") ? target : target + "/"
        return modules.modules.contains { $0.declaration.name == target }
            || modules.scan.files.contains { $0.path == target || $0.path.hasPrefix(prefix) }
    }

    func run() throws {
        try reportingErrors {
            let catalog = try repository.catalog()
            let request = scan.request(for: repository)
            var history = HistoryRequest(
                since: try HistoryDates.parse(since, option: "--since", endOfDay: false), now: Date(),
                threads: scan.jobs ?? 2)
            history.progress = HistoryProgress.reporter()
            let report = try PlanAnalyzer(
                catalog: catalog, budget: budget, stageLimit: stages == 0 ? nil : stages, target: target
            ).run(request, history: history)
            EmptyScanWarning.check(report.scan.modules.scan, path: repository.path)
            OverrideWarning.check(catalog, report.scan.modules)
            if let target, !Self.exists(target, in: report.scan.modules) {
                throw Failure.usage("--target \(target): no module of that name and no scanned file at or under that path")
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(PlanDocument(report, accrueVersion: AccrueVersion.current)), terminator: "")
            case .markdown:
                print(PlanMarkdown(report).render(), terminator: "")
            case .text:
                print(PlanText(report, style: TerminalStyle(usesColor: stdoutUsesColor)).render(), terminator: "")
            }
        }
    }
}
