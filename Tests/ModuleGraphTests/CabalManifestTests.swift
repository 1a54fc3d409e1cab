import BuildManifests
import ModuleGraph
import Testing

@Suite struct CabalManifestTests {
    @Test func aPackageIsAModuleAndAnInternalLibraryWithItsOwnFoldersAnother() {
        // pandoc's layout: the package at the root with an internal library (xml-light), common stanzas imported,
        // build-depends in `if` branches and on continuation lines; pandoc-cli, an executable package beside it.
        let files = [
            "pandoc.cabal": """
                cabal-version:   2.4
                name:            pandoc
                description:     Pandoc is a Haskell library.
                                 name: not a field, a line of the description
                -- build-depends: commented-out

                common common-options
                  build-depends:    base >= 4.18 && < 5
                  if os(windows)
                    cpp-options:    -D_WINDOWS

                common common-executable
                  import:           common-options
                  build-depends:    pandoc

                library xml-light
                  import:        common-options
                  build-depends: xml >= 1.3.12 && < 1.4,
                                 text
                  hs-source-dirs:  xml-light

                library
                  import:        common-options
                  Build-Depends: pandoc:xml-light,
                                 aeson       >= 2.0.1 && < 2.3
                  if flag(http)
                     build-depends: http-client >= 0.4.30
                  else
                     cpp-options:   -DNO_HTTP
                  hs-source-dirs:  src

                test-suite test-pandoc
                  import:         common-executable
                  type:           exitcode-stdio-1.0
                  main-is:        test-pandoc.hs
                  hs-source-dirs: test
                  build-depends:  tasty, pandoc:{xml-light}

                benchmark benchmark-pandoc
                  import:          common-executable
                  hs-source-dirs:  benchmark
                  build-depends:   tasty-bench
                """,
            "pandoc-cli/pandoc-cli.cabal": "name: pandoc-cli\nexecutable pandoc\n  main-is: pandoc.hs\n  hs-source-dirs: src\n  build-depends: base, pandoc, pandoc-server\n",
            "xml-light/Text/Pandoc/XML/Light.hs": "", "src/Text/Pandoc.hs": "",
            "test/test-pandoc.hs": "", "test/Tests/Old.hs": "", "test/command/1.md": "", "benchmark/benchmark-pandoc.hs": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: CabalManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"pandoc [library] roots=[""] deps=["aeson", "base", "http-client", "tasty", "tasty-bench", "xml-light"] imports=[] @pandoc.cabal:2"#,
            #"pandoc-cli [executable] roots=["pandoc-cli"] deps=["base", "pandoc", "pandoc-server"] imports=[] @pandoc-cli/pandoc-cli.cabal:1"#,
            #"xml-light [library] roots=["xml-light"] deps=["base", "text", "xml"] imports=[] @pandoc.cabal:16"#,
        ])
        // The Haskell files only test suites and benchmarks build are test code.
        #expect(result.modules.first { $0.name == "pandoc" }?.testFiles == [
            "benchmark/benchmark-pandoc.hs", "test/Tests/Old.hs", "test/test-pandoc.hs",
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test func anInternalLibrarySharingFoldersStaysInItsPackageAndANamelessFileIsNamedByItsStem() {
        let files = [
            "lib/acme.cabal": "cabal-version: 3.0\n\nlibrary\n  hs-source-dirs: src\n\nlibrary internal\n  hs-source-dirs: src\n\nexecutable acme\n  main-is: Main.hs\n",
            "lib/src/Acme.hs": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: CabalManifest())

        #expect(ManifestHarness.summary(result.modules) == [#"acme [library] roots=["lib"] deps=[] imports=[] @lib/acme.cabal:1"#])
        #expect(result.warnings.map(\.description) == ["lib/acme.cabal:1: no `name:` field; the package is named 'acme' after its file"])
    }

    @Test func aBinaryFileIsWarnedAbout() {
        let context = ManifestContext(paths: ["x.cabal"]) { _ in [0, 1, 2] }
        let result = ManifestHarness.read(context, with: CabalManifest())

        #expect(result.modules.isEmpty)
        #expect(result.warnings.map(\.description) == ["x.cabal:1: not a text file; skipped"])
    }
}
