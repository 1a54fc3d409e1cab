import BuildManifests
import ModuleGraph
/// The fallback when no manifest applies: one module per top-level folder holding source files.
///
/// A container folder (`src`, `Sources`, `lib`, `packages`…) whose files sit in subfolders is split one
/// level further: `src/app` and `src/core` become modules, and files directly in `src/` form a module
/// `src`, except an entry file named as a subfolder (`lib/shop.rb` beside `lib/shop/`), which joins that folder's
/// module. Dot folders are skipped; files at the repository root belong to no module.
public struct FolderModules: Sendable {
    /// File name endings (lower-case, no dot) that count as source.
    public var sourceExtensions: Set<String>
    /// Top-level folder names split into their subfolders.
    public var containerFolders: Set<String>

    /// The bundled `rules/modules.yaml`'s `folder_source_extensions`, for rules folders that do not say.
    public static let defaultSourceExtensions: Set<String> = [
        "adb", "ads", "bash", "c", "cc", "cjs", "clj", "cljc", "cljs", "cpp", "cr", "cs", "cxx", "d", "dart", "erl",
        "ex", "exs", "f90", "fs", "fsx", "go", "groovy", "h", "hh", "hpp", "hs", "java", "jl", "js", "jsx", "kt", "kts",
        "ksh", "lisp", "lua", "m", "mjs", "ml", "mli", "mm", "nim", "pas", "php", "pl", "pm", "ps1", "py", "r", "rb",
        "rs", "scala", "scm", "sh", "sol", "svelte", "swift", "tcl", "ts", "tsx", "vb", "vue", "zig", "zsh",
    ]

    /// Folders whose subfolders are the modules: the bundled `rules/modules.yaml`'s `container_folders`. `deps`
    /// holds code only where it is the project's own (erlang.mk's applications, `FirstPartyFolders`); elsewhere it
    /// is vendored and never scanned.
    public static let defaultContainerFolders: Set<String> = [
        "Sources", "addons", "apps", "components", "crates", "deps", "extensions", "lib", "libs", "lua", "modules",
        "packages", "pkg", "plugins", "services", "source", "src",
    ]

    public init(
        sourceExtensions: Set<String> = FolderModules.defaultSourceExtensions,
        containerFolders: Set<String> = FolderModules.defaultContainerFolders
    ) {
        self.sourceExtensions = sourceExtensions
        self.containerFolders = containerFolders
    }

    /// The fallback `rules/modules.yaml` describes (`folder_source_extensions`, `container_folders`), these
    /// defaults where it says nothing.
    public init(settings: ModuleSettings) {
        self.init(
            sourceExtensions: settings.folderSourceExtensions.map(Set.init) ?? Self.defaultSourceExtensions,
            containerFolders: settings.containerFolders.map(Set.init) ?? Self.defaultContainerFolders)
    }

    /// The folder modules of the tracked paths, sorted by name (the folder path).
    public func modules(in context: ManifestContext) -> [ModuleDeclaration] {
        var folders = Set<String>()
        var containerFiles: [String] = []
        for path in context.paths where isSource(path) {
            let parts = path.split(separator: "/", maxSplits: 2)
            guard parts.count >= 2, !parts[0].hasPrefix(".") else { continue }
            let top = String(parts[0])
            if containerFolders.contains(top) && parts.count == 3 && !parts[1].hasPrefix(".") {
                folders.insert(top + "/" + parts[1])
            } else {
                folders.insert(top)
                if containerFolders.contains(top) && parts.count == 2 { containerFiles.append(path) }
            }
        }
        let entries = entryFiles(containerFiles, of: folders)
        let entryFiles = Set(entries.values.joined())
        let remaining = Set(containerFiles).subtracting(entryFiles)
        return folders.sorted().compactMap { folder in
            // A container folder whose only own files were entry files is no module.
            if containerFolders.contains(folder) && !remaining.contains(where: { $0.hasPrefix(folder + "/") }) { return nil }
            return ModuleDeclaration(
                name: folder, ecosystem: "folder", roots: [folder] + (entries[folder] ?? []).sorted(), manifest: "", line: 0)
        }
    }

    /// Ruby's `lib/rubocop.rb` beside `lib/rubocop/` (Rust's `x.rs` beside `x/`): the entry file of its folder's
    /// module, which requires the rest; apart, the two would import each other, a false cycle. By folder.
    private func entryFiles(_ containerFiles: [String], of folders: Set<String>) -> [String: [String]] {
        var entries: [String: [String]] = [:]
        for path in containerFiles {
            let name = ManifestText.fileName(of: path)
            let folder = ManifestContext.join(ManifestContext.folder(of: path), String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]))
            if folders.contains(folder) { entries[folder, default: []].append(path) }
        }
        return entries
    }

    func isSource(_ path: String) -> Bool {
        let name = ManifestText.fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return sourceExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
