import ModuleGraph

extension PlanInputBuilder {
    /// The folders a Neovim or Vim plugin's root holds that the editor loads from the runtimepath by their place
    /// (`:help runtimepath`): their files are entry files, which no split moves. telescope.nvim's split had moved
    /// plugin/telescope.lua, which defines `:Telescope`, to files/plugin/, where nothing loads it.
    static let editorRuntimeFolders: Set<Substring> = [
        "plugin", "ftplugin", "after", "autoload", "syntax", "ftdetect", "indent", "colors", "doc", "compiler", "lsp",
    ]

    /// Whether `path` is a Lua or Vim script file in a runtime folder (`editorRuntimeFolders`) at the root of a rock's
    /// or a folder module's plugin (its manifest's folder; the repository's for a folder module).
    static func isEditorRuntimeFile(_ path: String, of module: ModuleDeclaration) -> Bool {
        guard module.ecosystem == "luarocks" || module.ecosystem == "folder",
            path.hasSuffix(".lua") || path.hasSuffix(".vim")
        else { return false }
        let root = module.ecosystem == "luarocks" ? ManifestContext.folder(of: module.manifest) : ""
        guard root.isEmpty || path.hasPrefix(root + "/") else { return false }
        let inside = root.isEmpty ? Substring(path) : path.dropFirst(root.count + 1)
        let parts = inside.split(separator: "/")
        return parts.count > 1 && editorRuntimeFolders.contains(parts[0])
    }
}
