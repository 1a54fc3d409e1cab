import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// `function()` and `macro()`: a definition declares nothing; each call runs the body with its arguments bound.
@Suite struct CMakeFunctionCallsTests {
    private func read(_ files: [String: String]) -> (modules: [String], warnings: [String]) {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        return (ManifestHarness.summary(result.modules), result.warnings.map(\.message))
    }

    @Test func eachCallOfAHelperDeclaresItsTarget() {
        // fmt's test/CMakeLists.txt: `add_fmt_test(name srcs…)` with options parsed by cmake_parse_arguments; the
        // HEADER_ONLY branch only for the calls asking for it.
        let result = read([
            "test/CMakeLists.txt": """
                set(TEST_MAIN_SRC test-main.cc)
                add_library(test-main STATIC ${TEST_MAIN_SRC})
                function (add_fmt_test name)
                  cmake_parse_arguments(ADD_FMT_TEST "HEADER_ONLY;MODULE" "" "" ${ARGN})
                  set(sources ${name}.cc ${ADD_FMT_TEST_UNPARSED_ARGUMENTS})
                  if (ADD_FMT_TEST_HEADER_ONLY)
                    set(sources ${sources} ${TEST_MAIN_SRC} ../src/os.cc)
                    set(libs gtest fmt-header-only)
                  elseif (ADD_FMT_TEST_MODULE)
                    set(libs test-main fmt-module)
                  else ()
                    set(libs test-main fmt)
                  endif ()
                  add_executable(${name} ${sources})
                  target_link_libraries(${name} ${libs})
                  add_test(NAME ${name} COMMAND ${name})
                endfunction ()
                add_fmt_test(args-test)
                add_fmt_test(format-test mock-allocator.h)
                if (NOT MSVC)
                  add_fmt_test(format-impl-test HEADER_ONLY header-only-test.cc)
                endif ()
                """,
            "test/test-main.cc": "", "test/args-test.cc": "", "test/format-test.cc": "", "test/mock-allocator.h": "",
            "test/format-impl-test.cc": "", "test/header-only-test.cc": "", "src/os.cc": "",
        ])

        #expect(result.modules == [
            #"args-test [test] roots=["test/args-test.cc"] deps=["fmt", "test-main"] imports=[] @test/CMakeLists.txt:18"#,
            // It compiles test-main.cc too, which stays the library's.
            #"format-impl-test [test] roots=["src/os.cc", "test/format-impl-test.cc", "test/header-only-test.cc"] deps=["fmt-header-only", "gtest"] imports=[] @test/CMakeLists.txt:21"#,
            #"format-test [test] roots=["test/format-test.cc", "test/mock-allocator.h"] deps=["fmt", "test-main"] imports=[] @test/CMakeLists.txt:19"#,
            #"test-main [library] roots=["test/test-main.cc"] deps=[] imports=[] @test/CMakeLists.txt:2"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func argvArgnAndNamedParametersBindAndMacrosShareTheCallersVariables() {
        // googletest's `cxx_library(name cxx_flags srcs…)` → `cxx_library_with_type(${name} "" "${cxx_flags}" ${ARGN})`.
        let result = read([
            "CMakeLists.txt": """
                function(cxx_library_with_type name type cxx_flags)
                  add_library(${name} ${type} ${ARGN})
                  set(LAST_LIBRARY ${name})
                endfunction()
                function(cxx_library name cxx_flags)
                  cxx_library_with_type(${name} "" "${cxx_flags}" ${ARGN})
                endfunction()
                macro(add_tool)
                  add_executable(${ARGV0} tools/${ARGV0}.c)
                  set(TOOL_COUNT ${ARGC})
                  list(APPEND TOOLS ${ARGV})
                endmacro()
                cxx_library(gtest "${cxx_strict}" src/gtest-all.cc)
                cxx_library(gtest_main "${cxx_strict}" src/gtest_main.cc)
                add_tool(lint extra)
                add_executable(all ${TOOLS} ${LAST_LIBRARY}.c)
                """,
            "src/gtest-all.cc": "", "src/gtest_main.cc": "", "tools/lint.c": "",
        ])

        // The function's `set(LAST_LIBRARY …)` stays in the function; the macro's list is the caller's.
        #expect(result.modules == [
            #"all [executable] roots=[] deps=[] imports=[] @CMakeLists.txt:16"#,
            #"gtest [library] roots=["src/gtest-all.cc"] deps=[] imports=[] @CMakeLists.txt:13"#,
            #"gtest_main [library] roots=["src/gtest_main.cc"] deps=[] imports=[] @CMakeLists.txt:14"#,
            #"lint [executable] roots=["tools/lint.c"] deps=[] imports=[] @CMakeLists.txt:15"#,
        ])
        #expect(result.warnings == [
            "target all: sources '${LAST_LIBRARY}.c' cannot be read as text; it owns only the files it lists by name, not the repository root"
        ])
    }

    @Test func parentScopeReturnsAListAndParseArgvReadsTheCallsArguments() {
        let result = read([
            "lib/CMakeLists.txt": """
                function(collect_sources out)
                  set(srcs a.c b.c)
                  list(TRANSFORM srcs PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/src/)
                  set(${out} ${srcs} PARENT_SCOPE)
                endfunction()
                function(add_component name)
                  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "KIND" "SOURCES;DEPS")
                  if (NOT DEFINED ARG_KIND)
                    set(ARG_KIND STATIC)
                  endif ()
                  add_library(${name} ${ARG_KIND} ${ARG_SOURCES})
                  target_link_libraries(${name} PRIVATE ${ARG_DEPS})
                endfunction()
                collect_sources(CORE_SOURCES)
                add_component(core SOURCES ${CORE_SOURCES} DEPS m)
                add_component(extra KIND SHARED SOURCES extra/x.c)
                """,
            "lib/src/a.c": "", "lib/src/b.c": "", "lib/extra/x.c": "",
        ])

        #expect(result.modules == [
            #"core [library] roots=["lib/src/a.c", "lib/src/b.c"] deps=["m"] imports=[] @lib/CMakeLists.txt:15"#,
            #"extra [library] roots=["lib/extra/x.c"] deps=[] imports=[] @lib/CMakeLists.txt:16"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aCallInAForeachIsReadOncePerItemAndReturnEndsTheBody() {
        // open62541's `add_example(name source)` macro called with literal names, and a helper returning early.
        let result = read([
            "examples/CMakeLists.txt": """
                macro(add_example EXAMPLE_NAME EXAMPLE_SOURCE)
                  add_executable(${EXAMPLE_NAME} ${EXAMPLE_SOURCE})
                  target_link_libraries(${EXAMPLE_NAME} open62541)
                endmacro()
                foreach(name client server)
                  add_example(${name}_example ${name}.c)
                endforeach()
                function(maybe_add name)
                  add_executable(${name} ${name}.c)
                  return()
                  add_executable(${name}_never ${name}.c)
                endfunction()
                maybe_add(tool)
                """,
            "examples/client.c": "", "examples/server.c": "", "examples/tool.c": "",
        ])

        #expect(result.modules == [
            #"client_example [executable] roots=["examples/client.c"] deps=["open62541"] imports=[] @examples/CMakeLists.txt:6"#,
            #"server_example [executable] roots=["examples/server.c"] deps=["open62541"] imports=[] @examples/CMakeLists.txt:6"#,
            #"tool [executable] roots=["examples/tool.c"] deps=[] imports=[] @examples/CMakeLists.txt:13"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func definitionsNeverCalledDeclareNothingAndRecursionIsBounded() {
        let result = read([
            "CMakeLists.txt": """
                function(unused name)
                  add_library(${name} ${name}.c)
                endfunction()
                function(forever name)
                  add_library(${name} ${name}.c)
                  forever(${name})
                endfunction()
                forever(loop)
                function(add_library name)
                  _add_library(${name} ${ARGN})
                endfunction()
                add_library(kept kept.c)
                """,
            "loop.c": "", "kept.c": "",
        ])

        // A redefined add_library keeps its meaning.
        #expect(result.modules == [
            #"kept [library] roots=["kept.c"] deps=[] imports=[] @CMakeLists.txt:12"#,
            #"loop [library] roots=["loop.c"] deps=[] imports=[] @CMakeLists.txt:8"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func helpersFromAnIncludedFileAndFromTheFileAddingTheFolder() {
        // googletest's cmake/internal_utils.cmake; libevent's `include(AddEventLibrary)` through CMAKE_MODULE_PATH.
        let result = read([
            "CMakeLists.txt": """
                list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_SOURCE_DIR}/cmake)
                include(AddEventLibrary)
                include(cmake/internal_utils.cmake)
                add_event_library(event_core SOURCES event.c)
                cxx_executable(sample1 samples)
                add_subdirectory(test)
                """,
            "cmake/AddEventLibrary.cmake": """
                macro(add_event_library LIB_NAME)
                  cmake_parse_arguments(LIB "" "" "SOURCES;LIBRARIES" ${ARGN})
                  add_library(${LIB_NAME} ${LIB_SOURCES})
                endmacro()
                """,
            "cmake/internal_utils.cmake": """
                set(UTILS_DIR ${CMAKE_CURRENT_LIST_DIR})
                function(cxx_executable name dir)
                  add_executable(${name} ${dir}/${name}.cc)
                endfunction()
                """,
            "test/CMakeLists.txt": "cxx_executable(unit_test .)\nadd_executable(helper ${UTILS_DIR}/helper.cc)\n",
            "event.c": "", "samples/sample1.cc": "", "test/unit_test.cc": "", "cmake/helper.cc": "",
        ])

        #expect(result.modules == [
            #"event_core [library] roots=["event.c"] deps=[] imports=[] @CMakeLists.txt:4"#,
            #"helper [executable] roots=["cmake/helper.cc"] deps=[] imports=[] @test/CMakeLists.txt:2"#,
            #"sample1 [executable] roots=["samples/sample1.cc"] deps=[] imports=[] @CMakeLists.txt:5"#,
            #"unit_test [test] roots=["test/unit_test.cc"] deps=[] imports=[] @test/CMakeLists.txt:1"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aHelperNamingItsTargetAfterAFileIsReadPerLoopItem() {
        // open62541's `ua_add_test(check_types.c)` (string(REPLACE) and list(POP_*)), fmt's fuzzers (get_filename_component
        // of a loop item), and a settings-only interface library, which owns no folder.
        let result = read([
            "tests/CMakeLists.txt": """
                function(ua_add_test test_path_relative)
                  string(REPLACE "." ";" PARTS ${test_path_relative})
                  list(POP_FRONT PARTS PATH_WITHOUT_EXTENSION)
                  string(REPLACE "/" ";" QUALIFIED_PATHNAME ${PATH_WITHOUT_EXTENSION})
                  list(POP_BACK QUALIFIED_PATHNAME TEST_NAME)
                  cmake_parse_arguments(arg "MQTT" "" "EXTRASOURCES;EXTRALIBS" ${ARGN})
                  add_executable(${TEST_NAME} ${test_path_relative} ${arg_EXTRASOURCES})
                  target_link_libraries(${TEST_NAME} ${arg_EXTRALIBS})
                endfunction()
                ua_add_test(check_types.c)
                ua_add_test(server/check_server.c EXTRALIBS OFF m)
                function(add_fuzzer source)
                  get_filename_component(basename ${source} NAME_WE)
                  set(name ${basename}-fuzzer)
                  add_executable(${name} ${source})
                endfunction()
                foreach(source chrono-duration.cc float.cc)
                  add_fuzzer(${source})
                endforeach()
                add_library(_test_interface INTERFACE)
                target_link_libraries(_test_interface INTERFACE stdc++fs)
                """,
            "tests/check_types.c": "", "tests/server/check_server.c": "", "tests/chrono-duration.cc": "",
            "tests/float.cc": "",
        ])

        // A false constant (`OFF`) is no dependency.
        #expect(result.modules == [
            #"_test_interface [library] roots=[] deps=["stdc++fs"] imports=[] @tests/CMakeLists.txt:20"#,
            #"check_server [executable] roots=["tests/server/check_server.c"] deps=["m"] imports=[] @tests/CMakeLists.txt:11"#,
            #"check_types [executable] roots=["tests/check_types.c"] deps=[] imports=[] @tests/CMakeLists.txt:10"#,
            #"chrono-duration-fuzzer [executable] roots=["tests/chrono-duration.cc"] deps=[] imports=[] @tests/CMakeLists.txt:18"#,
            #"float-fuzzer [executable] roots=["tests/float.cc"] deps=[] imports=[] @tests/CMakeLists.txt:18"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func constantConditionsAndParsedKeywordsDecideBranches() {
        let result = read([
            "CMakeLists.txt": """
                if(0)
                  add_library(dead dead.c)
                elseif(FALSE OR NOT ON)
                  add_library(dead2 dead.c)
                else()
                  add_library(alive alive.c)
                endif()
                function(component name)
                  cmake_parse_arguments(C "SHARED" "" "SOURCES" ${ARGN})
                  if(C_SHARED AND WIN32)
                    add_library(${name}_win SHARED ${C_SOURCES})
                  elseif(NOT C_SHARED OR UNKNOWN_OPTION)
                    add_library(${name} STATIC ${C_SOURCES})
                  endif()
                  if(DEFINED C_SOURCES)
                    target_sources(${name} PRIVATE extra.c)
                  endif()
                endfunction()
                component(core SOURCES core.c)
                component(plugin SHARED)
                """,
            "dead.c": "", "alive.c": "", "core.c": "", "extra.c": "",
        ])

        // `plugin` is SHARED and the WIN32 branch cannot be told, so the next branch is read too: no target for
        // `plugin_win` (its sources are unknown to be empty: it owns nothing at the root) and `plugin` itself.
        #expect(result.modules == [
            #"alive [library] roots=["alive.c"] deps=[] imports=[] @CMakeLists.txt:6"#,
            #"core [library] roots=["core.c", "extra.c"] deps=[] imports=[] @CMakeLists.txt:19"#,
            #"plugin [library] roots=[] deps=[] imports=[] @CMakeLists.txt:20"#,
            #"plugin_win [library] roots=[] deps=[] imports=[] @CMakeLists.txt:20"#,
        ])
    }

    @Test func aNameCMakeWouldRefuseIsAMisreadingAndSkipped() {
        // nlohmann/json's `json_test_add_test_for`: `"${args_NAME}" STREQUAL ""` is told (the keyword was not given),
        // so only its branch runs. Under a condition that cannot be told both branches are read, the `else` unsets
        // `test_name`, and the inner call's arguments shift by one, so its target would be named after the file.
        let result = read([
            "tests/CMakeLists.txt": """
                function(_add_test test_name file)
                  add_executable(${test_name}_cpp11 ${file})
                endfunction()
                function(add_test_for file)
                  cmake_parse_arguments(args "" "NAME" "" ${ARGN})
                  if("${args_NAME}" STREQUAL "")
                    get_filename_component(test_name ${file} NAME_WE)
                  else()
                    set(test_name ${args_NAME})
                  endif()
                  _add_test(${test_name} ${file})
                endfunction()
                function(add_test_unknown file)
                  cmake_parse_arguments(args "" "NAME" "" ${ARGN})
                  if(JSON_OPTION)
                    get_filename_component(test_name ${file} NAME_WE)
                  else()
                    set(test_name ${args_NAME})
                  endif()
                  _add_test(${test_name} ${file})
                endfunction()
                add_test_for(src/unit-a.cpp)
                add_test_unknown(src/unit-b.cpp)
                """,
            "tests/src/unit-a.cpp": "", "tests/src/unit-b.cpp": "",
        ])

        #expect(result.modules == [
            #"unit-a_cpp11 [executable] roots=["tests/src/unit-a.cpp"] deps=[] imports=[] @tests/CMakeLists.txt:22"#
        ])
        #expect(result.warnings == ["target name 'src/unit-b.cpp_cpp11' is not one CMake accepts; skipped"])
    }
}
