import AccrueKit
import AccruePlan
import FileScanning
import Foundation
import Planning
import RuleCatalog
import Testing
import TestSupport

/// Plans for `path` as `accrue plan --rev HEAD` would (ages measured from HEAD, so figures are fixed).
func plan(_ path: String, budget: Int = 400) throws -> PlanReport {
    let catalog = try RuleCatalog.bundled()
    return try PlanAnalyzer(catalog: catalog, settings: PlanSettings(budget: budget))
        .run(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))
}

@Suite struct PlanAnalyzerTests {
    @Test func aModuleOfTwoSeparateClustersIsSplitExactlyAlongTheSeam() throws {
        let path = try FixtureRepository.materialize("plan-split")

        let report = try plan(path)

        let split = report.plan.stages.filter { $0.kind == .splitModule }
        let moved = Set(split.flatMap(\.files))
        #expect(moved == Set(["Invoice", "Tax", "Ledger", "Refund"].map { "Sources/Shop/Billing\($0).swift" }))
        #expect(split.allSatisfy { $0.id.hasPrefix("split-module:Shop:Billing:move:") })
        #expect(split.last?.checks.first?.text == "module-size of Shop ≤ 1,211 code lines")
    }

    @Test func aCycleWithOneWeakEdgeIsCutAtThatEdge() throws {
        let path = try FixtureRepository.materialize("plan-split")

        let report = try plan(path)

        let cycle = try #require(report.plan.stages.first { $0.kind == .breakCycle })
        #expect(cycle.id == "break-cycle:Cache,Net,Store:Cache->Net")
        #expect(cycle.importSites == [ImportSite(path: "Sources/Cache/Cache.swift", line: 1, imports: "Net")])
        // Net's README ("The base class for requests") declares no `for` for Cache's loop to use.
        #expect(cycle.declarations == ["NetProviding", "fetch"])
        #expect(cycle.checks.map(\.text) == ["Cache does not import Net", "no cycle among Cache, Net, Store"])
    }

    @Test(arguments: [400, 150, 60])
    func stagesNeverExceedTheBudget(budget: Int) throws {
        let path = try FixtureRepository.materialize("plan-split")

        let report = try plan(path, budget: budget)

        #expect(!report.plan.stages.isEmpty)
        #expect(report.plan.stages.allSatisfy { $0.changedLines <= budget })
    }

    @Test func stagesComeAfterTheStagesTheyNeed() throws {
        let path = try FixtureRepository.materialize("plan-split")

        let stages = try plan(path).plan.stages

        for stage in stages { #expect(stage.neededStages.allSatisfy { $0 < stage.number }) }
        #expect(stages.map(\.number) == Array(1...stages.count))
    }

    @Test func aRepositoryWithoutDebtSaysSo() throws {
        let path = try FixtureRepository.materialize("basic")

        let report = try plan(path)

        #expect(report.plan.isDebtFree)
        #expect(report.plan.stages.isEmpty)
        #expect(report.plan.series.map(\.interestHoursPerMonth) == [0])
    }

    @Test func theSeriesFallsByEachStagesSavings() throws {
        let path = try FixtureRepository.materialize("plan-split")

        let plan = try plan(path).plan

        #expect(plan.series.count == plan.stages.count + 1)
        for (index, stage) in plan.stages.enumerated() {
            let drop = plan.series[index].interestHoursPerMonth - plan.series[index + 1].interestHoursPerMonth
            #expect(abs(drop - stage.interestSavedHoursPerMonth) < 1e-9)
        }
    }
}
