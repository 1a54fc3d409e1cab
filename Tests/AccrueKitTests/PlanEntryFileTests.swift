@testable import AccruePlan
@testable import PlanNaming
import ModuleGraph
import Testing

@Suite struct PlanEntryFileTests {
    @Test func aModulesEntryFilesStayWhenItSplits() {
        // httpx's plan moved httpx/__init__.py, the package itself, to a new module.
        let python = ["httpx/__init__.py", "httpx/_client.py", "httpx/_transports/__init__.py", "httpx/__main__.py"]
        #expect(PlanInputBuilder.isEntryFile("httpx/__init__.py", among: python))
        #expect(PlanInputBuilder.isEntryFile("httpx/__main__.py", among: python))
        #expect(!PlanInputBuilder.isEntryFile("httpx/_transports/__init__.py", among: python))  // moves with its folder
        #expect(!PlanInputBuilder.isEntryFile("httpx/_client.py", among: python))

        let rust = ["src/lib.rs", "src/io/mod.rs", "src/bin/tool/main.rs"]
        #expect(PlanInputBuilder.isEntryFile("src/lib.rs", among: rust))
        #expect(!PlanInputBuilder.isEntryFile("src/bin/tool/main.rs", among: rust))
        // A crate's build script stays; a module named build in src/ is code like any.
        #expect(PlanInputBuilder.isEntryFile("build.rs", among: ["build.rs", "crates/core/main.rs"]))
        #expect(!PlanInputBuilder.isEntryFile("src/build.rs", among: ["src/lib.rs", "src/build.rs"]))

        let script = ["src/index.ts", "src/util/index.ts", "src/a.ts"]
        #expect(PlanInputBuilder.isEntryFile("src/index.ts", among: script))
        #expect(!PlanInputBuilder.isEntryFile("src/util/index.ts", among: script))

        // @vue/runtime-dom: index.js at the top loads the build; src/index.ts is the source's entry.
        let package = ["pkg/index.js", "pkg/src/index.ts", "pkg/src/a.ts", "pkg/src/util/index.ts", "pkg/lib/src/index.ts"]
        #expect(PlanInputBuilder.isEntryFile("pkg/index.js", among: package))
        #expect(PlanInputBuilder.isEntryFile("pkg/src/index.ts", among: package))
        #expect(!PlanInputBuilder.isEntryFile("pkg/src/util/index.ts", among: package))
        #expect(!PlanInputBuilder.isEntryFile("pkg/lib/src/index.ts", among: package))
    }

    /// flask's `flask = "flask.cli:main"`: its plan had moved src/flask/cli.py, which the installed `flask` command
    /// imports, to a new distribution.
    @Test func theModulesAPythonProjectsEntryPointsNameStayWhenItSplits() {
        var flask = ModuleDeclaration(
            name: "Flask", ecosystem: "python", roots: [""], importNames: ["flask"], manifest: "pyproject.toml", line: 1)
        flask.targetFiles = ["src/flask/cli.py"]
        let files = ["src/flask/__init__.py", "src/flask/app.py", "src/flask/cli.py", "src/flask/json/__init__.py"]

        #expect(PlanInputBuilder.movableCode(of: flask, files: files) { _ in false } == [
            "src/flask/app.py", "src/flask/json/__init__.py",
        ])
    }

    /// telescope.nvim's split had moved plugin/telescope.lua, which Neovim sources from the runtimepath (it defines
    /// `:Telescope`), to files/plugin/telescope.lua, where nothing loads it.
    @Test func aNeovimPluginsRuntimeFilesStayWhenItSplits() {
        let telescope = ModuleDeclaration(
            name: "telescope.nvim", ecosystem: "luarocks", roots: [""], manifest: "telescope.nvim-scm-1.rockspec", line: 1)
        let files = [
            "plugin/telescope.lua", "ftplugin/TelescopePrompt.lua", "lua/telescope/init.lua", "lua/telescope/plugin/x.lua",
            "after/plugin/y.vim", "scripts/gendocs.lua",
        ]

        #expect(PlanInputBuilder.movableCode(of: telescope, files: files) { _ in false } == [
            "lua/telescope/init.lua", "lua/telescope/plugin/x.lua", "scripts/gendocs.lua",
        ])
        let nested = ModuleDeclaration(name: "p", ecosystem: "luarocks", roots: ["nvim"], manifest: "nvim/p.rockspec", line: 1)
        #expect(PlanInputBuilder.isEditorRuntimeFile("nvim/doc/tags.lua", of: nested))
        #expect(!PlanInputBuilder.isEditorRuntimeFile("plugin/a.lua", of: nested))
        let python = ModuleDeclaration(name: "p", ecosystem: "python", roots: [""], manifest: "pyproject.toml", line: 1)
        #expect(!PlanInputBuilder.isEditorRuntimeFile("plugin/a.lua", of: python))
    }

    @Test func nothingLinksAnAppAnExecutableTargetOrABinaryCrate() {
        func module(_ ecosystem: String, _ kind: ModuleDeclaration.Kind) -> ModuleDeclaration {
            ModuleDeclaration(name: "m", ecosystem: ecosystem, kind: kind, roots: ["m"], manifest: "m", line: 1)
        }
        #expect(!PlanInputBuilder.isLinkable(module("cargo", .executable)))
        #expect(!PlanInputBuilder.isLinkable(module("swiftpm", .executable)))
        #expect(!PlanInputBuilder.isLinkable(module("xcode", .executable)))
        #expect(!PlanInputBuilder.isLinkable(module("go", .executable)))
        #expect(PlanInputBuilder.isLinkable(module("cargo", .library)))
        #expect(PlanInputBuilder.isLinkable(module("gradle", .executable)))
    }

    @Test func pythonAndDartModulesAreNamedInSnakeCaseAndSbtProjectsInLowerCamelCase() {
        #expect(ModuleNaming.styled("kernel_laws", ecosystem: "sbt") == "kernelLaws")
        #expect(ModuleNaming.styled("NonEmptyList", ecosystem: "sbt") == "nonEmptyList")
        #expect(ModuleNaming.styled("AsyncByteStream", ecosystem: "python") == "async_byte_stream")
        #expect(ModuleNaming.styled("pollNext", ecosystem: "pub") == "poll_next")
        #expect(ModuleNaming.styled("pollNext", ecosystem: "cargo") == "poll-next")
    }

    /// bat's `[package] build = "build/main.rs"`: the script and the files of its folder stay (its split had moved
    /// build/util.rs and build/application.rs to new crates); a `build.rs` beside the manifest keeps only itself.
    @Test func aBuildScriptsFolderStaysWhenItsCrateSplits() {
        var bat = ModuleDeclaration(
            name: "bat", ecosystem: "cargo", kind: .library, roots: [""], dependencies: [], importNames: ["bat"],
            manifest: "Cargo.toml", line: 1)
        bat.targetFiles = ["build/main.rs"]
        bat.buildScripts = ["build/main.rs"]
        let files = ["Cargo.toml", "build/main.rs", "build/util.rs", "src/lib.rs", "src/input.rs", "tools/gen.rs"]

        #expect(PlanInputBuilder.movableCode(of: bat, files: files) { _ in false } == ["src/input.rs", "tools/gen.rs"])
        bat.targetFiles = []
        bat.buildScripts = ["build.rs"]
        #expect(PlanInputBuilder.movableCode(of: bat, files: files + ["build.rs"]) { _ in false } == [
            "build/main.rs", "build/util.rs", "src/input.rs", "tools/gen.rs",
        ])
    }

    /// PHP-Parser's split moved `bin/php-parse` and `test_old/run.php` into a new package: files outside what the
    /// package's `autoload` loads are its tooling, which no split moves.
    @Test func aComposerPackagesToolingStays() {
        var parser = ModuleDeclaration(
            name: "nikic/php-parser", ecosystem: "composer", kind: .library, roots: [""], dependencies: [],
            importNames: ["PhpParser"], manifest: "composer.json", line: 1)
        let files = ["bin/php-parse", "grammar/phpyLang.php", "lib/PhpParser/Lexer.php", "lib/PhpParser/Node.php"]

        #expect(PlanInputBuilder.movableCode(of: parser, files: files) { _ in false } == files)
        parser.loadedPaths = ["lib/PhpParser"]
        #expect(PlanInputBuilder.movableCode(of: parser, files: files) { _ in false } == [
            "lib/PhpParser/Lexer.php", "lib/PhpParser/Node.php",
        ])
    }

    /// `[package] build = false` (no `buildScripts`): the `build.rs` beside the manifest builds nothing, so it is code
    /// a split may move like any file, not the crate's entry; a module of no Cargo manifest keeps the layout's rule.
    @Test func aBuildRsBuildingNoScriptMoves() {
        var crate = ModuleDeclaration(
            name: "gen", ecosystem: "cargo", kind: .library, roots: [""], dependencies: [], importNames: ["gen"],
            manifest: "Cargo.toml", line: 1)
        let files = ["Cargo.toml", "build.rs", "src/lib.rs", "src/input.rs"]

        #expect(PlanInputBuilder.movableCode(of: crate, files: files) { _ in false } == ["build.rs", "src/input.rs"])
        crate.buildScripts = ["build.rs"]
        #expect(PlanInputBuilder.movableCode(of: crate, files: files) { _ in false } == ["src/input.rs"])
        crate.buildScripts = []
        crate.ecosystem = "folder"
        #expect(PlanInputBuilder.movableCode(of: crate, files: files) { _ in false } == ["src/input.rs"])
        #expect(!PlanInputBuilder.isEntryFile("build.rs", among: files, buildScripts: []))
        #expect(PlanInputBuilder.isEntryFile("build.rs", among: files, buildScripts: ["build.rs"]))
    }

    /// sidekiq's split moved `lib/sidekiq.rb`, the file `require "sidekiq"` loads, into a new gem; Mix's `lib/oban.ex`
    /// defines the namespace its users call; lualine.nvim's `lua/lualine.lua` is what `require "lualine"` loads. The
    /// file a gem, a Mix project or a folder module is named by stays.
    @Test func theFileAGemOrAMixProjectIsNamedByStays() {
        let gem = ModuleDeclaration(
            name: "sidekiq-pro", ecosystem: "gem", kind: .library, roots: ["pro"], dependencies: [], manifest:
            "pro/sidekiq-pro.gemspec", line: 1)
        let mix = ModuleDeclaration(
            name: "oban", ecosystem: "mix", kind: .library, roots: [""], dependencies: [], manifest: "mix.exs", line: 1)

        #expect(PlanInputBuilder.movableCode(of: gem, files: [
            "pro/lib/sidekiq-pro.rb", "pro/lib/sidekiq/pro.rb", "pro/lib/sidekiq/pro/batch.rb",
        ]) { _ in false } == ["pro/lib/sidekiq/pro/batch.rb"])
        #expect(PlanInputBuilder.movableCode(of: mix, files: ["lib/oban.ex", "lib/oban/job.ex", "lib/other/oban.ex"]) {
            _ in false
        } == ["lib/oban/job.ex", "lib/other/oban.ex"])
        let lualine = ModuleDeclaration(
            name: "lua/lualine", ecosystem: "folder", kind: .library, roots: ["lua/lualine", "lua/lualine.lua"],
            dependencies: [], manifest: "", line: 1)
        #expect(PlanInputBuilder.movableCode(of: lualine, files: ["lua/lualine.lua", "lua/lualine/utils.lua"]) { _ in false }
            == ["lua/lualine/utils.lua"])
    }

    /// cowboy's split moved `src/cowboy.erl`, `src/cowboy_app.erl` (the application callback of `PROJECT = cowboy`)
    /// and `src/cowboy_sup.erl` into a new application. An OTP application's own module, callback and top
    /// supervisor stay, beside an erlang.mk `Makefile` or in a rebar3 `src/NAME.app.src`'s folder.
    @Test func anOTPApplicationsModuleCallbackAndSupervisorStay() {
        let files = ["src/cowboy.erl", "src/cowboy_app.erl", "src/cowboy_sup.erl", "src/cowboy_req.erl"]
        let erlangMk = ModuleDeclaration(
            name: "cowboy", ecosystem: "otp", kind: .library, roots: [""], dependencies: [], manifest: "Makefile",
            line: 1)
        let rebar = ModuleDeclaration(
            name: "cowboy", ecosystem: "otp", kind: .library, roots: [""], dependencies: [],
            manifest: "src/cowboy.app.src", line: 1)

        #expect(PlanInputBuilder.movableCode(of: erlangMk, files: files) { _ in false } == ["src/cowboy_req.erl"])
        #expect(PlanInputBuilder.movableCode(of: rebar, files: files) { _ in false } == ["src/cowboy_req.erl"])
    }
}
