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
            #"poetic [library] roots=["", "lib"] deps=["httpx"] imports=["extras", "poetic"] @pyproject.toml:2"#
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

    @Test func aSourceRootElsewhereIsARootOfItsOwn() {
        // google/benchmark: the root pyproject.toml ships bindings/python/google_benchmark, which a Bazel package
        // describes too; the project's `src/` stays under its folder's root.
        let context = ManifestHarness.context([
            "pyproject.toml": """
                [project]
                name = "google_benchmark"
                [tool.setuptools]
                package-dir = { "" = "bindings/python" }
                """,
            "bindings/python/google_benchmark/__init__.py": "",
            "lib/pyproject.toml": "[project]\nname = \"lib\"\n[tool.setuptools.packages.find]\nwhere = [\"src\"]\n",
            "lib/src/lib/__init__.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"google_benchmark [library] roots=["", "bindings/python"] deps=[] imports=["google_benchmark"] @pyproject.toml:2"#,
            #"lib [library] roots=["lib"] deps=[] imports=["lib"] @lib/pyproject.toml:2"#,
        ])
    }

    @Test func pythonFilesOutsideTheShippedPackagesAreTestCode() {
        // langgraph-sdk in small: its wheel ships `sdk_pkg` (hatch's `include`); its integration suite's graphs, a
        // package of their own, sit beside it.
        let context = ManifestHarness.context([
            "sdk/pyproject.toml": "[project]\nname = \"sdk\"\n[tool.hatch.build.targets.wheel]\ninclude = [\"sdk_pkg\"]\n",
            "sdk/sdk_pkg/__init__.py": "",
            "sdk/sdk_pkg/client.py": "",
            "sdk/integration/graph/__init__.py": "",
            "sdk/integration/graph/factory_graph.py": "",
            "sdk/integration/scripts/_common.py": "",
            "sdk/generate_schema.py": "",
            "sdk/examples/nested/pyproject.toml": "[project]\nname = \"nested\"\n",
            "sdk/examples/nested/tool.py": "",
            "lib/pyproject.toml": "[project]\nname = \"lib\"\n[tool.hatch.build.targets.wheel]\npackages = [\"src/lib\"]\n",
            "lib/src/lib/__init__.py": "",
            "lib/scripts/run.py": "",
            "odd/pyproject.toml": "[project]\nname = \"odd\"\n[tool.setuptools]\npackages = [\"missing\"]\n",
            "odd/tools/gen.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        // The top of the project folder may ship (flat layout); a nested project's files are its own; a declared
        // package that is not found leaves the project's files unknown, so none is judged.
        #expect(modules.map(\.name) == ["lib", "nested", "odd", "sdk"])
        #expect(modules.map(\.importNames) == [["lib"], [], ["missing"], ["sdk_pkg"]])
        #expect(modules.map(\.testFiles) == [
            ["lib/scripts/run.py"], [], [],
            ["sdk/integration/graph/__init__.py", "sdk/integration/graph/factory_graph.py", "sdk/integration/scripts/_common.py"],
        ])
    }

    @Test func whatOnlyPDMsSourceDistributionTakesIsTestCode() {
        // fastapi in small: pdm-backend finds `fastapi`; `docs_src/` (example packages with no `__init__.py` of its
        // own) and `scripts/` are `source-includes`, which no wheel ships.
        let context = ManifestHarness.context([
            "pyproject.toml": """
                [project]
                name = "fastapi"
                [build-system]
                build-backend = "pdm.backend"
                [tool.pdm.build]
                source-includes = ["tests/", "docs_src/", "./scripts", "docs/img/favicon.png"]
                """,
            "fastapi/__init__.py": "", "fastapi/routing.py": "",
            "docs_src/body/__init__.py": "", "docs_src/body/tutorial001.py": "", "docs_src/clients/tutorial004.js": "",
            "scripts/lint.sh": "", "scripts/docs.py": "", "docs/img/favicon.png": "",
            "lib/pyproject.toml": "[project]\nname = \"lib\"\n[tool.pdm.build]\npackage-dir = \"source\"\nincludes = [\"lib/\"]\n",
            "lib/source/lib/__init__.py": "", "lib/source/other/__init__.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.name) == ["fastapi", "lib"])
        #expect(modules.map(\.importNames) == [["fastapi"], ["lib"]])
        #expect(modules.first?.testFiles == [
            "docs/img/favicon.png", "docs_src/body/__init__.py", "docs_src/body/tutorial001.py",
            "docs_src/clients/tutorial004.js", "scripts/docs.py", "scripts/lint.sh",
        ])
    }
}

/// The module files a project's entry points name (`ModuleDeclaration.targetFiles`): what its installed commands and
/// plugin hosts import, which a split keeps.
@Suite struct PythonEntryPointTests {
    @Test func pyprojectScriptsAndEntryPointsNameTargetFiles() {
        let context = ManifestHarness.context([
            "pyproject.toml": """
                [project]
                name = "tool"
                [project.scripts]
                tool = "tool.cli:main"
                toold = "toold:patched_main [d]"
                [project.gui-scripts]
                tool-gui = "tool.gui : run"
                [project.entry-points."validate_pyproject.tool_schema"]
                tool = "tool.schema:get_schema"
                [project.entry-points.pytest11]
                tool = "tool.plugin"
                missing = "tool.absent:main"
                """,
            "src/tool/__init__.py": "", "src/tool/cli.py": "", "src/tool/gui/__init__.py": "", "src/tool/schema.py": "",
            "src/tool/plugin.py": "", "src/toold/__init__.py": "", "src/tool/other.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.targetFiles) == [[
            "src/tool/cli.py", "src/tool/gui/__init__.py", "src/tool/plugin.py", "src/tool/schema.py",
            "src/toold/__init__.py",
        ]])
    }

    @Test func poetryScriptsAndPluginsNameTargetFiles() {
        let context = ManifestHarness.context([
            "pyproject.toml": """
                [tool.poetry]
                name = "poet"
                [tool.poetry.scripts]
                poet = "poet.console:run"
                extra = { callable = "poet.extra:main", extras = ["x"] }
                shell = { reference = "bin/poet.sh", type = "file" }
                [tool.poetry.plugins."poet.hooks"]
                hook = "poet.hooks:Hook"
                """,
            "poet/__init__.py": "", "poet/console.py": "", "poet/extra.py": "", "poet/hooks.py": "", "bin/poet.sh": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.targetFiles) == [["poet/console.py", "poet/extra.py", "poet/hooks.py"]])
    }

    /// httpie's setup.cfg, and a setup.py's literal `entry_points`.
    @Test func setupConfigAndSetupScriptEntryPointsNameTargetFiles() {
        let context = ManifestHarness.context([
            "cfg/setup.cfg": """
                [metadata]
                name = httpie
                [options]
                packages = find:
                [options.entry_points]
                console_scripts =
                    http = httpie.__main__:main
                    httpie = httpie.manager.__main__:main
                httpie.plugins.auth.v1 =
                    basic = httpie.plugins.builtin:BasicAuthPlugin
                """,
            "cfg/httpie/__init__.py": "", "cfg/httpie/__main__.py": "", "cfg/httpie/manager/__init__.py": "",
            "cfg/httpie/manager/__main__.py": "", "cfg/httpie/plugins/__init__.py": "", "cfg/httpie/plugins/builtin.py": "",
            "py/setup.py": """
                setup(
                    name="legacy",
                    packages=["legacy"],
                    entry_points={"console_scripts": ["legacy = legacy.main:run", "bad = 1legacy:x"]},
                )
                """,
            "py/legacy/__init__.py": "", "py/legacy/main.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.name) == ["httpie", "legacy"])
        #expect(modules.map(\.targetFiles) == [
            ["cfg/httpie/__main__.py", "cfg/httpie/manager/__main__.py", "cfg/httpie/plugins/builtin.py"],
            ["py/legacy/main.py"],
        ])
    }

    @Test func findPackagesTakesOnlyAPositionalFirstArgumentForItsRoot() {
        // celery's setup.py: `find_packages(exclude=['t', 't.*'])` had made its test folder `t` the source root, so
        // its own package was unshipped, test code. `find_packages('src')` names the root.
        let context = ManifestHarness.context([
            "celery/setup.py": "setuptools.setup(\n    name=NAME,\n    packages=setuptools.find_packages(exclude=['t', 't.*']),\n)\n",
            "celery/celery/__init__.py": "", "celery/t/__init__.py": "", "celery/t/integration/__init__.py": "",
            "lib/setup.py": "setup(name='lib', packages=find_packages('src'))\n", "lib/src/lib/__init__.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.name) == ["celery", "lib"])
        #expect(modules.map(\.importNames) == [["celery", "t"], ["lib"]])
    }
}
