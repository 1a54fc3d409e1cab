import Reporting
import AccrueGate
import AccrueKit
import DebtModel
import Gate

/// `accrue gate --format sarif`: SARIF 2.1.0 (OASIS), valid against the official schema
/// (Tests/Data/sarif-schema-2.1.0.json). One result per problem; file and function findings point at the
/// file and line, module findings at the manifest line that declares the module.
public struct SARIFLog: Encodable {
    struct Text: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }
    struct Descriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
        var name = "accrue"
        var version: String
        var rules: [Descriptor]
    }
    struct Tool: Encodable { var driver: Driver }
    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId = "%SRCROOT%"
    }
    struct Region: Encodable { var startLine: Int }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct Properties: Encodable {
        var check: String
        var note: String?
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: Properties
    }
    struct Notification: Encodable {
        var level = "error"
        var message: Text
    }
    /// Set only when the gate could not run (`GateCouldNotRun`).
    struct Invocation: Encodable {
        var executionSuccessful = false
        var toolExecutionNotifications: [Notification]
    }
    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
        var invocations: [Invocation]?
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    init(runs: [Run]) {
        self.runs = runs
    }

    /// The gate's own checks, described like rules.
    static let gateChecks = [
        ("module-interest", "Module interest went up", "A change added more interest to a module than rules/gate.yaml allows."),
        ("cycle-count", "More module cycles", "The number of import cycles between modules went up."),
    ]

    public init(_ outcome: GateOutcome, accrueVersion: String) {
        var descriptors = outcome.rules.map { rule in
            Descriptor(
                id: rule.id, name: rule.title, shortDescription: Text(text: rule.title),
                fullDescription: Text(text: rule.rationale.isEmpty ? rule.title : rule.rationale),
                help: Text(text: rule.remediation.isEmpty ? rule.title : rule.remediation),
                defaultConfiguration: Configuration(level: rule.mode == .warn ? "warning" : "error"))
        }
        for (id, title, text) in Self.gateChecks where !descriptors.contains(where: { $0.id == id }) {
            descriptors.append(Descriptor(
                id: id, name: title, shortDescription: Text(text: title), fullDescription: Text(text: text),
                help: Text(text: "Pay the debt down, or raise the tolerance in .accrue.yml's gate: section."),
                defaultConfiguration: Configuration(level: "error")))
        }
        var index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [Result] = []
        // A history figure the change moved is no result on its code (the JSON output lists them).
        for problem in outcome.verdict.problems where !problem.movedWithHistory {
            var ruleIndex = index[problem.rule]
            if ruleIndex == nil {
                descriptors.append(Descriptor(
                    id: problem.rule, name: problem.rule, shortDescription: Text(text: problem.rule),
                    fullDescription: Text(text: problem.rule), help: Text(text: problem.rule),
                    defaultConfiguration: Configuration(level: "error")))
                ruleIndex = descriptors.count - 1
                index[problem.rule] = ruleIndex
            }
            let locations = problem.place.map { location in
                [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(location.path)),
                    region: location.line.map { Region(startLine: $0) }))]
            } ?? []
            let note = problem.note.map { " (\($0))" } ?? ""
            results.append(Result(
                ruleId: problem.rule, ruleIndex: ruleIndex ?? 0,
                level: problem.status == .failure ? "error" : "warning",
                message: Text(text: "\(problem.subject): \(problem.message)\(note)"), locations: locations,
                partialFingerprints: ["accrueKey/v1": problem.key],
                properties: Properties(check: problem.check.rawValue, note: problem.note)))
        }
        runs = [Run(tool: Tool(driver: Driver(version: accrueVersion, rules: descriptors)), results: results)]
    }

    /// A repository-relative path as a relative URI reference (spaces and the like percent-encoded).
    static func uri(_ path: String) -> String {
        var allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@".unicodeScalars)
        allowed.remove("%")
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, allowed.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
