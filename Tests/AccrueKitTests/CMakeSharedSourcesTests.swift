import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

/// Sources several CMake targets compile, the headers beside them, and a library described twice (facebook/zstd's
/// build/cmake: `libzstd_static` and `libzstd_shared`, the `zstd` program and the test tools that recompile its files).
@Suite struct CMakeSharedSourcesTests {
    private func report() throws -> ModuleReport {
        let files = [
            "CMakeLists.txt": """
                add_library(core_static STATIC lib/a.c)
                add_library(core_shared SHARED lib/a.c lib/exports.def)
                add_executable(tool programs/main.c programs/util.c programs/io.c)
                target_link_libraries(tool core_static)
                add_subdirectory(tests)
                """,
            "tests/CMakeLists.txt": """
                add_executable(bench ../programs/util.c bench.c)
                target_link_libraries(bench core_static)
                """,
            "lib/a.c": "#include \"a.h\"\nint a(void) { return 1; }\n", "lib/a.h": "int a(void);\n",
            "lib/exports.def": "EXPORTS\n  a\n",
            "programs/main.c": "#include \"platform.h\"\n#include \"util.h\"\nint main(void) { return util(); }\n",
            "programs/io.c": "#include \"platform.h\"\nint io(void) { return 0; }\n",
            "programs/util.c": "#include \"util.h\"\n#include \"../lib/a.h\"\nint util(void) { return a(); }\n",
            "programs/util.h": "int util(void);\n", "programs/platform.h": "#define PLATFORM 1\n",
            "tests/bench.c": "#include \"../programs/util.h\"\nint main(void) { return util(); }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "cmake-shared-sources")
        return try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
    }

    @Test func aSharedSourceIsTheProgramsAndAnUnlistedHeaderGoesWithItsFolder() throws {
        let report = try report()
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        // `util.c` is the program's, not the test tool's in tests/; `platform.h`, listed by no target, is the
        // program's too, not a folder module of its own.
        #expect(byName["tool"]?.files == [
            "programs/io.c", "programs/main.c", "programs/platform.h", "programs/util.c", "programs/util.h",
        ])
        #expect(byName["programs"] == nil)
        #expect(report.cycles.isEmpty)
    }

    @Test func aFileEveryTestCompilesMakesNoEdgeBetweenThem() throws {
        // DaveGamble/cJSON: each test executable compiles its own file and `unity_setup.c`, and includes the
        // `common.h` beside them, which no target lists; all 22 had an edge to the first, `cjson_add`.
        let files = [
            "CMakeLists.txt": "add_library(cjson cJSON.c)\nadd_subdirectory(tests)\n",
            "cJSON.c": "int parse(void) { return 1; }\n",
            "tests/CMakeLists.txt": """
                set(unity_tests parse_array print_array misc_tests)
                foreach(unity_test ${unity_tests})
                    add_executable("${unity_test}" "${unity_test}.c")
                    target_sources(${unity_test} PRIVATE unity_setup.c)
                    target_link_libraries("${unity_test}" cjson)
                    add_test(NAME "${unity_test}" COMMAND "./${unity_test}")
                endforeach()
                """,
            "tests/common.h": "#include \"../cJSON.c\"\n", "tests/unity_setup.c": "void setUp(void) {}\n",
            "tests/parse_array.c": "#include \"common.h\"\nint main(void) { return parse(); }\n",
            "tests/print_array.c": "#include \"common.h\"\nint main(void) { return parse(); }\n",
            "tests/misc_tests.c": "#include \"common.h\"\nint main(void) { return parse(); }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "cmake-shared-test-files")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        let tests: Set = ["parse_array", "print_array", "misc_tests"]
        #expect(report.edges.filter { tests.contains($0.to) }.map { "\($0.from)->\($0.to)" } == [])
        // What the shared header includes counts once, for the test owning its file.
        #expect(report.edges.allSatisfy { tests.contains($0.from) && $0.to == "cjson" })
        #expect(!report.edges.isEmpty)
    }

    @Test func aLibraryDescribedTwiceIsOneForWhatIsDeclaredAndUsed() throws {
        let report = try report()
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        // `tool` links `core_static` and includes the header `core_shared` owns; `bench` recompiles `util.c`.
        #expect(byName["tool"]?.declaredButUnused == [])
        #expect(byName["tool"]?.usedButUndeclared == [])
        #expect(byName["bench"]?.usedButUndeclared == [])
    }
}
