/// Finds the modules of a repository from its manifests, falling back to top-level folders.
///
/// Order: read every manifest a reader handles → drop duplicate declarations (same ecosystem, name and
/// root) → if none, one module per top-level source folder. A configuration's modules (`.accrue.yml`)
/// come in as `overrides` and win over manifests with the same name.
public struct ModuleDiscovery: Sendable {
    public var readers: [any ManifestReader]

    public init(readers: [any ManifestReader]) {
        self.readers = readers
    }

    /// The modules and the warnings of every manifest among `context.paths`.
    ///
    /// `sourcePaths` are the scanned source files: the folder fallback uses them when no manifest applies.
    public func discover(
        context: ManifestContext, sourcePaths: [String], overrides: [ModuleDeclaration] = []
    ) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        var modules: [ModuleDeclaration] = []
        var warnings: [ManifestWarning] = []
        for path in context.paths {
            for reader in readers where reader.handles(path: path) {
                guard let bytes = context.read(path) else {
                    warnings.append(ManifestWarning(path: path, line: 1, message: "manifest could not be read"))
                    continue
                }
                let result = reader.read(manifest: path, bytes: bytes, context: context)
                modules += result.modules
                warnings += result.warnings
            }
        }
        let overridden = Set(overrides.map(\.name))
        modules.removeAll { overridden.contains($0.name) }
        modules += overrides
        if modules.isEmpty {
            modules = FolderFallback.modules(for: sourcePaths)
        }
        var seen = Set<String>()
        modules = modules.filter { seen.insert("\($0.ecosystem)|\($0.name)|\($0.roots)").inserted }
        return (modules.sorted { ($0.name, $0.manifest) < ($1.name, $1.manifest) }, warnings)
    }
}

/// One module per top-level folder holding source files; files at the root form a module named `(root)`.
enum FolderFallback {
    static func modules(for sourcePaths: [String]) -> [ModuleDeclaration] {
        var folders: [String: Int] = [:]
        for path in sourcePaths {
            let parts = path.split(separator: "/")
            var folder = parts.count > 1 ? String(parts[0]) : ""
            // `src/x/…` and `Sources/x/…`: the second level is the module.
            if parts.count > 2 && ["src", "Sources", "lib", "packages", "crates", "modules"].contains(folder) {
                folder += "/" + parts[1]
            }
            folders[folder, default: 0] += 1
        }
        return folders.keys.sorted().map { folder in
            ModuleDeclaration(
                name: folder.isEmpty ? "(root)" : folder, ecosystem: "folder", roots: [folder],
                importNames: [], manifest: folder, line: 0)
        }
    }
}
