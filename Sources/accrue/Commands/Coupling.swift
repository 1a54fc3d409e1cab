import AccrueKit
import ArgumentParser
import Foundation
import Reporting
import Analyses

/// `accrue coupling`: files that keep changing together (code-maat's logical coupling).
struct Coupling: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Files that keep changing together, with the commits that show it.",
        discussion: """
            degree = shared commits ÷ average commits of the two files × 100, as code-maat computes it. \
            Commits touching more than --max-changeset-size files are left out of coupling (not of churn).
            """)

    @OptionGroup var walk: HistoryWalkOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(parsing: .unconditional, help: "How many pairs to list in the text table.")
    var top: Int = 30

    @Option(help: "Minimum average commits of the two files.")
    var minRevs: Int = 5

    @Option(help: "Minimum shared commits.")
    var minSharedRevs: Int = 5

    @Option(help: "Minimum degree of coupling, in percent.")
    var minCoupling: Int = 30

    @Option(help: "Commits (or groups) with more files than this are left out of coupling.")
    var maxChangesetSize: Int = 30

    @Option(help: "Group commits into change sets: commit or author-day.")
    var groupBy: String = "commit"

    func validate() throws {
        try TopOption.validate(top)
    }

    func run() throws {
        var request = try walk.request()
        guard let grouping = CouplingGrouping(rawValue: groupBy) else {
            throw HistoryCommandErrors.usage("--group-by expects commit or author-day, got '\(groupBy)'")
        }
        request.coupling.minimumRevisions = minRevs
        request.coupling.minimumSharedRevisions = minSharedRevs
        request.coupling.minimumDegree = minCoupling
        request.coupling.maximumChangesetSize = maxChangesetSize
        request.coupling.grouping = grouping
        try HistoryCommandErrors.reporting {
            let report = try HistoryAnalyzer.run(request, progress: HistoryProgress.reporter())
            switch format {
            case .json: print(HistoryJSON.coupling(report), terminator: "")
            case .text: print(HistoryText.coupling(report, top: top), terminator: "")
            }
        }
    }
}
