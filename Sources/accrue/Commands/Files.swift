import AccrueKit
import ArgumentParser
import FileScanning
import Reporting
import RuleCatalog

/// `accrue files`: sizes, languages, functions and imports of every tracked file.
struct Files: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure every tracked file: lines, functions, complexity and imports.",
        discussion: """
            Reads the files git tracks in the work tree (so .gitignore is honoured), or a commit's tree \
            with --rev. Binary files, symlinks and submodules are skipped; vendored, generated and \
            minified files and lockfiles are excluded by default. Each exclusion is counted with its reason.

            Lines are counted as cloc counts them: blank (white space only), comment (only comment), \
            code (anything else, strings included). JSON output follows the schema in docs/files-json.md.
            """)

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(parsing: .unconditional, help: "How many of the largest files and most complex functions to list.")
    var top: Int = 10

    func validate() throws {
        try TopOption.validate(top)
    }

    func run() throws {
        try reportingErrors {
            let clock = PhaseClock()
            let catalog = try repository.catalog()
            clock.mark("rules")
            let request = scan.request(for: repository)
            let result = try FileScanner(languages: catalog.languages, settings: catalog.scan).scan(request)
            clock.mark("scan")
            EmptyScanWarning.check(result, path: repository.path)
            defer { clock.mark("output") }
            switch format {
            case .json:
                print(try JSONOutput.encode(FilesDocument(result, accrueVersion: AccrueVersion.current)), terminator: "")
            case .text:
                var text = FilesText(result, style: TerminalStyle(usesColor: stdoutUsesColor))
                text.top = top
                print(text.render(), terminator: "")
            }
        }
    }
}
