import Manifests
import BuildManifests
import TargetManifests
import ModuleGraph
import Testing

@Suite struct CMakeManifestTests {
    @Test func targetsResolveVariablesAndSkipAliases() throws {
        let context = try ManifestHarness.fixture("cmake-project")

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            // Literal sources are the roots; src/io.cpp is not tracked (generated), so it names nothing.
            #"engine-cli [executable] roots=["src/main.cpp"] deps=["Threads::Threads", "engine_core"] imports=[] @CMakeLists.txt:8"#,
            #"engine_core [library] roots=["src/core.cpp"] deps=["fmt::fmt"] imports=[] @CMakeLists.txt:5"#,
            #"plugin-audio [library] roots=["plugins/audio.cpp"] deps=["engine_core"] imports=[] @plugins/CMakeLists.txt:1"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func executablesThatRunTestsAreTestTargets() {
        let context = ManifestHarness.context([
            "CMakeLists.txt": """
                add_library(db db.cc)
                add_executable(dbutil util.cc)
                add_executable(db_tests "")
                add_executable(checker check.cc)
                add_test(NAME "checks" COMMAND "checker")
                add_executable(smoke smoke.cc)
                add_test(smoke_run smoke)
                add_executable(latest latest.cc)
                """,
            "db.cc": "", "util.cc": "", "check.cc": "", "smoke.cc": "", "latest.cc": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())
        let kinds = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.name, $0.kind) })

        #expect(kinds == [
            "db": .library, "dbutil": .executable, "db_tests": .test, "checker": .test, "smoke": .test,
            "latest": .executable,
        ])
    }

    @Test func aTargetBuiltOnlyOnRequestLeavesTheDefaultTargetsFilesToIt() {
        // curl's lib/: `curlu`, a unit-test copy of libcurl built on request, sorts before the library itself.
        let context = ManifestHarness.context([
            "lib/CMakeLists.txt": """
                set(CSOURCES url.c ftp.c)
                add_library(curlu STATIC EXCLUDE_FROM_ALL ${CSOURCES} unit.c)
                set(LIB_OBJECT "libcurl_object")
                add_library(${LIB_OBJECT} OBJECT ${CSOURCES})
                """,
            "lib/url.c": "", "lib/ftp.c": "", "lib/unit.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map { "\($0.name) \($0.roots)" } == [
            #"curlu ["lib/unit.c"]"#, #"libcurl_object ["lib/ftp.c", "lib/url.c"]"#,
        ])
    }

    @Test func unclosedCallIsAWarningWithItsLine() {
        let context = ManifestHarness.context(["CMakeLists.txt": "add_library(ok a.c)\n\nadd_executable(tool main.c\n"])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map(\.name) == ["ok", "tool"])
        // a.c and main.c are not tracked here: at the repository root neither target keeps the folder, so no tie.
        #expect(result.warnings.map(\.description) == ["CMakeLists.txt:3: call to add_executable is never closed"])
    }
}

@Suite struct CMakeSourceRootsTests {
    @Test func literalSourcesBecomeRootsWithTheirSameStemHeaders() {
        let context = ManifestHarness.context([
            "lib/CMakeLists.txt": """
                project(p C)
                add_library(core a.c ${PROJECT_SOURCE_DIR}/b/c.cpp ../gen.c)
                target_include_directories(core PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include> . ..)
                """,
            "lib/a.c": "", "lib/a.h": "", "lib/other.h": "", "lib/b/c.cpp": "", "lib/b/c.hpp": "",
            "lib/include/core/api.h": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        // The include folder is the target's; `.` and `..` (the manifest's folder and above) are not.
        #expect(result.modules.map(\.roots) == [["lib/a.c", "lib/a.h", "lib/b/c.cpp", "lib/b/c.hpp", "lib/include"]])
    }

    @Test func aSubprojectOwnsNoIncludeFolderOutsideItsFolder() {
        // nlohmann/json: tests/cuda_example is a project of its own that builds against the library's headers.
        let context = ManifestHarness.context([
            "tests/cuda_example/CMakeLists.txt": """
                project(json_cuda LANGUAGES CUDA)
                add_executable(json_cuda json_cuda.cu)
                target_include_directories(json_cuda PRIVATE ../../include local)
                """,
            "tests/cuda_example/json_cuda.cu": "", "tests/cuda_example/local/a.h": "", "include/nlohmann/json.hpp": "",
            "src/CMakeLists.txt": """
                add_library(core core.c)
                target_include_directories(core PUBLIC ../include)
                """,
            "src/core.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        // A subdirectory of the root project (no project() of its own) still owns the headers it publishes.
        #expect(result.modules.map(\.name) == ["core", "json_cuda"])
        #expect(result.modules.map(\.roots) == [
            ["include", "src/core.c"], ["tests/cuda_example/json_cuda.cu", "tests/cuda_example/local"],
        ])
    }

    @Test func generatorExpressionsAreReadForTheirValue() {
        // leveldb: `target_sources(leveldb $<$<VERSION_GREATER:CMAKE_VERSION,3.2>:PUBLIC> …)` at the root.
        let context = ManifestHarness.context([
            "CMakeLists.txt": """
                add_library(leveldb "")
                target_sources(leveldb $<$<VERSION_GREATER:CMAKE_VERSION,3.2>:PUBLIC> db/a.cc $<$<PLATFORM_ID:Windows>:util/win.cc>)
                """,
            "db/a.cc": "", "util/win.cc": "", "other/b.cc": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map(\.roots) == [["db/a.cc", "util/win.cc"]])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func appendedListsCountAndBuildFolderFilesAreSkipped() {
        let context = ManifestHarness.context([
            "CMakeLists.txt": """
                set(SRCS a.c)
                set(SRCS ${SRCS} b.c)
                if(WIN32)
                  list(APPEND SRCS win.c ${CMAKE_CURRENT_BINARY_DIR}/config.h)
                endif()
                add_library(lib ${SRCS})
                """,
            "a.c": "", "b.c": "", "win.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map(\.roots) == [["a.c", "b.c", "win.c"]])
    }

    @Test func aListAppendedBeforeAnySetIsMade() {
        let context = ManifestHarness.context([
            "CMakeLists.txt": """
                if(WIN32)
                  list(APPEND TEST_SRCS runner-win.c)
                else()
                  list(APPEND TEST_SRCS runner-unix.c)
                endif()
                set(ONE one.c)
                list(APPEND ONE two.c)
                add_executable(tests ${TEST_SRCS} main.c)
                add_executable(pair ${ONE})
                """,
            "runner-win.c": "", "runner-unix.c": "", "main.c": "", "one.c": "", "two.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map { "\($0.name)=\($0.roots)" } == [
            #"pair=["one.c", "two.c"]"#, #"tests=["main.c", "runner-unix.c", "runner-win.c"]"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func fileGlobsMatchTheTrackedFiles() {
        let context = ManifestHarness.context([
            "lib/CMakeLists.txt": """
                file(GLOB FLAT CONFIGURE_DEPENDS src/*.c ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
                file(GLOB_RECURSE DEEP LIST_DIRECTORIES false ../shared/*.cpp)
                file(GLOB LATER ${NOT_KNOWN}/*.c)
                file(GLOB RELATIVE_TO RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} src/*.c)
                add_library(flat ${FLAT})
                add_library(deep ${DEEP})
                add_library(later ${LATER})
                add_library(relative ${RELATIVE_TO})
                """,
            "lib/src/a.c": "", "lib/src/a.txt": "", "lib/src/sub/b.c": "", "lib/api.h": "",
            "shared/x.cpp": "", "shared/deep/y.cpp": "", "shared/z.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        // GLOB stays in the pattern's folder, GLOB_RECURSE goes below it; a glob with a variable left defines
        // nothing, so that target keeps its folder; a RELATIVE result is relative to its folder (here the current one).
        #expect(result.modules.map { "\($0.name)=\($0.roots)" } == [
            #"deep=["shared/deep/y.cpp", "shared/x.cpp"]"#, #"flat=["lib/api.h", "lib/src/a.c"]"#,
            #"later=["lib"]"#, #"relative=["lib/src/a.c"]"#,
        ])
    }

    @Test func anUnresolvedArgumentAtTheRootOwnsOnlyTheListedFiles() {
        let context = ManifestHarness.context([
            "CMakeLists.txt": """
                add_executable(gen a.c $<$<BOOL:WIN32>:win.c>)
                add_library(abs /usr/src/x.c)
                add_library(ok a.c)
                set(SRCS a.c CACHE STRING "x")
                add_library(cached ${SRCS})
                """,
            "a.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        // The repository root would be every file the other targets leave (libuv's benchmarks took 282 files).
        #expect(result.modules.map { "\($0.name)=\($0.roots)" } == [
            #"abs=[]"#, #"cached=["a.c"]"#, #"gen=["a.c"]"#, #"ok=["a.c"]"#,
        ])
        // A generator expression is read for its value (`win.c`, untracked here): no warning.
        #expect(result.warnings.map(\.description) == [
            "CMakeLists.txt:2: target abs: sources '/usr/src/x.c' cannot be read as text; "
                + "it owns only the files it lists by name, not the repository root",
        ])
    }

    @Test func anUnresolvedArgumentInASubfolderKeepsThatFolder() {
        let context = ManifestHarness.context([
            "lib/CMakeLists.txt": """
                add_library(partial a.c ${FROM_A_FUNCTION})
                add_library(unknown ${ELSEWHERE})
                add_library(literal b.c)
                """,
            "lib/a.c": "", "lib/b.c": "", "lib/c.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map { "\($0.name)=\($0.roots)" } == [
            #"literal=["lib/b.c"]"#, #"partial=["lib", "lib/a.c"]"#, #"unknown=["lib"]"#,
        ])
        // partial, first by name, counts lib/c.c; no warning of unread sources below the root.
        #expect(result.warnings.map(\.description) == [
            "lib/CMakeLists.txt:2: targets partial and unknown share folder lib; lib's files counted to partial",
        ])
    }

    @Test func aBackslashEscapedHashIsNoComment() {
        // Catch2's tests/CMakeLists.txt: `\#1394` is a literal `#`; read as a comment it swallowed the `)`.
        let context = ManifestHarness.context([
            "CMakeLists.txt": ##"""
                add_executable(SelfTest main.cpp)
                add_test(NAME Filtered COMMAND SelfTest \#1394 -c RunSection) # a comment (with a bracket
                add_test(NAME Quoted COMMAND SelfTest "a \# b")
                add_library(after after.cpp)
                """##,
            "main.cpp": "", "after.cpp": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map { "\($0.name) \($0.kind)" } == ["SelfTest test", "after library"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }
}
