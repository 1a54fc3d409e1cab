import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// Targets made inside `foreach`: read once per loop item when the items are known and the names are CMake's.
@Suite struct CMakeLoopTargetsTests {
    private func read(_ files: [String: String]) -> (modules: [String], warnings: [String]) {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        return (ManifestHarness.summary(result.modules), result.warnings.map(\.message))
    }

    @Test func aTargetNamedByTheLoopVariableIsOnePerItem() {
        // libuv's docs/code: each sample is an executable named after its folder, linking the library.
        let result = read([
            "docs/code/CMakeLists.txt": """
                set(SIMPLE_SAMPLES cgi helloworld)
                if(NOT WIN32)
                  list(APPEND SIMPLE_SAMPLES signal)
                endif()
                foreach (X IN LISTS SIMPLE_SAMPLES)
                    add_executable(${X} ${X}/main.c)
                    target_link_libraries(${X} uv_a)
                endforeach ()
                """,
            "docs/code/cgi/main.c": "", "docs/code/cgi/tick.c": "", "docs/code/helloworld/main.c": "",
            "docs/code/signal/main.c": "",
        ])

        #expect(result.modules == [
            #"cgi [executable] roots=["docs/code/cgi/main.c"] deps=["uv_a"] imports=[] @docs/code/CMakeLists.txt:6"#,
            #"helloworld [executable] roots=["docs/code/helloworld/main.c"] deps=["uv_a"] imports=[] @docs/code/CMakeLists.txt:6"#,
            #"signal [executable] roots=["docs/code/signal/main.c"] deps=["uv_a"] imports=[] @docs/code/CMakeLists.txt:6"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aNameBuiltFromTheLoopVariableAndTargetSourcesAddedInTheLoop() {
        // Catch2's fuzzing/ (`fuzz_${fuzzer}`), git's clar suites (`${suite}_suite`, sources by target_sources), and
        // a name set in the loop from the variable.
        let result = read([
            "CMakeLists.txt": """
                add_library(fuzzhelper helper.cpp)
                foreach(fuzzer TestSpecParser XmlWriter)
                  add_executable(fuzz_${fuzzer} fuzz_${fuzzer}.cpp)
                  target_link_libraries(fuzz_${fuzzer} PRIVATE fuzzhelper)
                endforeach()
                list(APPEND suites "combined" "pointer")
                foreach(suite IN LISTS suites)
                  add_executable(${suite}_suite)
                  target_sources(${suite}_suite PRIVATE main.c ${suite}.c "${CMAKE_CURRENT_BINARY_DIR}/${suite}/clar.suite")
                  add_test(NAME build_${suite} COMMAND ${suite}_suite)
                endforeach()
                foreach(tool IN ITEMS lint)
                  set(TOOL_TARGET ${tool}-tool)
                  add_executable(${TOOL_TARGET} tools/${tool}.c)
                endforeach()
                """,
            "helper.cpp": "", "fuzz_TestSpecParser.cpp": "", "fuzz_XmlWriter.cpp": "", "main.c": "", "combined.c": "",
            "pointer.c": "", "tools/lint.c": "",
        ])

        #expect(result.modules == [
            #"combined_suite [test] roots=["combined.c", "main.c"] deps=[] imports=[] @CMakeLists.txt:8"#,
            #"fuzz_TestSpecParser [executable] roots=["fuzz_TestSpecParser.cpp"] deps=["fuzzhelper"] imports=[] @CMakeLists.txt:3"#,
            #"fuzz_XmlWriter [executable] roots=["fuzz_XmlWriter.cpp"] deps=["fuzzhelper"] imports=[] @CMakeLists.txt:3"#,
            #"fuzzhelper [library] roots=["helper.cpp"] deps=[] imports=[] @CMakeLists.txt:1"#,
            #"lint-tool [executable] roots=["tools/lint.c"] deps=[] imports=[] @CMakeLists.txt:14"#,
            #"pointer_suite [test] roots=["main.c", "pointer.c"] deps=[] imports=[] @CMakeLists.txt:8"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func loopsWhoseTargetsCannotBeToldStaySkipped() {
        let result = read([
            "CMakeLists.txt": """
                foreach(test ${UNKNOWN_TESTS})
                  add_executable(${test} ${test}.c)
                endforeach()
                file(GLOB TEST_SOURCES tests/*.c)
                foreach(source ${TEST_SOURCES})
                  add_executable(${source} ${source})
                endforeach()
                foreach(source ${TEST_SOURCES})
                  get_filename_component(source ${source} NAME_WE)
                  add_executable(${source} tests/${source}.c)
                endforeach()
                foreach(n RANGE 3)
                  add_executable(t${n} t${n}.c)
                endforeach()
                """,
            "tests/a.c": "", "t1.c": "",
        ])

        // Unknown items, items that are paths (not target names), a variable the loop rewrites, a RANGE.
        #expect(result.modules.isEmpty)
        #expect(result.warnings == [
            "target name '${test}' is computed; skipped", "target name '${source}' is computed; skipped",
            "target name '${source}' is computed; skipped", "target name 't${n}' is computed; skipped",
        ])
    }

    @Test func nestedLoopsMultiplyUpToABound() {
        let items = (0..<40).map { "i\($0)" }.joined(separator: " ")
        let result = read([
            "CMakeLists.txt": """
                foreach(os linux mac)
                  foreach(arch x64 arm)
                    add_library(core_${os}_${arch} ${os}/${arch}.c)
                  endforeach()
                endforeach()
                foreach(a \(items))
                  foreach(b \(items))
                    add_executable(big_${a}_${b} big.c)
                  endforeach()
                endforeach()
                """,
            "linux/x64.c": "", "linux/arm.c": "", "mac/x64.c": "", "mac/arm.c": "", "big.c": "",
        ])

        #expect(result.modules.map { String($0.prefix { $0 != " " }) } == [
            "core_linux_arm", "core_linux_x64", "core_mac_arm", "core_mac_x64",
        ])
        // 1,600 readings is over the bound: the command is read once, as written.
        #expect(result.warnings == ["target name 'big_${a}_${b}' is computed; skipped"])
    }
}
