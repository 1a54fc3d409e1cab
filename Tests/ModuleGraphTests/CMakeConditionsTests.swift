import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// `if()` conditions told from the text: comparisons, `DEFINED`, `COMMAND`, `EXISTS`, parentheses and `NOT`/`AND`/`OR`
/// over the variables known for certain; anything unknown keeps every branch read.
@Suite struct CMakeConditionsTests {
    private func targets(_ script: String, files: [String: String] = [:]) -> [String] {
        let context = ManifestHarness.context(files.merging(["CMakeLists.txt": script]) { $1 })
        return ManifestHarness.read(context, with: CMakeManifest()).modules.map(\.name)
    }

    @Test func comparisonsOfKnownValuesPickTheirBranch() {
        let names = targets("""
            set(KIND shared)
            set(VERSION_TEXT 3.12.1)
            set(COUNT 4)
            set(EMPTY "")
            if(KIND STREQUAL "shared")
              add_library(streq INTERFACE)
            else()
              add_library(streq_else INTERFACE)
            endif()
            if(KIND STREQUAL static)
              add_library(unquoted_literal_is_unknown INTERFACE)
            endif()
            if("${KIND}" STREQUAL "static")
              add_library(wrong_kind INTERFACE)
            elseif(VERSION_TEXT VERSION_LESS 3.2 OR VERSION_TEXT VERSION_GREATER_EQUAL "3.12")
              add_library(version INTERFACE)
            else()
              add_library(version_else INTERFACE)
            endif()
            if(COUNT GREATER 3 AND COUNT LESS_EQUAL 4 AND NOT COUNT EQUAL 5)
              add_library(numbers INTERFACE)
            else()
              add_library(numbers_else INTERFACE)
            endif()
            if(KIND MATCHES "^sh(a|o)red$" AND NOT (KIND STRLESS "a" OR "${EMPTY}" STREQUAL "x"))
              add_library(regex INTERFACE)
            else()
              add_library(regex_else INTERFACE)
            endif()
            if("${EMPTY}" STREQUAL "" AND NOT EMPTY AND DEFINED EMPTY)
              add_library(empty INTERFACE)
            else()
              add_library(empty_else INTERFACE)
            endif()
            if(DEFINED NEVER_SET)
              add_library(never_set INTERFACE)
            endif()
            unset(GONE)
            if(DEFINED GONE OR GONE)
              add_library(gone INTERFACE)
            else()
              add_library(not_gone INTERFACE)
            endif()
            """)

        // Unknown, so read as before: `static`, unquoted, and `NEVER_SET` may name variables the user sets.
        #expect(names == ["empty", "never_set", "not_gone", "numbers", "regex", "streq", "unquoted_literal_is_unknown", "version"])
    }

    @Test func unknownOperandsAndValuesSetInBranchesThatMayNotRunKeepEveryBranch() {
        let names = targets("""
            if(WIN32)
              set(BACKEND win)
            else()
              set(BACKEND posix)
            endif()
            if(BACKEND STREQUAL "posix")
              add_library(posix_only INTERFACE)
            else()
              add_library(win_too INTERFACE)
            endif()
            set(CACHED ON CACHE BOOL "user option")
            if(NOT CACHED)
              add_library(cache_off INTERFACE)
            endif()
            set(N 1)
            math(EXPR N "${N} + 1")
            if(N EQUAL 1)
              add_library(math_written INTERFACE)
            endif()
            foreach(item a b)
              set(IN_LOOP ${item})
              set(LOOPED TRUE)
            endforeach()
            if(NOT LOOPED)
              add_library(loop_may_not_run INTERFACE)
            endif()
            if(${UNKNOWN} STREQUAL "x" OR CMAKE_SYSTEM_NAME MATCHES "Linux")
              add_library(unknown INTERFACE)
            endif()
            """)

        #expect(names == ["cache_off", "loop_may_not_run", "math_written", "posix_only", "unknown", "win_too"])
    }

    @Test func aValueSetInABranchIsKnownInsideThatBranch() {
        let names = targets("""
            if(SOME_OPTION)
              set(MODE fast)
              if(MODE STREQUAL "fast")
                add_library(inner_fast INTERFACE)
              else()
                add_library(inner_slow INTERFACE)
              endif()
            endif()
            if(MODE STREQUAL "fast")
              add_library(outer_fast INTERFACE)
            else()
              add_library(outer_other INTERFACE)
            endif()
            """)

        #expect(names == ["inner_fast", "outer_fast", "outer_other"])
    }

    @Test func functionParametersAreVariablesAndMacroArgumentsAreNot() {
        // googletest's `cxx_library_with_type(name type cxx_flags)`: `if (type STREQUAL "SHARED")`.
        let names = targets("""
            function(lib_with_type name type)
              if(type STREQUAL "SHARED")
                add_library(${name}_shared SHARED ${name}.c)
              else()
                add_library(${name}_static STATIC ${name}.c)
              endif()
              if(ARGN)
                add_library(${name}_extra INTERFACE)
              endif()
            endfunction()
            macro(macro_with_type name type)
              if(type STREQUAL "SHARED")
                add_library(${name}_macro_shared SHARED ${name}.c)
              endif()
            endmacro()
            lib_with_type(core SHARED)
            lib_with_type(util STATIC more)
            macro_with_type(plugin SHARED)
            """, files: ["core.c": "", "util.c": "", "plugin.c": ""])

        // In the macro, `type` names the caller's variable, which is not known: its branch is read.
        #expect(names == ["core_shared", "plugin_macro_shared", "util_extra", "util_static"])
    }

    @Test func commandAndExistsAskTheDefinitionsAndTheTrackedFiles() {
        let names = targets("""
            function(helper)
            endfunction()
            if(COMMAND helper AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/vendor/CMakeLists.txt")
              add_library(vendored INTERFACE)
            endif()
            if(NOT IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/vendor)
              add_library(no_vendor INTERFACE)
            endif()
            if(IS_ABSOLUTE "${CMAKE_CURRENT_SOURCE_DIR}" AND NOT IS_ABSOLUTE "relative/path")
              add_library(absolute INTERFACE)
            endif()
            if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/generated.h" OR COMMAND not_defined)
              add_library(maybe_generated INTERFACE)
            endif()
            if(NOT(EXISTS "${CMAKE_CURRENT_BINARY_DIR}/out.h"))
              add_library(build_folder_unknown INTERFACE)
            endif()
            """, files: ["vendor/CMakeLists.txt": ""])

        #expect(names == ["absolute", "build_folder_unknown", "maybe_generated", "vendored"])
    }

    @Test func aReturnUnderAToldConditionEndsTheFile() {
        let names = targets("""
            set(BUILD_EXTRAS OFF)
            add_library(always INTERFACE)
            if(NOT BUILD_EXTRAS)
              return()
            endif()
            add_library(extras INTERFACE)
            """)

        #expect(names == ["always"])
    }
}
