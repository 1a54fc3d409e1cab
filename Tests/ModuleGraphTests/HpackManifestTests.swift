import BuildManifests
import PlainManifests
import ModuleGraph
import Testing

@Suite struct HpackManifestTests {
    @Test func aPackageYamlWithoutACabalFileIsAPackage() {
        // hadolint's layout: the library in src/, an executable in app/, tests in test/; a second package in a
        // folder with its .cabal committed beside its package.yaml, which the Cabal reader reads instead.
        let files = [
            "package.yaml": """
                name: hadolint  # the package
                dependencies:
                - base >= 4.8 && < 5
                - "text"
                library:
                  source-dirs: src
                  dependencies:
                    - aeson
                    - hadolint-core
                executables:
                  hadolint:
                    main: Main.hs
                    source-dirs: app
                    dependencies: [hadolint, optparse-applicative >= 0.14]
                tests:
                  hadolint-unit-tests:
                    main: Spec.hs
                    source-dirs:
                      - test
                    dependencies:
                      - hspec
                """,
            "src/Hadolint.hs": "", "app/Main.hs": "", "test/Spec.hs": "", "test/data/x.yaml": "",
            "core/package.yaml": "name: hadolint-core\nlibrary:\n  source-dirs: src\n", "core/hadolint-core.cabal": "name: hadolint-core\n",
            "docs/package.yaml": "title: not hpack\n",
            "web/package.yaml": "name: web\nversion: 1.0.0\ndependencies:\n  react: ^18\n", "web/index.js": "",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: HpackManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"hadolint [library] roots=[""] deps=["aeson", "base", "hadolint-core", "hspec", "optparse-applicative", "text"] imports=[] @package.yaml:1"#,
        ])
        #expect(result.modules.first?.testFiles == ["test/Spec.hs"])
        #expect(result.warnings.isEmpty)
    }
}
