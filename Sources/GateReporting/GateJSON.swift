import Reporting
import AccrueGate
import AccrueKit
import Gate

/// `accrue gate --format json` (schema `accrue.gate/1`, docs/ci.md): the verdict with every problem,
/// improvement and the cost of the change.
public struct GateDocument: Encodable {
    public static let schema = "accrue.gate/1"

    struct Problem: Encodable {
        var check: String
        var status: String
        var rule: String
        var subject: String
        var path: String?
        var line: Int?
        var message: String
        var base: Double?
        var head: Double?
        var note: String?
        var key: String
        /// Only when true: a history figure the change moved (GateProblem.movedWithHistory).
        var historyMoved: Bool?

        enum CodingKeys: String, CodingKey {
            case check, status, rule, subject, path, line, message, base, head, note, key
            case historyMoved = "history_moved"
        }
    }

    struct Improvement: Encodable {
        var subject: String
        var figure: String
        var base: Double
        var head: Double
    }

    struct Cost: Encodable {
        var principalAddedHours: Double
        var principalRemovedHours: Double
        var interestAddedHoursPerMonth: Double
        var interestRemovedHoursPerMonth: Double

        enum CodingKeys: String, CodingKey {
            case principalAddedHours = "principal_added_hours"
            case principalRemovedHours = "principal_removed_hours"
            case interestAddedHoursPerMonth = "interest_added_hours_per_month"
            case interestRemovedHoursPerMonth = "interest_removed_hours_per_month"
        }
    }

    var schema = GateDocument.schema
    var accrueVersion: String
    var passed: Bool
    var head: String
    var base: String
    var changedFiles: [String]
    var notes: [String]
    var cost: Cost
    var problems: [Problem]
    var improvements: [Improvement]
    var suggestion: String?

    public init(_ outcome: GateOutcome, accrueVersion: String) {
        let verdict = outcome.verdict
        self.accrueVersion = accrueVersion
        passed = verdict.passed
        head = outcome.headLabel
        base = outcome.baseLabel
        changedFiles = outcome.changedFiles
        notes = outcome.notes
        cost = Cost(
            principalAddedHours: verdict.cost.principalAdded, principalRemovedHours: verdict.cost.principalRemoved,
            interestAddedHoursPerMonth: verdict.cost.interestAdded,
            interestRemovedHoursPerMonth: verdict.cost.interestRemoved)
        problems = verdict.problems.map {
            Problem(
                check: $0.check.rawValue, status: $0.status.rawValue, rule: $0.rule, subject: $0.subject,
                path: $0.place?.path, line: $0.place?.line, message: $0.message, base: $0.base, head: $0.head,
                note: $0.note, key: $0.key, historyMoved: $0.movedWithHistory ? true : nil)
        }
        improvements = verdict.improvements.map {
            Improvement(subject: $0.subject, figure: $0.figure, base: $0.base, head: $0.head)
        }
        suggestion = GateCostText.tightenHint(outcome)
    }

    enum CodingKeys: String, CodingKey {
        case schema, passed, head, base, notes, cost, problems, improvements, suggestion
        case accrueVersion = "accrue_version"
        case changedFiles = "changed_files"
    }
}

/// `accrue gate --format junit`: one test case per problem (failures fail, warnings pass with output), for
/// CI systems that show test reports.
public struct GateJUnit {
    public let outcome: GateOutcome

    public init(_ outcome: GateOutcome) {
        self.outcome = outcome
    }

    public func render() -> String {
        let verdict = outcome.verdict
        var cases: [String] = []
        for problem in verdict.problems {
            let file = problem.place.map { " file=\"\(Self.xml($0.path))\"" } ?? ""
            var body = ""
            let detail = problem.note.map { "\(problem.message) (\($0))" } ?? problem.message
            if problem.status == .failure {
                body = "<failure type=\"\(problem.check.rawValue)\" message=\"\(Self.xml(problem.message))\">"
                    + "\(Self.xml(detail))</failure>"
            } else {
                body = "<system-out>warning: \(Self.xml(detail))</system-out>"
            }
            cases.append(
                "    <testcase classname=\"accrue.gate.\(problem.check.rawValue)\" "
                    + "name=\"\(Self.xml("\(problem.rule): \(problem.subject)"))\"\(file)>\(body)</testcase>")
        }
        if cases.isEmpty {
            cases.append(
                "    <testcase classname=\"accrue.gate\" name=\"no new debt\">"
                    + "<system-out>\(Self.xml(GateCostText.sentence(verdict.cost)))</system-out></testcase>")
        }
        let tests = cases.count
        let failures = verdict.failures.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"accrue gate\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        out += "  <testsuite name=\"accrue gate\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        out += cases.joined(separator: "\n") + "\n"
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// Text as XML character data or an attribute value.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 allows no other control characters.
                if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
