import ModuleGraph
import TargetManifests
import Testing

/// A header-only `INTERFACE` library owns the headers its include folders hold (nlohmann/json's `nlohmann_json`).
@Suite struct CMakeInterfaceLibraryTests {
    private let files = [
        "CMakeLists.txt": """
            project(nlohmann_json)
            if (JSON_MultipleHeaders)
                set(INCLUDE_BUILD_DIR "${PROJECT_SOURCE_DIR}/include/")
            else()
                set(INCLUDE_BUILD_DIR "${PROJECT_SOURCE_DIR}/single_include/")
            endif()
            set(LATER "${PROJECT_SOURCE_DIR}/docs/")
            set(LATER "${PROJECT_SOURCE_DIR}/tools/")
            add_library(${PROJECT_NAME} INTERFACE)
            target_include_directories(${PROJECT_NAME} INTERFACE $<BUILD_INTERFACE:${INCLUDE_BUILD_DIR}> ${LATER})
            """,
        "BUILD.bazel": "cc_library(name = 'json', hdrs = ['include/nlohmann/json.hpp', 'include/nlohmann/detail/a.hpp'])\n",
        "include/nlohmann/json.hpp": "", "include/nlohmann/detail/a.hpp": "", "single_include/nlohmann/json.hpp": "",
        "docs/a.md": "", "tools/t.py": "",
        "tests/BUILD.bazel": "cc_test(name = 't', srcs = ['t.cpp'], deps = ['//:json'])\n", "tests/t.cpp": "",
    ]

    @Test func anIncludeFolderSetInEitherBranchOfAnIfIsTheLibrarysAndASequenceKeepsItsLastValue() {
        let modules = ManifestHarness.read(ManifestHarness.context(files), with: CMakeManifest()).modules

        #expect(modules.map { "\($0.name) \($0.roots)" } == [#"nlohmann_json ["include", "single_include", "tools"]"#])
    }

    @Test func theRootBazelPackageListingTheSameHeadersIsItsSecondDescription() {
        let context = ManifestHarness.context(files)
        let read = ManifestHarness.read(context, with: CMakeManifest()).modules
            + ManifestHarness.read(context, with: BazelManifest()).modules

        let kept = BazelManifest.withoutSecondDescriptions(read)

        #expect(kept.map { "\($0.name) \($0.dependencies)" }.sorted() == [#"//tests ["nlohmann_json"]"#, #"nlohmann_json []"#])
    }
}
