import ModuleGraph

/// Which source files the discovered modules really own, and which they leave unowned.
///
/// A file is unowned when no module's root contains it, or when the only root containing it is the
/// repository root of a module whose ecosystem does not build the file's language
/// (`ModuleSettings.ecosystemLanguages`; an ecosystem not listed builds every language). Every code file takes part
/// in the second test (a Gradle root project does not build its website's CSS); only source files (`isSource`)
/// count in the lines and paths that decide whether the unowned rest gets folder modules.
struct SourceClaims {
    private(set) var totalLines = 0
    private(set) var unownedLines = 0
    private(set) var unownedPaths: [String] = []
    /// Module index → its roots with the repository root replaced by the folders (root-level files by their
    /// paths) of its own-language files; only for the modules that held other languages through the root.
    private(set) var narrowedRoots: [Int: [String]] = [:]

    init(
        modules: [ModuleDeclaration], files: [ModuleCoverage.File], settings: ModuleSettings,
        isSource: (String) -> Bool = { _ in true }
    ) {
        let ownership = ModuleOwnership(modules: modules)
        // Every module declared at the repository root judges the files it holds through it (penpot's root
        // package.json and deps.edn): the one ownership picks must not leave the other the rest.
        let rootHolders = modules.indices.filter { modules[$0].roots.contains("") }
        var ownRoots: [Int: Set<String>] = [:]
        var foreign = Set<Int>()
        for file in files {
            let counted = isSource(file.path)
            if counted { totalLines += file.codeLines }
            guard let owner = ownership.owner(of: file.path) else {
                if counted { addUnowned(file) }
                continue
            }
            guard Self.holdsThroughRoot(modules[owner], file.path) else { continue }
            let (builders, others) = Self.split(rootHolders, by: file.language, modules: modules, settings: settings)
            for holder in builders { ownRoots[holder, default: []].insert(Self.ownRoot(of: file.path)) }
            foreign.formUnion(others)
            if builders.isEmpty && counted { addUnowned(file) }
        }
        for owner in foreign {
            let kept = Set(modules[owner].roots.filter { !$0.isEmpty }).union(ownRoots[owner] ?? [])
            // A module with no code of its own (a Gradle root project) keeps its manifest rather than vanish.
            let manifest = modules[owner].manifest
            narrowedRoots[owner] = kept.isEmpty && !manifest.isEmpty ? [manifest] : kept.sorted()
        }
    }

    /// The root-level modules whose ecosystem builds `language` (or every language: none listed), and the others.
    private static func split(
        _ holders: [Int], by language: String, modules: [ModuleDeclaration], settings: ModuleSettings
    ) -> (builders: [Int], others: [Int]) {
        var builders: [Int] = []
        var others: [Int] = []
        for holder in holders {
            let languages = settings.ecosystemLanguages[modules[holder].ecosystem]
            if languages?.contains(language) ?? true { builders.append(holder) } else { others.append(holder) }
        }
        return (builders, others)
    }

    private mutating func addUnowned(_ file: ModuleCoverage.File) {
        unownedLines += file.codeLines
        unownedPaths.append(file.path)
    }

    /// Whether `module` holds `path` only through a root at the repository root.
    private static func holdsThroughRoot(_ module: ModuleDeclaration, _ path: String) -> Bool {
        module.roots.contains("")
            && !module.roots.contains { !$0.isEmpty && ManifestContext.isInside(path, $0) }
    }

    /// The root that keeps `path` with its module: its folder, or the path itself at the repository root.
    private static func ownRoot(of path: String) -> String {
        let folder = ManifestContext.folder(of: path)
        return folder.isEmpty ? path : folder
    }
}
