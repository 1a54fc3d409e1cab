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
        #expect(ModuleNaming.forwarding(of: "transports", from: httpx).contains("`from transports import …`"))
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
