import Manifests
import BuildManifests
import TargetManifests
import ModuleGraph
import Testing

@Suite struct BazelTestFilesTests {
    @Test func filesOnlyTestRulesAndTestonlyRulesListAreTheTestFiles() {
        let context = ManifestHarness.context([
            "MODULE.bazel": "",
            "absl/base/BUILD.bazel": """
                cc_library(
                    name = "base",
                    srcs = ["spinlock.cc", "internal/shared.h"],
                    hdrs = glob(["*_testing.h"]),  # a pattern names no file here
                )
                cc_library(
                    name = "exception_safety_testing",
                    testonly = True,
                    srcs = ["internal/exception_safety_testing.cc"],
                    hdrs = select({
                        "//conditions:default": [":internal/exception_safety_testing.h"],
                    }),
                    deps = [":base"],
                )
                cc_library(
                    name = "spinlock_benchmark_common",
                    testonly = 1,
                    srcs = ["//absl/base:internal/spinlock_benchmark.cc", "internal/shared.h"],
                    textual_hdrs = ["@//absl/base:bench.inc", "@googletest//:gtest.h", ":generated.h"],
                )
                cc_library(name = "not_testonly", testonly = False, srcs = ["plain.cc"])
                cc_test(name = "spinlock_test", srcs = ["spinlock_test.cc", "//absl/base"])
                """,
            "absl/base/spinlock.cc": "", "absl/base/internal/shared.h": "", "absl/base/plain.cc": "",
            "absl/base/internal/exception_safety_testing.cc": "", "absl/base/internal/exception_safety_testing.h": "",
            "absl/base/internal/spinlock_benchmark.cc": "", "absl/base/bench.inc": "", "absl/base/spinlock_test.cc": "",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        // internal/shared.h ships in `base` too; a target (`:generated.h`, `//absl/base`) and another repository's
        // file are no tracked file.
        #expect(result.modules.map(\.testFiles) == [[
            "absl/base/bench.inc", "absl/base/internal/exception_safety_testing.cc",
            "absl/base/internal/exception_safety_testing.h", "absl/base/internal/spinlock_benchmark.cc",
            "absl/base/spinlock_test.cc",
        ]])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aNestedWorkspacesLabelsStartAtItsFolder() {
        let context = ManifestHarness.context([
            "ws/WORKSPACE": "", "ws/lib/a_test.cc": "",
            "ws/lib/BUILD": "cc_test(name = 'a_test', srcs = ['//lib:a_test.cc'])",
        ])

        let result = ManifestHarness.read(context, with: BazelManifest())

        #expect(result.modules.map(\.testFiles) == [["ws/lib/a_test.cc"]])
    }
}
