import AccrueKit
import DebtLedger
import Foundation
import RuleCatalog
import Testing
import TestSupport

@Suite struct ScanAnalyzerTests {
    private func scan(_ fixture: String) throws -> ScanReport {
        let path = try FixtureRepository.materialize(fixture)
        let catalog = try RuleCatalog.bundled()
        let analyzer = ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
        // --rev HEAD: ages are measured from HEAD's date, so the figures do not depend on today.
        return try analyzer.run(
            FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))
    }

    @Test func matchesTheFiguresComputedByHand() throws {
        let report = try scan("debt-basic")
        // Big.swift: 700 code lines, changed 90 days before HEAD and at HEAD: activity 1 + 0.5 = 1.5.
        let changesPerMonth = 1.5 * 0.693_147_180_559_945_3 / 90 * 30.4375  // 0.3516
        // file-size (warning 400, error 1000): 300 lines beyond warning, half a span: friction 1.24 × 0.5.
        // Principal 1 h + 0.02 h × 300 lines = 7 h; interest 0.3516 × 3 h × 0.62 = 0.654 h a month.
        let fileSize = try #require(report.findings.first { $0.rule == "file-size" })
        #expect(fileSize.principal.hours == 7)
        #expect(abs(fileSize.interest.hoursPerMonth - changesPerMonth * 3 * 0.62) < 1e-9)
        // hotspot does not apply: Big.swift has 2 revisions, fewer than the rule's 5.
        #expect(report.findings.map(\.rule) == ["file-size"])
        #expect(report.principalHours == 7)
        let interest = changesPerMonth * 3 * 0.62  // 0.654 h a month
        #expect(abs(report.interestHoursPerMonth - interest) < 1e-9)
        #expect(abs((fileSize.paybackMonths ?? 0) - 7 / (changesPerMonth * 3 * 0.62)) < 1e-9)  // 10.7 months
        // Debt ratio: 7 h ÷ (710 lines × 30 minutes) = 2.0 %, rating A.
        #expect(abs(report.debtRatio - 7 / (710 * 0.5)) < 1e-12)
        #expect(report.rating == "A")
    }

    @Test func aCleanRepositoryHasNoFindings() throws {
        let report = try scan("basic")

        #expect(report.findings.isEmpty)
        #expect(report.principalHours == 0 && report.interestHoursPerMonth == 0)
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
