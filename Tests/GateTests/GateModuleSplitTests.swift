import DebtModel
import Gate
import Testing

/// A module split off another inherits the module findings its code had there (accrue's Lexing, split from
/// SourceScan, stable and concrete in both); a module of new code is judged as new.
@Suite struct GateModuleSplitTests {
    private let gate = GateComparison(
        rules: [
            Rule(
                id: "main-sequence-distance", title: "Off the main sequence", metric: .mainSequenceDistance,
                scope: .module, direction: .higherIsWorse, thresholds: Thresholds(warning: 0.5, error: 0.7))
        ], states: [:], tolerances: GateTolerances())

    private func distance(_ module: String, _ value: Double, _ severity: Severity) -> FindingFigures {
        FindingFigures(
            rule: "main-sequence-distance", kind: .module, subject: module, path: nil, modules: [module],
            metric: .mainSequenceDistance, value: value, severity: severity, principalHours: 8, interestHoursPerMonth: 2,
            friction: 1)
    }

    private func layout(_ files: [String: String], findings: [FindingFigures]) -> Baseline {
        var modules: [String: Int] = [:]
        for module in files.values { modules[module, default: 0] += 100 }
        var result = baseline(files: files.mapValues { _ in 100 }, modules: modules, findings: findings)
        for (path, module) in files { result.files[path]?.module = module }
        return result
    }

    /// Scan holds Scan.swift, Lexer.swift and Token.swift, stable and concrete (an error); Lex is split off it.
    private var base: Baseline {
        layout(
            ["Scan/Scan.swift": "Scan", "Scan/Lexer.swift": "Scan", "Scan/Token.swift": "Scan"],
            findings: [distance("Scan", 0.95, .error)])
    }

    @Test func aModuleSplitOffInheritsItsOriginsFindings() {
        let head = layout(
            ["Scan/Scan.swift": "Scan", "Lex/Lexer.swift": "Lex", "Lex/Token.swift": "Lex"],
            findings: [distance("Scan", 0.95, .error), distance("Lex", 1, .error)])

        let verdict = gate.compare(
            base: base, head: head,
            changes: .init(
                files: ["Scan/Lexer.swift", "Scan/Token.swift", "Lex/Lexer.swift", "Lex/Token.swift"],
                moves: ["Scan/Lexer.swift": "Lex/Lexer.swift", "Scan/Token.swift": "Lex/Token.swift"]))

        #expect(verdict.passed)
        #expect(base.followingMoves(to: head, known: ["Scan/Lexer.swift": "Lex/Lexer.swift"]).predecessors(in: head)
            == ["Lex": "Scan"])
    }

    @Test func aModuleOfMostlyNewCodeIsNewDebt() {
        // Lex holds Lexer.swift, moved from Scan, and two new files: its debt is its own.
        let head = layout(
            ["Scan/Scan.swift": "Scan", "Scan/Token.swift": "Scan", "Lex/Lexer.swift": "Lex", "Lex/A.swift": "Lex",
             "Lex/B.swift": "Lex"],
            findings: [distance("Scan", 0.95, .error), distance("Lex", 1, .error)])

        let verdict = gate.compare(
            base: base, head: head,
            changes: .init(
                files: ["Scan/Lexer.swift", "Lex/Lexer.swift", "Lex/A.swift", "Lex/B.swift"],
                moves: ["Scan/Lexer.swift": "Lex/Lexer.swift"]))

        #expect(!verdict.passed)
        #expect(verdict.problems.contains { $0.subject == "module Lex" && $0.message.hasPrefix("new debt") })
    }

    @Test func aSplitOffAModuleAtWarningPushedToErrorStillFails() {
        let base = layout(
            ["Scan/Scan.swift": "Scan", "Scan/Lexer.swift": "Scan"], findings: [distance("Scan", 0.6, .warning)])
        let head = layout(
            ["Scan/Scan.swift": "Scan", "Lex/Lexer.swift": "Lex"],
            findings: [distance("Scan", 0.6, .warning), distance("Lex", 1, .error)])

        let verdict = gate.compare(
            base: base, head: head,
            changes: .init(files: ["Scan/Lexer.swift", "Lex/Lexer.swift"], moves: ["Scan/Lexer.swift": "Lex/Lexer.swift"]))

        #expect(verdict.problems.contains { $0.subject == "module Lex" && $0.message.hasPrefix("pushed over") })
    }

    /// Scan, over its budget, charges 10 h a month for its size; Lex split off it takes that away.
    private func sized(_ module: String, interest: Double) -> FindingFigures {
        FindingFigures(
            rule: "module-size", kind: .module, subject: module, path: nil, modules: [module], metric: .moduleCodeLines,
            value: 2500, severity: .warning, principalHours: 20, interestHoursPerMonth: interest, friction: 1)
    }

    @Test func aSplitThatRepaysWarnsOfItsNewModulesPosition() {
        let base = layout(
            ["Scan/Scan.swift": "Scan", "Scan/Lexer.swift": "Scan"], findings: [sized("Scan", interest: 10)])
        let head = layout(
            ["Scan/Scan.swift": "Scan", "Lex/Lexer.swift": "Lex"], findings: [distance("Lex", 1, .error)])

        let verdict = gate.compare(
            base: base, head: head,
            changes: .init(files: ["Scan/Lexer.swift", "Lex/Lexer.swift"], moves: ["Scan/Lexer.swift": "Lex/Lexer.swift"]))

        #expect(verdict.passed)
        let warning = verdict.problems.first { $0.subject == "module Lex" }
        #expect(warning?.status == .warning)
        #expect(warning?.note?.contains("lowers the interest of the modules it touches (Lex, Scan) by 8 h/month") == true)
    }

    /// Lex, split off Scan, repays nothing of Scan (within its budget) and is far off the main sequence; the same
    /// change cleans up Other, which repays 10 h/month. The repository's interest falls, the split's own does not.
    @Test func aSplitThatRepaysNothingFailsWhateverElseTheChangeRepays() {
        let base = layout(
            ["Scan/Scan.swift": "Scan", "Scan/Lexer.swift": "Scan", "Other/Other.swift": "Other"],
            findings: [sized("Other", interest: 10)])
        let head = layout(
            ["Scan/Scan.swift": "Scan", "Lex/Lexer.swift": "Lex", "Other/Other.swift": "Other"],
            findings: [distance("Lex", 1, .error)])

        let verdict = gate.compare(
            base: base, head: head,
            changes: .init(
                files: ["Scan/Lexer.swift", "Lex/Lexer.swift", "Other/Other.swift"],
                moves: ["Scan/Lexer.swift": "Lex/Lexer.swift"]))

        #expect(verdict.cost.interestRemoved > verdict.cost.interestAdded)
        #expect(!verdict.passed)
        #expect(verdict.problems.contains { $0.subject == "module Lex" && $0.status == .failure })
    }

    @Test func aModuleOfNewCodeFailsEvenWhenTheChangeRepaysElsewhere() {
        let base = layout(["Scan/Scan.swift": "Scan"], findings: [sized("Scan", interest: 10)])
        let head = layout(
            ["Scan/Scan.swift": "Scan", "Lex/Lexer.swift": "Lex", "Lex/Token.swift": "Lex"],
            findings: [distance("Lex", 1, .error)])

        let verdict = gate.compare(
            base: base, head: head, changes: .init(files: ["Scan/Scan.swift", "Lex/Lexer.swift", "Lex/Token.swift"]))

        #expect(!verdict.passed)
        #expect(verdict.problems.contains { $0.subject == "module Lex" && $0.status == .failure })
    }

    /// Names, imported by Scan and one more module, gains Lex as a third dependent when Lex is split off Scan:
    /// its main-sequence distance reaches error though none of its files changed.
    private func namesGainingADependent(changing extra: Set<String>) -> GateVerdict {
        var base = layout(
            ["Scan/Scan.swift": "Scan", "Scan/Lexer.swift": "Scan", "Names/Names.swift": "Names"],
            findings: [sized("Scan", interest: 10), distance("Names", 0.6, .warning)])
        base.modules["Names"]?.afferent = 2
        var head = layout(
            ["Scan/Scan.swift": "Scan", "Lex/Lexer.swift": "Lex", "Names/Names.swift": "Names"],
            findings: [distance("Names", 0.8, .error)])
        head.modules["Names"]?.afferent = 3
        return gate.compare(
            base: base, head: head,
            changes: .init(
                files: Set(["Scan/Lexer.swift", "Lex/Lexer.swift"]).union(extra), moves: ["Scan/Lexer.swift": "Lex/Lexer.swift"]))
    }

    @Test func aModuleARepayingSplitGaveADependentWarnsWhenNoneOfItsFilesChanged() {
        let verdict = namesGainingADependent(changing: [])

        #expect(verdict.passed)
        #expect(verdict.problems.first { $0.subject == "module Names" }?.note?
            .hasPrefix("a split gave the module a dependent, none of its files changed") == true)
    }

    @Test func aModuleARepayingSplitGaveADependentFailsWhenTheChangeEditedIt() {
        let verdict = namesGainingADependent(changing: ["Names/Names.swift"])

        #expect(!verdict.passed)
        #expect(verdict.problems.contains { $0.subject == "module Names" && $0.status == .failure })
    }
}
