import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// Functions and macros are global once defined: a folder `add_subdirectory` adds defines them for the rest of the
/// file adding it, for the folders added after it, and for their own folders.
@Suite struct CMakeGlobalFunctionsTests {
    private func read(_ files: [String: String]) -> (modules: [String], warnings: [String]) {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        return (ManifestHarness.summary(result.modules), result.warnings.map(\.message))
    }

    @Test func aHelperAnAddedFolderDefinesServesTheFileAddingIt() {
        // googletest: googlemock adds ../googletest, whose included internal_utils.cmake defines `cxx_library` and
        // the `config_compiler_and_linker` macro setting `cxx_strict`; googlemock calls both after the add.
        let result = read([
            "CMakeLists.txt": "add_subdirectory(googlemock)\n",
            "googlemock/CMakeLists.txt": """
                set(gtest_dir ../googletest)
                add_subdirectory("${gtest_dir}" "${gmock_BINARY_DIR}/${gtest_dir}")
                config_compiler_and_linker()
                cxx_library(gmock "${cxx_strict}" src/gmock-all.cc)
                cxx_test(gmock_test gmock)
                """,
            "googletest/CMakeLists.txt": """
                include(cmake/internal_utils.cmake)
                config_compiler_and_linker()
                cxx_library(gtest "${cxx_strict}" src/gtest-all.cc)
                """,
            "googletest/cmake/internal_utils.cmake": """
                macro(config_compiler_and_linker)
                  set(cxx_strict "-Wall -Wshadow")
                endmacro()
                function(cxx_library name cxx_flags)
                  add_library(${name} ${ARGN})
                endfunction()
                function(cxx_test name libs)
                  add_executable(${name} test/${name}.cc)
                  target_link_libraries(${name} ${libs})
                endfunction()
                """,
            "googlemock/src/gmock-all.cc": "", "googlemock/test/gmock_test.cc": "", "googletest/src/gtest-all.cc": "",
        ])

        #expect(result.modules == [
            #"gmock [library] roots=["googlemock/src/gmock-all.cc"] deps=[] imports=[] @googlemock/CMakeLists.txt:4"#,
            #"gmock_test [test] roots=["googlemock/test/gmock_test.cc"] deps=["gmock"] imports=[] @googlemock/CMakeLists.txt:5"#,
            #"gtest [library] roots=["googletest/src/gtest-all.cc"] deps=[] imports=[] @googletest/CMakeLists.txt:3"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aFolderAddedLaterAndTheAddedFoldersOwnFoldersSeeTheDefinitions() {
        // A `cmake/` folder of helpers added first; the later folders call its helper, two levels down too; a folder
        // added after the call defines nothing for it, and the adding file's own later definition wins.
        let result = read([
            "CMakeLists.txt": """
                add_subdirectory(helpers)
                add_subdirectory(lib)
                late_helper(too_early)
                add_subdirectory(late)
                function(shared_helper name)
                  add_library(${name}_mine ${name}.c)
                endfunction()
                shared_helper(root)
                """,
            "helpers/CMakeLists.txt": """
                function(add_component name)
                  add_library(${name} ${name}.c)
                endfunction()
                add_subdirectory(nested)
                """,
            "helpers/nested/CMakeLists.txt": """
                macro(add_tool name)
                  add_executable(${name} ${name}.c)
                endmacro()
                """,
            "lib/CMakeLists.txt": "add_component(core)\nadd_subdirectory(tools)\n",
            "lib/tools/CMakeLists.txt": "add_tool(cli)\n",
            "late/CMakeLists.txt": """
                function(late_helper name)
                  add_library(${name} ${name}.c)
                endfunction()
                function(shared_helper name)
                  add_library(${name}_theirs ${name}.c)
                endfunction()
                """,
            "lib/core.c": "", "lib/tools/cli.c": "", "root.c": "", "too_early.c": "",
        ])

        #expect(result.modules == [
            #"cli [executable] roots=["lib/tools/cli.c"] deps=[] imports=[] @lib/tools/CMakeLists.txt:1"#,
            #"core [library] roots=["lib/core.c"] deps=[] imports=[] @lib/CMakeLists.txt:1"#,
            #"root_mine [library] roots=["root.c"] deps=[] imports=[] @CMakeLists.txt:8"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func anAddedFoldersTargetsStayItsOwnAndAFolderAddingItselfEnds() {
        let result = read([
            "CMakeLists.txt": """
                add_subdirectory(sub)
                use_it(app)
                """,
            "sub/CMakeLists.txt": """
                add_library(sublib s.c)
                function(use_it name)
                  add_executable(${name} ${name}.c)
                endfunction()
                add_subdirectory(. again)
                """,
            "sub/s.c": "", "app.c": "",
        ])

        #expect(result.modules == [
            #"app [executable] roots=["app.c"] deps=[] imports=[] @CMakeLists.txt:2"#,
            #"sublib [library] roots=["sub/s.c"] deps=[] imports=[] @sub/CMakeLists.txt:1"#,
        ])
    }
}
