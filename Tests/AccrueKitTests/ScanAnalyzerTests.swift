import AccrueKit
import DebtLedger
import FileScanning
import Foundation
import RuleCatalog
import Reporting
import Testing
import TestSupport
import DebtModel
import ModuleGraph

/// The scan of a fixture repository at HEAD.
func scanFixture(_ fixture: String) throws -> ScanReport {
    let path = try FixtureRepository.materialize(fixture)
    let catalog = try RuleCatalog.bundled()
    let analyzer = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
    // --rev HEAD: ages are measured from HEAD's date, so the figures do not depend on today.
    return try analyzer.run(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))
}

@Suite struct ScanAnalyzerTests {
    private func scan(_ fixture: String) throws -> ScanReport { try scanFixture(fixture) }

    /// Its test files' too: the account's interest holds their findings, so its rate per change must count them.
    @Test func aModulesChangesAreItsFilesChangesTestsIncluded() throws {
        let report = try scan("modules-test-imports")
        let byPath = Dictionary(uniqueKeysWithValues: report.files.map { ($0.name, $0.changesPerMonth) })

        for module in report.modules.modules {
            let account = try #require(report.moduleAccounts.first { $0.name == module.declaration.name })
            let expected = (module.files + module.testFiles).compactMap { byPath[$0] }.reduce(0, +)
            #expect(abs(account.changesPerMonth - expected) < 1e-9, "\(account.name)")
        }
        // laws' library changed once, its tests seven times.
        let laws = try #require(report.moduleAccounts.first { $0.name == "laws" })
        let lawsTests = try #require(byPath["laws/tests/core_laws.rs"])
        #expect(lawsTests > 0 && laws.changesPerMonth > lawsTests)
    }

    @Test func theWorkTreeIsPricedAtHeadsDateNotTheClock() throws {
        let path = try FixtureRepository.materialize("ripple-instability")
        let catalog = try RuleCatalog.bundled()
        let analyzer = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
        let clock = Date()

        let workTree = try analyzer.run(FileScanRequest(repositoryPath: path), history: HistoryRequest(now: clock))
        let head = try analyzer.run(
            FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: clock))

        // HEAD was committed on 2024-07-01: a scan today charges what a scan on that day did.
        #expect(workTree.now == head.now && workTree.now < clock)
        #expect(workTree.interestHoursPerMonth > 0)
        #expect(workTree.interestHoursPerMonth == head.interestHoursPerMonth)
    }

    @Test func matchesTheFiguresComputedByHand() throws {
        let report = try scan("debt-basic")
        // Big.swift: 700 code lines, changed 90 days before HEAD and at HEAD: activity 1 + 2^(−90/365) = 1.843.
        let activity = 1 + pow(2, -90.0 / 365)
        let changesPerMonth = activity * 0.693_147_180_559_945_3 / 365 * 30.4375  // 0.1065
        // file-size (warning 400, error 1000): 300 lines beyond warning, half a span: friction 1.24 × 0.5.
        // Principal 1 h + 0.02 h × 300 lines = 7 h; interest 0.1065 × 1.3 h × 0.62 = 0.0858 h a month.
        let fileSize = try #require(report.findings.first { $0.rule == "file-size" })
        #expect(fileSize.principal.hours == 7)
        #expect(abs(fileSize.interest.hoursPerMonth - changesPerMonth * 1.3 * 0.62) < 1e-9)
        // hotspot does not apply: Big.swift has 2 revisions, fewer than the rule's 5.
        #expect(report.findings.map(\.rule) == ["file-size"])
        #expect(report.principalHours == 7)
        let interest = changesPerMonth * 1.3 * 0.62  // 0.0858 h a month
        #expect(abs(report.interestHoursPerMonth - interest) < 1e-9)
        #expect(abs((fileSize.paybackMonths ?? 0) - 7 / (changesPerMonth * 1.3 * 0.62)) < 1e-9)  // 81.6 months
        // The changes cost Big.swift's 1.843 and Small.swift's 0.843 decayed changes (added 90 days before HEAD) at
        // 1.3 h a file; the debt adds 1.843 × 0.62 ÷ 2.686 = 42.5 % to them.
        let changeHours = (2 * activity - 1) * 0.693_147_180_559_945_3 / 365 * 30.4375 * 1.3  // 0.1859 h a month
        #expect(abs(report.changeHoursPerMonth - changeHours) < 1e-9)
        #expect(abs(report.interestRate - activity * 0.62 / (2 * activity - 1)) < 1e-9)
        // Per change, Big.swift's debt adds its friction: 0.62, the dashboard's "+62%".
        let big = try #require(report.files.first { $0.name == "Sources/Big.swift" })
        #expect(abs((big.interestRate(baseline: report.baselineHoursPerChange) ?? 0) - 0.62) < 1e-9)
        #expect(ScanText(report, style: TerminalStyle(usesColor: false)).render().contains("+62%"))
        // Debt ratio: 7 h ÷ (710 lines × 30 minutes) = 2.0 %, rating A.
        #expect(abs(report.debtRatio - 7 / (710 * 0.5)) < 1e-12)
        #expect(report.rating == "A")
    }

    @Test func aFileInAnOversizedModulePaysItsShareOfTheModulesInterestByHand() throws {
        let report = try scan("modules-swiftpm")
        // Core: 10 files of 311 code lines = 3,110, 1,110 beyond the budget (2,000), 1.11 spans of 1,000:
        // friction 1.24 × 1.11 = 1.3764, capped at maximum_friction, 1.24. All ten files were added at HEAD: 10 file
        // changes of age 0.
        let k = 0.693_147_180_559_945_3 / 365 * 30.4375  // one change today: 0.0578 changes a month
        let size = try #require(report.findings.first { $0.rule == "module-size" && $0.subject == .module("Core") })
        #expect(abs(size.interest.friction - 1.24) < 1e-12)
        #expect(abs(size.interest.changesPerMonth - 10 * k) < 1e-12)
        #expect(abs(size.interest.hoursPerMonth - 10 * k * 1.3 * 1.24) < 1e-9)  // 0.932 h a month
        // Core1.swift breaks no rule itself; it pays its 1 of the module's 10 changes: k × 1.3 h × 1.24.
        let file = try #require(report.files.first { $0.name == "Sources/Core/Core1.swift" })
        #expect(file.findings == 0)
        #expect(abs(file.interestHoursPerMonth - k * 1.3 * 1.24) < 1e-9)  // 0.0932 h a month
    }

    @Test func instabilityChargesTheChangesThatCrossTheModulesBoundaryByHand() throws {
        let report = try scan("ripple-instability")
        // Core: Ca 3, Ce 6, I = 2/3; its most stable dependent, A, has I = 1/2: a gap of 1/6, (1/6 − 0.1) / 0.4 =
        // 1/6 of a span: friction 1.24 × 1/6.
        let friction = 1.24 / 6
        let k = 0.693_147_180_559_945_3 / 365 * 30.4375  // one change today: 0.0578 changes a month
        // Crossing changes (fixtures/ripple-instability/build.sh; HEAD 2024-07-01, the others 90 and 180 days before,
        // weighing d90 = 2^(−90/365) = 0.843 and d180 = 2^(−180/365) = 0.711): Core1 d180 + 1, Core2 d180 + d90,
        // 3.265 in all (of Core's 4.265 changes: the two commits that changed Core1 alone stay inside).
        let d90 = pow(2, -90.0 / 365), d180 = pow(2, -180.0 / 365)
        let finding = try #require(report.findings.first { $0.subject == .module("Core") })
        #expect(finding.rule == "instability" && finding.interest.activity == .crossingChanges)
        #expect(abs(finding.interest.friction - friction) < 1e-12)
        #expect(abs(finding.interest.changesPerMonth - (2 * d180 + d90 + 1) * k) < 1e-12)
        #expect(abs(finding.value - 1.0 / 6) < 1e-9)
        #expect(abs(finding.interest.hoursPerMonth - (2 * d180 + d90 + 1) * k * 1.3 * friction) < 1e-12)  // 0.051 h
        #expect(finding.interest.commits.count == 3)  // the first commit (Core1 and Core2, listed once), commits 3 and 4
        #expect(report.findings.count == 1)
        // Each file pays on its own crossing changes: Core1 1.711 of 3.265, Core2 1.554 of 3.265.
        let core1 = try #require(report.files.first { $0.name == "Sources/Core/Core1.swift" })
        let core2 = try #require(report.files.first { $0.name == "Sources/Core/Core2.swift" })
        #expect(abs(core1.changes.all - (d180 + d90 + 2) * k) < 1e-12)
        #expect(abs(core1.changes.crossing - (d180 + 1) * k) < 1e-12)
        #expect(abs(core1.interestHoursPerMonth - (d180 + 1) * k * 1.3 * friction) < 1e-12)  // 0.027 h a month
        #expect(abs(core2.interestHoursPerMonth - (d180 + d90) * k * 1.3 * friction) < 1e-12)  // 0.024 h a month
        #expect(core2.crossingCommits.count == 2)
        #expect(abs(core1.interestHoursPerMonth + core2.interestHoursPerMonth - finding.interest.hoursPerMonth) < 1e-12)
        // A's changes cross too (A imports Core), but A breaks no rule: it pays nothing.
        #expect(report.files.first { $0.name == "Sources/A/A.swift" }?.interestHoursPerMonth == 0)
    }

    @Test func aHotspotsComplexityIsCyclomaticForEveryFileNotLinesWhereAFileHasNoFunction() throws {
        let report = try scan("hotspot-units")
        // parse.c (complexity 7) ranks above config.h (200 #defines, complexity 0); build.mk has no score.
        let hotspots = report.findings.filter { $0.rule == "hotspot" }
        #expect(hotspots.map(\.subject.path) == ["parse.c"])
        #expect(hotspots.first?.value == 1)
    }

    @Test func aCleanRepositoryHasNoFindings() throws {
        let report = try scan("basic")

        #expect(report.findings.isEmpty)
        #expect(report.principalHours == 0 && report.interestHoursPerMonth == 0)
        #expect(ScanText(report, style: TerminalStyle(usesColor: false)).render().contains("No debt found by the current rules."))
    }

    @Test func aRepositoryWithNoCodeIsNoCleanBill() throws {
        // A clone whose checkout failed has an empty index; a repository of docs has no code: nothing was judged.
        let path = try FixtureRepository.committed(["README.md": "# Notes\n", "docs/guide.md": "Text.\n"], prefix: "no-code")
        let catalog = try RuleCatalog.bundled()
        let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .run(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))

        let text = ScanText(report, style: TerminalStyle(usesColor: false)).render()
        #expect(text.contains("No code file to judge.") && !text.contains("No debt found"))
    }
}

@Suite struct ScanOverrideTests {
    @Test func aPathOverrideInTheConfigurationRaisesTheThresholdForThoseFilesOnly() throws {
        let path = try FixtureRepository.materialize("debt-basic")
        let config = try FixtureRepository.temporaryFolder().appendingPathComponent(".accrue.yml")
        try """
            overrides:
              - paths: ["Sources/Big.swift"]
                rules:
                  file-size: { thresholds: { warning: 800, error: 1500 } }
            """.write(to: config, atomically: true, encoding: .utf8)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile(url: config, displayName: ".accrue.yml"))

        let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .run(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))

        #expect(report.findings.isEmpty)
    }
}

@Suite struct BuildScriptShareTests {
    @Test func aBuildScriptPaysNoShareOfItsModulesDebtAndAddsNoChange() throws {
        let report = try scanFixture("modules-build-script")

        let size = try #require(report.findings.first { $0.rule == "module-size" })
        // The module's changes: a.ts twice, b.ts and c.ts once (vite.config.ts's two changes are not the module's).
        #expect(size.interest.commits.count == 2)
        let script = try #require(report.files.first { $0.name == "packages/core/vite.config.ts" })
        #expect(script.interestHoursPerMonth == 0)
        // The sources' shares (their accounts less their own file-size findings) add up to the module's finding.
        let sources = report.files.filter { $0.name.hasPrefix("packages/core/src/") }
        let own = report.findings.filter { $0.subject.path?.hasPrefix("packages/core/src/") == true }
        let shares = sources.reduce(0) { $0 + $1.interestHoursPerMonth } - own.reduce(0) { $0 + $1.interest.hoursPerMonth }
        #expect(abs(shares - size.interest.hoursPerMonth) < 1e-9)
    }

    /// The module's account holds the script's own findings, so its rate per change counts the script's changes.
    @Test func aBuildScriptWithDebtOfItsOwnCountsInItsModulesChanges() throws {
        let report = try scanFixture("modules-build-script-debt")

        let script = try #require(report.files.first { $0.name == "packages/core/vite.config.ts" })
        let source = try #require(report.files.first { $0.name == "packages/core/src/a.ts" })
        let core = try #require(report.moduleAccounts.first { $0.name == "core" })
        #expect(script.interestHoursPerMonth > 0)
        #expect(abs(core.changesPerMonth - (script.changesPerMonth + source.changesPerMonth)) < 1e-9)
        #expect(abs(core.interestHoursPerMonth - script.interestHoursPerMonth) < 1e-9)
    }
}
