import DebtModel
import Foundation

/// The overridable default files as trees: scan.yaml, modules.yaml, model.yaml and rules/debt/*.yaml.
///
/// A configuration is merged into these trees; the typed values are decoded from the merged result, and the
/// effective-rules dump reads each value's origin from its node.
struct DefaultDocuments: Sendable {
    /// One rule file: its id (the file name), its display path and its tree.
    struct RuleDocument: Sendable {
        var id: String
        var file: String
        var node: SettingNode
    }

    var scan: SettingNode
    var modules: SettingNode
    var model: SettingNode
    /// Sorted by id.
    var rules: [RuleDocument]

    /// The keys a rule file may hold.
    static let ruleKeys = [
        "version", "id", "title", "metric", "scope", "direction", "thresholds", "applies_when", "rationale",
        "source", "remediation", "effort", "examples", "mode", "enforce_after", "enforce_after_commits", "activity",
        "friction_scale",
    ]

    static func read(from folder: URL) throws(RuleCatalogError) -> DefaultDocuments {
        let prefix = folder.lastPathComponent
        let debt = folder.appendingPathComponent("debt")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: debt.path)
                .filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw .missingFolder(debt.path)
        }
        var rules: [RuleDocument] = []
        for name in names {
            let file = "\(prefix)/debt/\(name)"
            let node = try tree(debt.appendingPathComponent(name), display: file)
            rules.append(RuleDocument(id: String(name.dropLast(".yaml".count)), file: file, node: node))
        }
        return DefaultDocuments(
            scan: try tree(folder.appendingPathComponent("scan.yaml"), display: "\(prefix)/scan.yaml"),
            modules: try tree(folder.appendingPathComponent("modules.yaml"), display: "\(prefix)/modules.yaml"),
            model: try tree(folder.appendingPathComponent("model.yaml"), display: "\(prefix)/model.yaml"),
            rules: rules)
    }

    /// Reads and parses one default file; every node's origin is the file.
    static func tree(_ url: URL, display: String) throws(RuleCatalogError) -> SettingNode {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .missingFolder(url.path)
        }
        do {
            guard let node = try SettingNode.parse(text, origin: { .defaults(file: display, line: $0, column: $1) }) else {
                throw RuleCatalogError.invalid(file: display, detail: "the file is empty")
            }
            return node
        } catch let error as RuleCatalogError {
            throw error
        } catch {
            throw ConfigurationFile.describe(error, file: display)
        }
    }

    /// Decodes a tree into `T` through JSON.
    static func decode<T: Decodable>(_ type: T.Type, from node: SettingNode, file: String) throws(RuleCatalogError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: node.json())
        } catch {
            throw DecodingMessage.located(error, in: node, file: file)
        }
    }
}

/// A DecodingError in words: the key path and what was wrong.
enum DecodingMessage {
    /// The error at the position of the value it is about in `node` (decoded from `file`), when known.
    static func located(_ error: any Error, in node: SettingNode, file: String) -> RuleCatalogError {
        guard let error = error as? DecodingError else { return .invalid(file: file, detail: describe(error)) }
        let keys: [any CodingKey]
        var message = describe(error)
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            keys = context.codingPath
            if let value = node.descendant(at: keys) {
                message = "expected \(noun(for: type)) for \(path(keys)), found \(value.found)"
            }
        case .dataCorrupted(let context):
            keys = context.codingPath
            if let value = node.descendant(at: keys), let text = value.text, let key = keys.last?.stringValue {
                let choices = Self.choices[key].map { "; expected one of: \($0.joined(separator: ", "))" } ?? ""
                message = "unexpected value '\(text)' for \(path(keys))\(choices)"
            }
        case .keyNotFound(_, let context): keys = context.codingPath
        @unknown default: keys = []
        }
        // A missing key is reported where its mapping is; anything else at the value itself.
        let place = node.descendant(at: keys) ?? node.descendant(at: keys.dropLast()) ?? node
        return .at(place.origin, message)
    }

    /// The values of the rule files' enumerations, by key.
    private static let choices: [String: [String]] = [
        "scope": Scope.allCases.map(\.rawValue), "direction": Direction.allCases.map(\.rawValue),
        "basis": Rule.Effort.Basis.allCases.map(\.rawValue), "mode": RuleMode.allCases.map(\.rawValue),
        "activity": Rule.ActivityBasis.allCases.map(\.rawValue),
        "friction_scale": DebtRules.frictionScales,
    ]

    /// How a Swift type reads in an error message.
    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: "a number"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "a mapping"
        }
    }

    /// `languages[0].name`: a key after a dot, an index in brackets.
    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { path, key in
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String { Self.path(context.codingPath) }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "missing key '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context)): expected \(type), found nothing"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}
