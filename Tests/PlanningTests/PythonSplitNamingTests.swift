@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// How a plan spells a Python split: a distribution beside the old one, its own import package, files named
/// as Python names modules.
@Suite struct PythonSplitNamingTests {
    private func module(roots: [String], manifest: String = "pyproject.toml", name: String = "httpx") -> PlanModule {
        PlanModule(name: name, ecosystem: "python", roots: roots, manifest: manifest, files: [])
    }

    @Test func aMovedFileKeepsItsPathBelowTheNewImportPackage() {
        let httpx = module(roots: ["httpx", "httpx/_transports", "tests"])
        let folder = ModuleNaming.folder(for: "transports", module: httpx)

        #expect(folder == "transports")
        #expect(ModuleNaming.destination(of: "httpx/_transports/base.py", fileName: "base.py", folder: folder, module: httpx)
            == "transports/transports/_transports/base.py")
        #expect(ModuleNaming.destination(of: "httpx/_urlparse.py", fileName: "_urlparse.py", folder: folder, module: httpx)
            == "transports/transports/_urlparse.py")
    }

    /// werkzeug's `routing/` package split off whole had gone to `werkzeug_routing/src/werkzeug_routing/routing/`:
    /// the subpackage every moved file shares is the new import package.
    @Test func theSubpackageTheMovedFilesShareBecomesTheNewPackage() {
        let werkzeug = module(roots: [""], name: "Werkzeug")
        let paths = ["src/werkzeug/routing/__init__.py", "src/werkzeug/routing/map.py", "src/werkzeug/routing/sub/x.py"]
        let shared = ModuleNaming.sharedFolder(of: paths, module: werkzeug)

        #expect(shared == "routing")
        #expect(paths.map {
            ModuleNaming.destination(
                of: $0, fileName: String($0.split(separator: "/").last!), folder: "werkzeug_routing", module: werkzeug,
                dropping: shared)
        } == [
            "werkzeug_routing/src/werkzeug_routing/__init__.py", "werkzeug_routing/src/werkzeug_routing/map.py",
            "werkzeug_routing/src/werkzeug_routing/sub/x.py",
        ])
        // Files of the package's top, or of two packages, share no subpackage.
        #expect(ModuleNaming.sharedFolder(of: ["src/werkzeug/routing/map.py", "src/werkzeug/urls.py"], module: werkzeug) == "")
        #expect(ModuleNaming.sharedFolder(of: ["src/werkzeug/routing/map.py", "src/other/routing/x.py"], module: werkzeug) == "")
        let reference = DottedReference(
            from: "tests/test_debug.py", fromModule: "Werkzeug", line: 3, to: "src/werkzeug/debug/console.py",
            modulePath: "werkzeug.debug.console")
        #expect(reference.text(movedTo: "werkzeug_debug/src/werkzeug_debug/console.py", droppingLevels: 1)
            == "werkzeug_debug.console")
    }

    @Test func aSourceLayoutAndANestedDistributionAreKept() {
        let black = module(roots: [""], name: "black")
        let nested = module(roots: ["packages/a"], manifest: "packages/a/pyproject.toml", name: "a")
        let nestedFolder = ModuleNaming.folder(for: "b", module: nested)

        #expect(ModuleNaming.destination(
            of: "src/black/linegen.py", fileName: "linegen.py", folder: "linegen", module: black)
            == "linegen/src/linegen/linegen.py")
        #expect(nestedFolder == "packages/b")
        #expect(ModuleNaming.destination(of: "packages/a/a/x.py", fileName: "x.py", folder: nestedFolder, module: nested)
            == "packages/b/b/x.py")
    }

    @Test func theNewDistributionIsDeclaredWithItsOwnProjectAndExportsItsNames() {
        let httpx = module(roots: ["httpx"])

        #expect(ModuleNaming.declaration(of: "async_byte_stream", folder: "async_byte_stream", module: httpx, newIsLower: true)
            == "Create the distribution `async_byte_stream/pyproject.toml` (`name = \"async-byte-stream\"`) with the "
            + "import package `async_byte_stream` (an `__init__.py`), and add `async-byte-stream` to httpx's dependencies")
        #expect(ModuleNaming.visibility(of: ["Client", "_merge"], outside: "transports", ecosystem: "python")
            == "Export `Client`, `_merge` from `transports/__init__.py` (drop the leading underscore of `_merge`: it "
            + "marks a name private)")
        #expect(ModuleNaming.forwarding(of: "transports", from: httpx)?.contains("`from transports import …`") == true)
    }

    /// pydantic's `pydantic_core` and the pyo3 crate it binds, `pydantic-core`, are one distribution, named once.
    @Test func aPackageAndTheCrateItBindsAreOneDependency() {
        let pydantic = module(roots: ["pydantic"], name: "pydantic")

        #expect(ModuleNaming.declaration(
            of: "migration", folder: "migration", module: pydantic, newIsLower: true,
            dependencies: ["pydantic-core", "pydantic_core"]).hasSuffix("add `pydantic-core` to migration's dependencies"))
    }

    @Test func filesAreNamedAsPythonNamesModules() {
        #expect(snakeCased("RHSResult") == "rhs_result")
        #expect(snakeCased("HTTPError") == "http_error")
        #expect(snakeCased("RoomChannel") == "room_channel")
        #expect(snakeCased("already_snake") == "already_snake")
        #expect(partFileName(stem: "test_config", part: "test_unset_setting", extension: ".py") == "test_config_unset_setting.py")
        #expect(partFileName(stem: "linegen", part: "_hugging_power", extension: ".py") == "linegen_hugging_power.py")
        #expect(partFileName(stem: "__init__", part: "read_pyproject_toml", extension: ".py") == "read_pyproject_toml.py")
    }
}

/// langgraph's checkpoint-postgres: `langgraph/` and `langgraph/checkpoint/` are namespace folders (no `__init__.py`),
/// `langgraph.checkpoint.postgres` the regular package; a split keeps the namespace and adds a package beside it.
@Suite struct PythonNamespaceSplitTests {
    private let postgres = PlanModule(
        name: "langgraph-checkpoint-postgres", ecosystem: "python", roots: ["libs/checkpoint-postgres"],
        manifest: "libs/checkpoint-postgres/pyproject.toml", files: [],
        packageFolders: [
            "libs/checkpoint-postgres/langgraph/checkpoint/postgres", "libs/checkpoint-postgres/langgraph/store/postgres",
            "libs/checkpoint-postgres/langgraph/store/postgres/sql", "libs/checkpoint-postgres/tests",
        ])

    @Test func aFileKnowsItsRegularPackageAndTheNamespaceAroundIt() throws {
        let nested = try #require(ModuleNaming.pythonNamespacedPackage(
            of: "libs/checkpoint-postgres/langgraph/store/postgres/sql/queries.py", in: postgres))
        let httpx = PlanModule(
            name: "httpx", ecosystem: "python", roots: [""], manifest: "pyproject.toml", files: [],
            packageFolders: ["httpx", "httpx/_transports"])

        #expect(nested.path == "libs/checkpoint-postgres/langgraph/store/postgres")
        #expect(nested.namespace == "langgraph/store")
        #expect(nested.name == "postgres")
        #expect(ModuleNaming.pythonNamespacedPackage(of: "httpx/_transports/base.py", in: httpx) == nil)
        #expect(ModuleNaming.pythonNamespacedPackage(of: "libs/checkpoint-postgres/tests/test_sync.py", in: postgres) == nil)
    }

    @Test func theNewPackageSitsBesideTheOldOneInTheSameNamespace() throws {
        let package = try #require(ModuleNaming.pythonNamespacedPackage(
            of: ["libs/checkpoint-postgres/langgraph/checkpoint/postgres/aio.py"], in: postgres))

        #expect(ModuleNaming.pythonNamespaced("aio", in: package, taken: []) == "langgraph.checkpoint.postgres_aio")
        #expect(ModuleNaming.pythonNamespaced("postgres_saver", in: package, taken: []) == "langgraph.checkpoint.postgres_saver")
        // The old package's own name is taken by it.
        #expect(ModuleNaming.pythonNamespaced("postgres", in: package, taken: []) == "langgraph.checkpoint.postgres2")
    }

    @Test func movedFilesKeepTheNamespacePathInTheNewDistribution() {
        let name = "langgraph.checkpoint.postgres_aio"
        let folder = ModuleNaming.folder(for: name, module: postgres)

        #expect(folder == "libs/langgraph-checkpoint-postgres-aio")
        #expect(ModuleNaming.destination(
            of: "libs/checkpoint-postgres/langgraph/checkpoint/postgres/aio.py", fileName: "aio.py", folder: folder,
            module: postgres) == "libs/langgraph-checkpoint-postgres-aio/langgraph/checkpoint/postgres_aio/aio.py")
        #expect(ModuleNaming.destination(
            of: "libs/checkpoint-postgres/langgraph/store/postgres/sql/queries.py", fileName: "queries.py",
            folder: "libs/langgraph-store-postgres-sql", module: postgres)
            == "libs/langgraph-store-postgres-sql/langgraph/store/postgres_sql/sql/queries.py")
    }

    @Test func theStepsNameTheDistributionAndImportTheDottedPackage() {
        let name = "langgraph.checkpoint.postgres_aio"
        let folder = ModuleNaming.folder(for: name, module: postgres)

        #expect(ModuleNaming.declaration(of: name, folder: folder, module: postgres, newIsLower: true)
            == "Create the distribution `libs/langgraph-checkpoint-postgres-aio/pyproject.toml` (`name = "
            + "\"langgraph-checkpoint-postgres-aio\"`) with the package `langgraph.checkpoint.postgres_aio` (an "
            + "`__init__.py` in `langgraph/checkpoint/postgres_aio/`, none in the namespace folders "
            + "`langgraph/checkpoint/`: list `langgraph` as the wheel's packages, as the old distribution does), and add "
            + "`langgraph-checkpoint-postgres-aio` to langgraph-checkpoint-postgres's dependencies")
        #expect(ModuleNaming.visibility(of: ["Conn"], outside: name, ecosystem: "python")
            == "Export `Conn` from `langgraph/checkpoint/postgres_aio/__init__.py`")
        #expect(ModuleNaming.forwarding(of: name, from: postgres)
            == "Import the moved names back into the `__init__.py` of the packages they leave (`from "
            + "langgraph.checkpoint.postgres_aio import …`), so callers keep working")
    }

    @Test func aSplitOfANamespacedDistributionMovesFilesBesideTheOldPackage() throws {
        // The lower-layer shape of PlannerTests' C module: base_a.py and base_b.py move.
        let folder = "libs/checkpoint-postgres/langgraph/checkpoint/postgres"
        let lines = [("base_a", 200), ("base_b", 200), ("base_c", 200), ("aio", 850), ("shallow", 850)]
        let uses = [("base_b", "base_a"), ("base_c", "base_b"), ("base_c", "base_a"), ("aio", "base_c"), ("shallow", "base_c"),
                    ("aio", "shallow"), ("shallow", "aio")]
        var module = postgres
        module.files = lines.map { PlanFile(path: "\(folder)/\($0.0).py", codeLines: $0.1, declaredNames: [$0.0]) }
        module.codeLines = 2300
        module.dependencies = uses.map {
            FileDependency(from: "\(folder)/\($0.0).py", to: "\(folder)/\($0.1).py", weight: 3, names: [$0.1])
        }

        let steps = Planner(settings: PlanSettings()).plan(try sizeInput(module, lines: 2300)).stages
            .filter { $0.kind == .splitModule }.flatMap(\.steps)
        let moves = steps.filter { $0.hasPrefix("Move ") }

        #expect(!moves.isEmpty)
        #expect(moves.allSatisfy { $0.contains(" to libs/langgraph-checkpoint-postgres-") && $0.contains("/langgraph/checkpoint/postgres_") })
        #expect(steps.contains { $0.hasPrefix("Create the distribution `libs/langgraph-checkpoint-postgres-") })
        #expect(!steps.contains { $0.contains("libs/postgres") })
    }
}

@Suite struct PythonFileSplitTests {
    @Test func aPackagesInitGivesItsPartsModulesOfTheirOwnNamesAndImportsThemBack() throws {
        let file = PlanFile(
            path: "src/black/__init__.py", codeLines: 700,
            declarations: [
                Declaration(name: "read_pyproject_toml", kind: "def", startLine: 1, endLine: 300, codeLines: 250),
                Declaration(name: "main", kind: "def", startLine: 301, endLine: 800, codeLines: 350),
            ])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("to src/black/_main.py") })
        #expect(steps.contains { $0.hasPrefix("Import the moved names back into src/black/__init__.py") })
        #expect(steps.contains("Keep src/black/__init__.py for what stays"))
    }

    @Test func aPublicModulesPartsArePrivateModulesItImportsBack() throws {
        // pydantic/json_schema.py: `Examples` became a new public module, pydantic.examples.
        let file = PlanFile(
            path: "pydantic/json_schema.py", codeLines: 700,
            declarations: [
                Declaration(name: "GenerateJsonSchema", kind: "class", startLine: 1, endLine: 300, codeLines: 250),
                Declaration(name: "Examples", kind: "class", startLine: 301, endLine: 800, codeLines: 350),
            ])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("to pydantic/_examples.py") })
        #expect(steps.contains { $0.hasPrefix("Import the moved names back into pydantic/json_schema.py") })
    }

    @Test func fixturesMovedOutOfAConftestAreImportedBackForPytest() throws {
        let file = PlanFile(
            path: "tests/conftest.py", codeLines: 700,
            declarations: [
                Declaration(name: "project_factory", kind: "def", startLine: 1, endLine: 300, codeLines: 250),
                Declaration(name: "command_factory", kind: "def", startLine: 301, endLine: 800, codeLines: 350),
            ])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains { $0.hasSuffix("to tests/conftest_command_factory.py") })
        #expect(steps.contains { $0.hasPrefix("Import the moved fixtures back into conftest.py") })
    }
}
