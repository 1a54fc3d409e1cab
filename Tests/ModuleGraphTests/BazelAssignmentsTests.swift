import ManifestSyntax
import ModuleGraph
import TargetManifests
import Testing

/// A BUILD file's top-level list assignments, named by its rules' `srcs`, `hdrs` and `deps`.
@Suite struct BazelAssignmentsTests {
    @Test func aKeywordNamingAnAssignmentGetsItsLiteralsThroughConcatenationsGlobsAndSelects() {
        let file = StarlarkCalls(Array("""
            COMMON = ["a.cc", "b.cc"]
            PLATFORM = select({
                "@platforms//os:windows": ["win.cc"],
                "//conditions:default": ["posix.cc"],
            })
            ALL = COMMON +
                PLATFORM + ["c.cc"]
            HEADERS = native.glob(["*.h"], exclude = ["internal.h"])
            cc_library(name = "lib", srcs = ALL, hdrs = HEADERS + ["extra.h"])
            """.utf8))

        let library = file.calls.first { $0.name == "cc_library" }
        // An assignment's own literals come first, then those of the names it adds.
        #expect(library?.strings("srcs").map(\.text) == ["c.cc", "a.cc", "b.cc", "win.cc", "posix.cc"])
        #expect(library?.strings("hdrs").map(\.text) == ["extra.h", "*.h"])
        #expect(file.calls.first { $0.name == "glob" }?.strings("exclude").map(\.text) == ["internal.h"])
        #expect(file.readableNames == ["ALL", "COMMON", "HEADERS", "PLATFORM"])
    }

    @Test func anAssignmentOfALoadedNameOrAMacrosResultIsNotReadable() {
        let file = StarlarkCalls(Array("""
            load("//:sources.bzl", "GENERATED")
            MIXED = ["a.cc"] + GENERATED
            MADE = make_sources("x")
            NAMES = ["%s.cc" % n for n in ["a", "b"]]
            COUNT = 3
            cc_library(name = "lib", srcs = MIXED + MADE + NAMES)
            """.utf8))

        // What can be read still counts; the names stay unreadable, so the root package keeps warning about them.
        #expect(file.calls.first { $0.name == "cc_library" }?.strings("srcs").map(\.text).contains("a.cc") == true)
        #expect(file.readableNames.isEmpty)
        #expect(Set(file.assignments.keys) == ["MIXED", "MADE", "NAMES", "COUNT"])
    }

    @Test func theRootPackageOwnsTheFilesAnAssignmentListsAndDepsNamingOneAreDependencies() {
        let context = ManifestHarness.context([
            "MODULE.bazel": "module(name = \"hwy\")\n",
            "BUILD": """
                load("//:defs.bzl", "LOADED")
                SRCS = ["hwy/a.cc"] + glob(["hwy/ops/*.h"])
                TEST_DEPS = [":hwy", "//hwy/contrib/sort:vqsort"] + select({
                    "//conditions:default": ["@com_google_googletest//:gtest_main"],
                })
                cc_library(name = "hwy", srcs = SRCS)
                cc_library(name = "extra", srcs = LOADED)
                [cc_test(name = t, srcs = [t + ".cc"], deps = TEST_DEPS) for t in ["hwy/a_test"]]
                """,
            "hwy/a.cc": "", "hwy/a_test.cc": "", "hwy/ops/x86-inl.h": "", "hwy/other.cc": "",
            "hwy/contrib/sort/BUILD": "cc_library(name = 'vqsort', srcs = ['vqsort.cc'])\n",
            "hwy/contrib/sort/vqsort.cc": "",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        let root = result.modules.first { $0.name == "//" }
        #expect(root?.roots == ["hwy/a.cc", "hwy/ops/x86-inl.h"])
        #expect(root?.dependencies == ["//hwy/contrib/sort", "@com_google_googletest"])
        #expect(result.warnings.map(\.description) == [
            "BUILD:7: rule 'extra': srcs names LOADED, which cannot be read as text; the root package owns only the files it lists",
            "BUILD:8: rule 'cc_test': srcs names t, which cannot be read as text; the root package owns only the files it lists",
        ])
    }
}
