import AccrueKit
import ArgumentParser
import Foundation
import Reporting

/// `accrue modules`: the modules, their size against the budget, and the import graph between them.
struct Modules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the modules, hold them to a size budget, and map how they import each other.",
        discussion: """
            Modules come from build manifests read as text (Package.swift, Cargo.toml, go.mod, package.json \
            workspaces, pom.xml, settings.gradle, pyproject.toml, CMakeLists.txt, composer.json, .csproj, pubspec.yaml, \
            Bazel BUILD files, Xcode projects); nothing in the repository is executed; CMake targets own the files \
            they list literally, an Xcode target the code it compiles, a Bazel package its folder (the root package \
            the files its rules list). Without a manifest, each top-level \
            source folder is a module. When a quarter or more of the source code is left unowned (by manifests, or \
            at the root of a repository without any; rules/modules.yaml unowned_share), that code gets folder \
            modules and files at the repository root a module "(root)"; a manifest module owning no scanned file is \
            left out with a warning (docs/modules-json.md). Every scanned file belongs to the module with the \
            longest root containing it, or is reported as unowned.

            The budget (rules/modules.yaml) counts code lines of non-test files: warning above 2,000, \
            error above 3,000. Ca/Ce are afferent/efferent coupling, I = Ce / (Ca + Ce). An import of a module \
            that re-exports others (`@_exported import`, `pub use`, `export … from`) counts as an import of those \
            too; DOT and Mermaid draw such edges dotted, with the module they pass through.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, dot, mermaid
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: "Output format: text, json, dot (Graphviz) or mermaid.")
    var format: Format = .text

    @Option(help: "Read history from this date on for change coupling (YYYY-MM-DD; default: all history).")
    var since: String?

    @Flag(help: "Skip history: no change coupling, hidden couplings or stable imports.")
    var noHistory = false

    func run() throws {
        try reportingErrors {
            let catalog = try repository.catalog()
            let request = scan.request(for: repository)
            let analyzer = ModuleAnalyzer(catalog: catalog)
            let report: ModuleReport
            if noHistory {
                report = try analyzer.run(request)
            } else {
                let since = try HistoryDates.parse(since, option: "--since", endOfDay: false)
                var history = HistoryRequest(since: since, now: Date(), threads: scan.jobs ?? 2)
                history.progress = HistoryProgress.reporter()
                // Module coupling shows no line counts: read no file's content to count them (as a scan does),
                // but exactly in release commits, whose version-bump test reads them.
                history.countedLinesLimit = 0
                report = try analyzer.run(request, history: history)
            }
            EmptyScanWarning.check(report.scan, path: repository.path)
            OverrideWarning.check(catalog, report)
            switch format {
            case .json: print(try JSONOutput.encode(ModulesDocument(report, accrueVersion: AccrueVersion.current)), terminator: "")
            case .dot: print(ModulesGraphFormats.dot(report), terminator: "")
            case .mermaid: print(ModulesGraphFormats.mermaid(report), terminator: "")
            case .text: print(ModulesText(report, style: TerminalStyle(usesColor: stdoutUsesColor)).render(), terminator: "")
            }
        }
    }
}
