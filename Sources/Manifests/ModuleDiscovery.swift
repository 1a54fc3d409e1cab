import ModuleGraph
/// Finds the modules of a repository from its manifests, falling back to top-level folders.
///
/// Order: read every manifest a reader handles → drop duplicate declarations (same ecosystem, name and
/// root) → if none, one module per top-level source folder. A configuration's modules (`.accrue.yml`)
/// come in as `overrides` and win over manifests with the same name. A module declared while reading another
/// manifest (a workspace root, an umbrella, a parent pom declaring its members) is listed by that manifest, and so is
/// every manifest a listing manifest lists (a .NET solution's projects: ManifestListing) (`listedBy`, member manifest
/// → every manifest listing it, in path order): FixtureProjects keeps a test-code project a real build lists.
public struct ModuleDiscovery: Sendable {
    public var readers: [any ManifestReader]
    /// The fallback when no manifest applies.
    public var folders: FolderModules

    public init(readers: [any ManifestReader], folders: FolderModules = FolderModules()) {
        self.readers = readers
        self.folders = folders
    }

    /// The modules and the warnings of every manifest among `context.paths`.
    ///
    /// `sourcePaths` are the scanned source files: the folder fallback uses them when no manifest applies.
    public func discover(
        context: ManifestContext, sourcePaths: [String], overrides: [ModuleDeclaration] = []
    ) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning], listedBy: [String: [String]]) {
        var modules: [ModuleDeclaration] = []
        var warnings: [ManifestWarning] = []
        var listedBy: [String: [String]] = [:]
        let index = ManifestReaderIndex(readers)
        for path in context.paths {
            for reader in index.readers(for: path) {
                guard let bytes = context.read(path) else {
                    warnings.append(ManifestWarning(path: path, line: 1, message: "manifest could not be read"))
                    continue
                }
                let result = reader.read(manifest: path, bytes: bytes, context: context)
                for listed in Self.listed(by: reader, path, bytes, context, declaring: result.modules) {
                    listedBy[listed, default: []].append(path)
                }
                modules += result.modules
                warnings += result.warnings
            }
        }
        let overridden = Set(overrides.map(\.name))
        modules.removeAll { overridden.contains($0.name) }
        modules += overrides
        if modules.isEmpty {
            modules = folders.modules(in: ManifestContext(paths: sourcePaths.sorted(), read: context.read))
        }
        var seen = Set<String>()
        modules = modules.filter { seen.insert("\($0.ecosystem)|\($0.name)|\($0.roots)").inserted }
        return (modules.sorted { ($0.name, $0.manifest) < ($1.name, $1.manifest) }, warnings, listedBy)
    }

    /// The manifests the manifest at `path` lists: those of the modules it declares but another manifest describes
    /// (a workspace's members), and those it lists without declaring them (a solution's projects).
    private static func listed(
        by reader: any ManifestReader, _ path: String, _ bytes: [UInt8], _ context: ManifestContext,
        declaring modules: [ModuleDeclaration]
    ) -> [String] {
        let members = modules.map(\.manifest).filter { $0 != path }
        guard let listing = reader as? any ManifestListing else { return members }
        return members + listing.listed(manifest: path, bytes: bytes, context: context)
    }
}
