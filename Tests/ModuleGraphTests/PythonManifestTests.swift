import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct PythonManifestTests {
    @Test func pyprojectFindsPackagesUnderSrc() throws {
        let context = try ManifestHarness.fixture("python-pyproject")

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"acme-tools [library] roots=[""] deps=["click", "requests"] imports=["acme", "acme_extra"] @pyproject.toml:5"#
        ])
    }

    @Test func poetryPackagesNameTheirImports() throws {
        let context = try ManifestHarness.fixture("python-poetry")

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"poetic [library] roots=[""] deps=["httpx"] imports=["extras", "poetic"] @pyproject.toml:2"#
        ])
    }

    @Test func setupScriptIsReadAsTextAndMergedWithSetupConfig() throws {
        let context = try ManifestHarness.fixture("python-setup")

        let result = ManifestHarness.read(context, with: PythonManifest())

        // setup.cfg comes first and speaks for both files; setup.py's computed install_requires is skipped.
        #expect(ManifestHarness.summary(result.modules) == [
            #"requests-like [library] roots=[""] deps=["certifi", "urllib3"] imports=["reqlike"] @setup.py:8"#
        ])
    }

    @Test func setupConfigFindUsesWhere() throws {
        let context = try ManifestHarness.fixture("python-cfg")

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.importNames) == [["cfgpkg"]])
        #expect(modules.map(\.name) == ["cfgpkg"])
    }

    @Test func toolOnlyPyprojectWithoutPackagesDeclaresNothing() {
        let context = ManifestHarness.context(["pyproject.toml": "[tool.ruff]\nline-length = 100\n", "src/main.rs": ""])

        let result = ManifestHarness.read(context, with: PythonManifest())

        #expect(result.modules.isEmpty)
        #expect(result.warnings.isEmpty)
    }
}
