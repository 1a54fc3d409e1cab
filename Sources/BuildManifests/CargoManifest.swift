import ModuleGraph
import TOMLText
/// Reads `Cargo.toml`: a crate's `[package]`, its targets (those named by path: `CargoTargets`) and dependencies, and a
/// workspace's members.
///
/// A workspace root declares its members (globs expanded against the tracked `Cargo.toml` files, minus
/// `exclude`); a member's own manifest then declares nothing, so each crate appears once whichever
/// manifests the caller reads. A nested crate that no workspace lists (a fuzz crate, a fixture) declares
/// itself.
public struct CargoManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["Cargo.toml"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        // A member is declared, and its problems reported, by its workspace root.
        if enclosingWorkspace(of: folder, context: context) != nil { return ([], []) }
        let document = TOMLDocument(bytes)
        var warnings = ManifestText.warnings(document.problems, path: path)

        var modules: [ModuleDeclaration] = []
        let workspace = document.headerLine(["workspace"]) != nil ? document : nil
        if let crate = crate(path, document, workspace: workspace, context: context, warnings: &warnings) {
            modules.append(crate)
        }
        if workspace != nil {
            for member in members(of: document, at: folder, context: context, warnings: &warnings) {
                let memberPath = ManifestContext.join(member, "Cargo.toml")
                guard let memberBytes = context.read(memberPath), !ManifestText.looksBinary(memberBytes) else {
                    continue
                }
                let memberDocument = TOMLDocument(memberBytes)
                warnings += ManifestText.warnings(memberDocument.problems, path: memberPath)
                if let crate = crate(memberPath, memberDocument, workspace: document, context: context, warnings: &warnings) {
                    modules.append(crate)
                }
            }
        }
        return (modules.sortedForOutput(), warnings)
    }

    // MARK: - Crates

    private static let dependencySections = ["dependencies", "dev-dependencies", "build-dependencies"]

    private func crate(
        _ path: String, _ document: TOMLDocument, workspace: TOMLDocument?, context: ManifestContext,
        warnings: inout [ManifestWarning]
    ) -> ModuleDeclaration? {
        guard let packageLine = document.headerLine(["package"]) ?? document.valueWithLine(["package", "name"])?.line
        else { return nil }
        let folder = ManifestContext.folder(of: path)
        let named = document.valueWithLine(["package", "name"])
        guard let name = named?.value.string, !name.isEmpty else {
            warnings.append(ManifestWarning(path: path, line: packageLine, message: "[package] has no name"))
            return nil
        }
        let hasLibTable = document.headerLine(["lib"]) != nil || document.value(["lib"]) != nil
        let hasLib = hasLibTable || context.contains(ManifestContext.join(folder, "src/lib.rs"))
        let hasBin = !document.arrayOfTables(["bin"]).isEmpty || context.contains(ManifestContext.join(folder, "src/main.rs"))
        let libName = document.value(["lib", "name"])?.string ?? name.replacingDashes()
        let targets = CargoTargets(document, folder: folder)
        let roots = [folder] + targets.roots(of: folder, context: context)
        let (declared, aliases) = dependencies(of: document, workspace: workspace, in: Self.dependencySections)
        // A procedural-macro crate is a compiler plugin: its users write its macros, they use none of its types.
        let isProcMacro = [["lib", "proc-macro"], ["lib", "proc_macro"]].contains { document.value($0) == .scalar("true") }
        var module = ModuleDeclaration(
            name: name, ecosystem: "cargo", kind: isProcMacro ? .plugin : hasLib || !hasBin ? .library : .executable,
            roots: roots.sorted(), dependencies: declared,
            importNames: hasLib || !hasBin ? [libName] : [], manifest: path, line: named?.line ?? packageLine)
        module.importAliases = aliases
        module.targetFiles = targets.files
        module.buildScripts = targets.buildScripts(of: folder, context: context)
        module.testFiles = targets.testFiles(
            of: folder, libraries: targets.libraries(of: folder, context: context), context: context)
        PythonExtension.bind(&module, manifest: path, libName: libName, isCDylib: isCDylib(document), context: context)
        // Dev-dependencies build only tests, examples, benches and doc tests (tokio-macros' tokio, used in its doc
        // comments alone): declared for those, never unused by the library.
        let built = Set(dependencies(of: document, workspace: workspace, in: ["dependencies", "build-dependencies"]).names)
        module.testDependencies = declared.filter { !built.contains($0) }
        module.manifestUses = Self.forwarded(by: document, aliases: aliases).filter(declared.contains)
        return module
    }

    /// The dependencies its features forward to, by their real names: `"mdbook-html/search"`, `"dep?/x"`, `"dep:x"`.
    private static func forwarded(by document: TOMLDocument, aliases: [String: String]) -> [String] {
        let names = document.keys(under: ["features"]).flatMap { feature in
            (document.value(["features", feature.key])?.strings ?? []).compactMap { item -> String? in
                if item.hasPrefix("dep:") { return String(item.dropFirst(4)) }
                guard let slash = item.firstIndex(of: "/") else { return nil }
                let key = item[..<slash]
                return String(key.hasSuffix("?") ? key.dropLast() : key)
            }
        }
        return Set(names.map { aliases[$0.replacingDashes()] ?? $0 }).sorted()
    }

    /// Whether the crate's library is a `cdylib` (`crate-type`, or the older `crate_type`): a shared library other
    /// languages load, as a Python extension module is.
    private func isCDylib(_ document: TOMLDocument) -> Bool {
        let types = document.value(["lib", "crate-type"]) ?? document.value(["lib", "crate_type"])
        return types?.strings.contains("cdylib") == true
    }

    /// Dependency crate names in `kinds` of sections (the real package names, after `package = "…"` renames), sorted,
    /// and the renamed ones by the name code uses (the key, `-` as `_`: `memmap = { package = "memmap2" }` is
    /// `memmap` → `memmap2`), in the member itself or inherited from `[workspace.dependencies]` (`foo.workspace = true`).
    private func dependencies(
        of document: TOMLDocument, workspace: TOMLDocument?, in kinds: [String]
    ) -> (names: [String], aliases: [String: String]) {
        var sections = kinds.map { [$0] }
        for section in kinds {
            sections += document.headers(matching: ["target", "*", section])
            sections += document.keys(under: ["target"]).map { ["target", $0.key, section] }
        }
        var names = Set<String>()
        var aliases: [String: String] = [:]
        for section in sections {
            for (key, _) in document.keys(under: section) {
                var real = document.value(section + [key, "package"])?.string
                if real == nil, document.value(section + [key, "workspace"]) == .scalar("true") {
                    real = workspace?.value(["workspace", "dependencies", key, "package"])?.string
                }
                names.insert(real ?? key)
                if let real, real != key { aliases[key.replacingDashes()] = real }
            }
        }
        return (names.sorted(), aliases)
    }

    // MARK: - Workspaces

    /// Member folders (repository-relative, sorted) of the workspace whose root manifest is `document`.
    private func members(
        of document: TOMLDocument, at folder: String, context: ManifestContext, warnings: inout [ManifestWarning]
    ) -> [String] {
        let patterns = document.value(["workspace", "members"])?.strings ?? []
        let excluded = document.value(["workspace", "exclude"])?.strings ?? []
        let candidates = context.folders(holding: "Cargo.toml").compactMap { relative($0, to: folder) }
        var found: [String] = []
        for pattern in patterns {
            let matcher = FolderPattern(pattern)
            let matched = candidates.filter { !$0.isEmpty && matcher.matches($0) }
            // `members = ["."]` names the root itself, declared above.
            let isRoot = ManifestContext.join("", pattern).isEmpty
            if matched.isEmpty, !pattern.contains("*"), !isRoot {
                let line = document.valueWithLine(["workspace", "members"])?.line ?? 1
                warnings.append(
                    ManifestWarning(path: ManifestContext.join(folder, "Cargo.toml"), line: line,
                        message: "workspace member '\(pattern)' has no tracked Cargo.toml"))
            }
            found += matched
        }
        return Set(found).filter { member in
            !excluded.contains { ManifestContext.isInside(member, ManifestContext.join("", $0)) }
        }.map { ManifestContext.join(folder, $0) }.sorted()
    }

    /// The folder of the nearest workspace root that lists `folder` as a member, if any.
    private func enclosingWorkspace(of folder: String, context: ManifestContext) -> String? {
        for ancestor in context.ancestors(of: folder, holding: ["Cargo.toml"]) {
            guard let bytes = context.read(ManifestContext.join(ancestor, "Cargo.toml")),
                !ManifestText.looksBinary(bytes)
            else { continue }
            let document = TOMLDocument(bytes)
            guard document.headerLine(["workspace"]) != nil else { continue }
            guard let relativeFolder = relative(folder, to: ancestor) else { return nil }
            let excluded = document.value(["workspace", "exclude"])?.strings ?? []
            if excluded.contains(where: { ManifestContext.isInside(relativeFolder, ManifestContext.join("", $0)) }) { return nil }
            let patterns = document.value(["workspace", "members"])?.strings ?? []
            return patterns.contains { FolderPattern($0).matches(relativeFolder) } ? ancestor : nil
        }
        return nil
    }

    private func relative(_ path: String, to folder: String) -> String? {
        if folder.isEmpty { return path }
        if path == folder { return "" }
        return path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : nil
    }
}

extension String {
    /// The name with `-` replaced by `_`: how Rust code names a crate.
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
