/// Merges a configuration tree (`.accrue.yml`) over the default documents, checking every key and type.
///
/// Keys: `version`, `scan` (any key of scan.yaml), `module_settings` (modules.yaml but the budget, which is
/// the module-size rule's thresholds), `model` (a number per parameter of model.yaml, a list of
/// words per list of `fixes`), `rules` (per rule id:
/// thresholds, mode, enforce_after, enforce_after_commits, effort, activity), `overrides` and `modules` (returned
/// for the catalog to read once the rules are known).
struct ConfigurationMerge {
    static let topKeys = ["version", "scan", "module_settings", "model", "rules", "overrides", "modules", "gate"]
    static let ruleKeys = [
        "thresholds", "mode", "enforce_after", "enforce_after_commits", "effort", "activity", "friction_scale",
    ]

    /// The `overrides:` and `modules:` lists, not yet read.
    struct Pending {
        var overrides: [SettingNode] = []
        var modules: [SettingNode] = []
        var hasGateSection = false
    }

    static func apply(_ config: SettingNode, to documents: inout DefaultDocuments) throws(RuleCatalogError) -> Pending {
        var pending = Pending()
        if case .scalar(.null, _) = config.kind { return pending }
        for entry in try config.expectMap("the configuration", allowed: topKeys) {
            let value = entry.value
            switch entry.key {
            case "version":
                guard case .int(1) = value.scalar else { throw value.fail("version 1", for: "version") }
            case "scan":
                documents.scan = try conform(value, to: documents.scan, path: "scan")
            case "module_settings":
                if let budget = value.entries.first(where: { $0.key == "budget" }) {
                    throw .at(budget.keyOrigin, "the module budget is set with rules.module-size.thresholds")
                }
                documents.modules = try conform(value, to: documents.modules, path: "module_settings")
            case "model":
                try mergeModel(value, into: &documents.model)
            case "rules":
                try mergeRules(value, into: &documents.rules)
            case "overrides":
                pending.overrides = try value.expectList("overrides")
            case "gate":
                pending.hasGateSection = true  // The gate's tolerances: read by RuleCatalog.gateTolerances().
            default:
                pending.modules = try value.expectList("modules")
            }
        }
        return pending
    }

    /// `node` shaped like `template`: the same keys (fewer allowed), scalars of the same type. Mappings merge
    /// key by key; lists and scalars replace the default.
    static func conform(_ node: SettingNode, to template: SettingNode, path: String) throws(RuleCatalogError) -> SettingNode {
        switch template.kind {
        case .map(let templateEntries):
            let allowed = templateEntries.map(\.key).filter { $0 != "version" && $0 != "budget" }
            var merged = template
            for entry in try node.expectMap(path, allowed: allowed) {
                guard let inner = template[entry.key] else { continue }
                merged[entry.key] = try conform(entry.value, to: inner, path: "\(path).\(entry.key)")
            }
            return merged
        case .list(let elements):
            let element = elements.first ?? .scalar(.string(""), template.origin)
            var items: [SettingNode] = []
            for item in try node.expectList(path) { items.append(try conform(item, to: element, path: path)) }
            return SettingNode(kind: .list(items), origin: node.origin)
        case .scalar(let scalar, _):
            switch scalar {
            case .int: return try node.expectInteger(path)
            case .number: return try node.expectNumber(path)
            case .bool: return try node.expectBool(path)
            case .string, .null: return try node.expectString(path)
            }
        }
    }

    /// A list of words or prefixes: a list replaces the default one; `{ add: […], remove: […] }` edits it (a word
    /// compared in any case, as subjects are read).
    private static func words(
        _ node: SettingNode, defaults: [SettingNode], path: String, prefixes: Bool
    ) throws(RuleCatalogError) -> SettingNode {
        guard case .map = node.kind else { return try node.expectWords(path, prefixes: prefixes) }
        let key = { (word: SettingNode) in prefixes ? word.text ?? "" : (word.text ?? "").lowercased() }
        var words = defaults
        for entry in try node.expectMap(path, allowed: ["add", "remove"]) {
            guard case .list(let given) = try entry.value.expectWords("\(path).\(entry.key)", prefixes: prefixes).kind
            else { continue }
            let keys = Set(given.map(key))
            if entry.key == "add" {
                words += given.filter { word in !words.contains { key($0) == key(word) } }
            } else {
                words.removeAll { keys.contains(key($0)) }
            }
        }
        return SettingNode(kind: .list(words), origin: node.origin)
    }

    /// `model: { interest: { activity_half_life_days: 60 } }`: a number replaces a parameter's value;
    /// `model: { fixes: { words: [fix, behoben] } }`: a list replaces a list's, `{ add: [behoben] }` adds to it.
    private static func mergeModel(_ node: SettingNode, into model: inout SettingNode) throws(RuleCatalogError) {
        let sections = model.entries.map(\.key).filter { $0 != "version" }
        for section in try node.expectMap("model", allowed: sections) {
            guard var parameters = model[section.key] else { continue }
            let path = "model.\(section.key)"
            for parameter in try section.value.expectMap(path, allowed: parameters.entries.map(\.key)) {
                let minimum = parameter.key.hasSuffix("_days") ? 1.0 : 0.0
                guard var documented = parameters[parameter.key] else { continue }
                let here = "\(path).\(parameter.key)"
                if case .list(let defaults) = documented["value"]?.kind {
                    documented["value"] = try words(
                        parameter.value, defaults: defaults, path: here, prefixes: parameter.key == "subject_prefixes")
                } else {
                    documented["value"] = try parameter.value.expectNumber(here, minimum: minimum)
                }
                parameters[parameter.key] = documented
            }
            model[section.key] = parameters
        }
    }

    private static func mergeRules(
        _ node: SettingNode, into rules: inout [DefaultDocuments.RuleDocument]
    ) throws(RuleCatalogError) {
        let ids = rules.map(\.id)
        guard case .map(let entries) = node.kind else { throw node.fail("a mapping of rule ids", for: "rules") }
        for entry in entries {
            guard let index = ids.firstIndex(of: entry.key) else {
                throw .at(entry.keyOrigin, KeySuggestion.unknownKey(entry.key, in: "rules", expected: ids, noun: "rule"))
            }
            rules[index].node = try adjust(rules[index].node, with: entry.value, path: "rules.\(entry.key)", keys: ruleKeys)
        }
    }

    /// A rule's tree with the configured keys applied (thresholds, mode, enforcement, effort, activity).
    static func adjust(
        _ rule: SettingNode, with node: SettingNode, path: String, keys: [String]
    ) throws(RuleCatalogError) -> SettingNode {
        var rule = rule
        for entry in try node.expectMap(path, allowed: keys) {
            let here = "\(path).\(entry.key)"
            switch entry.key {
            case "thresholds", "effort":
                let allowed = entry.key == "thresholds" ? ["warning", "error"] : ["base_hours", "hours_per_unit"]
                guard var inner = rule[entry.key] else { continue }
                for value in try entry.value.expectMap(here, allowed: allowed) {
                    inner[value.key] = try value.value.expectNumber("\(here).\(value.key)")
                }
                rule[entry.key] = inner
            case "mode": rule["mode"] = try entry.value.expectChoice(here, from: ["enforce", "warn", "off"])
            case "enforce_after": rule["enforce_after"] = try entry.value.expectDay(here)
            case "activity": rule["activity"] = try entry.value.expectChoice(here, from: DebtRules.activities)
            case "friction_scale": rule["friction_scale"] = try entry.value.expectChoice(here, from: DebtRules.frictionScales)
            default: rule["enforce_after_commits"] = try entry.value.expectInteger(here)
            }
        }
        return rule
    }
}
