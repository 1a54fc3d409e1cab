import Manifests
import BuildManifests
import TargetManifests
import ModuleGraph
import Testing

@Suite struct BazelManifestTests {
    @Test func aPackageIsOneModuleNamedByItsLabelWithItsDependencyPackages() {
        let context = ManifestHarness.context([
            "MODULE.bazel": "module(name = \"abseil-cpp\")\n",
            "BUILD.bazel": "exports_files([\"LICENSE\"])\n",
            "absl/base/BUILD.bazel": "cc_library(name = \"config\", hdrs = [\"config.h\"])\n",
            "absl/strings/BUILD.bazel": """
                # A library, its test, and labels of every form.
                load("@rules_cc//cc:cc_library.bzl", "cc_library")

                cc_library(
                    name = "strings",
                    srcs = ["str_cat.cc"],
                    deps = [
                        "//absl/base:config",   # a target of another package
                        "//absl/base",          # the package's own-named target
                        ":internal",            # same package
                        "internal",             # same package, relative
                        "//absl/strings:impl",  # same package, absolute
                        "@googletest//:gtest",  # another repository
                        "@zlib",
                        "@//absl/numeric:int128", # the main repository, spelled with @
                        "//absl/nowhere:x",     # no BUILD file there
                    ],
                    data = ["//absl/testdata:files"],
                )

                cc_test(
                    name = "str_cat_test",
                    srcs = ["str_cat_test.cc"],
                    deps = [":strings", "//:root_lib"],
                )
                """,
            "absl/numeric/BUILD": "cc_library(name = 'int128')\n",
            "absl/testdata/BUILD": "filegroup(name = 'files', srcs = glob(['*.txt']))\n",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"// [library] roots=[] deps=[] imports=[] @BUILD.bazel:1"#,
            #"//absl/base [library] roots=["absl/base"] deps=[] imports=[] @absl/base/BUILD.bazel:1"#,
            #"//absl/numeric [library] roots=["absl/numeric"] deps=[] imports=[] @absl/numeric/BUILD:1"#,
            #"//absl/strings [library] roots=["absl/strings"] deps=["//", "//absl/base", "//absl/numeric", "@googletest", "@zlib"] imports=[] @absl/strings/BUILD.bazel:4"#,
            #"//absl/testdata [library] roots=["absl/testdata"] deps=[] imports=[] @absl/testdata/BUILD:1"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test(arguments: [
        ("cc_test(name = 'a')\ntest_suite(name = 'all')\nfilegroup(name = 'data')", ModuleDeclaration.Kind.test),
        ("cc_binary(name = 'tool')\ncc_test(name = 'tool_test')", .executable),
        ("cc_binary(name = 'tool')\ncc_library(name = 'lib')", .library),
        ("cc_library(name = 'lib')\ncc_test(name = 'lib_test')", .library),
        ("config_setting(name = 'msvc')", .library),
        ("[cc_test(name = n) for n in ['a', 'b']]", .test),
        ("package(default_visibility = ['//visibility:public'])", .library),
    ])
    func kindFollowsTheRules(build: String, kind: ModuleDeclaration.Kind) {
        let result = ManifestHarness.read(ManifestHarness.context(["p/BUILD": build]), with: BazelManifest())

        #expect(result.modules.map(\.kind) == [kind])
    }

    @Test func macrosSelectBranchesAndEveryDependencyKeywordCount() {
        let context = ManifestHarness.context([
            "a/BUILD.bazel": """
                load("//tools:defs.bzl", "my_macro")
                my_macro(
                    name = "m",
                    srcs = glob(["*.cc"], exclude = ["//b:not_a_dep"]),
                    deps = ["//b"] + select({
                        "//conditions:default": ["//c"],
                        "@platforms//os:windows": ["//d:win"],
                    }) + if_cuda(["//e"]),
                    implementation_deps = ["//f"],
                    runtime_deps = ["//g"],
                    exports = ["//h"],
                    data = ["//i"],
                    visibility = ["//j:__pkg__"],
                )
                """,
            "b/BUILD": "", "c/BUILD": "", "d/BUILD": "", "e/BUILD": "", "f/BUILD": "", "g/BUILD": "", "h/BUILD": "",
            "i/BUILD": "", "j/BUILD": "", "conditions/BUILD": "",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(result.modules.first { $0.name == "//a" }?.dependencies == ["//b", "//c", "//d", "//e", "//f", "//g", "//h"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func nestedPackagesAndWorkspacesEachOwnTheirFolder() {
        let context = ManifestHarness.context([
            "BUILD": "cc_library(name = 'root', deps = ['//lib'])",
            "lib/BUILD.bazel": "cc_library(name = 'lib', deps = ['//lib/sub'])",
            "lib/BUILD": "cc_library(name = 'ignored', deps = ['//nothing'])",  // Bazel reads BUILD.bazel
            "lib/sub/BUILD": "cc_library(name = 'sub')",
            "lib/sub/deeper/x.cc": "",
            "tutorial/WORKSPACE": "",
            "tutorial/main/BUILD": "cc_binary(name = 'hello', deps = ['//lib:greet'])",
            "tutorial/lib/BUILD": "cc_library(name = 'greet')",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(result.modules.map { "\($0.name) \($0.roots) \($0.dependencies)" } == [
            #"// [] ["//lib"]"#,
            #"//lib ["lib"] ["//lib/sub"]"#,
            #"//lib/sub ["lib/sub"] []"#,
            #"tutorial//lib ["tutorial/lib"] []"#,
            #"tutorial//main ["tutorial/main"] ["tutorial//lib"]"#,
        ])
        let ownership = ModuleOwnership(modules: result.modules)
        #expect(ownership.owner(of: "lib/sub/deeper/x.cc").map { result.modules[$0].name } == "//lib/sub")
        // The root package lists no file: a file no package lists is unowned.
        #expect(ownership.owner(of: "tools/gen.py") == nil)
    }

    @Test func goImportPathsAreImportNames() {
        let context = ManifestHarness.context([
            "pkg/BUILD.bazel": #"go_library(name = "pkg", importpath = "example.com/x/pkg", deps = ["@org_golang_x_sys//unix"])"#,
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"//pkg [library] roots=["pkg"] deps=["@org_golang_x_sys"] imports=["example.com/x/pkg"] @pkg/BUILD.bazel:1"#,
        ])
    }

    @Test func pythonPackagesAreImportedByTheirDottedPath() {
        let context = ManifestHarness.context([
            "BUILD.bazel": "", "setup.py": "",
            "absl/flags/BUILD": "py_library(name = 'flags')", "absl/flags/__init__.py": "",
            "absl/testing/BUILD": "py_test(name = 't')", "absl/testing/tests/t.py": "",
            "my-tool/BUILD": "py_binary(name = 'tool')", "my-tool/main.py": "",
            "ws/WORKSPACE": "", "ws/lib/BUILD": "py_library(name = 'lib')", "ws/lib/a.py": "",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        // The root package holds setup.py but has no dotted path; absl/testing's Python sits in a subfolder.
        #expect(result.modules.map { "\($0.name) \($0.importNames)" } == [
            "// []", "//absl/flags [\"absl.flags\"]", "//absl/testing []", "//my-tool []", "ws//lib [\"lib\"]",
        ])
    }

    @Test(arguments: [
        ("cc_library(\n    name = \"a\",\n    deps = [\"//b\n", [1, 3]),  // the call and the string
        ("cc_library(name = 'a', deps = ['//b')\n", [1]),
        ("cc_library(name = 'a')\n]\n", [2]),
        ("x = '''\nnever closed\n", [1]),
    ])
    func brokenTextWarnsWithItsLineAndStillDeclaresThePackage(build: String, lines: [Int]) {
        let result = ManifestHarness.read(ManifestHarness.context(["p/BUILD": build, "b/BUILD": ""]), with: BazelManifest())

        #expect(result.modules.map(\.name).contains("//p"))
        #expect(Set(result.warnings.map(\.line)) == Set(lines), "\(result.warnings)")
        #expect(result.warnings.allSatisfy { $0.path == "p/BUILD" })
    }

    @Test func notUTF8IsAWarningWithItsLine() {
        let bytes: [UInt8] = Array("cc_library(name = 'a')\n# caf".utf8) + [0xE9, 0x0A]
        let context = ManifestContext(paths: ["BUILD"]) { _ in bytes }

        let result = BazelManifest().read(manifest: "BUILD", bytes: bytes, context: context)

        #expect(result.modules.map(\.name) == ["//"])
        #expect(result.warnings.map(\.description) == ["BUILD:2: bytes that are not UTF-8; read with replacement characters"])
    }

    @Test func aFolderNamedBuildIsNoPackage() {
        let context = ManifestHarness.context([
            "BUILD/notes.txt": "", "src/BUILD.bazel": "cc_library(name = 'a', deps = ['//BUILD'])",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(result.modules.map { "\($0.name) \($0.dependencies)" } == ["//src []"])
    }
}

@Suite struct BazelCoexistenceTests {
    private func module(_ name: String, _ ecosystem: String, roots: [String], manifest: String) -> ModuleDeclaration {
        ModuleDeclaration(name: name, ecosystem: ecosystem, roots: roots, manifest: manifest, line: 1)
    }

    @Test func cmakeTargetsBesideABuildFileAreLeftOut() {
        let modules = [
            module("//absl/strings", "bazel", roots: ["absl/strings"], manifest: "absl/strings/BUILD.bazel"),
            module("absl_strings", "cmake", roots: ["absl/strings/str_cat.cc"], manifest: "absl/strings/CMakeLists.txt"),
            module("tool", "cmake", roots: ["tools/tool.cc"], manifest: "tools/CMakeLists.txt"),
        ]

        #expect(BazelManifest.withoutSecondDescriptions(modules).map(\.name) == ["//absl/strings", "tool"])
    }

    @Test func packagesYieldToAnotherBuildsModulesHoldingTheirFolder() {
        let modules = [
            module("//", "bazel", roots: [""], manifest: "BUILD.bazel"),
            module("//pkg/a", "bazel", roots: ["pkg/a"], manifest: "pkg/a/BUILD.bazel"),
            module("//crates/x/src", "bazel", roots: ["crates/x/src"], manifest: "crates/x/src/BUILD"),
            module("//cc", "bazel", roots: ["cc"], manifest: "cc/BUILD"),
            module("example.com/pkg/a", "go", roots: ["pkg/a"], manifest: "go.mod"),
            module("x", "cargo", roots: ["crates/x"], manifest: "crates/x/Cargo.toml"),
            module("web", "npm", roots: [""], manifest: "package.json"),
        ]

        #expect(BazelManifest.withoutSecondDescriptions(modules).map(\.name) == [
            "//cc", "example.com/pkg/a", "x", "web",
        ])
    }
}
