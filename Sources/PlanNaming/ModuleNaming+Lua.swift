import BuildSpelling

/// Where a Lua module's new modules go: the paths below a `lua/` folder are its files' `require` names.
extension ModuleNaming {
    /// The `lua/` folder `module` is, when it is one and holds only Lua files: Neovim loads a plugin's modules from
    /// its `lua/` (lazy.nvim's `lua/lazy/view/colors.lua` is `require "lazy.view.colors"`), as LuaRocks' `lua/`
    /// layouts do. A new module is then a folder beside it with a `lua/` of its own and the same paths below
    /// (`view/lua/lazy/view/colors.lua`, still `lazy.view.colors`), not a folder inside it (`lua/view/colors.lua`
    /// had made it `view.colors`, a name every plugin shares); nil for any other module.
    static func luaRuntimeRoot(of module: some ModuleLayout) -> String? {
        guard module.roots.count == 1, let root = module.roots.first, root == "lua" || root.hasSuffix("/lua"),
            !module.files.isEmpty, module.files.allSatisfy({ $0.path.hasPrefix(root + "/") && $0.path.hasSuffix(".lua") })
        else { return nil }
        return root
    }

    /// The folder of the new module `name` beside the Lua runtime folder `root`.
    static func luaFolder(for name: String, besideRoot root: String) -> String {
        let parent = NewModule.parent(of: root)
        return parent.isEmpty ? name : parent + "/" + name
    }

    /// Where a moved file goes in the new module's `folder`: its path from the runtime folder `root` on, named
    /// `fileName` (a part's own name).
    static func luaDestination(of path: String, fileName: String, folder: String, root: String) -> String {
        let parent = NewModule.parent(of: root)
        let kept = parent.isEmpty ? path : String(path.dropFirst(parent.count + 1))
        let directory = kept.split(separator: "/").dropLast().joined(separator: "/")
        return [folder, directory, fileName].filter { !$0.isEmpty }.joined(separator: "/")
    }
}
