import BuildManifests
import Foundation
import ManifestSyntax
import Manifests
import ModuleGraph
import Testing

@Suite struct DuneManifestTests {
    /// A project in the shape of ocaml-ppx/ocamlformat's: libraries named and public-named, executables, a test,
    /// a folder of rules only, and a nested project (a test fixture) left to itself.
    static let files = [
        "dune-project": "(lang dune 3.8)\n(name ocamlformat)\n",
        "lib/dune": """
            ;; a comment (library (name commented))
            (ocamllex Literal_lexer)
            (library
             (name ocamlformat_lib)
             (public_name ocamlformat-lib)
             #;(libraries not_this)
             (libraries ocamlformat_stdlib (re_export ocaml-version) (select c.ml from (unix -> c.unix.ml) (-> c.none.ml))))
            """,
        "lib/Fmt.ml": "", "lib/bin_conf/Bin_conf.ml": "",
        "lib/bin_conf/dune": "(library (public_name ocamlformat.bin_conf) (name bin_conf) (libraries ocamlformat-lib re))\n",
        "vendor/stdlib/dune": "(library (name ocamlformat_stdlib) (libraries base))\n", "vendor/stdlib/S.ml": "",
        "bin/ocamlformat/dune": "(executable (name main) (public_name ocamlformat) (libraries ocamlformat-lib bin_conf))\n",
        "bin/ocamlformat/main.ml": "",
        "tools/printast/dune": "(executables (names main) (libraries ocamlformat-lib))\n", "tools/printast/main.ml": "",
        "tools/gen/dune": "(executable (name printast))\n", "tools/gen/printast.ml": "",
        // dune 3.0 lets an executable omit its name: its public name is its name.
        "tools/fmt/dune": "(executable (public_name ocamlformat-fmt) (libraries ocamlformat-lib))\n", "tools/fmt/ocamlformat-fmt.ml": "",
        "test/unit/dune": "(test (name test_unit) (libraries alcotest ocamlformat-lib))\n",
        "test/unit/test_unit.ml": "", "test/unit/data.txt": "",
        "doc/dune": "(rule (with-stdout-to manpage.txt (run ocamlformat --help)))\n",
        "test/projects/p/dune-project": "(lang dune 2.0)\n", "test/projects/p/dune": "(executable (name fixture))\n",
        "test/cases/t.t/dune-project": "(lang dune 3.0)\n", "test/cases/t.t/dune": "(library (name a))\n",
        "test/cases/u.t/lib/dune": "(library (name broken\n",
    ]

    @Test func librariesExecutablesAndTestsAreModulesWithTheLibrariesTheyList() {
        let result = ManifestHarness.read(ManifestHarness.context(Self.files), with: DuneManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"bin_conf [library] roots=["lib/bin_conf"] deps=["ocamlformat_lib", "re"] imports=["Bin_conf"] @lib/bin_conf/dune:1"#,
            #"fixture [executable] roots=["test/projects/p"] deps=[] imports=[] @test/projects/p/dune:1"#,
            #"ocamlformat [executable] roots=["bin/ocamlformat"] deps=["bin_conf", "ocamlformat_lib"] imports=[] @bin/ocamlformat/dune:1"#,
            #"ocamlformat-fmt [executable] roots=["tools/fmt"] deps=["ocamlformat_lib"] imports=[] @tools/fmt/dune:1"#,
            #"ocamlformat_lib [library] roots=["lib"] deps=["ocaml-version", "ocamlformat_stdlib"] imports=["Ocamlformat_lib"] @lib/dune:3"#,
            #"ocamlformat_stdlib [library] roots=["vendor/stdlib"] deps=["base"] imports=["Ocamlformat_stdlib"] @vendor/stdlib/dune:1"#,
            #"printast [executable] roots=["tools/gen"] deps=[] imports=[] @tools/gen/dune:1"#,
            #"test_unit [test] roots=["test/unit"] deps=["alcotest", "ocamlformat_lib"] imports=[] @test/unit/dune:1"#,
            // `main` takes its folder's name, taken already by the executable named so in a folder before it.
            #"tools/printast [executable] roots=["tools/printast"] deps=["ocamlformat_lib"] imports=[] @tools/printast/dune:1"#,
        ])
        #expect(result.warnings.isEmpty)
        let testFiles = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.name, $0.testFiles) })
        #expect(testFiles["test_unit"] == ["test/unit/test_unit.ml"])
        #expect(testFiles["ocamlformat_lib"] == [])
    }

    @Test func aLibraryIsImportedByItsNameCapitalizedAndAnUnwrappedOneByItsModulesToo() {
        let files = [
            "dune-project": "(lang dune 3.0)\n",
            "src/engine/dune": "(library (name dune_engine) (public_name dune-private-libs.engine))\n",
            "src/engine/process.ml": "",
            "src/util/dune": "(library (name util) (wrapped false))\n(library (name extra) (modules))\n",
            "src/util/strings.ml": "", "src/util/strings.mli": "", "src/util/Lexer.mll": "", "src/util/sub/deep.ml": "",
            "src/only_public/dune": "(library (public_name only-public))\n",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: DuneManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"dune_engine [library] roots=["src/engine"] deps=[] imports=["Dune_engine"] @src/engine/dune:1"#,
            // A public name is no OCaml module name.
            #"only-public [library] roots=["src/only_public"] deps=[] imports=[] @src/only_public/dune:1"#,
            // `sub/deep.ml` is no module of it (no `include_subdirs`): the folder's own files are its roots.
            #"util [library] roots=["src/util/Lexer.mll", "src/util/dune", "src/util/strings.ml", "src/util/strings.mli"] deps=[] imports=["Extra", "Lexer", "Strings", "Util"] @src/util/dune:1"#,
        ])
    }

    /// ocaml/dune's `test/dune` declares an executable beside cram tests and expect tests: dune gives a stanza the
    /// files of its folder, its subfolders' only under `include_subdirs`.
    @Test func aStanzaOwnsItsSubfoldersFilesOnlyWithIncludeSubdirs() {
        let files = [
            "dune-project": "(lang dune 3.0)\n",
            "test/dune": "(executable (name incr))\n(data_only_dirs fixtures)\n(dirs :standard \\ old)\n",
            "test/incr.ml": "", "test/README.md": "", "test/stubs.c": "", "test/cases/a.t/run.t": "", "test/cases/helper/h.ml": "",
            "test/expect/dune": "(test (name expect))\n", "test/expect/expect.ml": "", "test/expect/data/d.ml": "",
            "test/fixtures/dune": "(library (name fixture))\n", "test/fixtures/f.ml": "",
            "test/old/dune": "(library (name old))\n", "test/old/o.ml": "",
            "src/dune": "(include_subdirs unqualified)\n(library (name engine) (wrapped false))\n",
            "src/a.ml": "", "src/sub/b.ml": "",
            "lib/dune": "(library (name lib))\n", "lib/l.ml": "",
            "lib/inner/dune": "(library (name inner))\n", "lib/inner/i.ml": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: DuneManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"engine [library] roots=["src"] deps=[] imports=["A", "B", "Engine"] @src/dune:2"#,
            #"expect [test] roots=["test/expect/dune", "test/expect/expect.ml"] deps=[] imports=[] @test/expect/dune:1"#,
            #"incr [executable] roots=["test/dune", "test/incr.ml", "test/stubs.c"] deps=[] imports=[] @test/dune:1"#,
            #"inner [library] roots=["lib/inner"] deps=[] imports=["Inner"] @lib/inner/dune:1"#,
            // Every file below `lib/` is its own or `lib/inner`'s: the folder is its root.
            #"lib [library] roots=["lib"] deps=[] imports=["Lib"] @lib/dune:1"#,
        ])
        let owners = ModuleOwnership(modules: result.modules)
        let owner = { (path: String) in owners.owner(of: path).map { result.modules[$0].name } }
        #expect(owner("test/cases/helper/h.ml") == nil)
        #expect(owner("test/README.md") == nil)
        #expect(owner("test/fixtures/f.ml") == nil)
        #expect(owner("test/expect/data/d.ml") == nil)
        #expect(owner("src/sub/b.ml") == "engine")
        #expect(result.modules.first { $0.name == "expect" }?.testFiles == ["test/expect/expect.ml"])
    }

    /// `(subdir path …)` describes a folder below the `dune` file holding it, nested or beside that folder's own.
    @Test func subdirStanzasDescribeTheFolderBelowTheirDuneFile() {
        let files = [
            "dune-project": "(lang dune 3.0)\n",
            "dune": "(subdir gen (executable (name gen) (libraries core)))\n"
                + "(subdir lib (subdir sub (library (name deep))))\n",
            "gen/gen.ml": "", "lib/sub/d.ml": "",
            "core/dune": "(library (name core))\n(subdir tests (test (name core_tests) (libraries core)))\n",
            "core/c.ml": "", "core/tests/dune": "(rule (copy a b))\n", "core/tests/t.ml": "",
            // The folder's own library names the module; the executable a subdir gives it joins it.
            "app/dune": "(subdir bin (executable (name app) (libraries core)))\n",
            "app/bin/dune": "(library (name app_lib))\n", "app/bin/a.ml": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: DuneManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"app_lib [library] roots=["app/bin"] deps=["core"] imports=["App_lib"] @app/bin/dune:1"#,
            #"core [library] roots=["core"] deps=[] imports=["Core"] @core/dune:1"#,
            #"core_tests [test] roots=["core/tests"] deps=["core"] imports=[] @core/dune:2"#,
            #"deep [library] roots=["lib/sub"] deps=[] imports=["Deep"] @dune:2"#,
            #"gen [executable] roots=["gen"] deps=["core"] imports=[] @dune:1"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test func brokenDuneFilesWarnWithTheirLineAndKeepWhatTheyDeclare() {
        let files = [
            "dune-project": "(lang dune 3.0",
            "a/dune": "(library (name a)\n (libraries b)\n",
            "b/dune": "(library (name b)))\n(executable (name \"tool))\n",
        ]
        let result = ManifestHarness.read(ManifestHarness.context(files), with: DuneManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"a [library] roots=["a"] deps=["b"] imports=["A"] @a/dune:1"#,
            #"b [library] roots=["b"] deps=[] imports=["B"] @b/dune:1"#,
        ])
        #expect(result.warnings.map(\.description) == [
            "a/dune:1: parenthesis opened here is never closed",
            "b/dune:1: unbalanced closing parenthesis",
            "b/dune:2: string opened here is never closed",
            "b/dune:2: parenthesis opened here is never closed",
            "dune-project:1: parenthesis opened here is never closed",
        ].sorted())
    }

    @Test func deepOrGarbledDuneFilesNeitherCrashNorHang() {
        var generator = SeededBytes(seed: 11)
        let alphabet = Array("()\"; #|\n\tlibrary name libraries a-b".utf8)
        let garbage = (0..<20_000).map { _ in alphabet[Int(generator.next()) % alphabet.count] }
        let deep = Array((String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000)).utf8)
        for bytes in [garbage, deep, Array(String(repeating: "(\n", count: 10_000).utf8)] {
            let context = ManifestContext(paths: ["dune", "dune-project"]) { $0 == "dune" ? bytes : [] }
            let started = Date()

            let result = DuneManifest().read(manifest: "dune-project", bytes: [], context: context)

            // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
            #expect(Date().timeIntervalSince(started) < 10)
            // The capped parse problems and their summary.
            #expect(result.warnings.count <= 11)
        }
    }
}
