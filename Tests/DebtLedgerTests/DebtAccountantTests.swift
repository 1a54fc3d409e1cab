import DebtLedger
import Foundation
import DebtModel
import Testing

@Suite struct DebtAccountantTests {
    let model: ModelParameters

    init() throws {
        func parameter(_ value: Double) -> String { #"{"value": \#(value), "unit": "", "rationale": "", "source": ""}"# }
        let json = """
            {"version": 1,
             "interest": {"activity_half_life_days": \(parameter(90)), "baseline_hours_per_change": \(parameter(3)),
                          "friction_per_threshold_span": \(parameter(1.24)), "maximum_friction": \(parameter(3)),
                          "defect_multiplier_at_error": \(parameter(15))},
             "debt_ratio": {"minutes_to_write_per_line": \(parameter(30)), "rating_a_up_to": \(parameter(0.05)),
                            "rating_b_up_to": \(parameter(0.1)), "rating_c_up_to": \(parameter(0.2)),
                            "rating_d_up_to": \(parameter(0.5))}}
            """
        model = try JSONDecoder().decode(ModelParameters.self, from: Data(json.utf8))
    }

    let fileSize = Rule(
        id: "file-size", title: "File too long", metric: .fileCodeLines, scope: .file, direction: .higherIsWorse,
        thresholds: Thresholds(warning: 400, error: 1000),
        effort: .init(basis: .excess, baseHours: 2, hoursPerUnit: 0.01))

    @Test func pricesAFileOverItsThresholdByHand() {
        // 700 lines: 300 beyond the warning (400), half the span to the error (1,000).
        // Changed today and 90 days ago: weights 1 + 0.5 = 1.5.
        let observation = Observation(
            subject: .file("Big.swift"), values: [.fileCodeLines: 700],
            activity: Activity(commits: ["a", "b"], ageDays: [90, 0]))

        let findings = DebtAccountant(rules: [fileSize], model: model).findings(for: [observation])

        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.severity == .warning)
        #expect(finding.principal.hours == 2 + 0.01 * 300)  // 5 hours
        let changesPerMonth = 1.5 * 0.693_147_180_559_945_3 / 90 * 30.4375  // 0.35163… changes a month
        #expect(abs(finding.interest.changesPerMonth - changesPerMonth) < 1e-12)
        #expect(finding.interest.span == 0.5)
        #expect(finding.interest.friction == 0.62)  // 1.24 × 0.5
        let interest = changesPerMonth * 3 * 0.62  // 0.65403… hours a month
        #expect(abs(finding.interest.hoursPerMonth - interest) < 1e-12)
        #expect(abs((finding.paybackMonths ?? 0) - 5 / interest) < 1e-9)  // 7.64… months
    }

    @Test func anUntouchedFileChargesNoInterestHoweverBad() {
        let observation = Observation(subject: .file("Old.swift"), values: [.fileCodeLines: 5000])

        let finding = DebtAccountant(rules: [fileSize], model: model).findings(for: [observation])[0]

        #expect(finding.severity == .error)
        #expect(finding.interest.hoursPerMonth == 0)
        #expect(finding.paybackMonths == nil)
        #expect(finding.interest.friction == 3)  // capped: 1.24 × 7.67 spans would be 9.5
    }

    @Test func withinTheThresholdsThereIsNoFinding() {
        let observation = Observation(subject: .file("Small.swift"), values: [.fileCodeLines: 400])

        #expect(DebtAccountant(rules: [fileSize], model: model).findings(for: [observation]).isEmpty)
    }

    @Test func aRuleOnlyJudgesSubjectsOfItsScopeThatMeasureItsMetric() {
        let module = Observation(subject: .module("Core"), values: [.fileCodeLines: 5000])
        let unmeasured = Observation(subject: .file("x.txt"), values: [:])

        #expect(DebtAccountant(rules: [fileSize], model: model).findings(for: [module, unmeasured]).isEmpty)
    }

    @Test func aCycleIsPricedPerImportSiteToCut() {
        let cycle = Rule(
            id: "module-cycle", title: "Cycle", metric: .moduleCycles, scope: .module, direction: .higherIsWorse,
            thresholds: Thresholds(warning: 0, error: 0), effort: .init(basis: .importSite, baseHours: 4, hoursPerUnit: 0.5))
        let observation = Observation(subject: .module("Net"), values: [.moduleCycles: 1], importSites: 3)

        let finding = DebtAccountant(rules: [cycle], model: model).findings(for: [observation])[0]

        #expect(finding.severity == .error)
        #expect(finding.principal.hours == 5.5)  // 4 + 0.5 × 3 import sites
        #expect(finding.interest.span == 1)  // equal thresholds: one span
    }

    @Test func aChangeEveryDayForeverIsThirtyChangesAMonth() {
        let ages = (0..<20_000).map(Double.init)

        let rate = Activity(commits: [], ageDays: ages).changesPerMonth(halfLifeDays: 90)

        #expect(abs(rate - 30.4375) < 0.2)
    }
}
