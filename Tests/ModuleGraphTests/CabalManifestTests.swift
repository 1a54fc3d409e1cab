import BuildManifests
import PlainManifests
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

    @Test func anInternalLibraryInItsOwnFolderOwnsItsTestsBesideIt() {
        // haskell-language-server: one package, a plugin per internal library, each plugin's src/ and test/ in
        // its folder; the package's own library in src/.
        let cabal = """
            name: haskell-language-server
            library
              hs-source-dirs: src
            library hls-class-plugin
              hs-source-dirs: plugins/hls-class-plugin/src
              build-depends: base, hls-plugin-api
            test-suite hls-class-plugin-tests
              hs-source-dirs: plugins/hls-class-plugin/test
              build-depends: haskell-language-server:hls-class-plugin
            library hls-shared
              hs-source-dirs: shared/src
            executable hls-shared-tool
              hs-source-dirs: shared/app
            """
        let files = [
            "haskell-language-server.cabal": cabal, "src/Ide/Main.hs": "", "plugins/hls-class-plugin/src/Ide/Plugin/Class.hs": "",
            "plugins/hls-class-plugin/test/Main.hs": "", "shared/src/Shared.hs": "", "shared/app/Main.hs": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: CabalManifest())

        // hls-shared keeps its source folder: an executable builds beside it, in shared/app.
        #expect(ManifestHarness.summary(result.modules) == [
            #"haskell-language-server [library] roots=[""] deps=["hls-class-plugin"] imports=[] @haskell-language-server.cabal:1"#,
            #"hls-class-plugin [library] roots=["plugins/hls-class-plugin"] deps=["base", "hls-plugin-api"] imports=[] @haskell-language-server.cabal:4"#,
            #"hls-shared [library] roots=["shared/src"] deps=[] imports=[] @haskell-language-server.cabal:10"#,
        ])
        #expect(result.modules.first?.testFiles == ["plugins/hls-class-plugin/test/Main.hs"])
    }

    @Test func aBinaryFileIsWarnedAbout() {
        let context = ManifestContext(paths: ["x.cabal"]) { _ in [0, 1, 2] }
        let result = ManifestHarness.read(context, with: CabalManifest())

        #expect(result.modules.isEmpty)
        #expect(result.warnings.map(\.description) == ["x.cabal:1: not a text file; skipped"])
    }
}
