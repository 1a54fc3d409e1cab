import DebtModel
import ModuleGraph

/// Reads the `overrides:` and `modules:` lists of a configuration once the effective rules are known.
enum ConfigurationEntries {
    static let overrideKeys = ["paths", "modules", "code", "rules"]
    static let scopedRuleKeys = ["thresholds", "mode", "enforce_after", "enforce_after_commits", "activity"]
    static let moduleKeys = ["name", "paths", "kind", "import_names", "dependencies"]

    /// `tests` tells test code by its path (`module_settings.test_paths`), for an entry's `code`.
    static func overrides(_ entries: [SettingNode], rules: [Rule], tests: TestPaths) throws(RuleCatalogError) -> [RuleOverride] {
        var result: [RuleOverride] = []
        for (index, entry) in entries.enumerated() {
            let path = "overrides[\(index)]"
            var code: RuleOverride.Code?
            var named: [RuleOverride.Name] = []
            var adjustments: [String: RuleOverride.Adjustment] = [:]
            var settings: [EffectiveSetting] = []
            for field in try entry.expectMap(path, allowed: overrideKeys) {
                let here = "\(path).\(field.key)"
                switch field.key {
                case "paths", "modules":
                    named += try names(field.value, path: here, isModule: field.key == "modules")
                    settings.append(EffectiveSetting(key: here, value: field.value.compactJSON, origin: field.value.origin))
                case "code":
                    code = try Self.code(field.value, path: here, settings: &settings)
                default:
                    try readRules(field.value, path: here, rules: rules, into: &adjustments, settings: &settings)
                }
            }
            let paths = named.filter { !$0.isModule }.map(\.text)
            let modules = named.filter(\.isModule).map(\.text)
            guard !paths.isEmpty || !modules.isEmpty || code != nil else {
                throw .at(entry.origin, "\(path) needs 'paths', 'modules' or 'code' to say what it applies to")
            }
            var scoped = RuleOverride(
                paths: paths, modules: modules, code: code.map { ($0, tests) }, rules: adjustments, origin: entry.origin,
                settings: settings)
            scoped.names = named
            result.append(scoped)
        }
        return result
    }

    /// An entry's `rules`: an adjustment per rule id.
    private static func readRules(
        _ node: SettingNode, path: String, rules: [Rule], into adjustments: inout [String: RuleOverride.Adjustment],
        settings: inout [EffectiveSetting]
    ) throws(RuleCatalogError) {
        guard case .map(let ruleEntries) = node.kind else { throw node.fail("a mapping of rule ids", for: path) }
        for ruleEntry in ruleEntries {
            guard let rule = rules.first(where: { $0.id == ruleEntry.key }) else {
                throw .at(ruleEntry.keyOrigin, KeySuggestion.unknownKey(
                    ruleEntry.key, in: path, expected: rules.map(\.id), noun: "rule"))
            }
            let (adjustment, values) = try readAdjustment(ruleEntry.value, path: "\(path).\(rule.id)", rule: rule)
            adjustments[rule.id] = adjustment
            settings += values
        }
    }

    /// An entry's `code`: `test` or `product`.
    private static func code(
        _ node: SettingNode, path: String, settings: inout [EffectiveSetting]
    ) throws(RuleCatalogError) -> RuleOverride.Code? {
        let value = try node.expectChoice(path, from: RuleOverride.Code.allCases.map(\.rawValue))
        settings.append(EffectiveSetting(key: path, value: value.compactJSON, origin: value.origin))
        return value.text.flatMap(RuleOverride.Code.init(rawValue:))
    }

    /// An entry's `paths` or `modules`: each name as written, with its position.
    private static func names(
        _ node: SettingNode, path: String, isModule: Bool
    ) throws(RuleCatalogError) -> [RuleOverride.Name] {
        try node.expectStrings(path).compactMap { value in
            value.text.map { RuleOverride.Name(text: $0, isModule: isModule, origin: value.origin) }
        }
    }

    private static func readAdjustment(
        _ node: SettingNode, path: String, rule: Rule
    ) throws(RuleCatalogError) -> (RuleOverride.Adjustment, [EffectiveSetting]) {
        var adjustment = RuleOverride.Adjustment()
        var settings: [EffectiveSetting] = []
        func record(_ key: String, _ value: SettingNode) {
            settings.append(EffectiveSetting(key: "\(path).\(key)", value: value.compactJSON, origin: value.origin))
        }
        var thresholdsOrigin = node.origin
        for entry in try node.expectMap(path, allowed: scopedRuleKeys) {
            let here = "\(path).\(entry.key)"
            switch entry.key {
            case "thresholds":
                thresholdsOrigin = entry.value.origin
                for level in try entry.value.expectMap(here, allowed: ["warning", "error"]) {
                    let value = try level.value.expectNumber("\(here).\(level.key)")
                    if level.key == "warning" { adjustment.warning = value.number } else { adjustment.error = value.number }
                    record("thresholds.\(level.key)", level.value)
                }
            case "mode":
                let value = try entry.value.expectChoice(here, from: RuleMode.allCases.map(\.rawValue))
                adjustment.mode = value.text.flatMap(RuleMode.init(rawValue:))
                record("mode", value)
            case "activity":
                let value = try DebtRules.activity(entry.value, path: here, rule: rule.id, scope: rule.scope.rawValue)
                adjustment.activity = value.text.flatMap(Rule.ActivityBasis.init(rawValue:))
                record("activity", value)
            case "enforce_after":
                adjustment.enforceAfter = try entry.value.expectDay(here).text.flatMap(CalendarDay.init)
                record("enforce_after", entry.value)
            default:
                if case .int(let commits) = try entry.value.expectInteger(here).scalar { adjustment.enforceAfterCommits = commits }
                record("enforce_after_commits", entry.value)
            }
        }
        try DebtRules.checkOrder(adjustment.applied(to: rule), at: thresholdsOrigin)
        return (adjustment, settings)
    }

    /// `modules: [{ name, paths: [folder or folder/**], kind?, import_names?, dependencies? }]`.
    static func modules(
        _ entries: [SettingNode], file: String
    ) throws(RuleCatalogError) -> (modules: [ModuleDeclaration], settings: [EffectiveSetting]) {
        var result: [ModuleDeclaration] = []
        var settings: [EffectiveSetting] = []
        for (index, entry) in entries.enumerated() {
            let path = "modules[\(index)]"
            let fields = try entry.expectMap(path, allowed: moduleKeys)
            guard let nameNode = entry["name"] else { throw .at(entry.origin, "\(path) needs a 'name'") }
            guard let name = try nameNode.expectString("\(path).name").text else { continue }
            if result.contains(where: { $0.name == name }) {
                throw .at(nameNode.origin, "module '\(name)' is defined twice")
            }
            guard let pathsNode = entry["paths"] else { throw .at(entry.origin, "module '\(name)' needs 'paths'") }
            var roots: [String] = []
            for glob in try pathsNode.expectStrings("\(path).paths") {
                roots.append(try root(of: glob, path: "\(path).paths"))
            }
            var module = ModuleDeclaration(name: name, ecosystem: "config", roots: roots, manifest: file, line: lineOf(entry.origin))
            for field in fields {
                let here = "\(path).\(field.key)"
                switch field.key {
                case "kind":
                    let choices = ["library", "executable", "test", "plugin", "other"]
                    module.kind = try field.value.expectChoice(here, from: choices).text.flatMap(ModuleDeclaration.Kind.init) ?? .library
                case "import_names": module.importNames = try field.value.expectStrings(here).compactMap(\.text)
                case "dependencies": module.dependencies = try field.value.expectStrings(here).compactMap(\.text)
                default: break
                }
            }
            result.append(module)
            settings.append(EffectiveSetting(key: "modules.\(name).paths", value: pathsNode.compactJSON, origin: pathsNode.origin))
        }
        return (result, settings)
    }

    /// A module root from `Sources/Billing`, `Sources/Billing/` or `Sources/Billing/**`.
    private static func root(of glob: SettingNode, path: String) throws(RuleCatalogError) -> String {
        var text = glob.text ?? ""
        if text.hasSuffix("/**") { text.removeLast(3) }
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasPrefix("./") { text.removeFirst(2) }
        guard !text.contains(where: { "*?[]{}".contains($0) }), !text.hasPrefix("/"), !text.contains("..") else {
            throw glob.fail("a folder ('Sources/Billing') or a folder glob ('Sources/Billing/**')", for: path)
        }
        return text
    }

    private static func lineOf(_ origin: SettingOrigin) -> Int {
        if case .configuration(_, let line, _) = origin { return line }
        return 0
    }
}
