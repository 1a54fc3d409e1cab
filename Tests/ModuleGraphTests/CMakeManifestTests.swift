import Manifests
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

    @Test func unclosedCallIsAWarningWithItsLine() {
        let context = ManifestHarness.context(["CMakeLists.txt": "add_library(ok a.c)\n\nadd_executable(tool main.c\n"])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map(\.name) == ["ok", "tool"])
        #expect(result.warnings.map(\.description) == [
            "CMakeLists.txt:3: call to add_executable is never closed",
            // a.c and main.c are not tracked here: both targets keep the folder.
            "CMakeLists.txt:3: targets ok and tool share folder .; .'s files counted to ok",
        ])
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

    @Test func anUnresolvedArgumentKeepsTheFolder() {
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

        #expect(result.modules.map { "\($0.name)=\($0.roots)" } == [
            #"abs=[""]"#, #"cached=["a.c"]"#, #"gen=[""]"#, #"ok=["a.c"]"#,
        ])
        #expect(result.warnings.map(\.description) == [
            "CMakeLists.txt:1: targets abs and gen share folder .; .'s files counted to abs",
        ])
    }
}
