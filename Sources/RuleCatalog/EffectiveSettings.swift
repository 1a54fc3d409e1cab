import DebtModel

/// Lists every overridable value of the merged documents with its origin, for `accrue rules`.
enum EffectiveSettings {
    /// The rule keys the dump shows, in order.
    static let ruleKeys = [
        "thresholds.warning", "thresholds.error", "mode", "enforce_after", "enforce_after_commits",
        "effort.base_hours", "effort.hours_per_unit", "activity", "friction_scale",
    ]

    static func list(_ documents: DefaultDocuments, rules: [Rule]) -> [EffectiveSetting] {
        var settings: [EffectiveSetting] = []
        for rule in rules {
            guard let document = documents.rules.first(where: { $0.id == rule.id }) else { continue }
            for key in keys(of: rule) {
                let node = key.split(separator: ".").reduce(Optional(document.node)) { $0?[String($1)] }
                settings.append(
                    EffectiveSetting(
                        key: "rules.\(rule.id).\(key)", value: value(of: key, in: rule),
                        origin: node?.origin ?? document.node.origin))
            }
        }
        for section in documents.model.entries where section.key != "version" {
            for parameter in section.value.entries {
                guard let value = parameter.value["value"] else { continue }
                settings.append(
                    EffectiveSetting(
                        key: "model.\(section.key).\(parameter.key)", value: value.compactJSON, origin: value.origin))
            }
        }
        for (prefix, tree) in [("scan", documents.scan), ("module_settings", documents.modules)] {
            for entry in tree.entries where entry.key != "version" && entry.key != "budget" {
                settings.append(
                    EffectiveSetting(key: "\(prefix).\(entry.key)", value: entry.value.compactJSON, origin: entry.value.origin))
            }
        }
        return settings
    }

    /// The keys shown for a rule: `activity` for module rules, whose changes it picks, and for any rule that
    /// charges no interest (`none`); `friction_scale` for module rules.
    private static func keys(of rule: Rule) -> [String] {
        ruleKeys.filter { key in
            switch key {
            case "activity": rule.scope == .module || rule.activity == .none
            case "friction_scale": rule.scope == .module
            default: true
            }
        }
    }

    /// A rule's effective value as compact JSON (typed, so absent optional keys show their defaults).
    private static func value(of key: String, in rule: Rule) -> String {
        switch key {
        case "thresholds.warning": SettingNode.format(rule.thresholds.warning)
        case "thresholds.error": SettingNode.format(rule.thresholds.error)
        case "mode": "\"\(rule.mode.rawValue)\""
        case "enforce_after": rule.enforcement.after.map { "\"\($0)\"" } ?? "null"
        case "enforce_after_commits": rule.enforcement.afterCommits.map(String.init) ?? "null"
        case "effort.base_hours": SettingNode.format(rule.effort.baseHours)
        case "activity": "\"\(rule.activity.rawValue)\""
        case "friction_scale": "\"\(rule.frictionScale?.rawValue ?? "none")\""
        default: SettingNode.format(rule.effort.hoursPerUnit)
        }
    }
}
