@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// A new module's name is its folder's: two names differing only in case are one folder on macOS and Windows.
/// telescope.nvim's plan (its `lua/` a folder module) had proposed a `Telescope` and a `telescope` module, the second
/// in `lua/telescope/`, the folder its files were in already.
@Suite struct CaseInsensitiveNamesTests {
    @Test func aNameTakenInAnotherCaseIsQualifiedNotNumbered() {
        let files = ["lua/telescope/builtin/__files.lua", "lua/telescope/builtin/__git.lua"]

        let named = ModuleNaming.name(
            files: files, folder: "telescope", central: nil, module: "lua", ordinal: 2, lowercase: true,
            taken: ["Telescope"], ecosystem: "folder")

        #expect(named == "lua_telescope")
        // Taken in lower case, the capitalized spelling is no way out either.
        #expect(ModuleNaming.name(
            files: files, folder: "telescope", central: nil, module: "lua", ordinal: 2, lowercase: false,
            taken: ["telescope", "luatelescope"], ecosystem: "folder").lowercased() != "telescope")
        #expect(ModuleNaming.name(
            files: files, central: nil, module: "lua", ordinal: 2, lowercase: true, taken: ["LUAPART2"],
            ecosystem: "folder") == "luapart22")
    }

    @Test func aFolderAlreadyWhereTheNewModuleGoesIsTakenInAnyCase() {
        let paths = ["lua/Telescope/init.lua", "lua/plenary.lua", "plugin/telescope.lua"]
        let module = PlanModule(
            name: "lua", ecosystem: "folder", roots: ["lua"], manifest: ".accrue.yml",
            files: paths.map { PlanFile(path: $0, codeLines: 10) })
        let present = ModuleNaming.presentEntries(besideNewModulesOf: module, among: paths)

        #expect(present == ["telescope", "plenary.lua"])
    }

    /// A folder module `lua` of 2,900 lines: `__files.lua` and `__git.lua` in `lua/telescope/` are a cluster the
    /// rest uses once, named after that folder, whose other files stay: its module may be neither `lua/telescope/`
    /// nor `lua/Telescope/` (its files' names start with `_`, no capital), and its moves no move onto itself.
    @Test func aSplitsFolderIsNoFolderThatIsThereAlready() throws {
        let files: [(String, Int)] = [
            ("telescope/__files.lua", 300), ("telescope/__git.lua", 300), ("telescope/pickers.lua", 1000),
            ("telescope/utils.lua", 1000), ("other.lua", 300),
        ]
        let uses: [(String, String)] = [
            ("telescope/__files.lua", "telescope/__git.lua"), ("telescope/__git.lua", "telescope/__files.lua"),
            ("telescope/pickers.lua", "telescope/utils.lua"), ("telescope/utils.lua", "telescope/pickers.lua"),
            ("other.lua", "telescope/utils.lua"), ("telescope/pickers.lua", "telescope/__files.lua"),
        ]
        let module = PlanModule(
            name: "lua", ecosystem: "folder", roots: ["lua"], manifest: ".accrue.yml",
            files: files.map { PlanFile(path: "lua/\($0.0)", codeLines: $0.1, declaredNames: [$0.0]) },
            dependencies: uses.map { FileDependency(from: "lua/\($0.0)", to: "lua/\($0.1)", weight: 3, names: [$0.1]) })

        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module))

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        #expect(Set(moves.map { $0.id.split(separator: ":")[2] }) == ["lua_telescope"])
        #expect(moves.flatMap(\.steps).contains("Move lua/telescope/__files.lua to lua/lua_telescope/__files.lua"))
    }
}
