import RuleCatalog
import Manifests
import ModuleGraph
import Testing

@Suite struct FolderManifestTests {
    @Test func topLevelFoldersAndSourceSubfoldersBecomeModules() throws {
        let context = try ManifestHarness.fixture("folder-layout")

        let modules = FolderModules().modules(in: context)

        // docs holds no source, .github is hidden, main.c sits at the root.
        #expect(modules.map(\.name) == ["src", "src/app", "src/net", "tools"])
        #expect(modules.allSatisfy { $0.ecosystem == "folder" && $0.roots == [$0.name] })
    }

    @Test func anEntryFileJoinsTheModuleOfItsFolder() {
        let gem = ManifestHarness.context([
            "lib/rubocop.rb": "", "lib/rubocop/cop.rb": "", "lib/rubocop/cli/app.rb": "", "lib/tools/x.rb": "",
        ])
        let mixed = ManifestHarness.context(["lib/shop.rb": "", "lib/shop/cart.rb": "", "lib/version.rb": ""])

        let modules = FolderModules().modules(in: gem)

        // lib/rubocop.rb requires lib/rubocop/…: apart, lib and lib/rubocop would form a cycle.
        #expect(modules.map { "\($0.name) \($0.roots)" } == [
            #"lib/rubocop ["lib/rubocop", "lib/rubocop.rb"]"#, #"lib/tools ["lib/tools"]"#,
        ])
        #expect(FolderModules().modules(in: mixed).map(\.name) == ["lib", "lib/shop"])
    }

    @Test func crystalAndSolidityAreSource() {
        // kemalcr/kemal, a Crystal shard, had no module at all; a Solidity repository's contracts/.
        let context = ManifestHarness.context([
            "src/kemal.cr": "", "src/kemal/router.cr": "", "spec/router_spec.cr": "", "contracts/Token.sol": "",
        ])

        #expect(FolderModules().modules(in: context).map { "\($0.name) \($0.roots)" } == [
            #"contracts ["contracts"]"#, #"spec ["spec"]"#, #"src/kemal ["src/kemal", "src/kemal.cr"]"#,
        ])
    }

    @Test func foldersOfComponentsAreModules() {
        let context = ManifestHarness.context([
            "src/routes/+page.svelte": "", "src/lib/Button.svelte": "", "web/App.vue": "", "docs/a.md": "",
        ])

        #expect(FolderModules().modules(in: context).map(\.name) == ["src/lib", "src/routes", "web"])
    }

    @Test func noSourceFilesMeansNoModules() {
        let context = ManifestHarness.context(["README.md": "", "docs/a.md": ""])

        #expect(FolderModules().modules(in: context).isEmpty)
    }
}

@Suite struct FolderContainerTests {
    @Test func pluginsAreModulesEachAndShellScriptsAreSource() {
        // ohmyzsh: 300 plugins of zsh had been one 20,619-line module `plugins`.
        let context = ManifestHarness.context([
            "plugins/git/git.plugin.zsh": "", "plugins/z/z.plugin.zsh": "", "lib/cli.zsh": "", "tools/install.sh": "",
        ])

        #expect(FolderModules().modules(in: context).map(\.name) == ["lib", "plugins/git", "plugins/z", "tools"])
    }

    @Test func luasModulePathHoldsANamespaceASubfolder() {
        // folke/lazy.nvim: `require("lazy.core.config")` loads lua/lazy/core/config.lua.
        let context = ManifestHarness.context([
            "lua/lazy/core/config.lua": "", "lua/lazy/init.lua": "", "lua/lazyvim/util.lua": "", "plugin/lazy.lua": "",
        ])

        #expect(FolderModules().modules(in: context).map(\.name) == ["lua/lazy", "lua/lazyvim", "plugin"])
    }

    @Test func theBundledRulesDescribeTheFallback() throws {
        let settings = try RuleCatalog.bundled().modules

        #expect(FolderModules(settings: settings).containerFolders == FolderModules.defaultContainerFolders)
        #expect(FolderModules(settings: settings).sourceExtensions == FolderModules.defaultSourceExtensions)
    }

    @Test func aRulesFolderMayNameItsOwnContainers() {
        var settings = ModuleSettings(budget: .init(warning: 2_000, error: 3_000), testPaths: [])
        settings.containerFolders = ["tools"]
        let context = ManifestHarness.context(["tools/a/x.py": "", "tools/b/y.py": "", "plugins/git/g.zsh": ""])

        #expect(FolderModules(settings: settings).modules(in: context).map(\.name) == ["plugins", "tools/a", "tools/b"])
    }
}
