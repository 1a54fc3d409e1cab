import ImportScan
import Manifests
import BuildManifests
import ModuleGraph
import Testing

/// Python projects whose packages live under a namespace package (PEP 420: a folder without `__init__.py`
/// shared by several distributions), and maturin projects sharing their folder with a Cargo crate.
@Suite struct PythonNamespacePackageTests {
    /// opentelemetry-python in small: the api provides `opentelemetry.trace` and plain modules in the
    /// namespace folder `opentelemetry/util/`; the sdk provides `opentelemetry.sdk.trace` under a second
    /// namespace level; neither has `opentelemetry/__init__.py`.
    private let otel = ManifestHarness.context([
        "api/pyproject.toml": "[project]\nname = \"otel-api\"\n",
        "api/src/opentelemetry/trace/__init__.py": "",
        "api/src/opentelemetry/trace/span.py": "",
        "api/src/opentelemetry/util/types.py": "",
        "api/src/opentelemetry/py.typed": "",
        "api/tests/trace/__init__.py": "",
        "sdk/pyproject.toml": "[project]\nname = \"otel-sdk\"\ndependencies = [\"otel-api == 1.0\"]\n",
        "sdk/src/opentelemetry/sdk/trace/__init__.py": "",
        "sdk/src/opentelemetry/sdk/trace/export/__init__.py": "",
        "sdk/src/opentelemetry/sdk/resources/__init__.py": "",
    ])

    private func resolve(_ path: String, names: [String] = [], in context: ManifestContext) -> String? {
        let modules = ManifestHarness.read(context, with: PythonManifest()).modules
        let file = "sdk/src/opentelemetry/sdk/trace/__init__.py"
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: context.paths)
        return resolver.resolve(ImportFacts(path: path, kind: .module, line: 1, names: names), in: file, style: "python")
            .map { modules[$0].name }
    }

    @Test func aNamespacePackagesProjectAnswersToTheDottedNamesOfItsPackages() {
        let modules = ManifestHarness.read(otel, with: PythonManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"otel-api [library] roots=["api"] deps=[] imports=["opentelemetry.trace", "opentelemetry.util.types"] @api/pyproject.toml:2"#,
            #"otel-sdk [library] roots=["sdk"] deps=["otel-api"] imports=["opentelemetry.sdk.resources", "opentelemetry.sdk.trace"] @sdk/pyproject.toml:2"#,
        ])
    }

    @Test func theLongestDottedNameAProjectProvidesWins() {
        #expect(resolve("opentelemetry.trace", in: otel) == "otel-api")
        #expect(resolve("opentelemetry.trace.span", in: otel) == "otel-api")
        #expect(resolve("opentelemetry.sdk.trace.export", in: otel) == "otel-sdk")
        #expect(resolve("opentelemetry.util.types", in: otel) == "otel-api")
        #expect(resolve("opentelemetry", in: otel) == nil)
        #expect(resolve("opentelemetry.instrumentation", in: otel) == nil)
    }

    @Test func importingFromTheNamespaceResolvesByTheImportedName() {
        #expect(resolve("opentelemetry", names: ["trace"], in: otel) == "otel-api")
        #expect(resolve("opentelemetry", names: ["baggage", "trace"], in: otel) == "otel-api")
        #expect(resolve("opentelemetry.sdk", names: ["trace"], in: otel) == "otel-sdk")
        #expect(resolve("opentelemetry.util", names: ["types"], in: otel) == "otel-api")
        #expect(resolve("opentelemetry", names: ["instrumentation"], in: otel) == nil)
    }

    @Test func aUvWorkspaceOfNamespacePackagesHasItsCycle() {
        let context = ManifestHarness.context([
            "pyproject.toml": "[project]\nname = \"acme-root\"\n[tool.uv.workspace]\nmembers = [\"packages/*\"]\n",
            "packages/api/pyproject.toml": "[project]\nname = \"acme-api\"\ndependencies = [\"acme-core\"]\n",
            "packages/api/src/acme/api/__init__.py": "",
            "packages/core/pyproject.toml": "[project]\nname = \"acme-core\"\n[tool.hatch.build.targets.wheel]\npackages = [\"src/acme\"]\n",
            "packages/core/src/acme/core/__init__.py": "",
            "packages/core/src/acme/core/util.py": "",
        ])
        let modules = ManifestHarness.read(context, with: PythonManifest()).modules
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: context.paths)
        let target = { (path: String, file: String) in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: file, style: "python").map { modules[$0].name }
        }

        // The workspace root does not claim its members' packages (`packages.api.src.acme.api`).
        #expect(modules.map(\.importNames) == [["acme.api"], ["acme.core"], []])
        #expect(target("acme.core.util", "packages/api/src/acme/api/__init__.py") == "acme-core")
        #expect(target("acme.api", "packages/core/src/acme/core/util.py") == "acme-api")
    }

    @Test func aFlatLayoutsDocsToolsAndTestsAreNoNamespacePackages() {
        let context = ManifestHarness.context([
            "setup.py": "from setuptools import setup\nsetup(name=\"flat\")\n",
            "flat/__init__.py": "",
            "flat/sub/__init__.py": "",
            "docs/_ext/helpers/__init__.py": "",
            "tools/gen/__init__.py": "",
            "tests/unit/__init__.py": "",
            "my-scripts/thing/__init__.py": "",
            "ns/plugin/__init__.py": "",
            "ns/loose.py": "",
            "scripts/run.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.importNames) == [["flat", "ns.loose", "ns.plugin"]])
    }

    @Test func aDeclaredPackageInANamespaceAnswersByItsTopRegularPackage() {
        let context = ManifestHarness.context([
            "setup.cfg": "[metadata]\nname = acme-core\n[options]\npackages = acme.core, acme.core.sub\npackage_dir =\n    =src\n",
            "src/acme/core/__init__.py": "",
            "src/acme/core/sub/__init__.py": "",
            "poetic/pyproject.toml": "[tool.poetry]\nname = \"poetic\"\npackages = [{ include = \"acme\", from = \"src\" }]\n",
            "poetic/src/acme/poetry/__init__.py": "",
            "poetic/src/acme/tools/__init__.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.importNames) == [["acme.core"], ["acme.poetry", "acme.tools"]])
    }

    // MARK: - maturin

    private let maturin = ManifestHarness.context([
        "core/pyproject.toml": """
            [build-system]
            build-backend = "maturin"
            [project]
            name = "fast_core"
            [tool.maturin]
            python-source = "python"
            module-name = "fast_core._fast_core"
            """,
        "core/Cargo.toml": "[package]\nname = \"fast-core\"\n[lib]\nname = \"_fast_core\"\n",
        "core/src/lib.rs": "",
        "core/python/fast_core/__init__.py": "",
        "core/python/fast_core/schema.py": "",
        "core/tests/test_schema.py": "",
        "pyproject.toml": "[project]\nname = \"fast\"\ndependencies = [\"fast-core==1.0\"]\n",
        "fast/__init__.py": "",
    ])

    @Test func aMaturinProjectsPythonSourceIsItsPythonModulesRoot() {
        let modules = ManifestReaders.readAll(maturin).modules
        let ownership = ModuleOwnership(modules: modules)
        let owner = { (path: String) in ownership.owner(of: path).map { "\(modules[$0].name) (\(modules[$0].ecosystem))" } }

        #expect(ManifestHarness.summary(modules.filter { $0.ecosystem == "python" }) == [
            #"fast [library] roots=[""] deps=["fast-core"] imports=["fast"] @pyproject.toml:2"#,
            #"fast_core [library] roots=["core/python"] deps=[] imports=["fast_core"] @core/pyproject.toml:4"#,
        ])
        #expect(owner("core/python/fast_core/schema.py") == "fast_core (python)")
        #expect(owner("core/src/lib.rs") == "fast-core (cargo)")
    }

    @Test func aMaturinProjectWithoutPythonSourceOwnsItsPackageFolders() {
        let context = ManifestHarness.context([
            "pyproject.toml": "[build-system]\nbuild-backend = \"maturin\"\n[project]\nname = \"mixed\"\n",
            "Cargo.toml": "[package]\nname = \"mixed\"\n",
            "src/lib.rs": "",
            "mixed/__init__.py": "",
        ])

        let modules = ManifestHarness.read(context, with: PythonManifest()).modules

        #expect(modules.map(\.roots) == [["mixed"]])
    }

    @Test func aRequirementNamesAPythonProjectHoweverEitherSpellsIt() throws {
        let modules = ManifestReaders.readAll(maturin).modules
        let distributions = PythonDistributions(modules)
        let fast = try #require(modules.first { $0.name == "fast" })
        let crate = try #require(modules.first { $0.ecosystem == "cargo" })

        #expect(distributions.name("fast-core", declaredBy: fast) == "fast_core")
        #expect(distributions.name("Fast.Core", declaredBy: fast) == "fast_core")
        #expect(distributions.name("requests", declaredBy: fast) == "requests")
        #expect(distributions.name("fast-core", declaredBy: crate) == "fast-core")
    }

    // MARK: - maturin's extension module

    private func resolve(_ path: String, names: [String] = [], in file: String, modules: [ModuleDeclaration]) -> String? {
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: maturin.paths,
            ecosystemLanguages: ["cargo": ["Rust"], "python": ["Python"]])
        let kind: ImportFacts.Kind = path.hasPrefix(".") ? .relative : .module
        return resolver.resolve(ImportFacts(path: path, kind: kind, line: 1, names: names), in: file, style: "python",
            language: "Python").map { modules[$0].name }
    }

    /// The crate maturin builds into `fast_core._fast_core` is what the Python package's `from ._fast_core import`
    /// and the application's `import fast_core._fast_core` reach; other relative imports stay in their module.
    @Test func pythonImportsTheCrateMaturinBuildsByItsExtensionModulesName() throws {
        let modules = ManifestReaders.readAll(maturin).modules
        let crate = try #require(modules.first { $0.ecosystem == "cargo" })

        #expect(crate.importNames == ["_fast_core", "fast_core._fast_core"])
        #expect(crate.bindingLanguages == ["Python"])
        let package = "core/python/fast_core/__init__.py"
        #expect(resolve("._fast_core", names: ["Schema"], in: package, modules: modules) == "fast-core")
        #expect(resolve(".", names: ["_fast_core"], in: package, modules: modules) == "fast-core")
        #expect(resolve(".schema", names: ["Schema"], in: package, modules: modules) == "fast_core")
        #expect(resolve("fast_core._fast_core", in: "fast/__init__.py", modules: modules) == "fast-core")
        #expect(resolve("fast_core", names: ["_fast_core"], in: "fast/__init__.py", modules: modules) == "fast-core")
        #expect(resolve("fast_core.schema", in: "fast/__init__.py", modules: modules) == "fast_core")
    }

    @Test func aMaturinCrateWithoutAModuleNameIsImportedByItsLibraryName() throws {
        let context = ManifestHarness.context([
            "pyproject.toml": "[build-system]\nbuild-backend = \"maturin\"\n[project]\nname = \"mixed\"\n",
            "Cargo.toml": "[package]\nname = \"mixed-rs\"\n[lib]\nname = \"mixed\"\n",
            "src/lib.rs": "",
            "mixed/__init__.py": "",
        ])

        let crate = try #require(ManifestReaders.readAll(context).modules.first { $0.ecosystem == "cargo" })

        #expect(crate.importNames == ["mixed", "mixed.mixed"])
    }

    @Test func aCrateMaturinDoesNotBuildHasNoPythonName() throws {
        let context = ManifestHarness.context([
            "pyproject.toml": "[project]\nname = \"tool\"\n",
            "Cargo.toml": "[package]\nname = \"tool-rs\"\n",
            "src/lib.rs": "",
        ])

        let crate = try #require(ManifestReaders.readAll(context).modules.first { $0.ecosystem == "cargo" })

        #expect(crate.importNames == ["tool_rs"])
        #expect(crate.bindingLanguages.isEmpty)
    }
}
