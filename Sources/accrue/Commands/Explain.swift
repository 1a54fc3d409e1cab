import AccrueKit
import ArgumentParser
import Foundation

/// `accrue explain PATH`: the commits behind a file's churn figures and its coupling pairs.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the commits behind a file's history figures and coupling pairs.")

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
        try HistoryCommandErrors.reporting {
            let report = try HistoryAnalyzer.run(request, progress: HistoryProgress.reporter())
            let path = try HistoryAnalyzer.repositoryPath(of: target)
            switch format {
            case .json: print(HistoryJSON.explain(report, path: path), terminator: "")
            case .text, .numstat: print(HistoryText.explain(report, path: path, limit: limit), terminator: "")
            }
        }
    }
}
