import AccrueKit
import AccrueStore
import AccruePlan
import AccrueTrend
import AccrueReport
import FileScanning
import Foundation
import GitCore
import ReportPage
import RuleCatalog

/// The data of `accrue report`: the scan, modules, coupling and plan of one snapshot, with the trend samples
/// already stored, gathered into one `ReportModel`.
///
/// Order: the plan (which runs the scan, the history walk and the module analysis once, through the
/// store's caches when there is a store) → the analysed commit's date and the `origin` remote's commit
/// links → the stored trend samples up to that commit (read only: the report never computes samples
/// and never creates a store).
struct ReportAnalyzer {
    let catalog: RuleCatalog
    /// The largest change a plan stage may make, and how many stages the report lists.
    var stageBudget = 400
    var stageLimit = 20

    init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    /// Gathers the report of `request`'s snapshot; `storePath` nil means the repository's default store.
    func run(
        _ request: FileScanRequest, history: HistoryRequest, storePath: String?, accrueVersion: String
    ) throws -> ReportModel {
        var request = request
        var history = history
        // Ages are measured from the analysed commit's date (as `accrue scan` and `accrue trend` do), so
        // the report is the same whenever it is made and its figures line up with the stored samples.
        let repository = try Repository(discovering: request.repositoryPath)
        let commitDate = try repository.commitDate(repository.resolveCommit(request.revision ?? "HEAD"))
        history.now = commitDate
        let caches = try StoreScan.open(
            repositoryPath: request.repositoryPath, storePath: storePath, catalog: catalog, includes: request.includes)
        caches?.attach(to: &request, history: &history)
        // The report lists file coupling pairs, which the cached scan otherwise skips.
        history.measuresFileCoupling = true
        let plan = try PlanAnalyzer(catalog: catalog, budget: stageBudget, stageLimit: stageLimit, target: nil)
            .run(request, history: history)
        try caches?.save()
        EmptyScanWarning.check(plan.scan.modules.scan, path: request.repositoryPath)
        OverrideWarning.check(catalog, plan.scan.modules)
        let root = repository.workingDirectory ?? repository.gitDirectory
        let name = URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
        let trend = try storedTrend(request, storePath: storePath, upTo: commitDate)
        var model = ReportModel(
            plan: plan, trend: trend, repository: name, commitDate: commitDate,
            commitURLPrefix: repository.remoteURL().flatMap(CommitLinks.prefix(forRemote:)),
            accrueVersion: accrueVersion)
        if trend.isEmpty {
            // Samples keyed by other settings (an edited .accrue.yml) are not shown, but are not hidden either.
            let elsewhere = try TrendAnalyzer(catalog: catalog).samplesWithOtherSettings(trendRequest(request, storePath))
            model.trendSamplesWithOtherSettings = elsewhere > 0 ? elsewhere : nil
        }
        return model
    }

    private func trendRequest(_ request: FileScanRequest, _ storePath: String?) -> TrendRequest {
        TrendRequest(
            repositoryPath: request.repositoryPath, includes: request.includes, excludedPaths: request.excludedPaths,
            storePath: storePath)
    }

    /// The samples `accrue trend` stored for these settings, oldest first, up to `latest`.
    private func storedTrend(
        _ request: FileScanRequest, storePath: String?, upTo latest: Date
    ) throws -> [ReportModel.TrendPoint] {
        return try TrendAnalyzer(catalog: catalog).storedSamples(trendRequest(request, storePath)).filter { $0.date <= latest }.map { sample in
            let figures = sample.figures
            return ReportModel.TrendPoint(
                commit: sample.commit, date: ReportModel.day(sample.date), codeLines: figures.codeLines,
                principalHours: ReportModel.rounded(figures.principalHours),
                interestHoursPerMonth: ReportModel.rounded(figures.interestHoursPerMonth),
                interestRate: ReportModel.rounded(figures.interestRate),
                debtRatio: ReportModel.rounded(figures.debtRatio),
                modules: Dictionary(figures.modules.map { ($0.name, $0.codeLines) }, uniquingKeysWith: +))
        }
    }
}
