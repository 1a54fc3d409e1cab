import AccrueKit
import FileScanning
import Foundation
import PlanAssembly
import Planning
import RuleCatalog

/// `accrue plan`: the scan's debt model turned into staged refactorings.
///
/// Order: the same steps as `ScanAnalyzer` (scan, history up to the scanned commit, modules, ledger),
/// keeping the mined history for file co-changes; then the plan's inputs (declarations and uses of the
/// files involved, import sites of cut edges, co-changing file pairs); then the planner.
public struct PlanAnalyzer: Sendable {
    public let catalog: RuleCatalog
    public let settings: PlanSettings

    /// Creates the analyzer with the catalog's rules and model.
    public init(catalog: RuleCatalog, settings: PlanSettings) {
        self.catalog = catalog
        self.settings = settings
    }

    /// Creates the analyzer from the command's flags: at most `budget` changed lines a stage, the first
    /// `stageLimit` stages (nil: all), only stages about `target` (a module name or a path prefix).
    public init(catalog: RuleCatalog, budget: Int, stageLimit: Int?, target: String?) {
        self.init(catalog: catalog, settings: PlanSettings(budget: budget, stageLimit: stageLimit, target: target))
    }

    /// Scans, prices and plans.
    public func run(_ request: FileScanRequest, history: HistoryRequest) throws -> PlanReport {
        let analyzer = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
        var history = history
        history.countedLinesLimit = history.countedLinesLimit ?? analyzer.countedLinesLimit  // a plan shows no line counts
        let (report, mined) = try analyzer.runKeepingHistory(request, history: history)
        let builder = PlanInputBuilder(catalog: catalog, report: report, history: mined, workers: request.workers)
        var planner = Planner(settings: settings)
        planner.toolingFiles = builder.toolingFiles
        return PlanReport(scan: report, plan: planner.plan(builder.build()), history: mined)
    }
}

/// A plan with the scan it was made from.
public struct PlanReport: Sendable {
    public var scan: ScanReport
    public var plan: RemediationPlan
    /// The mined history the scan was priced with (file coupling pairs and their commits).
    public var history: HistoryReport
}
