import Reporting
import AccrueGate
import AccrueKit
import Gate
import Foundation

/// `accrue gate --format github`: GitHub Actions workflow commands, one annotation per problem
/// (`::error file=…,line=…,title=…::message`, without file and line when the problem has no place), and a
/// notice when debt went down.
public struct GateGitHub {
    public let outcome: GateOutcome

    public init(_ outcome: GateOutcome) {
        self.outcome = outcome
    }

    public func render() -> String {
        var out = ""
        // History figures a change moved are no annotation on its code: the summary counts them.
        for problem in outcome.verdict.problems where !problem.movedWithHistory {
            let command = problem.status == .failure ? "error" : "warning"
            var properties: [String] = []
            if let location = problem.place {
                properties.append("file=\(property(location.path))")
                if let line = location.line { properties.append("line=\(line)") }
            }
            properties.append("title=\(property("accrue gate: \(problem.rule) (\(problem.check.rawValue))"))")
            let note = problem.note.map { " (\($0))" } ?? ""
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.message("\(problem.subject): \(problem.message)\(note)"))\n"
        }
        let cost = outcome.verdict.cost
        let summary = "accrue gate \(outcome.verdict.passed ? "passed" : "failed"): this change "
            + GateCostText.sentence(cost)
        out += "::notice title=accrue gate::\(Self.message(summary))\n"
        if let moved = GateCostText.historyMoves(outcome.verdict) {
            out += "::notice title=accrue gate: history figures::\(Self.message(moved))\n"
        }
        if let hint = GateCostText.tightenHint(outcome) {
            out += "::notice title=accrue gate: debt went down::\(Self.message(hint))\n"
        }
        return out
    }

    /// Escapes a workflow command's message (%, CR, LF).
    static func message(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (also `:` and `,`).
    private func property(_ text: String) -> String {
        Self.message(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
