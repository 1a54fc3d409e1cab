import AccrueKit
import AccrueStore
import AccrueTrend
import FileScanning
import Foundation
import RuleCatalog
import Testing
import TestSupport

@Suite struct TrendAnalyzerTests {
    private func storePath() throws -> String {
        try FixtureRepository.temporaryFolder(prefix: "trend-store").appendingPathComponent("accrue.sqlite").path
    }

    /// Work-tree scans measure ages from `now`: one fixed moment keeps cold and warm scans comparable.
    private let now = Date(timeIntervalSince1970: 1_720_000_000)

    private func fresh(_ path: String, revision: String?, catalog: RuleCatalog) throws -> ScanReport {
        try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .run(FileScanRequest(repositoryPath: path, revision: revision), history: HistoryRequest(now: now))
    }

    @Test(arguments: ["trend-weekly", "plan-split"])
    func everySampleEqualsAFreshScanOfItsCommit(fixture: String) throws {
        let path = try FixtureRepository.materialize(fixture)
        let catalog = try RuleCatalog.bundled()
        let report = try TrendAnalyzer(catalog: catalog).run(
            TrendRequest(repositoryPath: path, every: .commits(1), storePath: try storePath()))
        let line = try FixtureRepository.git(["rev-list", "--first-parent", "HEAD"], in: path)
        #expect(report.samples.map(\.commit) == line.split(separator: "\n").map(String.init).reversed())
        for sample in report.samples {
            let scan = try fresh(path, revision: sample.commit, catalog: catalog)
            #expect(TrendFigures(scan) == sample.figures, "sample \(sample.commit)")
        }
    }

    /// A folder module that becomes a package (vite's `docs/`, now `@vitejs/monorepo-docs`) is one series under its
    /// latest name, and the report says so.
    @Test func aModuleRenamedBetweenSamplesIsOneSeries() throws {
        let path = try FixtureRepository.materialize("trend-module-rename")
        let store = try storePath()
        let analyzer = TrendAnalyzer(catalog: try RuleCatalog.bundled())
        let report = try analyzer.run(TrendRequest(repositoryPath: path, every: .commits(1), storePath: store))

        #expect(report.samples.count == 4)
        #expect(report.renames == ["docs": "@acme/docs"])
        #expect(report.samples.allSatisfy { $0.figures.modules.map(\.name) == ["@acme/docs", "app"] })
        #expect(report.samples.first?.figures.modules.first?.roots == ["docs"])
        let stored = try analyzer.storedSamples(TrendRequest(repositoryPath: path, every: .commits(1), storePath: store))
        #expect(stored.allSatisfy { $0.figures.modules.map(\.name) == ["@acme/docs", "app"] })
    }

    @Test func weeklySamplesAreTheLastCommitOfEachWeekAndTheHead() throws {
        let path = try FixtureRepository.materialize("trend-weekly")
        let report = try TrendAnalyzer(catalog: try RuleCatalog.bundled()).run(
            TrendRequest(repositoryPath: path, storePath: try storePath()))
        // 12 weekly commits on main, one per week: each week's grid line finds exactly one.
        #expect(report.samples.count == 12)
        #expect(report.samples.map(\.date) == report.samples.map(\.date).sorted())
        #expect(report.samples.last?.figures.modules.map(\.name) == ["App", "Core"])
    }

    @Test func aRerunComputesOnlyNewSamples() throws {
        let path = try FixtureRepository.materialize("trend-weekly")
        let analyzer = TrendAnalyzer(catalog: try RuleCatalog.bundled())
        let request = TrendRequest(repositoryPath: path, storePath: try storePath())
        let first = try analyzer.run(request)
        let again = try analyzer.run(request)
        #expect(first.computed == 12)
        #expect(again.computed == 0)
        #expect(again.samples == first.samples)
        try FixtureRepository.git(
            ["-c", "user.name=Cy", "-c", "user.email=cy@example.com", "commit", "--allow-empty", "-q", "-m", "Later"],
            in: path)
        let grown = try analyzer.run(request)
        #expect(grown.computed == 1)
        #expect(Array(grown.samples.prefix(12)) == first.samples)
    }

    @Test(arguments: [nil, "HEAD"])
    func aScanWithAWarmStoreEqualsAColdScan(revision: String?) throws {
        let path = try FixtureRepository.materialize("trend-weekly")
        let catalog = try RuleCatalog.bundled()
        let cold = try fresh(path, revision: revision, catalog: catalog)
        let store = try StoreLocation.open(repositoryPath: path, path: try storePath(), rebuild: false)
        for _ in 0..<2 {
            var request = FileScanRequest(repositoryPath: path, revision: revision)
            let cache = StoreFileCache(store: store, catalog: catalog, includes: [])
            request.factsCache = cache
            var history = HistoryRequest(now: now)
            history.commitCache = StoreCommitCache(store: store, catalog: catalog, includes: [], mailmap: "")
            let warm = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
                .run(request, history: history)
            try cache.flush()
            #expect(TrendFigures(warm) == TrendFigures(cold))
            #expect(warm.findings == cold.findings)
            #expect(warm.modules.scan.files == cold.modules.scan.files)
        }
    }

    @Test func intervalsParse() {
        #expect(TrendRequest.interval("2w") == .seconds(14 * 86_400))
        #expect(TrendRequest.interval("50c") == .commits(50))
        #expect(TrendRequest.interval("10commits") == .commits(10))
        #expect(TrendRequest.interval("weekly") == nil)
        #expect(TrendRequest.duration("1y") == Double(365 * 86_400))
    }
}
