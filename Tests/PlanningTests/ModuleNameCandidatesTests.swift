import DebtLedger
import DebtModel
import PlanNaming
import SymbolScan
@testable import PlanAssembly
@testable import Planning
import Testing

/// A new module is never named after a reserved word, nor after a generic word while something says more, nor
/// numbered while a candidate is left (QA of session 74: dune's `inline` and `stdune_return`, tinyxml2's
/// `tinyxml22`, rubocop's `rubocop-part2` to `rubocop-part12`).
@Suite struct ModuleNameCandidatesTests {
    private func name(
        _ files: [String], central: String? = nil, candidates: [ModuleNaming.Candidate] = [], module: String,
        lowercase: Bool = true, taken: Set<String> = [], ecosystem: String
    ) -> String {
        ModuleNaming.name(
            files: files, central: central, candidates: candidates, module: module, ordinal: 2, lowercase: lowercase,
            taken: taken, ecosystem: ecosystem)
    }

    /// dune's blake3_mini: its C files' stem is taken, and their most used declaration is the macro `INLINE`.
    @Test func aMacroThatLowerCasesToAKeywordNamesNoModule() {
        let files = ["src/blake3_impl.h", "src/blake3.c", "src/blake3_dispatch.c"]

        let named = name(
            files, central: "INLINE", candidates: [.file("blake3_dispatch"), .declaration("blake3_hasher_init")],
            module: "blake3_mini", taken: ["blake3"], ecosystem: "dune")

        #expect(named == "blake3_dispatch")
    }

    @Test func eachLanguagesKeywordsAreNoNames() {
        #expect(name(["Sources/App/A.swift"], central: "struct", candidates: [.declaration("Parser")], module: "App",
            lowercase: false, taken: ["A"], ecosystem: "swiftpm") == "Parser")
        #expect(name(["pkg/a.py"], central: "import", candidates: [.declaration("loader")], module: "pkg",
            taken: ["a"], ecosystem: "python") == "pkg_loader")
        #expect(name(["src/a.rs"], central: "mod", candidates: [.declaration("walker")], module: "core",
            taken: ["core-a"], ecosystem: "cargo") == "core-walker")
        #expect(name(["a/x.go"], central: "func", candidates: [.declaration("router")], module: "a", taken: ["x"],
            ecosystem: "go") == "router")
        // Only the module's languages count: `match` names a Go package, not a Rust crate.
        #expect(name(["a/x.go"], central: "match", module: "a", taken: ["x"], ecosystem: "go") == "match")
        #expect(name(["src/x.rs"], central: "match", module: "core", taken: ["core-x"], ecosystem: "cargo") != "core-match")
        // A keyword with no other candidate left gives a numbered part rather than the keyword.
        #expect(name(["src/a.c", "src/b.c"], central: "static", module: "core", ecosystem: "folder") == "corepart2")
    }

    /// dune's stdune: a cluster's most used declaration is `return`, qualified into `stdune_return`; its main file
    /// says more.
    @Test func aGenericDeclarationGivesWayToTheMainFilesStem() {
        let files = ["src/applicative.ml", "src/monad.ml", "src/monoid.ml"]

        let named = name(files, central: "return", candidates: [.file("monad")], module: "stdune", taken: ["return"],
            ecosystem: "dune")

        #expect(named == "monad")
        // Names made of generic words and the module's own (`of_string`, `stdune_map`) count as generic too.
        #expect(name(files, central: "of_string", candidates: [.file("monoid")], module: "stdune", ecosystem: "dune")
            == "monoid")
        #expect(name(files, central: "stdune_map", candidates: [.file("monoid")], module: "stdune",
            ecosystem: "dune") == "monoid")
        // With nothing better, a generic name still beats a number.
        #expect(name(files, central: "return", module: "stdune", ecosystem: "dune") == "return")
        // A folder keeps its generic name: a person named that seam (vapor's Utilities/).
        #expect(ModuleNaming.name(
            files: ["Sources/Vapor/Utilities/A.swift", "Sources/Vapor/Utilities/B.swift"], folder: "Utilities",
            central: "Parser", module: "Vapor", ordinal: 1, lowercase: false, taken: [], ecosystem: "swiftpm")
            == "Utilities")
    }

    /// tinyxml2: the files' stem is the module's own name, taken; their next candidate names the part, not `tinyxml22`.
    @Test func theModulesOwnNameIsTriedLast() {
        let files = ["tinyxml2.cpp", "tinyxml2.h"]

        let named = name(files, central: "XMLElement", module: "tinyxml2", lowercase: false, taken: ["tinyxml2"],
            ecosystem: "cmake")

        #expect(named == "XMLElement")
    }

    /// libuv's `unix/`: its second pack was `unix2` (and so on to `unix6`) while the pack's own declarations and files
    /// were left untried.
    @Test func aSecondPackOfAFolderTakesItsNextName() {
        let files = ["src/unix/tcp.c", "src/unix/udp.c"]

        let named = ModuleNaming.name(
            files: files, folder: "unix", central: "uv__stream_io", candidates: [.file("tcp")], module: "uv", ordinal: 2,
            lowercase: true, taken: ["uv", "unix"], own: ["unix"], ecosystem: "cmake")

        #expect(named == "uv__stream_io")
        #expect(ModuleNaming.name(
            files: files, folder: "unix", central: nil, module: "uv", ordinal: 2, lowercase: true, taken: ["uv", "unix"],
            own: ["unix"], ecosystem: "cmake") == "unix2")
    }

    /// jq's `jv.c`, `jv_aux.c`, `jv_print.c`: two letters name a module as the stem several files share, never as one
    /// file's stem (axum's `de.rs`) or a declaration.
    @Test func twoLettersNameAModuleOnlyAsTheStemSeveralFilesShare() {
        #expect(ModuleNaming.name(
            files: ["src/jv.c", "src/jv_aux.c", "src/jv_print.c"], central: "pthread_getspecific", module: "src",
            ordinal: 1, lowercase: true, taken: [], ecosystem: "cmake") == "jv")
        #expect(ModuleNaming.name(
            files: ["axum/src/extract/path/de.rs"], folder: "path", central: nil, module: "axum", ordinal: 1,
            lowercase: true, taken: [], ecosystem: "cargo") == "axum-path")
    }

    /// serde_core's part was to be `serde-core-doc` beside serde_core, serde_derive and serde_derive_internals: a crate
    /// family in snake case names its parts so; one in kebab case, or of one word, keeps kebab.
    @Test func aCrateFamilyInSnakeCaseNamesItsPartsInSnakeCase() {
        #expect(name(["serde_core/src/private/doc.rs"], central: "DocHelper", module: "serde_core", ecosystem: "cargo")
            == "serde_core_doc")
        #expect(name(["tokio-stream/src/wrappers.rs"], central: "StreamMap", module: "tokio-stream", ecosystem: "cargo")
            == "tokio-stream-wrappers")
        #expect(name(["src/a.rs"], central: "PathRouter", module: "axum", ecosystem: "cargo") == "axum-path-router")
    }

    /// lualine.nvim's components with its `themes/PaperColor.lua`: not all in lower case, so the name is capitalized,
    /// unless it is in snake case (`Git_branch` was neither the files' case nor a capitalized name).
    @Test func aSnakeCaseNameKeepsItsCaseWhereTheFilesMixCases() {
        let files = ["lua/lualine/components/branch/git_branch.lua", "lua/lualine/themes/PaperColor.lua"]
        #expect(name(files, central: "git_branch", module: "lua/lualine", lowercase: false, ecosystem: "folder") == "git_branch")
        #expect(name(files, central: "paper", module: "lua/lualine", lowercase: false, ecosystem: "folder") == "Paper")
    }

    /// A .NET project's numbered part is named once in its solution's namespace.
    @Test func aDotNetPartRepeatsNoNamespace() {
        #expect(name(["A.cs", "B.cs"], module: "Jellyfin.Api", lowercase: false, ecosystem: "dotnet") == "Jellyfin.Api.Part2")
    }

    /// rubocop's cops: files that use nothing of each other were numbered parts (`rubocop-part2`); the folder holding
    /// them, when they are at least half of it, or the declaration the rest of the module uses most, names them.
    @Test func aClusterOfUnrelatedFilesIsNamedByTheirFolderOrTheirUsers() throws {
        let files: [(String, Int)] = [
            ("cop/style/alpha.rb", 500), ("cop/style/beta.rb", 500), ("cop/style/gamma.rb", 500),
            ("cop/lint/delta.rb", 300), ("runner.rb", 900), ("config.rb", 900),
        ]
        let uses: [(String, String, [String])] = [
            ("runner.rb", "config.rb", ["Config"]), ("config.rb", "runner.rb", ["Runner"]),
            ("runner.rb", "cop/style/alpha.rb", ["Alpha"]), ("runner.rb", "cop/style/beta.rb", ["Beta"]),
            ("config.rb", "cop/style/beta.rb", ["Beta"]), ("runner.rb", "cop/lint/delta.rb", ["Delta"]),
        ]
        let module = PlanModule(
            name: "rubocop", ecosystem: "gem", roots: ["lib/rubocop"], manifest: "rubocop.gemspec",
            files: files.map { PlanFile(path: "lib/rubocop/\($0.0)", codeLines: $0.1, declaredNames: []) },
            dependencies: uses.map {
                FileDependency(from: "lib/rubocop/\($0.0)", to: "lib/rubocop/\($0.1)", weight: 1, names: $0.2)
            })
        let split = ModuleSplitStages(
            module: module, finding: try finding(.module("rubocop"), [.moduleCodeLines: 3600], rule: "module-size"),
            fileFindings: [:], settings: PlanSettings(), taken: ["rubocop"])
        let paths: Set<String> = ["lib/rubocop/cop/style/alpha.rb", "lib/rubocop/cop/lint/delta.rb"]

        let declarations = split.rankedDeclarations(paths)
        let candidates = split.nameCandidates(module.files.filter { paths.contains($0.path) }, declarations: declarations)

        #expect(declarations == ["Alpha", "Delta"])
        // Under half of cop/'s code lines: the folder names more than them.
        #expect(candidates == [.file("alpha"), .declaration("Delta")])
        let most = paths.union(["lib/rubocop/cop/style/beta.rb"])
        let filling = split.nameCandidates(module.files.filter { most.contains($0.path) }, declarations: split.rankedDeclarations(most))
        #expect(filling.first == .folder("cop"))
    }
}

/// How a candidate is cleaned before it names a module (QA of session 74 on prometheus, TCA, swift-nio, vite, bat,
/// langgraph).
@Suite struct ModuleNameCleaningTests {
    @Test func aGoFilesStemLosesItsPackagesName() {
        let named = ModuleNaming.name(
            files: ["model/labels/labels_dedupelabels.go"], central: nil,
            module: "github.com/prometheus/prometheus/model/labels", ordinal: 1, lowercase: true, taken: [],
            ecosystem: "go")

        #expect(named == "dedupelabels")
    }

    @Test func aSwiftExtensionFilesPlusIsNoModuleName() {
        let named = ModuleNaming.name(
            files: ["Sources/App/Binding+Observation.swift"], central: nil, module: "App", ordinal: 1, lowercase: false,
            taken: [], ecosystem: "swiftpm")

        #expect(named == "BindingObservation")
    }

    /// A constant's or macro's name comes after a name that says something, and an entry file's stem after both.
    @Test func constantsAndEntryFilesComeLast() {
        let named = ModuleNaming.name(
            files: ["src/index.ts", "src/paths.ts"], central: "API_PATH",
            candidates: [.file("index"), .declaration("DTBLK"), .declaration("routeTable")], module: "app", ordinal: 1,
            lowercase: true, taken: [], ecosystem: "npm")

        // An unscoped npm package is named after the one it leaves (npm has one flat namespace).
        #expect(named == "app-route-table")
        #expect(ModuleNaming.name(
            files: ["src/index.ts"], central: "API_PATH", candidates: [.file("index")], module: "app", ordinal: 1,
            lowercase: true, taken: [], ecosystem: "npm") == "app-api-path")
    }

    /// langgraph-sdk's files in `langgraph_sdk/`: the folder is the module's own name, not a second pack of a folder.
    @Test func aFolderSpelledAsTheModuleNamesNothing() {
        let named = ModuleNaming.name(
            files: ["sdk/langgraph_sdk/_sync/client.py", "sdk/langgraph_sdk/_async/cron.py"], central: nil,
            candidates: [.folder("langgraph_sdk"), .file("client")], module: "langgraph-sdk", ordinal: 2, lowercase: true,
            taken: ["langgraph_sdk"], own: ["langgraph_sdk"], ecosystem: "python")

        // A PyPI name of its own: `client` is another project's.
        #expect(named == "langgraph_sdk_client")
    }
}

/// A name never says the module's own name again: not through a Gradle path's colons (okio's `:okio` qualified its
/// `okio` folder into `okio-okio`), nor through the prefix a C project spells on every function (libuv's `src/unix/`
/// packs were `uv__stream_close`, `uv__strscpy`, `uv__tty_close`). QA of session 79.
@Suite struct ModuleNameOwnWordsTests {
    @Test func aGradleProjectsColonsAreNoPartOfItsName() {
        let files = ["okio/src/zlibMain/kotlin/okio/GzipSink.kt", "okio/src/zlibMain/kotlin/okio/Deflater.kt"]

        let named = ModuleNaming.name(
            files: files, central: "Deflater", candidates: [.folder("okio")], module: ":okio", ordinal: 1,
            lowercase: false, taken: [":okio", "okio"], ecosystem: "gradle")

        #expect(named == "deflater")
        #expect(ModuleNaming.repeatsWords(":okio", "okio"))
        // A taken name is qualified by the project's name without its colons.
        #expect(ModuleNaming.name(
            files: files, central: "Deflater", module: ":okio", ordinal: 1, lowercase: false,
            taken: [":okio", "okio", "deflater"], ecosystem: "gradle") == "okio-deflater")
        #expect(ModuleNaming.name(
            files: files, central: "Deflater", module: ":samples:zlib", ordinal: 1, lowercase: false,
            taken: ["deflater"], ecosystem: "gradle") == "zlib-deflater")
    }

    @Test func theCPrefixIsTheWordMostDeclarationsStartWith() {
        #expect(ModuleNaming.declarationPrefix(of: ["uv__stream_close", "uv_fs_event_cb", "uv__io_start", "loop_alive"])
            == "uv")
        // No word before an underscore begins most of them, or a capitalized one does (a type's, not a namespace).
        #expect(ModuleNaming.declarationPrefix(of: ["sdsnew", "dictAdd", "redis_log", "server_cron"]) == nil)
        #expect(ModuleNaming.declarationPrefix(of: ["XML_Element", "XML_Node", "XMLDocument"]) == nil)
        #expect(ModuleNaming.declarationPrefix(of: ["AlamofireExtended", "Session", "Request"]) == nil)
    }

    @Test func aCDeclarationLosesTheProjectsPrefix() {
        let files = ["src/unix/stream.c", "src/unix/pipe.c", "src/unix/tcp.c"]

        let named = ModuleNaming.name(
            files: files, folder: "unix", central: "uv__stream_close", candidates: [.file("stream")], module: "uv",
            ordinal: 2, lowercase: true, taken: ["uv", "unix"], own: ["unix"], ecosystem: "cmake", declarationPrefix: "uv")

        #expect(named == "stream_close")
        // Too little left keeps the whole name; another prefix stays; files of other languages keep theirs.
        #expect(ModuleNaming.name(
            files: files, central: "uv_os", module: "uv", ordinal: 1, lowercase: true, taken: ["uv"], ecosystem: "cmake",
            declarationPrefix: "uv") == "uv_os")
        #expect(ModuleNaming.name(
            files: files, central: "sds_new", module: "uv", ordinal: 1, lowercase: true, taken: ["uv"], ecosystem: "cmake",
            declarationPrefix: "uv") == "sds_new")
        #expect(ModuleNaming.name(
            files: ["src/rules.ml"], central: "dune_project", module: "dune_engine", ordinal: 1, lowercase: true,
            taken: ["rules", "dune_engine_rules"], ecosystem: "dune", declarationPrefix: "dune") == "dune_project")
    }
}

/// C and C++ files are named after their main file before a function they share: redis's pack of defrag.c, latency.c
/// and sparkline.c was `createsparklinesequence` (latency.c's most used name of sparkline.c), libuv's `src/unix/` packs
/// `fs_copy_file_range` and `close`. A struct still names them first. QA of session 33.
@Suite struct CModuleNameTests {
    private func split(centralKind: String) throws -> (ModuleSplitStages, [PlanFile]) {
        let files = [
            PlanFile(path: "src/defrag.c", codeLines: 900, declarations: [
                Declaration(name: "activeDefragCycle", kind: "function", startLine: 1, endLine: 900, codeLines: 900),
            ]),
            PlanFile(path: "src/sparkline.c", codeLines: 120, declarations: [
                Declaration(name: "createSparklineSequence", kind: centralKind, startLine: 1, endLine: 120, codeLines: 120),
            ]),
            PlanFile(path: "src/latency.c", codeLines: 400),
            PlanFile(path: "src/server.c", codeLines: 3000),
        ]
        let uses: [(String, String, [String])] = [
            ("src/latency.c", "src/sparkline.c", ["createSparklineSequence"]),
            ("src/defrag.c", "src/sparkline.c", ["createSparklineSequence"]),
            ("src/server.c", "src/defrag.c", ["activeDefragCycle"]),
        ]
        let module = PlanModule(
            name: "src", ecosystem: "folder", roots: ["src"], manifest: "src",
            files: files,
            dependencies: uses.map { FileDependency(from: $0.0, to: $0.1, weight: 1, names: $0.2) })
        let split = ModuleSplitStages(
            module: module, finding: try finding(.module("src"), [.moduleCodeLines: 4420], rule: "module-size"),
            fileFindings: [:], settings: PlanSettings(), taken: ["src"])
        return (split, Array(files.prefix(3)))
    }

    @Test func aFunctionNamesCFilesAfterTheirMainFile() throws {
        let (split, moving) = try split(centralKind: "function")

        let named = split.newName(moving, paths: Set(moving.map(\.path)), ordinal: 1, taken: ["src"], own: [])

        #expect(named == "defrag")
        #expect(ModuleNaming.namesAfterMainFile(files: ["a.c", "a.h"], centralKinds: ["prototype", "function"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: ["a.c", "b.go"], centralKinds: ["function"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: ["a.c"], centralKinds: []))
        // A JavaScript or TypeScript file is a module its callers import by path: fastify's pack of hooks.js,
        // context.js and req-id-gen-factory.js was `get-gen-req-id`, after the function they use most.
        #expect(ModuleNaming.namesAfterMainFile(files: ["lib/hooks.js", "lib/context.mjs", "src/a.ts", "src/b.tsx"], centralKinds: ["function"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: ["lib/hooks.js"], centralKinds: ["class"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: ["lib/hooks.json"], centralKinds: ["function"]))
        // So is a Python file: click's pack of _termui_impl.py, termui.py, utils.py and _compat.py was `strip_ansi`,
        // after the function they use most; a class still names Python files first.
        #expect(ModuleNaming.namesAfterMainFile(files: ["src/click/_termui_impl.py", "src/click/utils.py"], centralKinds: ["def"]))
        #expect(!ModuleNaming.namesAfterMainFile(files: ["src/click/core.py"], centralKinds: ["class"]))
    }

    @Test func aStructStillNamesCFiles() throws {
        let (split, moving) = try split(centralKind: "struct")

        let named = split.newName(moving, paths: Set(moving.map(\.path)), ordinal: 1, taken: ["src"], own: [])

        #expect(named == "createsparklinesequence")
    }

    /// okhttp: every source set of `:okhttp` holds the package `okhttp3`, so a pack of `src/androidMain/kotlin/okhttp3/`
    /// files that fills its folder was to be the module `okhttp3`; such a folder names the module, no part of it.
    @Test func aFolderNineInTenOfTheModulesFilesHaveNamesNoPart() {
        let paths = [
            "okhttp/src/androidMain/kotlin/okhttp3/internal/platform/AndroidPlatform.kt",
            "okhttp/src/androidMain/kotlin/okhttp3/android/AndroidDns.kt",
        ]
        let staying = (1...20).map { "okhttp/src/jvmMain/kotlin/okhttp3/Call\($0).kt" } + ["okhttp/src/jvmMain/java9/module-info.java"]
        let okhttp = PlanModule(
            name: ":okhttp", ecosystem: "gradle", roots: ["okhttp"], manifest: "settings.gradle.kts",
            files: (paths + staying).map { PlanFile(path: $0, codeLines: 50, declaredNames: []) })

        #expect(ModuleNaming.partName(ofFolder: "okhttp/src/androidMain/kotlin/okhttp3", in: okhttp) == nil)
        #expect(ModuleNaming.partName(ofFolder: "okhttp/src/androidMain/kotlin/okhttp3/internal/platform", in: okhttp) == "platform")
        #expect(ModuleNaming.enclosingFolder(of: paths, in: okhttp) == nil)
    }

    /// tesla: the Mix project lists each of its folders as a root, `lib/tesla/middleware` beside `lib`; its pack of
    /// middleware files (all but three files of subfolders) had been named `tesla_logger`, after the largest.
    @Test func aRootInsideAnotherNamesItsFiles() {
        let moving = ["base_url", "basic_auth", "json", "logger", "query", "retry"].map { "lib/tesla/middleware/\($0).ex" }
        let staying = ["lib/tesla.ex", "lib/tesla/env.ex", "lib/tesla/middleware/query/modern.ex"]
        let tesla = PlanModule(
            name: "tesla", ecosystem: "mix", roots: ["lib", "lib/tesla", "lib/tesla/middleware", "test"],
            manifest: "mix.exs", files: (moving + staying).map { PlanFile(path: $0, codeLines: 50, declaredNames: []) })

        #expect(ModuleNaming.enclosingFolder(of: moving, in: tesla) == "middleware")
        #expect(ModuleNaming.enclosingFolder(of: ["lib/tesla.ex", "lib/tesla/env.ex"], in: tesla) == nil)
    }
}
