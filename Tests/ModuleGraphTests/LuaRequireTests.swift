import ImportScan
import ModuleGraph
import Testing

@Suite struct LuaRequireTests {
    @Test func aRequireResolvesToAFileOrAnInitBelowALuaOrSrcFolderOrTheRoot() {
        let modules = [
            ModuleDeclaration(name: "telescope", ecosystem: "folder", roots: ["lua"], manifest: "", line: 0),
            ModuleDeclaration(name: "rocks", ecosystem: "folder", roots: ["rocks"], manifest: "", line: 0),
            ModuleDeclaration(name: "top", ecosystem: "folder", roots: ["top"], manifest: "", line: 0),
        ]
        let paths = [
            "lua/telescope/actions/init.lua", "lua/telescope/utils.lua", "rocks/src/luarocks/cmd.lua", "top/x.lua",
            "spec/util/telescope/utils.lua",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (path: String) in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: paths[3], style: "lua").map { modules[$0].name }
        }

        #expect(resolve("telescope.actions") == "telescope")
        #expect(resolve("telescope.utils") == "telescope")
        #expect(resolve("luarocks.cmd") == "rocks")
        #expect(resolve("top.x") == "top")
        #expect(resolve("vim.lsp") == nil)
        #expect(resolve("utils") == nil)
    }
}
