import PlanNaming
@testable import Planning
import SymbolScan
import Testing

@Suite struct MoveUnitLabelTests {
    @Test func aLabelNamesEachDeclarationOnceAndAtMostEight() {
        // Go's methods are regions named after their receiver: `func (c *Context) Bind…` is `Context`.
        let names = ["MIMEJSON", "Context"] + Array(repeating: "Context", count: 68) + (1...9).map { "helper\($0)" }
        let declarations = names.enumerated().map { index, name in
            Declaration(name: name, kind: "func", startLine: index * 3 + 1, endLine: index * 3 + 3, codeLines: 3)
        }
        let unit = MoveUnit(path: "context.go", declarations: declarations, codeLines: 237)

        #expect(unit.label == "context.go lines 1–237 (`MIMEJSON`, `Context`, `helper1`, `helper2`, `helper3`, "
            + "`helper4`, `helper5`, `helper6` and 3 more)")
    }

    /// telescope.nvim's `__files.lua` opens with `local api = vim.api` and its requires: its first part was
    /// `__files_api.lua`, labelled by a dozen requires; it is named and listed by its functions first.
    @Test func aPartIsNamedAndListedByItsFunctionsBeforeItsValues() {
        let declarations = [
            Declaration(name: "api", kind: "local", startLine: 1, endLine: 2, codeLines: 1),
            Declaration(name: "actions", kind: "local", startLine: 3, endLine: 3, codeLines: 1),
            Declaration(name: "escape_chars", kind: "function", startLine: 4, endLine: 40, codeLines: 30),
            Declaration(name: "live_grep", kind: "function", startLine: 41, endLine: 200, codeLines: 150),
        ]
        let unit = MoveUnit(
            path: "lua/telescope/builtin/__files.lua", declarations: declarations, codeLines: 182, part: 1, parts: 2)

        #expect(unit.newFileName() == "__files_escape_chars.lua")
        #expect(unit.label
            == "lua/telescope/builtin/__files.lua lines 1–200 (`escape_chars`, `live_grep`, `api`, `actions`)")
        // A part of values alone is named after its first.
        let values = MoveUnit(
            path: "lua/a.lua", declarations: Array(declarations.prefix(2)), codeLines: 2, part: 2, parts: 2)
        #expect(values.newFileName() == "a_api.lua")
    }

    @Test func luaSpellsAnInterfaceAsATableOfFunctions() {
        #expect(ModuleNaming.interface("FilesDependencies", ecosystem: "luarocks")
            == "a table `FilesDependencies` (a LuaLS `---@class`)")
        #expect(ModuleNaming.passing("the files moving to files", to: "telescope.nvim", are: "is", ecosystem: "luarocks")
            == "Pass the functions of the files moving to files in, as a table of that shape, where telescope.nvim "
                + "is created")
    }
}

@Suite struct PartFileNameTests {
    @Test func aPartIsNamedTheWayItsLanguageNamesFiles() {
        #expect(partFileName(stem: "Client", part: "Headers", extension: ".swift") == "Client+Headers.swift")
        #expect(partFileName(stem: "NSString", part: "Paths", extension: ".m") == "NSString+Paths.m")
        #expect(partFileName(stem: "Client", part: "Headers", extension: ".cs") == "Client.Headers.cs")
        // No `+` in a Kotlin, Java or TypeScript file name: one CamelCase word.
        #expect(partFileName(stem: "HeapDumpExplorer", part: "copyTextToClipboard", extension: ".kt")
            == "HeapDumpExplorerCopyTextToClipboard.kt")
        #expect(partFileName(stem: "Button", part: "styles", extension: ".tsx") == "ButtonStyles.tsx")
        #expect(partFileName(stem: "schemas", part: "_ZodMiniJSONSchema", extension: ".ts") == "schemasZodMiniJSONSchema.ts")
        #expect(partFileName(stem: "_client", part: "_is_https_redirect", extension: ".py") == "_client_is_https_redirect.py")
        // A type's name joins a snake-case stem in snake case (phoenix's long_poll_channels_test.exs).
        #expect(partFileName(stem: "long_poll_channels", part: "RoomChannel", extension: ".exs")
            == "long_poll_channels_room_channel.exs")
    }

    /// vite's server/index.ts and create-vite's index.ts: an entry file's name says where it is, not what it holds.
    @Test func anIndexFilesPartsTakeTheirOwnNames() {
        #expect(partFileName(stem: "index", part: "restartServer", extension: ".ts") == "restartServer.ts")
        #expect(partFileName(stem: "index", part: "_internal", extension: ".mjs") == "internal.mjs")
        #expect(partFileName(stem: "index", part: "Clients", extension: ".tsx") == "Clients.tsx")
        // Not elsewhere: index.md has no parts, and an index.py is a module like any other.
        #expect(partFileName(stem: "index", part: "build_map", extension: ".py") == "index_build_map.py")
    }

    /// create-vite's `FRAMEWORKS`: a constant's capitals are no camel-case word.
    @Test func aConstantsNameIsCamelCasedInACamelCaseFileName() {
        #expect(partFileName(stem: "index", part: "FRAMEWORKS", extension: ".ts") == "frameworks.ts")
        #expect(partFileName(stem: "config", part: "DEFAULT_CONFIG", extension: ".ts") == "configDefaultConfig.ts")
        #expect(partFileName(stem: "config", part: "HTTP2_OPTIONS", extension: ".js") == "configHttp2Options.js")
        // A snake-case stem spells it in its own case already; one capital is no constant.
        #expect(partFileName(stem: "settings", part: "DEFAULT_CONFIG", extension: ".py") == "settings_default_config.py")
        #expect(partFileName(stem: "config", part: "X", extension: ".ts") == "configX.ts")
    }
}

@Suite struct NewModuleNameTests {
    @Test func aNameTakenAlreadyIsPrefixedWithTheModuleAndSpelledAsItsEcosystemSpellsModules() {
        func name(_ files: [String], folder: String? = nil, module: String, taken: Set<String>, ecosystem: String) -> String {
            ModuleNaming.name(
                files: files, folder: folder, central: nil, module: module, ordinal: 1, lowercase: false, taken: taken,
                ecosystem: ecosystem)
        }

        // An unscoped npm package takes the name of the one it leaves first (npm has one flat namespace: `export` is
        // another project's), as a crate does.
        #expect(name(["src/export.ts"], module: "hono", taken: ["hono"], ecosystem: "npm") == "hono-export")
        #expect(name(["src/export.ts"], module: "hono", taken: ["hono", "hono-export"], ecosystem: "npm") == "hono-export2")
        #expect(name(["Sources/NIOCore/Channel.swift"], module: "NIOCore", taken: ["Channel"], ecosystem: "swiftpm") == "NIOCoreChannel")
        // A folder names what moves when the files share no stem: pandoc's Readers/ODT, a Hackage package after
        // pandoc's (`pandoc-lua-engine`, `pandoc-server`).
        #expect(name(["src/ODT/Base.hs", "src/ODT/StyleReader.hs"], folder: "ODT", module: "pandoc", taken: [], ecosystem: "cabal") == "pandoc-odt")
        // A folder named as the module names nothing new: the files' most used declaration does.
        #expect(ModuleNaming.name(
            files: ["src/black/linegen.py", "src/black/trans.py"], folder: "black", central: "StringTransformer",
            module: "black", ordinal: 1, lowercase: true, taken: ["black"], ecosystem: "python") == "black_string_transformer")
        // The new package's manifest points the dependency the right way: an upper layer depends on the module.
        let package = PlanModule(name: "hono", ecosystem: "npm", roots: [""], manifest: "package.json", files: [])
        #expect(ModuleNaming.declaration(of: "middleware", folder: "middleware", module: package, newIsLower: false)
            == "Create the workspace package `middleware/package.json` (`\"name\": \"middleware\"`), and add `hono` to middleware's dependencies")
        #expect(ModuleNaming.declaration(of: "utils", folder: "utils", module: package, newIsLower: true).hasSuffix("add `utils` to hono's dependencies"))
        // A crate split from a crate is named after it (tokio-stream's wrappers/), once.
        #expect(name(["tokio-stream/src/wrappers/watch.rs", "tokio-stream/src/wrappers/split.rs"], folder: "wrappers",
            module: "tokio-stream", taken: ["tokio-stream"], ecosystem: "cargo") == "tokio-stream-wrappers")
        #expect(name(["src/tokio_stream_ext.rs"], module: "tokio-stream", taken: [], ecosystem: "cargo") == "tokio-stream-ext")
        #expect(name(["src/ext.rs"], module: "tokio-stream", taken: ["tokio-stream-ext"], ecosystem: "cargo")
            == "tokio-stream-ext2")
        // The second pack of one folder's subfolders is numbered.
        #expect(ModuleNaming.name(
            files: ["src/middleware/jwt/jwt.ts", "src/middleware/cors/cors.ts"], folder: "middleware", central: nil,
            module: "hono", ordinal: 2, lowercase: false, taken: ["hono", "hono-middleware"], own: ["hono-middleware"],
            ecosystem: "npm") == "hono-middleware2")
    }
}

/// A name taken already is qualified as the ecosystem names modules, without repeating a word or falling back to a
/// number while a meaningful name is left (QA of session 73: symfony, prometheus, dune).
@Suite struct TakenModuleNameTests {
    private func name(
        _ files: [String], folder: String? = nil, central: String? = nil, module: String, root: String? = nil,
        lowercase: Bool = false, taken: Set<String>, own: Set<String> = [], ecosystem: String
    ) -> String {
        ModuleNaming.name(
            files: files, folder: folder, central: central, module: module, root: root, ordinal: 1, lowercase: lowercase,
            taken: taken, own: own, ecosystem: ecosystem)
    }

    /// symfony's http-kernel: its folder is the PSR-4 namespace segment, so `HttpKernelDataCollector`, not the
    /// package name's kebab case glued to camel case (`http-kernelDataCollector`).
    @Test func aComposerPackageQualifiesByItsNamespaceFolder() {
        let root = "src/Symfony/Component/HttpKernel"
        #expect(name(["\(root)/DataCollector/DataCollector.php", "\(root)/DataCollector/DataCollectorInterface.php"],
            module: "symfony/http-kernel", root: root, taken: ["DataCollector"], ecosystem: "composer")
            == "HttpKernelDataCollector")
        // Without a folder of that shape, the package's name after the vendor in upper camel case.
        #expect(name(["src/Exception/ExceptionInterface.php"], module: "symfony/mime", taken: ["ExceptionInterface"],
            ecosystem: "composer") == "MimeExceptionInterface")
        // A folder taken by another package's split is qualified too, not numbered (`Command2`).
        #expect(name(["\(root)/Command/A.php", "\(root)/Command/B.php"], folder: "Command",
            module: "symfony/asset-mapper", root: "src/Symfony/Component/AssetMapper", taken: ["Command"],
            ecosystem: "composer") == "AssetMapperCommand")
        // A split with no name of its own is a part of the package, named in its namespace.
        #expect(name(["a.php", "b.php"], module: "symfony/framework-bundle", root: "src/Symfony/Bundle/FrameworkBundle",
            taken: [], ecosystem: "composer") == "FrameworkBundlePart1")
    }

    /// The files' stem repeats the module's name (`AssetMapper.php` in AssetMapper): the qualifier would say it
    /// twice, so their most used declaration names them.
    @Test func aQualifierNeverRepeatsTheModulesName() {
        #expect(name(["src/AssetMapper.php", "src/AssetMapperInterface.php"], central: "MappedAsset",
            module: "symfony/asset-mapper", root: "src/Symfony/Component/AssetMapper", taken: ["AssetMapper"],
            ecosystem: "composer") == "MappedAsset")
        // prometheus's model/labels: `labels_dedupelabels.go` and `labels_slicelabels.go`, not `labelslabels`.
        #expect(name(["model/labels/labels_dedupelabels.go", "model/labels/labels_slicelabels.go"], central: "SymbolTable",
            module: "github.com/prometheus/prometheus/model/labels", lowercase: true, taken: ["labels"], ecosystem: "go")
            == "symboltable")
        // dune's duneboot and blake3_mini: not `duneboot_duneboot` nor `blake3_mini_blake3`.
        #expect(name(["boot/duneboot.ml"], central: "concurrency", module: "duneboot", lowercase: true,
            taken: ["duneboot"], ecosystem: "dune") == "concurrency")
        #expect(name(["src/blake3.h", "src/blake3_mini.mli"], central: "blake3_hasher", module: "blake3_mini",
            lowercase: true, taken: ["blake3"], ecosystem: "dune") == "blake3_hasher")
        // Nothing else to go by: a number.
        #expect(name(["tsdb/wlog/wlog.go"], module: "github.com/prometheus/prometheus/tsdb/wlog", lowercase: true,
            taken: ["wlog"], ecosystem: "go") == "wlog2")
        #expect(ModuleNaming.repeatsWords("dune_engine", "engine_run"))
        #expect(!ModuleNaming.repeatsWords("dune_rules", "memo"))
    }

    /// Go's qualifier is the package's last path part, the new package beside it in the import path.
    @Test func aGoPackageQualifiesByItsLastPathPart() {
        #expect(name(["web/api/v1/openapi.go"], module: "github.com/prometheus/prometheus/web/api/v1", lowercase: true,
            taken: ["openapi"], ecosystem: "go") == "github.com/prometheus/prometheus/web/api/v1openapi")
    }

    /// A folder that holds a package's sources (`src`) names nothing: prometheus's `src2`, `src3`.
    @Test func aSourceRootNamesNothing() {
        #expect(name(["web/ui/react-app/src/components/SearchBar.tsx", "web/ui/react-app/src/hooks/useFetch.ts"],
            folder: "src", central: "SearchBar", module: "@prometheus-io/app", taken: ["src"], ecosystem: "npm")
            == "search-bar")
        // A folder taken by another package's split: qualified by this one's scoped name, not numbered.
        #expect(name(["web/ui/react-app/src/pages/a.tsx", "web/ui/react-app/src/pages/b.tsx"], folder: "pages",
            module: "@prometheus-io/app", taken: ["pages"], ecosystem: "npm") == "@prometheus-io/app-pages")
    }
}

@Suite struct NewModuleFolderTests {
    @Test func aNewModulesFolderIsASiblingNamedByTheLastPartOfItsName() {
        let folder = PlanModule(name: "lib/mix", ecosystem: "folder", roots: ["lib/mix"], manifest: "", files: [])
        let crate = PlanModule(name: "tokio-stream", ecosystem: "cargo", roots: ["tokio-stream"], manifest: "", files: [])

        // phoenix's folder module lib/mix: its new module is lib/mix_phoenix, not lib/lib/mix_phoenix.
        #expect(ModuleNaming.folder(for: "lib/mix_phoenix", module: folder) == "lib/mix_phoenix")
        #expect(ModuleNaming.folder(for: "tokio-stream-ext", module: crate) == "tokio-stream-ext")
    }

    @Test func aRootModuleHoldingOnlyItsOwnLanguagesGetsATopLevelFolder() {
        // jekyll's gem, narrowed to its Ruby: folders and root-level files by path.
        let gem = PlanModule(
            name: "jekyll", ecosystem: "gem", roots: [".github/workflows", "Rakefile", "exe", "lib"], manifest: "jekyll.gemspec",
            files: [PlanFile(path: "lib/jekyll/url.rb", codeLines: 100), PlanFile(path: "exe/jekyll", codeLines: 40)])

        #expect(ModuleNaming.folder(for: "jekyll-core", module: gem) == "jekyll-core")
        #expect(ModuleNaming.destination(of: "lib/jekyll/url.rb", fileName: "url.rb", folder: "jekyll-core", module: gem)
            == "jekyll-core/lib/jekyll/url.rb")
    }

    @Test func aFileTheModuleHoldsAsARootGoesToTheTopOfTheNewFolder() {
        // jekyll's folder module lib/jekyll holds its entry file lib/jekyll.rb by path.
        let folder = PlanModule(
            name: "lib/jekyll", ecosystem: "folder", roots: ["lib/jekyll", "lib/jekyll.rb"], manifest: "", files: [])

        #expect(ModuleNaming.destination(of: "lib/jekyll.rb", fileName: "jekyll.rb", folder: "lib/site", module: folder)
            == "lib/site/jekyll.rb")
        #expect(ModuleNaming.destination(
            of: "lib/jekyll/readers/layout_reader.rb", fileName: "layout_reader.rb", folder: "lib/site", module: folder)
            == "lib/site/readers/layout_reader.rb")
    }

    @Test func aJavaFileTheModuleHoldsByPathKeepsItsSourceSetAndPackageFolders() {
        // google/auto's value/processor/pom.xml lists value/src/main/java's files one by one.
        let path = "value/src/main/java/com/google/auto/value/serializer/Serializer.java"
        let processor = PlanModule(
            name: "auto-value", ecosystem: "maven", roots: ["value/processor", path], manifest: "value/processor/pom.xml",
            files: [])

        #expect(ModuleNaming.destination(of: path, fileName: "Serializer.java", folder: "value/serializer", module: processor)
            == "value/serializer/src/main/java/com/google/auto/value/serializer/Serializer.java")
    }

    @Test func aJavaFileOfARootProjectHoldingItsJavaFoldersKeepsItsSourceSetAndPackageFolders() {
        // jackson-databind's pom.xml at the root: narrowed to its Java, it holds each package folder.
        let folders = ["attic", "src/main/java/com/fasterxml/jackson/databind", "src/main/java/com/fasterxml/jackson/databind/module"]
        let path = "src/main/java/com/fasterxml/jackson/databind/module/SimpleModule.java"
        let databind = PlanModule(
            name: "jackson-databind", ecosystem: "maven", roots: folders, manifest: "pom.xml",
            files: [PlanFile(path: path, codeLines: 300), PlanFile(path: "attic/Old.java", codeLines: 10)])

        #expect(ModuleNaming.destination(of: path, fileName: "SimpleModule.java", folder: "jackson-databind-module", module: databind)
            == "jackson-databind-module/" + path)
    }
}
