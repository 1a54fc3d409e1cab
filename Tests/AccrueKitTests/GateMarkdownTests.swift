import AccrueGate
import Gate
import GateReporting
import Testing

/// The Markdown a pull-request comment shows: bounded, and its table rows intact.
@Suite struct GateMarkdownTests {
    private func outcome(warnings count: Int, path: String = "Sources/A.swift") -> GateOutcome {
        let problems = (0..<count).map { index in
            GateProblem(
                check: .cleanAsYouCode, status: .warning, rule: "cyclomatic-complexity", subject: "\(path)#helper\(index)",
                location: GateLocation(path: path, line: index + 1), message: "new file breaks a rule", key: "k\(index)")
        }
        let empty = Baseline(commit: nil, totals: .init(codeLines: 0, principalHours: 0,
            interestHoursPerMonth: 0, cycles: 0, findings: 0), modules: [:], files: [:], findings: [:], cycles: [])
        return GateOutcome(
            verdict: GateVerdict(problems: problems, improvements: [], cost: CostDelta()), base: empty, head: empty,
            baseLabel: "main", headLabel: "work tree", usesBaselineFile: false, changedFiles: [path], notes: [],
            rules: [])
    }

    @Test func thousandsOfWarningsFitAPullRequestComment() {
        let markdown = GateMarkdown(outcome(warnings: 3_000)).render()

        #expect(markdown.count < 65_536)
        #expect(markdown.contains("### Warnings (3000)"))
        #expect(markdown.contains("… and 2950 more: the text, JSON and SARIF outputs list them all."))
    }

    @Test func rowsAreInNaturalOrderAndPipesInPathsAreEscaped() {
        let markdown = GateMarkdown(outcome(warnings: 12, path: "a|b.swift")).render()
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| clean_as_you_code") }

        let order = rows.map { $0.split(separator: "#helper").last.map { String($0.prefix { $0.isNumber }) } ?? "" }

        #expect(order == (0..<12).map(String.init))
        #expect(rows.allSatisfy { $0.contains("`a\\|b.swift:") })
    }

    @Test func aFileFindingsPlaceIsNotRepeatedBesideItsSubject() {
        let problem = GateProblem(
            check: .newDebt, status: .warning, rule: "file-size", subject: "Sources/A.swift",
            location: GateLocation(path: "Sources/A.swift", line: nil), message: "new debt", key: "file")
        var outcome = outcome(warnings: 1)
        outcome.verdict = GateVerdict(problems: [problem] + outcome.verdict.problems, improvements: [], cost: CostDelta())

        let rows = GateMarkdown(outcome).render().split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Check") }

        #expect(rows.contains("| new_debt | Sources/A.swift |  | new debt |"))
        #expect(rows.contains { $0.contains("| Sources/A.swift#helper0 | `Sources/A.swift:1` |") })
    }
}
