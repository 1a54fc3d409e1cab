import AccrueGate
import AccrueKit
import FileScanning
import Foundation
import Gate
import RuleCatalog
import Testing
import TestSupport

/// The gate through the store (cold, then warm) judges exactly what full scans of both sides judge.
@Suite struct GateStoreTests {
    /// The figures `accrue scan --rev` gives for `revision`, without a store.
    private func fullScan(_ path: String, _ revision: String, catalog: RuleCatalog) throws -> Baseline {
        let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .run(FileScanRequest(repositoryPath: path, revision: revision), history: HistoryRequest(now: Date()))
        return BaselineSnapshot.make(report, catalog: catalog)
    }

    /// The fixture, its rules, and a path for a new store.
    private func materialize(_ fixture: String) throws -> (path: String, catalog: RuleCatalog, store: String) {
        let path = try FixtureRepository.materialize(fixture)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))
        let store = try FixtureRepository.temporaryFolder(prefix: "gate-store").appendingPathComponent("s.sqlite").path
        return (path, catalog, store)
    }

    private func expectSameAsFullScans(_ fixture: String, head: String, base: String) throws {
        let (path, catalog, store) = try materialize(fixture)
        let request = GateRequest(repositoryPath: path, revision: head, baseRef: base, storePath: store)

        let cold = try GateAnalyzer(catalog: catalog).run(request)
        let warm = try GateAnalyzer(catalog: catalog).run(request)
        let temporary = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, revision: head, baseRef: base))
        let mergeBase = try FixtureRepository.git(["merge-base", base, head], in: path)
            .trimmingCharacters(in: .whitespacesAndNewlines)

        #expect(cold.head == (try fullScan(path, head, catalog: catalog)), "\(fixture) \(head)")
        #expect(cold.base == (try fullScan(path, mergeBase, catalog: catalog)), "\(fixture) \(head)")
        for other in [warm, temporary] {
            #expect(other.head == cold.head && other.base == cold.base, "\(fixture) \(head)")
            #expect(other.verdict == cold.verdict, "\(fixture) \(head)")
            #expect(other.changedFiles == cold.changedFiles, "\(fixture) \(head)")
        }
    }

    @Test(arguments: ["grow-module", "shrink-debt", "new-cycle", "edit-bad-file", "warn-mode"])
    func eachScenarioJudgesWhatFullScansJudge(branch: String) throws {
        try expectSameAsFullScans("gate-scenarios", head: branch, base: "main")
    }

    /// A later pull request on the same base reads the base's figures from the store and judges the same.
    @Test func aBaseMeasuredByAnEarlierRunIsReadAndJudgesTheSame() throws {
        let (path, catalog, store) = try materialize("gate-scenarios")
        _ = try GateAnalyzer(catalog: catalog).run(
            GateRequest(repositoryPath: path, revision: "grow-module", baseRef: "main", storePath: store))

        let later = try GateAnalyzer(catalog: catalog).run(
            GateRequest(repositoryPath: path, revision: "new-cycle", baseRef: "main", storePath: store))
        let fresh = try GateAnalyzer(catalog: catalog).run(
            GateRequest(repositoryPath: path, revision: "new-cycle", baseRef: "main"))

        #expect(later.base == fresh.base && later.head == fresh.head)
        #expect(later.verdict == fresh.verdict)
        #expect(later.verdict.failures.first?.location == fresh.verdict.failures.first?.location)
    }

    /// The typical warm pull request: the base branch's own gate filled the store (its figures, commits,
    /// file facts and commit graph); the next head's graph is extended by its new commits and only those
    /// are mined. Both sides still equal full scans.
    @Test(arguments: ["modules-history", "trend-weekly"])
    func aStoreFilledByTheBaseBranchsGateJudgesWhatFullScansJudge(fixture: String) throws {
        let (path, catalog, store) = try materialize(fixture)
        _ = try GateAnalyzer(catalog: catalog).run(
            GateRequest(repositoryPath: path, revision: "HEAD~3", baseRef: "HEAD~4", storePath: store))

        let warm = try GateAnalyzer(catalog: catalog).run(
            GateRequest(repositoryPath: path, revision: "HEAD", baseRef: "HEAD~3", storePath: store))
        let base = try FixtureRepository.git(["rev-parse", "HEAD~3"], in: path)
            .trimmingCharacters(in: .whitespacesAndNewlines)

        #expect(warm.head == (try fullScan(path, "HEAD", catalog: catalog)))
        #expect(warm.base == (try fullScan(path, base, catalog: catalog)))
    }

    /// A rename after the base: the base's history is its own (under the base's paths), not the head's.
    @Test func aRenameAfterTheBaseLeavesTheBaseHistoryAsItWas() throws {
        try expectSameAsFullScans("rename-chain", head: "main", base: "main~1")
    }
}
