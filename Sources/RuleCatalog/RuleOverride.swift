import DebtModel
import ModuleGraph
import SourceScan

/// An `overrides:` entry of `.accrue.yml`: rule changes for the files under some paths or in some modules, or for
/// test code or product code only (`code`).
public struct RuleOverride: Hashable, Sendable {
    /// Which code an entry covers, told by the file's path (`module_settings.test_paths`).
    public enum Code: String, Hashable, Sendable, CaseIterable {
        /// Files whose path is test code: tests, examples, benchmarks, fixtures.
        case test
        /// Every other file.
        case product
    }

    /// What an override changes in one rule; nil keeps the value.
    public struct Adjustment: Hashable, Sendable {
        public var warning: Double?
        public var error: Double?
        public var mode: RuleMode?
        public var enforceAfter: CalendarDay?
        public var enforceAfterCommits: Int?
        public var activity: Rule.ActivityBasis?

        /// `rule` with this adjustment's values.
        public func applied(to rule: Rule) -> Rule {
            var rule = rule
            if let warning { rule.thresholds.warning = warning }
            if let error { rule.thresholds.error = error }
            if let mode { rule.mode = mode }
            if let enforceAfter { rule.enforcement.after = enforceAfter }
            if let enforceAfterCommits { rule.enforcement.afterCommits = enforceAfterCommits }
            if let activity { rule.activity = activity }
            return rule
        }
    }

    /// Repository-relative globs (`Sources/Legacy/**`, `*.generated.swift`).
    public var paths: [String]
    /// Module names, as `accrue modules` lists them.
    public var modules: [String]
    /// The code the entry covers, among its paths and modules when it names any; nil for all.
    public var code: Code?
    /// Adjustments by rule id.
    public var rules: [String: Adjustment]
    /// Where the entry starts.
    public var origin: SettingOrigin
    /// Each module name and path glob as written, with its position (for `unmatchedOverrides`).
    var names: [Name] = []
    /// Every value the entry sets, for the dump.
    public var settings: [EffectiveSetting]
    private var globs: [PathGlob]
    private var tests: TestPaths?

    init(
        paths: [String], modules: [String], code: (Code, TestPaths)? = nil, rules: [String: Adjustment],
        origin: SettingOrigin, settings: [EffectiveSetting]
    ) {
        self.paths = paths
        self.modules = modules
        self.code = code?.0
        self.tests = code?.1
        self.rules = rules
        self.origin = origin
        self.settings = settings
        self.globs = paths.map(PathGlob.init)
    }

    public static func == (lhs: RuleOverride, rhs: RuleOverride) -> Bool {
        (lhs.paths, lhs.modules, lhs.code, lhs.rules) == (rhs.paths, rhs.modules, rhs.code, rhs.rules)
            && (lhs.origin, lhs.names, lhs.settings) == (rhs.origin, rhs.names, rhs.settings)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(paths)
        hasher.combine(modules)
        hasher.combine(code)
        hasher.combine(origin)
    }

    /// A module name or a path glob of the entry, where it was written.
    struct Name: Hashable, Sendable {
        var text: String
        var isModule: Bool
        var origin: SettingOrigin
    }

    /// Whether the entry covers a subject at `path` (a file, or a function's file) or in `module`: one its paths or
    /// modules name, and, with `code`, a file of that code (a module or a pair is neither).
    public func matches(path: String?, module: String?) -> Bool {
        if let code {
            guard let path, tests?.contains(path) == (code == .test) else { return false }
            if paths.isEmpty && modules.isEmpty { return true }
        }
        if let module, modules.contains(module) { return true }
        if let path, globs.contains(where: { $0.matches(path) }) { return true }
        return false
    }
}

extension RuleCatalog {
    /// The effective rule `id` (defaults, then `.accrue.yml`'s `rules:`), or nil for an unknown id.
    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    /// The rule `id` as it applies to one subject: the effective rule with every matching `overrides:`
    /// entry applied in file order (later entries win).
    ///
    /// Pass the file's path for a file or function, the module's name for a module, and both for a file in a
    /// module (module overrides then reach its files too). For a pair, ask for each side.
    public func rule(_ id: String, path: String?, module: String?) -> Rule? {
        guard let rule = rule(id) else { return nil }
        return adjusted(rule, path: path, module: module)
    }

    /// Every rule as it applies to one subject (see `rule(_:path:module:)`), sorted by id; the global
    /// `rules` when no override matches.
    public func rules(path: String?, module: String?) -> [Rule] {
        let matching = overrides.filter { $0.matches(path: path, module: module) }
        guard !matching.isEmpty else { return rules }
        return rules.map { rule in
            matching.reduce(rule) { rule, entry in entry.rules[rule.id].map { $0.applied(to: rule) } ?? rule }
        }
    }

    private func adjusted(_ rule: Rule, path: String?, module: String?) -> Rule {
        var rule = rule
        for entry in overrides where entry.matches(path: path, module: module) {
            if let adjustment = entry.rules[rule.id] { rule = adjustment.applied(to: rule) }
        }
        return rule
    }
}
