import Reporting
import AccrueGate
import AccrueKit
import DebtModel
import Gate

/// `accrue gate`'s human summary: the verdict, what the change costs, each failure and warning, and what
/// went down (with the command that tightens the baseline).
public struct GateText {
    public let outcome: GateOutcome

    public init(_ outcome: GateOutcome) {
        self.outcome = outcome
    }

    public func render() -> String {
        let verdict = outcome.verdict
        var out = "accrue gate — \(verdict.passed ? "passed" : "FAILED")\n"
        out += "  Compared     \(outcome.headLabel) with \(outcome.baseLabel)\n"
        out += "  Changed      \(GateCostText.files(outcome.changedFiles.count))\n"
        out += "  Cost         \(GateCostText.sentence(verdict.cost))\n"
        for note in outcome.notes { out += "  Note         \(note)\n" }
        if !verdict.failures.isEmpty {
            out += "\nFailures (\(verdict.failures.count))\n"
            for problem in verdict.failures { out += line(problem) }
        }
        if !verdict.listedWarnings.isEmpty {
            out += "\nWarnings (\(verdict.listedWarnings.count))\n"
            for problem in verdict.listedWarnings { out += line(problem) }
        }
        if let moved = GateCostText.historyMoves(verdict) { out += "\n\(moved)\n" }
        if verdict.debtWentDown {
            out += "\nDebt went down (\(counted(verdict.improvements.count, "figure")))\n"
            for improvement in verdict.improvements.prefix(10) {
                out += "  \(improvement.subject): \(improvement.figure) \(GateCostText.figure(improvement.base))"
                    + " → \(GateCostText.figure(improvement.head))\n"
            }
            if verdict.improvements.count > 10 { out += "  … and \(verdict.improvements.count - 10) more\n" }
            out += GateCostText.tightenHint(outcome).map { "\n\($0)\n" } ?? ""
        }
        return out
    }

    private func line(_ problem: GateProblem) -> String {
        // A file's own findings are placed by their subject already: "src/big.c", not "src/big.c (src/big.c)".
        let place = problem.place.flatMap { $0.path == problem.subject && $0.line == nil ? nil : $0 }
            .map { " (\($0.path)\($0.line.map { ":\($0)" } ?? ""))" } ?? ""
        var text = "  [\(problem.check.rawValue)] \(problem.subject)\(place): \(problem.message)\n"
        if let note = problem.note { text += "      \(note)\n" }
        return text
    }
}

extension GateProblem {
    /// Where the problem is, for every format: none for a module without a manifest (a folder module's
    /// location has an empty path and line 0), and no line when the line is unknown.
    var place: (path: String, line: Int?)? {
        guard let location, !location.path.isEmpty else { return nil }
        return (location.path, location.line.flatMap { $0 >= 1 ? $0 : nil })
    }
}

/// Wording shared by the gate's formats.
enum GateCostText {
    /// "History figures moved on 12 changed files (hotspot 5, ownership-fragmentation 9): …", or nil when none did.
    static func historyMoves(_ verdict: GateVerdict) -> String? {
        let moves = verdict.historyMoves
        guard !moves.isEmpty else { return nil }
        let files = Set(moves.map { $0.place?.path ?? $0.subject }).count
        let byRule = Dictionary(grouping: moves, by: \.rule).map { "\($0.key) \($0.value.count)" }.sorted()
        return "History figures moved on \(files) changed \(files == 1 ? "file" : "files") (\(byRule.joined(separator: ", "))): "
            + "any commit to a file moves them, so they are not judged; --format json lists them."
    }

    /// "adds 12.5 h of principal and 3.1 h/month of interest; removes 4.0 h and 0.5 h/month".
    static func sentence(_ cost: CostDelta) -> String {
        "adds \(hours(cost.principalAdded)) of principal and \(perMonth(cost.interestAdded)) of interest; "
            + "removes \(hours(cost.principalRemoved)) and \(perMonth(cost.interestRemoved))"
    }

    static func perMonth(_ value: Double) -> String { "\(hours(value))/month" }

    /// "1 file", "3 files".
    static func files(_ count: Int) -> String { counted(count, "file") }

    /// A figure without trailing zeros, whole ones grouped: 12, 5,545, 0.35.
    static func figure(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return grouped(Int(value)) }
        var text = String(value.roundedForBaseline)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// The suggestion to tighten the baseline, when there is one to tighten: not on a failed gate (its debt is
    /// to be fixed first), nor when the configuration changed (what went down may be what it stopped measuring).
    static func tightenHint(_ outcome: GateOutcome) -> String? {
        guard outcome.verdict.debtWentDown, outcome.verdict.passed, !outcome.changedFiles.contains(".accrue.yml")
        else { return nil }
        if outcome.usesBaselineFile {
            return "Run `accrue baseline --update` and commit .accrue/baseline.json to lock the gains in."
        }
        return "Once merged, `accrue baseline --update` on the main branch locks the gains in."
    }
}
