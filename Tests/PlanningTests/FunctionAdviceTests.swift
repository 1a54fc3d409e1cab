import DebtLedger
import DebtModel
@testable import PlanAssembly
@testable import Planning
import Testing

/// How a simplify stage tells a function to come within its limits, by what it breaks. PHP-Parser's 271-line
/// `provideTestLexNewFeatures`, one array of cases, had been told to "extract the branches into named helpers,
/// return early, flatten nesting": it has none.
@Suite struct FunctionAdviceTests {
    private func step(
        _ values: [MetricID: Double], rules: [String], complexity: Int, isTest: Bool = false
    ) throws -> String {
        let subject = Subject.function(path: "src/a.php", name: "f", line: 10)
        let findings = try rules.map { try finding(subject, values, rule: $0) }
        let function = PlanFunction(
            name: "f", line: 10, length: Int(values[.functionLines] ?? 20), complexity: complexity,
            nesting: Int(values[.nestingDepth] ?? 0))
        let stages = FunctionStages(
            path: "src/a.php", findings: findings, functions: [function], settings: PlanSettings(), isTest: isTest
        ).stages()
        return try #require(stages.first?.steps.last)
    }

    @Test func aLongFunctionWithoutBranchesIsCutIntoSteps() throws {
        let long: [MetricID: Double] = [.functionLines: 271, .cyclomaticComplexity: 1, .nestingDepth: 0]

        #expect(try step(long, rules: ["function-length"], complexity: 1).hasSuffix(
            "function-length 271 → ≤ 50; cut it into named steps it calls in turn; a long table of data goes into a "
                + "data file or a constant of its own"))
        #expect(try step(long, rules: ["function-length"], complexity: 1, isTest: true).hasSuffix(
            "split it into smaller tests; a long list of cases or expected data goes into a fixture file"))
    }

    /// vapor's `routes`: 260 lines and 9 paths, one per 29 lines, through a list of route registrations.
    @Test func aLongFunctionWithAPathPerTwentyLinesIsCutIntoSteps() throws {
        let routes: [MetricID: Double] = [.functionLines: 260, .cyclomaticComplexity: 9, .nestingDepth: 2]

        #expect(try step(routes, rules: ["function-length"], complexity: 9).hasSuffix(
            "function-length 260 → ≤ 50; cut it into named steps it calls in turn; a long table of data goes into a "
                + "data file or a constant of its own"))
    }

    @Test func branchesAndNestingKeepTheirAdvice() throws {
        let branchy: [MetricID: Double] = [.functionLines: 90, .cyclomaticComplexity: 14, .nestingDepth: 5]

        #expect(try step(branchy, rules: ["function-length"], complexity: 8).hasSuffix(
            "function-length 90 → ≤ 50; extract the branches into named helpers, return early, flatten nesting"))
        #expect(try step(branchy, rules: ["cyclomatic-complexity", "nesting-depth"], complexity: 14).hasSuffix(
            "extract the branches into named helpers, return early, flatten nesting"))
        // A long, straight function nested deep: cut into steps, and flattened.
        #expect(try step(branchy, rules: ["function-length", "nesting-depth"], complexity: 3).hasSuffix(
            "a constant of its own; return early, flatten nesting"))
    }

    /// typer's `scripts/prepare_release.py` counts with its tests but asserts nothing: it was told to "keep every
    /// assertion" and "split it into smaller tests".
    @Test func toolingCountedWithTheTestsIsPinnedFirst() throws {
        let path = "scripts/prepare_release.py"
        let long = try finding(.function(path: path, name: "prepare", line: 96), [.functionLines: 59], rule: "function-length")
        var input = PlanInput(
            findings: [long], interestHoursPerMonth: long.interest.hoursPerMonth, modules: [],
            files: [path: PlanFile(path: path, codeLines: 200, declaredNames: [], functions: [
                PlanFunction(name: "prepare", line: 96, length: 59, complexity: 2, nesting: 1),
            ])],
            cycles: [], couplings: [])
        input.testFiles = [path]
        var planner = Planner(settings: PlanSettings())
        #expect(planner.plan(input).stages.first?.steps.first?.hasPrefix("Keep every assertion") == true)
        planner.toolingFiles = [path]
        let steps = try #require(planner.plan(input).stages.first?.steps)
        #expect(steps.first == "Pin the behaviour with characterization tests first")
        #expect(steps.last?.hasSuffix("cut it into named steps it calls in turn; a long table of data goes into a data file or a constant of its own") == true)
    }
}
