import AccrueKit
import AccrueReport
import ArgumentParser
import Foundation
import ReportPage

/// `accrue report`: the scan, modules, coupling, trend and plan as one page a person opens.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A self-contained HTML report (or Markdown with SVG charts) of where the debt is and what to do.",
        discussion: """
            Runs what `accrue plan` runs (scan, history, modules, debt model, staged plan) once, reads the \
            trend samples already in the store (`accrue trend` makes them; the report never computes any), \
            and writes one HTML file with inline CSS, JavaScript and SVG: headline figures and their trend, \
            modules against the budget, a hotspot map that drills from module to file, the dependency graph \
            with cycles and hidden couplings, coupled files with their commits (linked when `origin` is on \
            a known forge), trend charts and the plan as a checklist. Nothing is loaded from the network. \
            With --format markdown the charts are written as SVG files beside the Markdown. See docs/report.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: "Output format: html or markdown.")
    var format: Format = .html

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write the report to this file ('-' for standard output; default: accrue-report.html or accrue-report.md).",
            valueName: "file"))
    var output: String?

    @Option(help: "Read history from this date on (YYYY-MM-DD; default: all history up to the snapshot).")
    var since: String?

    @Option(help: "How many plan stages the report lists.")
    var stages: Int = 20

    @Option(help: ArgumentHelp(
        "The store to read trend samples and caches from (default: .accrue/accrue.sqlite when .accrue/ exists).",
        valueName: "path"))
    var store: String?

    func validate() throws {
        guard stages >= 1 else { throw ValidationError("--stages must be 1 or more") }
    }

    func run() throws {
        try reportingErrors {
            let catalog = try repository.catalog()
            var history = HistoryRequest(
                since: try HistoryDates.parse(since, option: "--since", endOfDay: false), now: Date(),
                threads: scan.jobs ?? 2)
            history.progress = HistoryProgress.reporter()
            var analyzer = ReportAnalyzer(catalog: catalog)
            analyzer.stageLimit = stages
            let model = try analyzer.run(
                scan.request(for: repository), history: history, storePath: store, accrueVersion: AccrueVersion.current)
            let path = output ?? (format == .html ? "accrue-report.html" : "accrue-report.md")
            switch format {
            case .html: try write(try ReportHTML(model).render(), to: path)
            case .markdown: try writeMarkdown(model, to: path)
            }
        }
    }

    private func writeMarkdown(_ model: ReportModel, to path: String) throws {
        guard path != "-" else {
            print(ReportMarkdown(model, chartPrefix: "accrue-report").render(), terminator: "")
            return
        }
        let url = URL(fileURLWithPath: path)
        let markdown = ReportMarkdown(model, chartPrefix: url.deletingPathExtension().lastPathComponent)
        for chart in markdown.charts() {
            try write(chart.svg, to: url.deletingLastPathComponent().appendingPathComponent(chart.name).path, quiet: true)
        }
        try write(markdown.render(), to: path)
    }

    private func write(_ text: String, to path: String, quiet: Bool = false) throws {
        if path == "-" {
            print(text, terminator: "")
            return
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure.usage("cannot write the report to \(path): it is a folder; give a file, such as \(path)/accrue-report.html")
        }
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw Failure.usage("cannot write the report to \(path): \(error.localizedDescription)")
        }
        if !quiet {
            FileHandle.standardError.write(Data("accrue report: wrote \(path) (\(Self.size(text.utf8.count)))\n".utf8))
        }
    }

    /// A file size people read: "14 KB" below a megabyte, "2.3 MB" from one on.
    static func size(_ bytes: Int) -> String {
        bytes < 1_048_576 ? "\(max(1, (bytes + 1_023) / 1_024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
