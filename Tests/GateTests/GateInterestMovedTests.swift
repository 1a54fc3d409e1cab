import DebtModel
import Gate
import Testing

/// Extracting a module lowers the interest of the module it leaves and gives the libraries it uses one more
/// dependent: interest that moved, not interest a change added.
@Suite struct GateInterestMovedTests {
    private let gate = GateComparison(
        rules: [
            Rule(
                id: "module-size", title: "Module too big", metric: .moduleCodeLines, scope: .module,
                direction: .higherIsWorse, thresholds: Thresholds(warning: 2000, error: 3000)),
            Rule(
                id: "main-sequence-distance", title: "Off the main sequence", metric: .mainSequenceDistance,
                scope: .module, direction: .higherIsWorse, thresholds: Thresholds(warning: 0.7, error: 0.9)),
        ], states: [:], tolerances: GateTolerances())

    private func moduleFinding(
        _ rule: String, _ metric: MetricID, _ module: String, value: Double, interest: Double, friction: Double
    ) -> FindingFigures {
        FindingFigures(
            rule: rule, kind: .module, subject: module, path: nil, modules: [module], metric: metric, value: value,
            severity: .warning, principalHours: 10, interestHoursPerMonth: interest, friction: friction)
    }

    /// Kit (2,600 lines) and Lib, a leaf library Kit uses.
    private var base: Baseline {
        var base = baseline(
            files: ["Kit/Kit.swift": 2600, "Lib/Lib.swift": 300], modules: ["Kit": 2600, "Lib": 300],
            findings: [moduleFinding("module-size", .moduleCodeLines, "Kit", value: 2600, interest: 20, friction: 0.6)])
        base.files["Kit/Kit.swift"]?.module = "Kit"
        base.files["Lib/Lib.swift"]?.module = "Lib"
        return base
    }

    /// Kit split: `kitInterest` left on Kit's size; Store, the new module, also uses Lib, which gains 3 h/month
    /// off the main sequence.
    private func split(kitLines: Int, kitInterest: Double) -> Baseline {
        var findings = [
            moduleFinding("main-sequence-distance", .mainSequenceDistance, "Lib", value: 0.8, interest: 3, friction: 0.5)
        ]
        if kitLines > 2000 {
            findings.append(moduleFinding(
                "module-size", .moduleCodeLines, "Kit", value: Double(kitLines), interest: kitInterest,
                friction: 0.6 * kitInterest / 20))
        }
        var head = baseline(
            files: ["Kit/Kit.swift": kitLines, "Store/Store.swift": 2600 - kitLines, "Lib/Lib.swift": 300],
            modules: ["Kit": kitLines, "Store": 2600 - kitLines, "Lib": 300], findings: findings)
        for (path, module) in ["Kit/Kit.swift": "Kit", "Store/Store.swift": "Store", "Lib/Lib.swift": "Lib"] {
            head.files[path]?.module = module
        }
        return head
    }

    @Test func aSplitLoweringTheRepositorysInterestPassesWithTheRiseOnItsLibrariesNamed() throws {
        let verdict = gate.compare(
            base: base, head: split(kitLines: 1500, kitInterest: 0), changedFiles: ["Kit/Kit.swift", "Store/Store.swift"])

        #expect(verdict.passed)
        let warning = try #require(verdict.warnings.first { $0.rule == "module-interest" })
        #expect(warning.subject == "module Lib")
        #expect(warning.note?.contains("interest moved, not added") == true)
        #expect(warning.note?.contains("lowers the repository's interest by 17 h/month") == true)
    }

    @Test func theRiseStillFailsInAModuleTheChangeEdited() {
        let verdict = gate.compare(
            base: base, head: split(kitLines: 1500, kitInterest: 0),
            changedFiles: ["Kit/Kit.swift", "Store/Store.swift", "Lib/Lib.swift"])

        #expect(!verdict.passed)
        #expect(verdict.failures.map(\.subject) == ["module Lib"])
    }

    @Test func theRiseStillFailsWhenTheRepositorysInterestDidNotGoDown() {
        // Kit kept its size debt: the change only added Lib's interest.
        let verdict = gate.compare(
            base: base, head: split(kitLines: 2600, kitInterest: 20), changedFiles: ["Store/Store.swift"])

        #expect(!verdict.passed)
        #expect(verdict.failures.map(\.rule) == ["module-interest"])
    }
}
