import PlanNaming
@testable import Planning
import Testing

/// What telescope.nvim's plan named its new modules: `telescope` (its own name before `.nvim`), `iter` (a method,
/// `EntryManager:iter`), `drop` (another, beside actions/init.lua) and, as a folder module, `__internal`.
@Suite struct LuaSplitNamingTests {
    private func name(_ files: [String], central: String?, candidates: [ModuleNaming.Candidate], module: String) -> String {
        ModuleNaming.name(
            files: files, central: central, candidates: candidates, module: module, ordinal: 1, lowercase: true,
            taken: [module], ecosystem: "luarocks")
    }

    @Test func aModulesStemBeforeItsDottedSuffixIsItsOwnName() {
        let files = ["lua/telescope/pickers.lua", "lua/telescope/finders.lua", "lua/telescope/log.lua"]

        #expect(name(files, central: "telescope", candidates: [.file("pickers")], module: "telescope.nvim") == "pickers")
    }

    @Test func luaFilesAreNamedAfterTheirMainFileBeforeAFunction() {
        let files = ["lua/telescope/pickers.lua", "lua/telescope/entry_manager.lua"]

        #expect(ModuleNaming.namesAfterMainFile(files: files, centralKinds: ["function"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: files + ["plugin/telescope.vim"], centralKinds: ["function"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: files, centralKinds: ["local"]))
    }

    @Test func anInitFileIsItsFoldersModule() {
        #expect(ModuleNaming.moduleStem("lua/telescope/actions/init.lua") == "actions")
        #expect(ModuleNaming.moduleStem("lua/telescope/actions/set.lua") == "set")
        #expect(ModuleNaming.moduleStem("init.lua") == "init")
        #expect(ModuleNaming.moduleStem("pkg/__init__.py") == "__init__")
        // A JavaScript folder's entry too: vite's optimizer/index.ts names a split that takes it `optimizer`.
        #expect(ModuleNaming.moduleStem("packages/vite/src/node/optimizer/index.ts") == "optimizer")
        #expect(ModuleNaming.entryFolder(of: "src/hooks/index.jsx") == "hooks")
        #expect(ModuleNaming.entryFolder(of: "index.ts") == nil)
        #expect(ModuleNaming.entryFolder(of: "docs/index.md") == nil)
        #expect(ModuleNaming.entryFolder(of: "src/indexes.ts") == nil)
    }

    @Test func aFilesStemLosesTheUnderscoresAroundIt() {
        let files = ["lua/telescope/builtin/__internal.lua"]

        #expect(ModuleNaming.name(
            files: files, central: nil, module: "lua", ordinal: 1, lowercase: true, taken: ["lua"], ecosystem: "folder")
            == "internal")
        #expect(name(files, central: nil, candidates: [], module: "telescope.nvim") == "internal")
    }
}

/// lazy.nvim's `lua/` folder module: its split had moved `lua/lazy/view/colors.lua` to `lua/view/colors.lua`, whose
/// `require` name is `view.colors`, no longer `lazy.view.colors`.
@Suite struct LuaSplitLayoutTests {
    private let module = PlanModule(
        name: "lua", ecosystem: "folder", roots: ["lua"], manifest: "",
        files: ["lua/lazy/view/colors.lua", "lua/lazy/view/float.lua", "lua/lazy/core/config.lua"].map {
            PlanFile(path: $0, codeLines: 100)
        })

    @Test func aNewModuleIsAFolderBesideLuaWithTheSameRequireNames() {
        let folder = ModuleNaming.folder(for: "view", module: module)

        #expect(folder == "view")
        #expect(ModuleNaming.destination(of: "lua/lazy/view/colors.lua", fileName: "colors.lua", folder: folder, module: module)
            == "view/lua/lazy/view/colors.lua")
        #expect(ModuleNaming.sharedFolder(of: ["lua/lazy/view/colors.lua", "lua/lazy/view/float.lua"], module: module) == "")
    }

    @Test func aFolderOfOtherFilesTooKeepsItsPlace() {
        var mixed = module
        mixed.files.append(PlanFile(path: "lua/lazy/native.c", codeLines: 10))

        #expect(ModuleNaming.folder(for: "view", module: mixed) == "lua/view")
    }
}
