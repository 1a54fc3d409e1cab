import ManifestSyntax
import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// Quoted and unquoted arguments: an unquoted `${LIST}` is its elements (none when empty), a quoted one one argument.
@Suite struct CMakeQuotedArgumentsTests {
    private func read(_ files: [String: String]) -> (modules: [String], warnings: [String]) {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        return (ManifestHarness.summary(result.modules), result.warnings.map(\.message))
    }

    @Test func theScriptTellsQuotedArgumentsAndParenthesesApart() {
        let script = CMakeScript.parse(Array(#"if(NOT("${X}" STREQUAL "") AND a"b" ${Y})"#.utf8))

        #expect(script.commands.first?.arguments == ["NOT", "(", "${X}", "STREQUAL", "", ")", "AND", "ab", "${Y}"])
        #expect(script.commands.first?.quoted == [false, false, true, false, true, false, false, false, false])
    }

    @Test func aQuotedListIsOneArgumentAndAnUnquotedOneItsElements() {
        // googletest's `cxx_library(gtest "${cxx_strict}" src/gtest-all.cc)`: the flags are one argument, so the
        // source stays in its place; `set(X "a;b")` is a list of two, an empty unquoted value no argument at all.
        let result = read([
            "CMakeLists.txt": """
                function(cxx_library name cxx_flags first)
                  add_library(${name} ${first})
                endfunction()
                set(cxx_strict -Wall -Wextra)
                set(NOTHING "")
                set(SOURCES "a.c;b.c")
                cxx_library(gtest "${cxx_strict}" src/gtest-all.cc)
                cxx_library(shifted ${cxx_strict} src/shifted.c)
                cxx_library(pair ${NOTHING} "" ${SOURCES})
                add_library(quoted_list "${SOURCES}" "$<$<BOOL:${UNIX}>:c.c;d.c>")
                list(APPEND LIBS "m;dl")
                target_link_libraries(pair ${LIBS})
                add_executable(literal "with space.c")
                """,
            "src/gtest-all.cc": "", "src/shifted.c": "", "a.c": "", "b.c": "", "c.c": "", "d.c": "", "with space.c": "",
        ])

        // Unquoted, the flags are two arguments: `-Wextra` is taken for the first source.
        #expect(result.modules == [
            #"gtest [library] roots=["src/gtest-all.cc"] deps=[] imports=[] @CMakeLists.txt:7"#,
            #"literal [executable] roots=["with space.c"] deps=[] imports=[] @CMakeLists.txt:13"#,
            #"pair [library] roots=["a.c"] deps=["dl", "m"] imports=[] @CMakeLists.txt:9"#,
            #"quoted_list [library] roots=["a.c", "b.c", "c.c", "d.c"] deps=[] imports=[] @CMakeLists.txt:10"#,
            #"shifted [library] roots=[] deps=[] imports=[] @CMakeLists.txt:8"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aQuotedArgnIsOneList() {
        let result = read([
            "CMakeLists.txt": """
                function(wrap name)
                  add_library(${name} INTERFACE)
                  wrapped_sources(${name} "${ARGN}")
                endfunction()
                function(wrapped_sources name sources)
                  target_sources(${name} PRIVATE ${sources})
                endfunction()
                wrap(wrapped w1.c w2.c)
                """,
            "w1.c": "", "w2.c": "",
        ])

        #expect(result.modules == [#"wrapped [library] roots=["w1.c", "w2.c"] deps=[] imports=[] @CMakeLists.txt:8"#])
    }

    @Test func includeFoldersInABuildInterfaceListAreEachTheTargets() {
        // googletest's `string(REPLACE ";" "$<SEMICOLON>" dirs "${gtest_build_include_dirs}")`.
        let result = read([
            "googletest/CMakeLists.txt": """
                project(gtest)
                set(gtest_build_include_dirs "${gtest_SOURCE_DIR}/include" "${gtest_SOURCE_DIR}/extra")
                add_library(gtest src/gtest-all.cc)
                string(REPLACE ";" "$<SEMICOLON>" dirs "${gtest_build_include_dirs}")
                target_include_directories(gtest SYSTEM INTERFACE "$<BUILD_INTERFACE:${dirs}>")
                """,
            "CMakeLists.txt": "add_subdirectory(googletest)\n",
            "googletest/src/gtest-all.cc": "", "googletest/include/gtest/gtest.h": "", "googletest/extra/x.h": "",
        ])

        #expect(result.modules == [
            #"gtest [library] roots=["googletest/extra", "googletest/include", "googletest/src/gtest-all.cc"] deps=[] imports=[] @googletest/CMakeLists.txt:3"#
        ])
    }
}
