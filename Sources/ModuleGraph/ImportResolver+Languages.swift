/// Which modules an import by name can reach: those of an ecosystem building the importing file's language
/// (`ModuleSettings.ecosystemLanguages`, rules/modules.yaml). A Python script's `import json` is Python's standard
/// library, never nlohmann/json's SwiftPM target `json`; a JS `import utils` is no Python package `utils`. Languages
/// one ecosystem builds together keep reaching each other's modules: Swift imports a SwiftPM C target by its module
/// name, TypeScript and Vue files import npm packages. Imports of files and folders (C includes, JVM packages, Ruby
/// requires, Elixir, Haskell, Erlang and Clojure modules) are not by name and keep their own rules.
extension ImportResolver {
    /// The file an import is written in: its module (nil: none owns it) and its language (nil: unknown, reaches
    /// every ecosystem).
    struct Importer {
        var module: Int?
        var language: String?
    }

    /// Whether `importer`'s language can import module `target` by name (by `name`, when given): its ecosystem builds
    /// that language, or lists none (Bazel, `.accrue.yml` modules, the folder fallback build every language), or the
    /// module has a binding for it and `name` is one of the binding's (a crate maturin builds answers to Python by its
    /// extension module's name, not by its library name, which is often the Python package's: quantforge's
    /// `quantforge`, a mixed project's `x` beside its extension `x.x`).
    func isImportable(_ target: Int, by importer: Importer, as name: String? = nil) -> Bool {
        guard let language = importer.language, let languages = moduleLanguages[target] else { return true }
        guard languages.contains(language) else { return false }
        guard let name, boundLanguages[target].contains(language) else { return true }
        return modules[target].bindingNames.contains(name)
    }
}
