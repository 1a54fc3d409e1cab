import AccrueKit
import ArgumentParser
import DebtModel
import FileScanning
import Foundation
import Reporting
import ModuleGraph
import RuleCatalog
import SourceScan

/// `accrue explain PATH`: the commits behind a file's churn figures and its coupling pairs.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the commits and the arithmetic behind a file's or module's figures.",
        discussion: """
            For a file: its history figures (commits, churn, authors), its coupling pairs, and its debt: \
            every finding with each term of the principal and interest formulas (docs/model.md). The commits \
            whose subjects read as bug fixes, which weigh fix_weight changes, are marked [fix] (the words: \
            model.fixes in `accrue rules`). A file the scan leaves out (vendored, generated, a lockfile…) has no \
            debt, and the text says why. For a \
            module name: the module's debt. JSON output: a file's history (accrue.history/1) with its debt under \
            `debt`, a module's debt (accrue.scan/1 narrowed to the module, docs/scan-json.md). The file may be deleted, or \
            inside a bare repository (repo.git/src/main.rs is src/main.rs of repo.git): the repository is the \
            one containing it, not the current folder's. The repository itself and folders are refused.
            """)

    @OptionGroup var walk: HistoryWalkOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "How many commits to list in text output.")
    var limit: Int = 30

    @Option(help: "How many findings to explain, most interest first (0 explains all).")
    var findings: Int = 20

    func run() throws {
        var request = try walk.request()
        // The whole repository is mined, so coupling partners outside the file's folder show up.
        request.limitsToPath = false
        try reportingErrors {
            let target = try ExplainTarget(walk.path)
            if target.relative.isEmpty || target.isFolderInBareTree(revision: walk.rev) { throw target.refusal() }
            let debt = try debtPart(of: target)
            if debt.isAnswered { return }
            // The scan's history serves when it has the file (it leaves out what the scan excludes, such as
            // vendored files); otherwise the history is mined for the file alone.
            // Its ages count from the date the debt part was priced at (the commit's, with --rev or in a bare
            // repository), so both parts agree.
            var report = try debt.history.flatMap { $0.file(target.relative) != nil ? $0 : nil }
                ?? HistoryAnalyzer.run(request, progress: HistoryProgress.reporter())
            report.revision = request.revision
            // A folder of a bare repository, or a deleted one: only the history tells.
            if target.isFolder(in: report) { throw target.refusal() }
            let path = target.relative
            try target.requireKnown(in: report)
            switch format {
            case .json:
                let fixes = debt.document == nil ? nil : debt.fixes
                let excluded = debt.excluded.map { (reason: $0.reason.rawValue, releaseCopy: $0.copy) }
                print(HistoryJSON.explain(report, path: path, debt: debt.document, fixes: fixes, excluded: excluded),
                    terminator: "")
            case .text: print(HistoryText.explain(report, path: path, limit: limit, fixes: debt.fixes), terminator: "")
            }
        }
    }

    /// What the debt part leaves the history part: the scan's history, the file's JSON, whether all is said (a
    /// module), the commits read as fixes and why the scan left the file out.
    private struct DebtPart {
        var history: HistoryReport?
        var document: ScanDocument?
        var isAnswered = false
        var fixes: Set<String> = []
        var excluded: (reason: Exclusion, copy: String?)?
    }

    /// The debt part, printed at once as text (and all there is for a module) or kept for the file's JSON, with the
    /// scan's history; a folder that names no module is refused.
    private func debtPart(of target: ExplainTarget) throws -> DebtPart {
        if format == .json {
            let (report, history) = try scan(for: target)
            if !target.isFile, let document = moduleDocument(of: target, in: report) {
                print(try JSONOutput.encode(document), terminator: "")
                return DebtPart(isAnswered: true)
            }
            let document = ScanDocument.file(target.relative, of: report, accrueVersion: AccrueVersion.current)
            if document == nil && target.isFolder { throw target.refusal() }
            if document == nil { try Self.requireUnambiguous(target, in: report) }
            return DebtPart(
                history: document == nil ? nil : history, document: document, fixes: report.fixes,
                excluded: Self.exclusion(target.relative, in: report))
        }
        guard let debt = try debtExplanation(of: target) else {
            if target.isFolder { throw target.refusal() }
            return DebtPart()
        }
        print(debt.text, terminator: "")
        if !debt.isFile { return DebtPart(isAnswered: true) }  // a module
        print("")
        return DebtPart(history: debt.history, fixes: debt.fixes)
    }

    /// The debt part: a scan of the repository containing the target, explained for its path or, failing
    /// that, for the module of that name; nil when the target has no account.
    private func debtExplanation(
        of target: ExplainTarget
    ) throws -> (text: String, isFile: Bool, history: HistoryReport, fixes: Set<String>)? {
        let (report, history) = try scan(for: target)
        let explain = { (name: String) -> String? in
            var explanation = DebtExplanation(report, target: name)
            explanation.findingLimit = findings > 0 ? findings : nil
            return explanation.render()
        }
        for name in target.debtNames {
            if let text = explain(name) {
                let isFile = report.files.contains { $0.name == name }
                let notes = isFile ? Self.toolingNote(name, in: report) + Self.inFileTestsNote(name, in: report) : ""
                return (text + notes, isFile, history, report.fixes)
            }
        }
        if let name = Self.moduleName(target, in: report), let text = explain(name) {
            return (text, false, history, report.fixes)
        }
        try Self.requireUnambiguous(target, in: report)
        if let note = Self.exclusionNote(target.relative, in: report) { return (note, true, history, report.fixes) }
        return nil
    }

    /// Why a file the scan left out has no debt: `Debt of test/googletest-1.16.0/…/gtest.cc: none counted: the scan
    /// leaves it out as vendored code (in test/googletest-1.16.0, a copy of another project's release); …`. Nil for a
    /// file the scan never saw.
    static func exclusionNote(_ path: String, in report: ScanReport) -> String? {
        guard let (reason, copy) = exclusion(path, in: report) else { return nil }
        let why = copy.map { "vendored code (in \($0), a copy of another project's release)" } ?? Self.reasons[reason]
            ?? reason.rawValue
        let include = ScanOptions.includable.contains(reason) ? "; `accrue scan --include \(reason.rawValue)` counts it" : ""
        return "Debt of \(path): none counted: the scan leaves it out as \(why)\(include). Its history follows.\n"
    }

    /// A file outside what its module's build loads (a Composer package's test bootstrap, a gem's Rakefile) is
    /// tooling: its imports make no module edge, which a reader of `accrue modules` would otherwise look for. Empty for
    /// any other file.
    static func toolingNote(_ path: String, in report: ScanReport) -> String {
        guard let module = report.modules.modules.first(where: { $0.testFiles.contains(path) }),
            module.declaration.isTooling(path)
        else { return "" }
        let loads = module.declaration.ecosystem == "gem" ? "`require_paths`, `bindir` and `ext/`" : "`autoload` and `bin`"
        return "\n\(path) lies outside the paths \(module.declaration.manifest) loads (its \(loads)): "
            + "tooling, counted with \(module.declaration.name)'s tests: its imports make no edge, its lines no part of "
            + "its size.\n"
    }

    /// A file holding its own tests (Rust's `#[cfg(test)] mod tests`) adds only the rest to its module's size, which a
    /// reader comparing its lines with `accrue modules` would otherwise miss. Empty for any other file.
    static func inFileTestsNote(_ path: String, in report: ScanReport) -> String {
        guard let file = report.modules.scan.files.first(where: { $0.path == path }), file.testLines.code > 0,
            let module = report.modules.modules.first(where: { $0.files.contains(path) })
        else { return "" }
        let items = file.language == "Rust" ? "`#[cfg(test)]` items" : "test blocks"
        let counts = "\(grouped(file.testLines.code)) of the \(grouped(file.lines.code)) code lines"
        return "\n\(counts) of \(path) are its \(items), counted with \(module.declaration.name)'s tests, "
            + "not in its size.\n"
    }

    /// Why the scan left `path` out, and the release copy it lies in; nil for a file the scan never saw.
    static func exclusion(_ path: String, in report: ScanReport) -> (reason: Exclusion, copy: String?)? {
        let scan = report.modules.scan
        guard let excluded = scan.excluded.first(where: { $0.path == path }) else { return nil }
        return (excluded.reason, scan.releaseCopies.first { path.hasPrefix($0 + "/") })
    }

    /// Exclusions in words.
    private static let reasons: [Exclusion: String] = [
        .vendored: "vendored code", .scaffolding: "a scaffolder's template", .generated: "generated code",
        .minified: "minified code", .lockfile: "a lockfile", .tooLarge: "too large a file",
        .configured: "a path the configuration excludes", .unknownLanguage: "a file of no language accrue knows",
        .unreadable: "unreadable (its content is missing from the object database)", .binary: "a binary file",
        .symlink: "a symbolic link", .submodule: "a submodule",
    ]

    /// Modules sharing a name are told apart by their manifest (`calc (doc/tutorial/bin/dune)`): a bare `calc` that
    /// names several of them is a usage error that lists them, not "no such module".
    private static func requireUnambiguous(_ target: ExplainTarget, in report: ScanReport) throws {
        let named = report.modules.modules.map(\.declaration.name).filter { $0.hasPrefix(target.given + " (") }.sorted()
        guard !named.isEmpty else { return }
        throw Failure.usage("\(target.given) names \(named.count) modules; give one's full name in quotes: "
            + named.map { "'\($0)'" }.joined(separator: ", "))
    }

    /// The JSON of the module the target names (by name or root folder); nil when it names none.
    private func moduleDocument(of target: ExplainTarget, in report: ScanReport) -> ScanDocument? {
        let name = target.debtNames.first { name in report.modules.modules.contains { $0.declaration.name == name } }
        return (name ?? Self.moduleName(target, in: report)).flatMap {
            ScanDocument.module($0, of: report, accrueVersion: AccrueVersion.current)
        }
    }

    /// A module's root folder names the module (`explain Sources/Core` as `explain Core`).
    private static func moduleName(_ target: ExplainTarget, in report: ScanReport) -> String? {
        report.modules.modules.first { $0.declaration.roots.contains(target.relative) }?.declaration.name
    }

    /// The scan of the repository containing the target: without --rev the work tree, priced now; with it (even
    /// HEAD) the snapshot at REV, aged from its date.
    private func scan(for target: ExplainTarget) throws -> (ScanReport, HistoryReport) {
        let revision = walk.rev.map { ["--rev", $0] } ?? []
        let repository = try RepositoryOptions.parse(revision + ["--", target.folder])
        let catalog = try repository.catalog()
        let request = FileScanRequest(repositoryPath: repository.path, revision: repository.rev)
        let (report, history) = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .runKeepingHistory(request, history: try walk.request())
        OverrideWarning.check(catalog, report.modules)
        return (report, history)
    }
}
