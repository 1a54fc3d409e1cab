import AccrueGate
import Gate
import GateReporting
import Foundation
import Reporting
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

    /// History figures a change moved (laravel's last ten commits: 97 of 114 warnings) are counted in one line in
    /// the text, the Markdown and a GitHub notice; no annotation nor SARIF result points at code for them; the JSON
    /// lists them with `history_moved`.
    @Test func historyFiguresAreCountedNotListed() throws {
        var moves = ["A.swift", "B.swift"].map { path in
            GateProblem(
                check: .cleanAsYouCode, status: .warning, rule: "ownership-fragmentation", subject: path,
                location: GateLocation(path: path, line: nil), message: "made worse", key: "o-\(path)")
        }
        moves.append(GateProblem(
            check: .cleanAsYouCode, status: .warning, rule: "hotspot", subject: "A.swift",
            location: GateLocation(path: "A.swift", line: nil), message: "made worse", key: "h-A"))
        for index in moves.indices { moves[index].movedWithHistory = true }
        var history = outcome(warnings: 1)
        history.verdict = GateVerdict(problems: history.verdict.problems + moves, improvements: [], cost: CostDelta())
        let line = "History figures moved on 2 changed files (hotspot 1, ownership-fragmentation 2): any commit to a "
            + "file moves them, so they are not judged; --format json lists them."

        let text = GateText(history).render()
        let github = GateGitHub(history).render()
        let sarif = try JSONOutput.encode(SARIFLog(history, accrueVersion: "test"))
        let json = try JSONOutput.encode(GateDocument(history, accrueVersion: "test"))

        #expect(text.contains("Warnings (1)\n") && text.contains(line))
        #expect(GateMarkdown(history).render().contains("### Warnings (1)") && GateMarkdown(history).render().contains(line))
        #expect(github.components(separatedBy: "::warning ").count == 2 && github.contains("history figures::"))
        #expect(!sarif.contains("ownership-fragmentation") && !sarif.contains("\"hotspot\""))
        #expect(json.components(separatedBy: "\"history_moved\" : true").count == 4)
    }

    /// guzzle's change that added a complex function: nothing removed reads `0.0 h`, not `−0.0 h`.
    @Test func theCostTableSignsOnlyWhatIsNotZero() {
        var change = outcome(warnings: 1)
        var cost = CostDelta()
        (cost.principalAdded, cost.interestAdded) = (3.9, 0.04)
        change.verdict = GateVerdict(problems: change.verdict.problems, improvements: [], cost: cost)
        let markdown = GateMarkdown(change).render()

        #expect(markdown.contains("| Added | +3.9 h | +<0.1 h |\n| Removed | 0.0 h | 0.0 h |\n| Net | +3.9 h | +<0.1 h |"))
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
