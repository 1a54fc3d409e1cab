import ModuleGraph
import TargetManifests
import Testing

@Suite struct BazelRootPackageTests {
    @Test func theRootPackageOwnsOnlyTheFilesItsRulesList() {
        let context = ManifestHarness.context([
            "MODULE.bazel": "module(name = \"catch2\")\n",
            "BUILD.bazel": """
                cc_library(
                    name = "catch2",
                    srcs = glob(["src/catch2/**/*.cpp"], exclude = ["src/catch2/internal/catch_main.cpp"]),
                    hdrs = glob(["src/catch2/**/*.hpp"]),
                    deps = [":catch2_generated"],
                    data = ["docs/readme.md"],
                )
                cc_library(name = "catch2_main", srcs = ["src/catch2/internal/catch_main.cpp", "//:top.h"])
                cc_library(name = "generated", hdrs = ["catch2/catch_user_config.hpp"] + glob(["*.h"]))
                """,
            "top.h": "", "other.h": "", "docs/readme.md": "", "tools/scripts/release.py": "",
            ".github/workflows/ci.yml": "", "src/catch2/catch_all.hpp": "", "src/catch2/internal/catch_main.cpp": "",
            "src/catch2/internal/catch_run.cpp": "", "src/catch2/vendored/BUILD": "cc_library(name = 'v')\n",
            "src/catch2/vendored/v.cpp": "",
        ])

        let modules = ManifestHarness.read(context, with: BazelManifest()).modules

        #expect(modules.first { $0.name == "//" }?.roots == [
            "other.h", "src/catch2/catch_all.hpp", "src/catch2/internal/catch_main.cpp",
            "src/catch2/internal/catch_run.cpp", "top.h",
        ])
        #expect(modules.first { $0.name == "//src/catch2/vendored" }?.roots == ["src/catch2/vendored"])
    }

    @Test func aRootPackageListingNoFileOwnsNone() {
        let context = ManifestHarness.context([
            "BUILD.bazel": "exports_files([\"LICENSE\"])\nalias(name = 'lib', actual = '//lib')\n",
            "LICENSE": "", "README.md": "", "lib/BUILD": "cc_library(name = 'lib', srcs = ['a.cc'])\n", "lib/a.cc": "",
        ])

        let modules = ManifestHarness.read(context, with: BazelManifest()).modules

        #expect(modules.map { "\($0.name) \($0.roots)" } == [#"// []"#, #"//lib ["lib"]"#])
    }

    @Test func listedFilesACMakeTargetOwnsAreItsAndAnEmptiedPackageIsItsSecondDescription() {
        let modules = [
            ModuleDeclaration(
                name: "//", ecosystem: "bazel", roots: ["src/a.cpp", "src/a.hpp"], manifest: "BUILD.bazel", line: 1),
            ModuleDeclaration(
                name: "//tests", ecosystem: "bazel", kind: .test, roots: ["tests"], dependencies: ["//"],
                manifest: "tests/BUILD.bazel", line: 1),
            ModuleDeclaration(name: "Catch2", ecosystem: "cmake", roots: ["src"], manifest: "src/CMakeLists.txt", line: 1),
        ]

        let kept = BazelManifest.withoutSecondDescriptions(modules)

        #expect(kept.map { "\($0.name) \($0.roots) \($0.dependencies)" } == [
            #"//tests ["tests"] ["Catch2"]"#, #"Catch2 ["src"] []"#,
        ])
    }

    @Test func aPackageKeepsTheListedFilesNoCMakeTargetOwns() {
        let modules = [
            ModuleDeclaration(name: "//", ecosystem: "bazel", roots: ["lib/a.cc", "tool/main.cc"], manifest: "BUILD", line: 1),
            ModuleDeclaration(name: "lib", ecosystem: "cmake", roots: ["lib/a.cc"], manifest: "lib/CMakeLists.txt", line: 1),
        ]

        let kept = BazelManifest.withoutSecondDescriptions(modules)

        #expect(kept.map { "\($0.name) \($0.roots)" } == [#"// ["tool/main.cc"]"#, #"lib ["lib/a.cc"]"#])
    }

    @Test func aPackageATargetOwnsMostOfIsItsSecondDescriptionAndTheRestIsTheTargets() {
        // Catch2: the root package globs src/catch2/**/*.hpp, src/CMakeLists.txt lists all headers but one.
        let modules = [
            ModuleDeclaration(
                name: "//", ecosystem: "bazel", roots: ["src/a.cpp", "src/a.hpp", "src/stringify.hpp"], manifest: "BUILD.bazel",
                line: 1),
            ModuleDeclaration(
                name: "//tests", ecosystem: "bazel", kind: .test, roots: ["tests"], dependencies: ["//"],
                manifest: "tests/BUILD.bazel", line: 1),
            ModuleDeclaration(name: "Catch2", ecosystem: "cmake", roots: ["src/a.cpp", "src/a.hpp"], manifest: "src/CMakeLists.txt", line: 1),
        ]

        let kept = BazelManifest.withoutSecondDescriptions(modules)

        #expect(kept.map { "\($0.name) \($0.roots) \($0.dependencies)" } == [
            #"//tests ["tests"] ["Catch2"]"#, #"Catch2 ["src/a.cpp", "src/a.hpp", "src/stringify.hpp"] []"#,
        ])
    }

    @Test func aRootFileListNamedByAnUnassignedVariableIsAWarning() {
        let context = ManifestHarness.context([
            "BUILD.bazel": """
                SRCS = ["a.cc"]
                cc_library(name = "lib", srcs = SRCS + ["b.cc"], hdrs = glob(HEADER_PATTERNS), testonly = True)
                cc_binary(name = "tool", srcs = [f for f in TOOL_FILES if f])
                cc_library(name = "plain", srcs = glob(["*.cc"], allow_empty = True))
                """,
            "sub/BUILD": "cc_library(name = 'sub', srcs = SUB_SRCS)\n",
            "a.cc": "", "b.cc": "",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(result.modules.first { $0.name == "//" }?.roots == ["a.cc", "b.cc"])
        // One warning per rule, the first variable named that the file does not assign (SRCS it does); a package
        // below the root owns its folder whatever it lists.
        #expect(result.warnings.map(\.description) == [
            "BUILD.bazel:2: rule 'lib': hdrs names HEADER_PATTERNS, which cannot be read as text; the root package owns only the files it lists",
            "BUILD.bazel:3: rule 'tool': srcs names TOOL_FILES, which cannot be read as text; the root package owns only the files it lists",
        ])
    }
}
