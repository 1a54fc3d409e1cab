import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// Files a Bazel package builds only for tests (fixtures/modules-bazel-testonly) are test code.
@Suite struct BazelTestFilesAssignmentTests {
    @Test func aTestonlyFilesImportClosesNoCycle() throws {
        let path = try FixtureRepository.materialize("modules-bazel-testonly")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let a = report.modules.first { $0.declaration.name == "//a" }

        #expect(a?.files == ["a/a.cc", "a/a.h", "a/shared.h"])
        #expect(a?.testFiles == ["a/a_check.cc", "a/internal/fake_b.cc"])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["//b->//a"])
        #expect(report.cycles.isEmpty)
    }
}
