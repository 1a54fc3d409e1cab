// MARK: - Cabal

/// A Haskell package as PlainManifests' CabalManifest and HpackManifest read one back: a package of its own
/// (`X/X.cabal` with `name: X`, or hpack's `X/package.yaml`) listed in the project's `packages:` (cabal.project, or
/// stack.yaml), its dependencies in its library's `build-depends`; a module that is an internal library of its
/// package's `.cabal` file (pandoc's `library xml-light`) gets a sibling `library X` stanza in the same file, owning
/// its `hs-source-dirs`.
extension BuildSpelling {
    /// Whether the old module is an internal library: a `.cabal` file is named after its package, so a module of
    /// another name is one of its `library` stanzas.
    private static func isInternalLibrary(_ new: NewModule) -> Bool {
        new.manifest.hasSuffix(".cabal") && fileName(new.manifest) != new.old + ".cabal"
    }

    private static func isHpack(_ new: NewModule) -> Bool { fileName(new.manifest) == "package.yaml" }

    private static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// `base` first (every package needs it), then the modules, at most eight and how many more.
    private static func haskellDependencies(_ own: [String]) -> String {
        (["base"] + own.prefix(8)).joined(separator: ", ") + (own.count > 8 ? " (and \(own.count - 8) more)" : "")
    }

    /// The new package's `.cabal` file, hpack's `package.yaml`, or the internal library's stanza, and the project
    /// file listing the new package.
    static func cabalCreation(_ new: NewModule, own: [String]) -> String {
        let dependencies = haskellDependencies(own)
        if isInternalLibrary(new) {
            return "Add `library \(new.declared)` to \(new.manifest) (`hs-source-dirs: \(internalSourceFolder(new))`, the moved "
                + "modules as `exposed-modules`, `build-depends: \(dependencies)`)"
        }
        if isHpack(new) {
            return "Create `\(new.folder)/package.yaml` (`name: \(new.declared)`, `dependencies: [\(dependencies)]`, a "
                + "`library:` with the `source-dirs` of \(new.manifest)), \(cabalProject(new, file: "stack.yaml"))"
        }
        return "Create `\(new.folder)/\(new.declared).cabal` (`name: \(new.declared)`, a `library` with the moved modules as "
            + "`exposed-modules`, `build-depends: \(dependencies)` and the `hs-source-dirs` of \(new.manifest)), "
            + cabalProject(new, file: "cabal.project")
    }

    /// The clause listing the new package in the project: the `packages:` of the workspace file, else a new
    /// `file` at the repository's root listing both packages.
    private static func cabalProject(_ new: NewModule, file: String) -> String {
        guard !new.workspace.isEmpty else {
            let old = NewModule.parent(of: new.manifest)
            return "create `\(file)` with `packages: \(old.isEmpty ? "." : old) \(new.folder)`"
        }
        let folder = NewModule.path(from: NewModule.parent(of: new.workspace), to: new.folder)
        return "add `\(folder)` to the `packages:` of \(new.workspace)"
    }

    /// The internal library's source folder from its `.cabal` file: the new folder, or its `src/` when the old
    /// library's files sit in one below its root (haskell-language-server's plugins).
    private static func internalSourceFolder(_ new: NewModule) -> String {
        let folder = NewModule.path(from: NewModule.parent(of: new.manifest), to: new.folder)
        let source = ["src", "lib", "source"].first { name in
            !new.files.isEmpty && new.files.allSatisfy { $0.hasPrefix(NewModule.join(new.root, name) + "/") }
        }
        return source.map { NewModule.join(folder == "." ? "" : folder, $0) } ?? folder
    }

    /// The names added to a library's `build-depends` (hpack: `dependencies`).
    static func cabalAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let names = listed(modules)
        if isInternalLibrary(new) {
            return "add \(names) to the `build-depends` of `library \(toNew ? new.declared : new.old)` in \(new.manifest)"
        }
        if isHpack(new) {
            return "add \(names) to the `dependencies` of \(toNew ? "\(new.folder)/package.yaml" : new.manifest)"
        }
        let file = toNew ? "\(new.folder)/\(new.declared).cabal" : new.manifest
        return "add \(names) to the `build-depends` of the `library` of \(file)"
    }
}
