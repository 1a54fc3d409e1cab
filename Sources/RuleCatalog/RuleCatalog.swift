import DebtModel
import FileClassification
import Foundation
import ModuleGraph
import SourceScan

/// The rules folder: languages, scan settings, module settings, debt rules and model parameters, read from
/// YAML, with a repository's `.accrue.yml` merged over them.
public struct RuleCatalog: Sendable {
    public var languages: LanguageTable
    public var scan: ScanSettings
    /// Module settings; `budget` always equals the module-size rule's thresholds.
    public var modules: ModuleSettings
    /// The effective debt rules (defaults, then the configuration's `rules:`), sorted by id.
    public var rules: [Rule]
    /// The effective model parameters.
    public var model: ModelParameters
    /// The configuration's `overrides:` entries in file order; `rule(_:path:module:)` applies them.
    public var overrides: [RuleOverride]
    /// Modules the configuration defines (`ecosystem` "config"), for `ModuleDiscovery`'s `overrides`.
    public var configuredModules: [ModuleDeclaration]
    /// The configuration merged in, if any.
    public var configuration: ConfigurationFile?
    /// Every overridable value with its origin, in dump order (rules, model, scan, module settings,
    /// configured modules). Computed on demand: only `accrue rules` needs it.
    public var settings: [EffectiveSetting] {
        EffectiveSettings.list(documents, rules: rules) + configuredSettings
    }
    /// The merged trees the typed values were decoded from (origins for `settings`).
    let documents: DefaultDocuments
    let configuredSettings: [EffectiveSetting]
    /// Where the rules were read from.
    public var folder: URL

    /// Reads the rules bundled with accrue, or the folder named by `ACCRUE_RULES` when set.
    public static func bundled(configuration: ConfigurationFile? = nil) throws(RuleCatalogError) -> RuleCatalog {
        try load(from: defaultFolder(), configuration: configuration)
    }

    /// The folder the bundled rules are read from.
    public static func defaultFolder() throws(RuleCatalogError) -> URL {
        if let override = ProcessInfo.processInfo.environment["ACCRUE_RULES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // Next to the executable first (an installed copy), then the build's resource bundle.
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent().appendingPathComponent("rules")
        if FileManager.default.fileExists(atPath: beside.appendingPathComponent("languages.yaml").path) {
            return beside
        }
        guard let url = Bundle.module.url(forResource: "rules", withExtension: nil) else {
            throw .missingFolder("the rules bundled with accrue")
        }
        return url
    }

    /// Reads `folder` (languages.yaml, scan.yaml, modules.yaml, model.yaml, debt/*.yaml) and merges
    /// `configuration` over it. Every problem names its file (and line and column in a configuration).
    public static func load(
        from folder: URL, configuration: ConfigurationFile? = nil
    ) throws(RuleCatalogError) -> RuleCatalog {
        let languageURL = folder.appendingPathComponent("languages.yaml")
        let languages = try LanguageCache.languages(at: languageURL) { () throws(RuleCatalogError) in
            try (decode(languageURL) as LanguageFile).languages
        }
        var seen = Set<String>()
        for language in languages {
            guard seen.insert(language.name).inserted else {
                throw .invalid(file: "languages.yaml", detail: "language '\(language.name)' is defined twice")
            }
        }
        try checkScriptBlocks(languages)
        var documents = try DefaultDocuments.read(from: folder)
        let declaredBudget = documents.rules.first { $0.id == "module-size" }?.node["thresholds"]
        var pending = ConfigurationMerge.Pending()
        if let configuration, let tree = try configuration.read() {
            pending = try ConfigurationMerge.apply(tree, to: &documents)
        }
        let rules = try DebtRules.decode(documents.rules)
        let scan = try DefaultDocuments.decode(ScanSettings.self, from: documents.scan, file: "scan.yaml")
        var modules = try DefaultDocuments.decode(ModuleSettings.self, from: documents.modules, file: "modules.yaml")
        let model = try DefaultDocuments.decode(ModelParameters.self, from: documents.model, file: "model.yaml")
        try syncBudget(&modules, declared: declaredBudget, effective: rules)
        let overrides = try ConfigurationEntries.overrides(pending.overrides, rules: rules, tests: modules.testPathMatcher)
        let configured = try ConfigurationEntries.modules(pending.modules, file: configuration?.displayName ?? "")
        let catalog = RuleCatalog(
            languages: LanguageTable(languages), scan: scan, modules: modules, rules: rules,
            model: model, overrides: overrides, configuredModules: configured.modules, configuration: configuration,
            documents: documents, configuredSettings: configured.settings, folder: folder)
        // The gate's section is checked by every command, so `accrue rules` finds its mistakes before CI does.
        if pending.hasGateSection { _ = try catalog.gateTolerances() }
        return catalog
    }

    /// A component's `script_blocks` name languages that exist, have no blocks of their own, and are read by the
    /// component's `function_style` and `import_style` (the module graph resolves the blocks' imports by them).
    private static func checkScriptBlocks(_ languages: [Language]) throws(RuleCatalogError) {
        let byName = Dictionary(languages.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for language in languages {
            for (value, name) in language.scriptBlocks.sorted(by: { $0.key < $1.key }) {
                let block = "language '\(language.name)': script_blocks value '\(value)' names '\(name)'"
                guard let inner = byName[name] else {
                    throw .invalid(file: "languages.yaml", detail: "\(block), which is no language")
                }
                guard inner.scriptBlocks.isEmpty else {
                    throw .invalid(file: "languages.yaml", detail: "\(block), which has script_blocks itself")
                }
                guard inner.functionStyle == language.functionStyle, inner.importStyle == language.importStyle else {
                    throw .invalid(
                        file: "languages.yaml",
                        detail: "\(block), whose function_style and import_style (\(inner.functionStyle ?? "none"), "
                            + "\(inner.importStyle ?? "none")) differ from the component's")
                }
            }
        }
    }

    /// The module budget is the module-size rule's thresholds; modules.yaml must agree with the rule file.
    private static func syncBudget(
        _ modules: inout ModuleSettings, declared thresholds: SettingNode?, effective: [Rule]
    ) throws(RuleCatalogError) {
        guard let warning = thresholds?["warning"]?.number, let error = thresholds?["error"]?.number,
            let current = effective.first(where: { $0.id == "module-size" })
        else { return }
        let declared = ModuleSettings.Budget(warning: Int(warning), error: Int(error))
        guard modules.budget == declared else {
            throw .invalid(
                file: "modules.yaml",
                detail: "budget \(modules.budget.warning)/\(modules.budget.error) disagrees with debt/module-size.yaml "
                    + "(\(declared.warning)/\(declared.error)); change both")
        }
        modules.budget = ModuleSettings.Budget(
            warning: Int(current.thresholds.warning.rounded(.down)), error: Int(current.thresholds.error.rounded(.down)))
    }

    static func decode<T: Decodable>(_ url: URL) throws(RuleCatalogError) -> T {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .missingFolder(url.path)
        }
        do {
            // Yams parses (libyaml, fast); Foundation's JSONDecoder decodes. YAMLDecoder's own Decodable
            // layer took most of accrue's start-up time on the 90-language table.
            let file = "rules/" + url.lastPathComponent
            guard let tree = try SettingNode.parse(text, origin: { .defaults(file: file, line: $0, column: $1) }) else {
                throw RuleCatalogError.invalid(file: url.lastPathComponent, detail: "the file is empty")
            }
            do {
                return try JSONDecoder().decode(T.self, from: tree.json())
            } catch {
                throw DecodingMessage.located(error, in: tree, file: file)
            }
        } catch let error as RuleCatalogError {
            throw error
        } catch {
            throw YAMLProblem.describe(error, file: "rules/" + url.lastPathComponent)
        }
    }
}

extension ConfigurationMerge.Pending {
    var isEmpty: Bool { overrides.isEmpty && modules.isEmpty }
}

struct LanguageFile: Decodable {
    var version: Int
    var languages: [Language]
}
