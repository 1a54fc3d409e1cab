import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// `list()` subcommands run on source lists known as text: the folder `TRANSFORM … PREPEND` gives, what
/// `REMOVE_ITEM` and `FILTER` take out, and a list a `foreach` adds to once per item.
@Suite struct CMakeListCommandTests {
    private func roots(_ files: [String: String]) -> [String] {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        return result.modules.map { "\($0.name) \($0.roots)" } + result.warnings.map(\.description)
    }

    @Test func transformPrependGivesTheSourcesTheirFolder() {
        let modules = roots([
            "lib/CMakeLists.txt": """
                set(SRCS a.c b.c)
                list(TRANSFORM SRCS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/src/)
                set(HDRS a b)
                list(TRANSFORM HDRS APPEND .h OUTPUT_VARIABLE HEADERS)
                list(TRANSFORM HEADERS PREPEND include/)
                add_library(core ${SRCS} ${HEADERS})
                set(TOOLS ONE Two)
                list(TRANSFORM TOOLS TOLOWER)
                list(TRANSFORM TOOLS REPLACE "^(.*)$" "tools/\\\\1.c" AT 0 -1)
                add_executable(tools ${TOOLS})
                """,
            "lib/src/a.c": "", "lib/src/b.c": "", "lib/include/a.h": "", "lib/include/b.h": "", "lib/a.c": "",
            "lib/tools/one.c": "", "lib/tools/two.c": "",
        ])

        // HDRS itself is untouched (OUTPUT_VARIABLE), so `a.c` at the folder is no source of core.
        #expect(modules == [
            #"core ["lib/include/a.h", "lib/include/b.h", "lib/src/a.c", "lib/src/b.c"]"#,
            #"tools ["lib/tools/one.c", "lib/tools/two.c"]"#,
        ])
    }

    @Test func removeItemFilterAndInsertEditTheList() {
        let modules = roots([
            "CMakeLists.txt": """
                file(GLOB SOURCES src/*.c)
                list(REMOVE_ITEM SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/src/win.c)
                list(FILTER SOURCES EXCLUDE REGEX "_test\\\\.c$")
                list(INSERT SOURCES 0 main.c)
                list(PREPEND SOURCES first.c)
                list(REMOVE_DUPLICATES SOURCES)
                add_library(lib ${SOURCES})
                set(TESTS src/a_test.c src/b_test.c src/win.c)
                list(FILTER TESTS INCLUDE REGEX "_test")
                list(REMOVE_AT TESTS -1)
                add_executable(unit ${TESTS})
                """,
            "src/a.c": "", "src/win.c": "", "src/a_test.c": "", "src/b_test.c": "", "main.c": "", "first.c": "",
        ])

        #expect(modules == [
            #"lib ["first.c", "main.c", "src/a.c"]"#,
            #"unit ["src/a_test.c"]"#,
        ])
    }

    @Test func aListAForeachAddsToGrowsOncePerItem() {
        // fmt's `set(FMT_HEADERS ${FMT_HEADERS} include/fmt/${header})`, libzmq's `list(APPEND sources …/${source})`.
        let modules = roots([
            "CMakeLists.txt": """
                set(FMT_HEADERS)
                foreach (header args.h base.h)
                  set(FMT_HEADERS ${FMT_HEADERS} include/fmt/${header})
                endforeach ()
                add_library(fmt src/format.cc ${FMT_HEADERS})
                set(cxx-sources a.cpp b.cpp)
                foreach(source ${cxx-sources})
                  list(APPEND sources ${CMAKE_CURRENT_SOURCE_DIR}/src/${source})
                endforeach()
                add_library(zmq ${sources})
                """,
            "src/format.cc": "", "include/fmt/args.h": "", "include/fmt/base.h": "", "src/a.cpp": "", "src/b.cpp": "",
        ])

        #expect(modules == [
            #"fmt ["include/fmt/args.h", "include/fmt/base.h", "src/format.cc"]"#,
            #"zmq ["src/a.cpp", "src/b.cpp"]"#,
        ])
    }

    @Test func aRemovalInAForeachRunsOncePerItem() {
        // google/benchmark's src/CMakeLists.txt: the glob's *.cc less each file BENCHMARK_MAIN globs, which
        // benchmark_main owns alone.
        let files = [
            "src/CMakeLists.txt": """
                file(GLOB SOURCE_FILES *.cc ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
                file(GLOB BENCHMARK_MAIN "benchmark_main.cc")
                foreach(item ${BENCHMARK_MAIN})
                  list(REMOVE_ITEM SOURCE_FILES "${item}")
                endforeach()
                add_library(benchmark ${SOURCE_FILES})
                add_library(benchmark::benchmark ALIAS benchmark)
                add_library(benchmark_main "benchmark_main.cc")
                target_link_libraries(benchmark_main PUBLIC benchmark::benchmark)
                """,
            "src/benchmark.cc": "", "src/benchmark.h": "", "src/benchmark_main.cc": "",
        ]
        let modules = roots(files)

        #expect(modules == [
            #"benchmark ["src/benchmark.cc", "src/benchmark.h"]"#,
            #"benchmark_main ["src/benchmark_main.cc"]"#,
        ])
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        // A link to the alias the file declares is one to its target.
        #expect(result.modules.first { $0.name == "benchmark_main" }?.dependencies == ["benchmark"])
    }

    @Test func anUnknownListOrRegexChangesNothing() {
        let modules = roots([
            "lib/CMakeLists.txt": """
                list(TRANSFORM UNKNOWN PREPEND src/)
                set(SRCS a.c)
                list(FILTER SRCS EXCLUDE REGEX "(")
                list(TRANSFORM SRCS PREPEND src/ FOR 0 5)
                add_library(lib ${SRCS} ${UNKNOWN})
                """,
            "lib/a.c": "", "lib/src/a.c": "",
        ])

        // The FILTER's regex does not compile and FOR's range is past the end: SRCS stays `a.c`.
        #expect(modules == [#"lib ["lib", "lib/a.c"]"#])
    }

    @Test func aRemovalABranchMayNotRunKeepsTheItemAndNamesAreReadFirst() {
        // libzmq's `if(WIN32) list(REMOVE_ITEM tests test_many_sockets) endif()`: every branch is read, so the list
        // keeps what any branch holds; `${${NAME}}` is the list NAME names; a flag a macro appends to itself grows
        // once per call.
        let modules = roots([
            "CMakeLists.txt": """
                set(tests test_a test_many_sockets)
                if(WIN32)
                  list(REMOVE_ITEM tests test_many_sockets)
                endif()
                list(REMOVE_ITEM tests test_a)
                foreach(test ${tests})
                  add_executable(${test} ${test}.cpp)
                endforeach()
                set(WHICH LIB_SOURCES)
                set(LIB_SOURCES lib.c)
                add_library(lib ${${WHICH}})
                macro(add_flag flag)
                  set(FLAGS "${FLAGS} ${flag}")
                endmacro()
                add_flag(-a)
                add_flag(-b)
                add_flag(-c)
                add_executable(flags flags${FLAGS}.c)
                """,
            "test_a.cpp": "", "test_many_sockets.cpp": "", "lib.c": "",
        ])

        #expect(modules == [
            #"flags []"#,
            #"lib ["lib.c"]"#,
            #"test_many_sockets ["test_many_sockets.cpp"]"#,
            "CMakeLists.txt:18: target flags: sources 'flags${FLAGS} -a -b -c.c' cannot be read as text; it owns only the "
                + "files it lists by name, not the repository root",
        ])
    }
}
