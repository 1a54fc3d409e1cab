import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// Splitting a JavaScript or TypeScript module: its `let` state cannot move (an importer can read an imported
/// binding but never assign it).
@Suite struct ScriptModuleSplitTests {
    @Test func moduleStateStaysAndTheMovedFunctionsAreToldToUseASetter() throws {
        // svelte's batch.js: `export let current_batch` and the functions that flush batches.
        let file = PlanFile(
            path: "src/reactivity/batch.js", codeLines: 700,
            declarations: [
                Declaration(name: "current_batch", kind: "let", startLine: 1, endLine: 300, codeLines: 250),
                Declaration(name: "flushSync", kind: "function", startLine: 301, endLine: 500, codeLines: 150),
                Declaration(name: "flush_queued_effects", kind: "function", startLine: 501, endLine: 800, codeLines: 200),
            ])

        let plan = try splitPlan(file)
        let steps = plan.stages.flatMap(\.steps)

        #expect(!plan.stages.flatMap(\.declarations).contains("current_batch"))
        #expect(plan.stages.flatMap(\.declarations).contains("flushSync"))
        #expect(steps.contains { $0.hasPrefix("`current_batch` stays here (module state") })
    }

    @Test func declarationsOfOneNameMoveTogetherToOneFile() throws {
        // zod's schemas.ts: `interface ZodType` merges with `const ZodType`; `tuple` has an overload signature.
        let file = PlanFile(
            path: "src/classic/schemas.ts", codeLines: 1200,
            declarations: [
                Declaration(name: "ZodType", kind: "interface", startLine: 31, endLine: 164, codeLines: 95),
                Declaration(name: "ZodType", kind: "const", startLine: 168, endLine: 196, codeLines: 25),
                Declaration(name: "tuple", kind: "function", startLine: 200, endLine: 204, codeLines: 5),
                Declaration(name: "tuple", kind: "function", startLine: 205, endLine: 400, codeLines: 190),
                Declaration(name: "record", kind: "function", startLine: 401, endLine: 700, codeLines: 280),
                Declaration(name: "ZodString", kind: "interface", startLine: 701, endLine: 780, codeLines: 60),
                Declaration(name: "ZodString", kind: "const", startLine: 781, endLine: 1000, codeLines: 200),
            ])

        let stages = try splitPlan(file).stages
        let steps: [String] = stages.flatMap(\.steps)

        // Each name's declarations go in one step, listed as one run.
        let zodType = try #require(steps.first { $0.contains("`ZodType` ×2 (31–196)") })
        #expect(zodType.hasPrefix("Move 2 declarations (120 code lines) to src/classic/zodType.ts"))
        #expect(steps.contains { $0.contains("`tuple` ×2 (200–400)") })
        #expect(!steps.contains { $0.contains("(168–") || $0.contains("(205–") })
    }

    @Test func aSwiftGlobalVariableMayMove() throws {
        let file = PlanFile(
            path: "Sources/A/Cache.swift", codeLines: 700,
            declarations: [
                Declaration(name: "sharedCache", kind: "var", startLine: 1, endLine: 300, codeLines: 250),
                Declaration(name: "Cache", kind: "struct", startLine: 301, endLine: 800, codeLines: 400),
            ])

        #expect(try splitPlan(file).stages.flatMap(\.declarations).contains("sharedCache"))
    }
}

@Suite struct NpmSplitSpellingTests {
    @Test func aWorkspacePackageExportsThroughItsEntryPoint() {
        let svelte = PlanModule(name: "svelte", ecosystem: "npm", roots: ["packages/svelte"], manifest: "packages/svelte/package.json", files: [])

        #expect(ModuleNaming.visibility(of: ["hydrate_node", "next"], outside: "hydrating", ecosystem: "npm")
            == "Export `hydrate_node`, `next` from hydrating's entry point (its package.json `exports`)")
        #expect(ModuleNaming.forwarding(of: "hydrating", from: svelte)
            == "Re-export the moved names from svelte's entry point (`export { … } from \"hydrating\"`), so callers keep working")
        // A scoped package's new package is imported by its scoped name.
        let server = PlanModule(name: "@trpc/server", ecosystem: "npm", roots: ["packages/server"], manifest: "packages/server/package.json", files: [])
        #expect(ModuleNaming.forwarding(of: "observable", from: server)?.contains("from \"@trpc/observable\"") == true)
    }
}

/// Lua has no visibility but a file's returned table, and takes a module in by `require` of its files' paths.
@Suite struct LuaSplitSpellingTests {
    @Test func aRockReturnsAndRequiresWhatMoves() {
        let telescope = PlanModule(
            name: "telescope.nvim", ecosystem: "luarocks", roots: [""], manifest: "telescope.nvim-scm-1.rockspec", files: [])

        #expect(ModuleNaming.visibility(of: ["flatten", "cycle"], outside: "make-entry", ecosystem: "luarocks")
            == "Return `flatten`, `cycle` in the tables make-entry's files return (`M.name = name`)")
        #expect(ModuleNaming.importing("make-entry", ecosystem: "luarocks") == "require make-entry's modules")
        #expect(ModuleNaming.importing("make-entry", ecosystem: "luarocks", opening: true) == "Require make-entry's modules")
        #expect(ModuleNaming.importing("Core", ecosystem: "swiftpm", opening: true) == "Import Core")
        #expect(ModuleNaming.forwarding(of: "make-entry", from: telescope)?.hasPrefix("Keep callers' `require` paths") == true)
    }

    /// A new folder goes into the rock its rockspec builds: no rock of its own to publish (telescope.nvim's split had
    /// told its users to add `files` as a dependency).
    @Test func aRocksNewFolderShipsInTheSameRock() {
        var telescope = PlanModule(
            name: "telescope.nvim", ecosystem: "luarocks", roots: [""], manifest: "telescope.nvim-scm-1.rockspec", files: [])
        telescope.isPublished = true

        let steps = ModuleNaming.passingOn(of: "make-entry", from: telescope, newIsLower: true, hasCallers: true)
        #expect(steps.count == 1 && steps.allSatisfy { !$0.hasPrefix("Publish") })
    }
}

@Suite struct GoSplitSpellingTests {
    @Test func aGoPackageForwardsThroughTypeAndValueAliases() {
        let tea = PlanModule(name: "charm.land/bubbletea/v2", ecosystem: "go", roots: [""], manifest: "go.mod", files: [])

        #expect(ModuleNaming.forwarding(of: "charm.land/bubbletea/v2/keymod", from: tea)
            == "Declare aliases in charm.land/bubbletea/v2 for the moved names (`type T = keymod.T`, "
                + "`var F = keymod.F`), so callers keep building")
    }
}

@Suite struct JavaScriptInterfaceSpellingTests {
    private func package(_ files: [(String, Int)]) -> PlanModule {
        PlanModule(
            name: "svelte", ecosystem: "npm", roots: ["packages/svelte"], manifest: "packages/svelte/package.json",
            files: files.map { PlanFile(path: "packages/svelte/src/\($0.0)", codeLines: $0.1) })
    }

    @Test func aJavaScriptPackageDeclaresAJSDocTypedefAndPassesAnObject() {
        let svelte = package([("runtime.js", 900), ("types.d.ts", 100)])
        let typed = package([("runtime.ts", 900), ("legacy.js", 100)])

        #expect(ModuleNaming.spelling(of: svelte) == "javascript")
        #expect(ModuleNaming.interface("HydratingDependencies", ecosystem: ModuleNaming.spelling(of: svelte))
            == "a JSDoc `@typedef {Object} HydratingDependencies`")
        #expect(ModuleNaming.passing("svelte", to: "hydrating", are: "is", ecosystem: "javascript")
            == "Pass svelte's functions in, as an object of that shape, where hydrating is created")
        #expect(ModuleNaming.interface("X", ecosystem: ModuleNaming.spelling(of: typed)) == "`interface X`")
    }
}
