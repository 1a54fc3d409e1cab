import ImportScan

/// Lua's `require("a.b")`: a tracked `a/b.lua` or `a/b/init.lua` below a Lua source root, as package.path finds it.
extension ImportResolver {
    /// The module owning the file `require(name)` loads: `a/b.lua`, else `a/b/init.lua`, under a `lua/` folder
    /// (Neovim's runtime path), a `src/` folder (LuaRocks' layout) or the repository's root; nil for a module no
    /// tracked file is (`vim.lsp`, `plenary.job` of another repository).
    func resolveLua(_ facts: ImportFacts, in file: String, from importer: Importer) -> Int? {
        let path = facts.path.split(separator: ".", omittingEmptySubsequences: false).joined(separator: "/")
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasSuffix("/") else { return nil }
        let name = String(path.split(separator: "/").last ?? "")
        return preferred(files: luaFiles(path + ".lua", named: name + ".lua"), from: file, own: importer.module)
            ?? preferred(files: luaFiles(path + "/init.lua", named: "init.lua"), from: file, own: importer.module)
    }

    /// The tracked files named `name` whose path is `relative` at the root or below a `lua/` or `src/` folder.
    private func luaFiles(_ relative: String, named name: String) -> [String] {
        (byFileName[name] ?? []).filter {
            $0 == relative || $0.hasSuffix("/lua/" + relative) || $0.hasSuffix("/src/" + relative)
                || $0 == "lua/" + relative || $0 == "src/" + relative
        }
    }
}
