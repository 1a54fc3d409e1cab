import Manifests
import ModuleGraph
import TargetManifests
import Testing

/// `file(GLOB)` and `file(GLOB_RECURSE)` evaluated against the tracked paths: files, folders, `RELATIVE` results.
@Suite struct CMakeGlobTests {
    private func roots(_ files: [String: String]) -> [String] {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest())
        return result.modules.map { "\($0.name) \($0.roots)" } + result.warnings.map(\.description)
    }

    @Test func foldersAGlobListsRelativeToTheCurrentFolderAreAddedInAForeach() {
        // The usual "add every subfolder" idiom: each added folder starts with the variables of the file adding it.
        let modules = roots([
            "plugins/CMakeLists.txt": """
                set(PLUGIN_API ${CMAKE_CURRENT_SOURCE_DIR}/api)
                file(GLOB children RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)
                foreach(child ${children})
                  if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child})
                    add_subdirectory(${child})
                  endif()
                endforeach()
                """,
            "plugins/audio/CMakeLists.txt": "add_library(audio audio.c ${PLUGIN_API}/api.c)\n",
            "plugins/video/CMakeLists.txt": "add_library(video video.c ${PLUGIN_API}/api.h)\n",
            "plugins/api/api.c": "", "plugins/api/api.h": "", "plugins/audio/audio.c": "", "plugins/video/video.c": "",
            "plugins/README.md": "",
        ])

        #expect(modules == [
            #"audio ["plugins/api/api.c", "plugins/api/api.h", "plugins/audio/audio.c"]"#,
            #"video ["plugins/api/api.h", "plugins/video/video.c"]"#,
        ])
    }

    @Test func aBarePatternRelativeToTheFolderListsItsFoldersToo() {
        let modules = roots([
            "CMakeLists.txt": """
                set(COMMON ${CMAKE_CURRENT_SOURCE_DIR}/common.c)
                file(GLOB subdirs LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} tools/*)
                foreach(dir IN LISTS subdirs)
                  add_subdirectory(${dir})
                endforeach()
                """,
            "tools/a/CMakeLists.txt": "add_executable(toolA main.c ${COMMON})\n",
            "tools/a/main.c": "", "common.c": "",
        ])

        #expect(modules == [#"toolA ["common.c", "tools/a/main.c"]"#])
    }

    @Test func sourcesAGlobListsAreTheTargets() {
        let modules = roots([
            "CMakeLists.txt": """
                file(GLOB SRCS src/*.c)
                file(GLOB_RECURSE HDRS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/include/*.h)
                file(GLOB ALL RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/src src/*)
                add_library(x ${SRCS} ${HDRS})
                foreach(item ${ALL})
                  add_executable(${item} src/${item})
                endforeach()
                """,
            "src/a.c": "", "src/b.c": "", "src/deep/c.c": "", "include/x.h": "", "include/x/y.h": "",
        ])

        // `src/*` lists the folder `deep` too (LIST_DIRECTORIES is on for GLOB): a name CMake accepts, and no source
        // file of that name, so the target owns nothing (the module graph leaves it out).
        #expect(modules == [
            #"a.c ["src/a.c"]"#, #"b.c ["src/b.c"]"#, "deep []", #"x ["include/x.h", "include/x/y.h", "src/a.c", "src/b.c"]"#,
        ])
    }

    @Test func aGlobNotReadableAsTextLeavesItsVariableUndefined() {
        let modules = roots([
            "CMakeLists.txt": """
                file(GLOB ABS /usr/include/*.h)
                file(GLOB OUT RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/src ${CMAKE_CURRENT_SOURCE_DIR}/*.c)
                file(GLOB UNKNOWN RELATIVE ${SOMEWHERE} *.c)
                file(GLOB)
                file(GLOB EMPTY LIST_DIRECTORIES)
                file(GLOB TRAILING RELATIVE)
                add_library(abs ${ABS})
                add_library(out ${OUT})
                add_library(unknown ${UNKNOWN})
                """,
            "src/CMakeLists.txt": "add_library(inner inner.c)\n", "src/inner.c": "", "top.c": "",
        ])

        // An absolute pattern, a result outside the RELATIVE folder, an unknown RELATIVE folder: each library names
        // a variable left undefined, so at the root it owns nothing and says why; the malformed globs define nothing.
        let unread = { (line: Int, name: String) in
            "CMakeLists.txt:\(line): target \(name): sources '${\(name.uppercased())}' cannot be read as text; "
                + "it owns only the files it lists by name, not the repository root"
        }
        #expect(modules == [
            "abs []", #"inner ["src/inner.c"]"#, "out []", "unknown []", unread(7, "abs"), unread(8, "out"), unread(9, "unknown"),
        ])
    }

    @Test func globRecurseListsFoldersOnlyWhenAsked() {
        let context = ManifestHarness.context(["a/b/c.txt": "", "a/d.txt": "", "a/b/e/f.txt": ""])

        #expect(context.paths(globbing: "a/*", recursive: false, folders: true) == ["a/b", "a/d.txt"])
        #expect(context.paths(globbing: "a/*", recursive: true) == ["a/b/c.txt", "a/b/e/f.txt", "a/d.txt"])
        #expect(context.paths(globbing: "a/*", recursive: true, folders: true) == [
            "a/b", "a/b/c.txt", "a/b/e", "a/b/e/f.txt", "a/d.txt",
        ])
        #expect(context.paths(globbing: "*", recursive: false, folders: true) == ["a"])
        #expect(context.paths(globbing: "a/*/x", recursive: false) == nil)
    }
}
