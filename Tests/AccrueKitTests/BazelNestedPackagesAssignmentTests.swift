import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// A Bazel package's files stop at a nested package (fixtures/modules-bazel-nested); a root package's file list given
/// by a top-level assignment is read, one given by a loaded name is a warning.
@Suite struct BazelNestedPackagesAssignmentTests {
    @Test func aNestedPackageOwnsItsSubtreeAndALoadedRootListIsAWarning() throws {
        let path = try FixtureRepository.materialize("modules-bazel-nested")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.modules.map(\.declaration.name) == ["//", "//lib", "//lib/sub"])
        #expect(byName["//"]?.files == ["main.cc"])
        #expect(byName["//lib"]?.files == ["lib/internal/x.cc", "lib/lib.cc", "lib/lib.h"])
        #expect(byName["//lib/sub"]?.files == ["lib/sub/deep/y.cc", "lib/sub/sub.h", "lib/sub/z.cc"])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["//->//lib", "//lib->//lib/sub"])
        #expect(report.unownedFiles == ["tool.cc"])
        #expect(report.warnings.map(\.description).contains(
            "BUILD.bazel:6: rule 'tool': srcs names TOOL_SRCS, which cannot be read as text; the root package owns only the files it lists"))
    }
}
