import AccrueKit
import ArgumentParser
import Foundation
import Reporting

/// `accrue explain PATH`: the commits behind a file's churn figures and its coupling pairs.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the commits and the arithmetic behind a file's or module's figures.",
        discussion: """
            For a file: its history figures (commits, churn, authors), its coupling pairs, and its debt: \
            every finding with each term of the principal and interest formulas (docs/model.md). For a \
            module name: the module's debt. JSON output covers the history part.
            """)

    @OptionGroup var walk: HistoryWalkOptions

    @Option(help: "Output format: text or json.")
    var format: HistoryFormat = .text

    @Option(help: "How many commits to list in text output.")
    var limit: Int = 30

    func run() throws {
        var request = try walk.request()
        let target = request.path
        // The whole repository is mined, so coupling partners outside the file's folder show up.
        request.limitsToPath = false
        if format != .json, let debt = try debtExplanation(of: target) {
            print(debt, terminator: "")
            if !FileManager.default.fileExists(atPath: target) { return }  // a module name, not a file
            print("")
        }
        try HistoryCommandErrors.reporting {
            let report = try HistoryAnalyzer.run(request, progress: HistoryProgress.reporter())
            let path = try HistoryAnalyzer.repositoryPath(of: target)
            switch format {
            case .json: print(HistoryJSON.explain(report, path: path), terminator: "")
            case .text, .numstat: print(HistoryText.explain(report, path: path, limit: limit), terminator: "")
            }
        }
    }

    /// The debt part: a scan of the repository containing `target` (a file, or a module name in the
    /// current repository), explained for that target; nil when the target has no account.
    private func debtExplanation(of target: String) throws -> String? {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isFolder)
        let folder = exists && !isFolder.boolValue ? (target as NSString).deletingLastPathComponent : (exists ? target : ".")
        // Without --rev the work tree, priced now; with it (even HEAD) the snapshot at REV, aged from its date.
        let revision = walk.rev.map { ["--rev", $0] } ?? []
        let repository = try RepositoryOptions.parse([folder.isEmpty ? "." : folder] + revision)
        var output: String?
        try reportingErrors {
            let catalog = try repository.catalog()
            let request = FileScanRequest(repositoryPath: repository.path, revision: repository.rev)
            let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
                .run(request, history: try walk.request())
            let name = exists ? try HistoryAnalyzer.repositoryPath(of: target) : target
            output = DebtExplanation(report, target: name).render()
        }
        return output
    }
}
