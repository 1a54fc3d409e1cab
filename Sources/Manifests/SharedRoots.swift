import ModuleGraph

/// Modules of different ecosystems declared in one folder: a Rails engine's gemspec and its package.json
/// (rails/rails' `actiontext/` holds the `actiontext` gem and the `@rails/actiontext` npm package). Longest-root
/// ownership cannot tell them apart, so the first by name took the folder, Ruby and all, and the gem was left empty.
/// The module whose ecosystem builds most of the folder's code lines keeps the folder; each other one keeps its
/// manifest and the files in languages only its ecosystem builds (`ModuleSettings.ecosystemLanguages`). Folders at
/// the repository root are left to SourceClaims, which narrows root modules to their own languages.
enum SharedRoots {
    static func split(
        _ modules: [ModuleDeclaration], files: [ModuleCoverage.File], languages: [String: [String]]
    ) -> [ModuleDeclaration] {
        var sharing: [String: [Int]] = [:]
        for (index, module) in modules.enumerated() where languages[module.ecosystem] != nil {
            for root in module.roots where !root.isEmpty { sharing[root, default: []].append(index) }
        }
        let ownership = ModuleOwnership(modules: modules)
        var result = modules
        for (root, indices) in sharing.sorted(by: { $0.key < $1.key })
        where Set(indices.map { modules[$0].ecosystem }).count > 1 {
            // The folder's code files that the shared root decides (no deeper root of another module holds them).
            let held = files.filter {
                $0.isCode && ManifestContext.isInside($0.path, root) && ownership.owner(of: $0.path).map(indices.contains) == true
            }
            let builds = Dictionary(indices.map { ($0, Set(languages[modules[$0].ecosystem] ?? [])) }, uniquingKeysWith: { a, _ in a })
            let lines = Dictionary(indices.map { index in
                (index, held.filter { builds[index]?.contains($0.language) == true }.reduce(0) { $0 + $1.codeLines })
            }, uniquingKeysWith: { a, _ in a })
            guard let main = indices.max(by: { (lines[$0] ?? 0, $1) < (lines[$1] ?? 0, $0) }) else { continue }
            let mainBuilds = builds[main] ?? []
            for index in indices where index != main {
                let own = held.filter { builds[index]?.contains($0.language) == true && !mainBuilds.contains($0.language) }.map(\.path)
                result[index].roots = (result[index].roots.filter { $0 != root } + [modules[index].manifest] + own).sorted()
            }
        }
        return result
    }
}
