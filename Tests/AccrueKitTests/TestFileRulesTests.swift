import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

/// Which files of a module are its tests, which configure it, and when a module of test files is a test module.
@Suite struct TestFileRulesTests {
    private func modules(_ files: [String: String], prefix: String) throws -> [String: ModuleReport.Module] {
        let path = try FixtureRepository.committed(files, prefix: prefix)
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        return Dictionary(report.modules.map { ($0.declaration.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aSwiftPMTargetCompilesEveryFileInItsFolderWhateverItsName() throws {
        // Quick/Quick: `Sources/Quick/Examples/Example.swift` and `StopTest.swift` are the library's types. A target
        // whose folder is a test folder (accrue's own `Tests/Support`) keeps its files as tests.
        let byName = try modules([
            "Package.swift": """
                // swift-tools-version:5.9
                import PackageDescription
                let package = Package(name: "Quick", targets: [
                    .target(name: "Quick"),
                    .target(name: "Support", path: "Tests/Support"),
                    .testTarget(name: "QuickTests", dependencies: ["Quick", "Support"]),
                ])

                """,
            "Sources/Quick/World.swift": "public final class World {}\n",
            "Sources/Quick/Examples/Example.swift": "public final class Example {}\n",
            "Sources/Quick/StopTest.swift": "public struct StopTest: Error {}\n",
            "Tests/Support/Fixture.swift": "public let fixture = 1\n",
            "Tests/QuickTests/WorldTests.swift": "import Quick\nlet world = World()\n",
        ], prefix: "swiftpm-target-files")

        #expect(byName["Quick"]?.files == [
            "Sources/Quick/Examples/Example.swift", "Sources/Quick/StopTest.swift", "Sources/Quick/World.swift",
        ])
        #expect(byName["Quick"]?.testFiles == [])
        #expect(byName["Support"]?.testFiles == ["Tests/Support/Fixture.swift"])
        #expect(byName["Support"]?.declaration.kind == .test)
    }

    @Test func languagesThatDefineTestsByNameKeepThem() throws {
        // A Go package's `example_test.go` and a crate's `examples/` are tests and examples by the languages' rules.
        let byName = try modules([
            "go.mod": "module example.com/m\n\ngo 1.22\n",
            "m.go": "package m\n\nfunc F() int { return 1 }\n",
            "example_test.go": "package m_test\n\nfunc ExampleF() {}\n",
            "crate/Cargo.toml": "[package]\nname = \"c\"\nversion = \"0.1.0\"\n",
            "crate/src/lib.rs": "pub fn f() {}\n",
            "crate/examples/demo.rs": "fn main() { c::f(); }\n",
        ], prefix: "go-rust-test-names")

        #expect(byName["example.com/m"]?.testFiles == ["example_test.go"])
        #expect(byName["c"]?.testFiles == ["crate/examples/demo.rs"])
    }

    @Test func manifestsAndCIConfigurationAreNoTests() throws {
        // serde_json: `.github/workflows/ci.yml` and the fuzz crate's `fuzz/Cargo.toml` had been test files.
        let byName = try modules([
            "Cargo.toml": "[package]\nname = \"serde_json\"\nversion = \"1.0.0\"\n",
            "src/lib.rs": "pub fn to_string() {}\n",
            "tests/test.rs": "#[test]\nfn t() { serde_json::to_string(); }\n",
            ".github/workflows/ci.yml": "on: push\n", ".github/FUNDING.yml": "github: dtolnay\n",
            "fuzz/Cargo.toml": "[package]\nname = \"serde_json-fuzz\"\nversion = \"0.0.0\"\n",
            "fuzz/fuzz_targets/from_slice.rs": "fn main() { serde_json::to_string(); }\n",
        ], prefix: "manifest-ci-configuration")

        #expect(byName["serde_json"]?.files == [
            ".github/FUNDING.yml", ".github/workflows/ci.yml", "Cargo.toml", "src/lib.rs",
        ])
        #expect(byName["serde_json"]?.testFiles == ["tests/test.rs"])
        #expect(byName["serde_json-fuzz"]?.declaration.kind == .test)
        #expect(byName["serde_json-fuzz"]?.files == ["fuzz/Cargo.toml"])
        #expect(byName["serde_json-fuzz"]?.testFiles == ["fuzz/fuzz_targets/from_slice.rs"])
    }

    @Test func aPackageOfTestDataUnderATestFolderIsATestModule() throws {
        // cJSON's `tests/json-patch-tests`: the JSON-Patch suite's README, data and package.json, no code.
        let byName = try modules([
            "CMakeLists.txt": "add_library(cjson cJSON.c)\n", "cJSON.c": "int parse(void) { return 1; }\n",
            "tests/json-patch-tests/package.json": #"{"name": "json-patch-test-suite", "version": "1.1.0"}"#,
            "tests/json-patch-tests/tests.json": "[]\n", "tests/json-patch-tests/README.md": "# Tests\n",
            "docs/package.json": #"{"name": "docs", "version": "1.0.0"}"#, "docs/README.md": "# Docs\n",
        ], prefix: "test-data-package")

        #expect(byName["json-patch-test-suite"]?.declaration.kind == .test)
        #expect(byName["json-patch-test-suite"]?.files == ["tests/json-patch-tests/package.json"])
        // A package of no code and no test files stays what its manifest says.
        #expect(byName["docs"]?.declaration.kind == .library)
    }
}
