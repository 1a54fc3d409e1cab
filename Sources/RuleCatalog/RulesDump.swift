import DebtModel
import Foundation

/// The effective rules as text or JSON, each value with its origin (what `accrue rules` prints).
public struct RulesDump: Sendable {
    public var catalog: RuleCatalog

    public init(_ catalog: RuleCatalog) {
        self.catalog = catalog
    }

    /// Sections of aligned `key  value  origin` lines.
    public func text() -> String {
        var out = "Effective rules and model parameters. Origin: a default file under rules/, or file:line:column"
        out += " of the configuration.\n"
        for rule in catalog.rules {
            let prefix = "rules.\(rule.id)."
            let lines = catalog.settings.filter { $0.key.hasPrefix(prefix) }.map { ($0, prefix) }
            out += "\nrule \(rule.id): \(rule.title)\n"
            var scope = "  \(rule.metric.rawValue) per \(rule.scope.rawValue), \(rule.direction.rawValue)"
            for (index, condition) in rule.appliesWhen.enumerated() {
                scope += (index == 0 ? "; only where " : " and ")
                    + "\(condition.metric.rawValue) ≥ \(SettingNode.format(condition.atLeast))"
            }
            out += scope + "\n" + table(lines)
        }
        for section in ["model", "scan", "module_settings"] {
            let prefix = section + "."
            out += "\n\(section)\n" + table(catalog.settings.filter { $0.key.hasPrefix(prefix) }.map { ($0, prefix) })
        }
        for (index, entry) in catalog.overrides.enumerated() {
            let prefix = "overrides[\(index)]."
            out += "\noverrides[\(index)] (\(entry.origin))\n" + table(entry.settings.map { ($0, prefix) })
        }
        let modules = catalog.settings.filter { $0.key.hasPrefix("modules.") }
        if !modules.isEmpty { out += "\nmodules\n" + table(modules.map { ($0, "modules.") }) }
        return out
    }

    /// `{version, configuration, rules: [{id, title, metric, scope, direction, settings}], settings,
    /// overrides}` (configured modules are settings `modules.<name>.paths`); values are JSON values, origins strings.
    public func json() -> String {
        var out = "{\n  \"version\": 1,\n  \"configuration\": "
        out += catalog.configuration.map { quote($0.displayName) } ?? "null"
        out += ",\n  \"rules\": ["
        out += catalog.rules.map { rule in
            let settings = catalog.settings.filter { $0.key.hasPrefix("rules.\(rule.id).") }
            return "\n    {\"id\": \(quote(rule.id)), \"title\": \(quote(rule.title)), "
                + "\"metric\": \(quote(rule.metric.rawValue)), \"scope\": \(quote(rule.scope.rawValue)), "
                + "\"direction\": \(quote(rule.direction.rawValue)), \"settings\": [" + list(settings, indent: 6) + "\n    ]}"
        }.joined(separator: ",")
        out += "\n  ],\n  \"settings\": [" + list(catalog.settings.filter { !$0.key.hasPrefix("rules.") }, indent: 4)
        out += "\n  ],\n  \"overrides\": ["
        out += catalog.overrides.map { entry in
            "\n    {\"origin\": \(quote(entry.origin.description)), \"settings\": [" + list(entry.settings, indent: 6)
                + "\n    ]}"
        }.joined(separator: ",")
        out += "\n  ]\n}\n"
        return out
    }

    private func list(_ settings: [EffectiveSetting], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return settings.map {
            "\n\(pad){\"key\": \(quote($0.key)), \"value\": \($0.value), \"origin\": \(quote($0.origin.description))}"
        }.joined(separator: ",")
    }

    private func table(_ rows: [(setting: EffectiveSetting, prefix: String)]) -> String {
        let keys = rows.map { String($0.setting.key.dropFirst($0.prefix.count)) }
        let keyWidth = keys.map(\.count).max() ?? 0
        let valueWidth = rows.map(\.setting.value.count).filter { $0 <= 24 }.max() ?? 0
        var out = ""
        for (row, key) in zip(rows, keys) {
            let value = row.setting.value
            out += "  " + key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  "
            out += value.count < valueWidth ? value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) : value
            out += "  \(row.setting.origin)\n"
        }
        return out
    }

    private func quote(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"\(escaped)\""
    }
}
