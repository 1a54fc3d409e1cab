import Manifests
import ModuleGraph
import PlainManifests
import Testing

@Suite struct RockspecManifestTests {
    @Test func aRockspecIsOneModuleNamedByItsPackage() {
        // telescope.nvim: a builtin build naming no module installs `lua/`, and copies its other folders.
        let files = [
            "telescope.nvim-scm-1.rockspec": """
                local MODREV, SPECREV = 'scm', '-1'
                rockspec_format = '3.0'
                package = 'telescope.nvim'
                version = MODREV .. SPECREV
                description = { summary = [[Find, Filter]], labels = { 'neovim', }, }
                dependencies = {
                  'lua == 5.1', -- the runtime
                  "plenary.nvim",
                }
                --[[ build = { type = 'make' } ]]
                build = {
                  type = 'builtin',
                  copy_directories = { 'doc', 'plugin' }
                }
                """,
            "lua/telescope/init.lua": "",
            "plugin/telescope.lua": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: RockspecManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"telescope.nvim [library] roots=[""] deps=["plenary.nvim"] imports=[] @telescope.nvim-scm-1.rockspec:3"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test func versionedCopiesDeclareOnePackageFromTheNewest() {
        let spec = { (version: String) in
            "package = \"lpeg-x\"\nversion = \"\(version)\"\nbuild = { type = \"builtin\", modules = { [\"x.core\"] = \"src/x/core.lua\", cx = { sources = { \"src/cx.c\" } } } }\n"
        }
        let files = [
            "rockspecs/lpeg-x-1.2-1.rockspec": spec("1.2-1"),
            "rockspecs/lpeg-x-1.10-1.rockspec": spec("1.10-1"),
            "rockspecs/lpeg-x-1.9-1.rockspec": spec("1.9-1"),
            "src/cx.c": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: RockspecManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"lpeg-x [library] roots=[""] deps=[] imports=[] @rockspecs/lpeg-x-1.10-1.rockspec:1"#,
        ])
        // scm beats any number; a rockspec at the root beats one in a folder.
        let newer = files.merging(["rockspecs/lpeg-x-scm-1.rockspec": spec("scm-1")]) { $1 }
        #expect(ManifestHarness.read(ManifestHarness.context(newer), with: RockspecManifest()).modules.map(\.manifest)
            == ["rockspecs/lpeg-x-scm-1.rockspec"])
        let top = newer.merging(["lpeg-x-1.0-1.rockspec": spec("1.0-1")]) { $1 }
        #expect(ManifestHarness.read(ManifestHarness.context(top), with: RockspecManifest()).modules.map(\.manifest)
            == ["lpeg-x-1.0-1.rockspec"])
    }

    @Test func aRockspecBuildingNoTrackedFileDeclaresNothing() {
        // luarocks: its own rockspec (no build: builtin, `src/`) and a recipe for a third-party rock in `binary/`.
        let files = [
            "luarocks-dev-1.rockspec": "package = \"luarocks\"\nversion = \"dev-1\"\ndependencies = { \"dkjson\" }\n",
            "binary/lua-bz2-0.2.2-1.rockspec": """
                package = "lua-bz2"
                build = { type = "builtin", modules = { bz2 = { sources = { "lbz.c" } }, ["bz2.ltn12"] = "bz2/ltn12.lua" } }
                """,
            "binary/luaposix-35.1-1.rockspec": "package = 'luaposix'\nbuild = { type = 'command', build_command = '$(LUA) build-aux/luke' .. ' x' }\n",
            "binary/Makefile.windows": "",
            "src/luarocks/cmd.lua": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: RockspecManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"luarocks [library] roots=[""] deps=["dkjson"] imports=[] @luarocks-dev-1.rockspec:1"#,
        ])
    }

    @Test func luaTablesReadKeyedAndPositionalEntries() {
        let table = LuaTable(Array("""
            build = { type = [==[make]==], install = { bin = { "bin/x", y = 'bin/y' } }, ["a.b"] = f(1, { 2 }) }
            x = 'a' .. 'b'
            """.utf8))
        #expect(table["build"]?["type"]?.string == "make")
        #expect(table["build"]?["install"]?["bin"]?.entries.compactMap(\.value.string) == ["bin/x", "bin/y"])
        #expect(table["build"]?["a.b"] != nil)
        #expect(table["x"]?.string == nil)
        #expect(RockspecManifest.namedPaths(table["build"]) == ["bin/x", "bin/y"])
    }
}
