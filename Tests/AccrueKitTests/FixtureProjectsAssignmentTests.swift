import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// Fixture projects under a crate's tests/fixtures/ (fixtures/modules-fixture-projects) are its test code, no modules.
@Suite struct FixtureProjectsAssignmentTests {
    @Test func fixtureCratesAreTheirCratesTestCodeAndCloseNoCycle() throws {
        let path = try FixtureRepository.materialize("modules-fixture-projects")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let core = report.modules.first { $0.declaration.name == "core_types" }

        #expect(report.modules.map(\.declaration.name) == ["app", "core_types", "examples"])
        #expect(core?.testFiles.filter { $0.hasPrefix("core/tests/fixtures/") }.count == 6)
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["app->core_types", "examples->app"])
        #expect(report.cycles.isEmpty)
        #expect(report.warnings.isEmpty)
    }
}
