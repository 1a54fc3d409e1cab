import DebtLedger
import DebtModel
import Foundation
import Testing

@Suite struct ModuleInterestTests {
    let model: ModelParameters
    let moduleSize = Rule(
        id: "module-size", title: "Module over its size budget", metric: .moduleCodeLines, scope: .module,
        direction: .higherIsWorse, thresholds: Thresholds(warning: 2000, error: 3000),
        effort: .init(basis: .excess, baseHours: 8, hoursPerUnit: 0.05))

    init() throws { model = try ModelParameters.forTests() }

    @Test func eachFilePaysTheModulesFrictionOnItsOwnChangesByHand() {
        // Core: 2,500 code lines, half a span over its budget (warning 2,000, error 3,000): friction 0.62.
        // A.swift changed today; B.swift today and 90 days ago. The module's changes are its files' changes:
        // weights 1 + (1 + 0.5) = 2.5, so 2.5 × ln 2 / 90 × 30.4375 changes a month.
        let k = 0.693_147_180_559_945_3 / 90 * 30.4375
        let core = Observation(
            subject: .module("Core"), values: [.moduleCodeLines: 2500],
            activity: Activity(commits: ["a1", "b1", "b0"], ageDays: [0, 0, 90]))
        let findings = DebtAccountant(rules: [moduleSize], model: model).findings(for: [core])
        #expect(abs(findings[0].interest.hoursPerMonth - 2.5 * k * 3 * 0.62) < 1e-12)  // 1.0899 h a month

        let shares = ModuleInterest.sharesByFile(
            findings, moduleOfFile: ["A.swift": "Core", "B.swift": "Core", "Other.swift": "Net"],
            changesPerMonth: ["A.swift": 1 * k, "B.swift": 1.5 * k, "Other.swift": 4 * k])

        // A: 1 of 2.5 changes → 1 × k × 3 h × 0.62 = 0.436 h a month; B: 1.5 × k × 3 × 0.62 = 0.654.
        #expect(abs((shares["A.swift"] ?? 0) - 1 * k * 3 * 0.62) < 1e-12)
        #expect(abs((shares["B.swift"] ?? 0) - 1.5 * k * 3 * 0.62) < 1e-12)
        #expect(shares["Other.swift"] == nil)  // Net has no finding
        // The shares add up to the module finding's interest: totals count it once.
        #expect(abs((shares["A.swift"] ?? 0) + (shares["B.swift"] ?? 0) - findings[0].interest.hoursPerMonth) < 1e-12)
    }

    @Test func onlyModuleFindingsAreShared() {
        let file = Observation(
            subject: .file("A.swift"), values: [.moduleCodeLines: 2500], activity: Activity(commits: ["a"], ageDays: [0]))
        let findings = DebtAccountant(rules: [moduleSize], model: model).findings(for: [file])

        #expect(findings.isEmpty)  // module-size judges modules only
        #expect(ModuleInterest.sharesByFile([], moduleOfFile: ["A.swift": "Core"], changesPerMonth: ["A.swift": 1]).isEmpty)
    }
}
