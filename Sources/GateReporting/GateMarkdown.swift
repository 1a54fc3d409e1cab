import Reporting
import AccrueGate
import AccrueKit
import Gate
import Foundation

/// `accrue gate --format markdown`: for `$GITHUB_STEP_SUMMARY` or a pull-request comment, led by what
/// changed and what it costs.
public struct GateMarkdown {
    public let outcome: GateOutcome

    public init(_ outcome: GateOutcome) {
        self.outcome = outcome
    }

    public func render() -> String {
        let verdict = outcome.verdict
        let cost = verdict.cost
        var out = "## accrue gate: \(verdict.passed ? "passed" : "failed")\n\n"
        out += "This change \(GateCostText.sentence(cost)).\n\n"
        out += "| | Principal | Interest per month |\n|---|---:|---:|\n"
        out += "| Added | \(signed(cost.principalAdded)) | \(signed(cost.interestAdded)) |\n"
        out += "| Removed | \(signed(-cost.principalRemoved)) | \(signed(-cost.interestRemoved)) |\n"
        out += "| Net | \(signed(cost.principalNet)) | \(signed(cost.interestNet)) |\n\n"
        out += "Compared \(escape(outcome.headLabel)) with \(escape(outcome.baseLabel)); "
            + "\(GateCostText.files(outcome.changedFiles.count)) changed.\n"
        for note in outcome.notes { out += "\n> \(escape(note))\n" }
        out += table("Failures", verdict.failures, limit: 100)
        out += table("Warnings", verdict.listedWarnings, limit: 50)
        if let moved = GateCostText.historyMoves(verdict) { out += "\n\(escape(moved))\n" }
        if verdict.debtWentDown {
            out += "\n### Debt went down\n\n| Subject | Figure | Before | After |\n|---|---|---:|---:|\n"
            for improvement in verdict.improvements.prefix(20) {
                out += "| \(escape(improvement.subject)) | \(escape(improvement.figure)) | "
                    + "\(GateCostText.figure(improvement.base)) | \(GateCostText.figure(improvement.head)) |\n"
            }
            if verdict.improvements.count > 20 { out += "\n… and \(verdict.improvements.count - 20) more.\n" }
            out += GateCostText.tightenHint(outcome).map { "\n\($0)\n" } ?? ""
        }
        return out
    }

    /// At most `limit` rows: a pull-request comment holds 65,536 characters, and a change that adds thousands
    /// of warnings (a generated file) would not fit.
    private func table(_ title: String, _ problems: [GateProblem], limit: Int) -> String {
        guard !problems.isEmpty else { return "" }
        var out = "\n### \(title) (\(problems.count))\n\n| Check | Subject | Where | What |\n|---|---|---|---|\n"
        for problem in problems.prefix(limit) {
            // GFM splits a table row at `|` even inside a code span.
            // A file finding's place is its subject again: the cell stays empty rather than repeat it.
            let place = problem.place.flatMap { place in
                place.line == nil && place.path == problem.subject
                    ? nil : "`\(escape(place.path))\(place.line.map { ":\($0)" } ?? "")`"
            } ?? ""
            let why = problem.note.map { " (\($0))" } ?? ""
            out += "| \(problem.check.rawValue) | \(escape(problem.subject)) | \(place) | "
                + "\(escape(problem.message + why)) |\n"
        }
        if problems.count > limit {
            out += "\n… and \(problems.count - limit) more: the text, JSON and SARIF outputs list them all.\n"
        }
        return out
    }

    /// `+3.9 h`, `−0.5 h`, `+<0.1 h`; a figure that shows as zero has no sign (`0.0 h`, not `−0.0 h`).
    private func signed(_ value: Double) -> String {
        let shown = hours(abs(value))
        guard shown != hours(0) else { return shown }
        return (value < 0 ? "−" : "+") + shown
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
