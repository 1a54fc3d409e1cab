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
            changes: ["A.swift": .init(all: 1 * k), "B.swift": .init(all: 1.5 * k), "Other.swift": .init(all: 4 * k)])

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
        #expect(ModuleInterest.sharesByFile([], moduleOfFile: ["A.swift": "Core"], changes: ["A.swift": .init(all: 1)]).isEmpty)
    }

    let instability = Rule(
        id: "instability", title: "Depended-upon module is unstable", metric: .instability, scope: .module,
        direction: .higherIsWorse, thresholds: Thresholds(warning: 0.5, error: 0.7),
        effort: .init(basis: .finding, baseHours: 8, hoursPerUnit: 0), activity: .crossingChanges)

    @Test func aCrossingRulePaysOnCrossingChangesAndEachFileOnItsOwnByHand() {
        // Core at instability 0.7 (one span: friction 1.24). Its changes: A today, B today and 90 days ago
        // (weights 1 + 1 + 0.5); only B's two changes crossed into a connected module (1 + 0.5).
        let k = 0.693_147_180_559_945_3 / 90 * 30.4375
        let core = Observation(
            subject: .module("Core"), values: [.instability: 0.7, .moduleCodeLines: 100],
            activity: Activity(commits: ["a1", "b1", "b0"], ageDays: [0, 0, 90]),
            crossing: Activity(commits: ["b1", "b0"], ageDays: [0, 90]))
        let findings = DebtAccountant(rules: [instability, moduleSize], model: model).findings(for: [core])

        #expect(findings.count == 1)  // 100 lines: module-size does not fire
        #expect(findings[0].interest.activity == .crossingChanges)
        #expect(findings[0].interest.commits == ["b0", "b1"])  // oldest first
        #expect(abs(findings[0].interest.hoursPerMonth - 1.5 * k * 3 * 1.24) < 1e-12)
        let shares = ModuleInterest.sharesByFile(
            findings, moduleOfFile: ["A.swift": "Core", "B.swift": "Core"],
            changes: ["A.swift": .init(all: 1 * k, crossing: 0), "B.swift": .init(all: 1.5 * k, crossing: 1.5 * k)])
        #expect(shares["A.swift"] == 0)  // A's change stayed inside Core
        #expect(abs((shares["B.swift"] ?? 0) - findings[0].interest.hoursPerMonth) < 1e-12)
    }

    @Test func aFrictionScaleMultipliesTheFrictionAndMissingItSkipsTheRuleByHand() {
        // Core at distance 1, 2.5 spans beyond its warning: friction min(1.24 × 2.5, 3) = 3 (the test model's cap),
        // times its dependent share 0.25 (Ca 3 of 12 other modules) = 0.75. Two crossing changes today: 2 × k × 3 h
        // × 0.75.
        let k = 0.693_147_180_559_945_3 / 90 * 30.4375
        let distance = Rule(
            id: "main-sequence-distance", title: "Far from the main sequence", metric: .mainSequenceDistance,
            scope: .module, direction: .higherIsWorse, thresholds: Thresholds(warning: 0.5, error: 0.7),
            effort: .init(basis: .finding, baseHours: 8, hoursPerUnit: 0), activity: .crossingChanges,
            frictionScale: .dependentShare)
        let crossing = Activity(commits: ["a", "b"], ageDays: [0, 0])
        let core = Observation(
            subject: .module("Core"), values: [.mainSequenceDistance: 1, .dependentShare: 0.25],
            activity: crossing, crossing: crossing)
        let findings = DebtAccountant(rules: [distance], model: model).findings(for: [core])

        #expect(findings[0].interest.scale == 0.25)
        #expect(findings[0].interest.scaleMetric == .dependentShare)
        #expect(abs(findings[0].interest.friction - 0.75) < 1e-12)
        #expect(abs(findings[0].interest.hoursPerMonth - 2 * k * 3 * 0.75) < 1e-12)
        #expect(abs(findings[0].interest(at: 0.6) - 2 * k * 3 * 0.62 * 0.25) < 1e-12)  // repriced, still scaled

        let unmeasured = Observation(
            subject: .module("Core"), values: [.mainSequenceDistance: 1], activity: crossing, crossing: crossing)
        #expect(DebtAccountant(rules: [distance], model: model).findings(for: [unmeasured]).isEmpty)
    }

    @Test func aModulesFindingsSaturateTogetherWhateverChangesTheyArePaidOn() {
        // Module-size at 4,000 lines (two spans: friction 2.48) and instability 0.9 (two spans: 2.48) add up to
        // 4.96, over the cap of 3: both keep 3 / 4.96 of their friction. A crossing change meets both and is
        // charged exactly the cap; a change inside the module meets module-size only, 2.48 × 3 / 4.96 = 1.5.
        let core = Observation(
            subject: .module("Core"), values: [.instability: 0.9, .moduleCodeLines: 4000],
            activity: Activity(commits: ["a", "b"], ageDays: [0, 0]), crossing: Activity(commits: ["b"], ageDays: [0]))
        let findings = DebtAccountant(rules: [instability, moduleSize], model: model).findings(for: [core])

        #expect(findings.count == 2)
        for finding in findings { #expect(abs(finding.interest.saturation - 3 / 4.96) < 1e-12) }
        let perCrossingChange = findings.reduce(0) { $0 + $1.interest.friction * $1.interest.saturation }
        #expect(abs(perCrossingChange - 3) < 1e-12)
        let size = findings.first { $0.rule == "module-size" }
        #expect(size?.interest.activity == .moduleChanges && size?.interest.commits == ["a", "b"])
    }

    /// A module's activity lists a commit once per file it touched, in file order; its evidence lists each
    /// commit once, oldest first.
    @Test func aModuleFindingListsEachCommitOnceOldestFirst() {
        let activity = Activity(commits: ["c2", "c1", "c2", "c0"], ageDays: [5, 10, 5, 30])

        #expect(activity.distinctCommits == ["c0", "c1", "c2"])
    }
}
