import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

/// A header tracked in two modules, one copy left out by the scan (fixtures/modules-duplicated-header): the include
/// goes to the copy the scan measures, whatever the modules' order.
@Suite struct DuplicatedHeaderModulesTests {
    @Test func anIncludeGoesToTheScannedCopyThenToADeclaredDependencyThenToTheFirstModule() throws {
        let path = try FixtureRepository.materialize("modules-duplicated-header")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let edges = report.edges.map { "\($0.from)->\($0.to) \($0.sites) \($0.firstImport ?? "")" }

        #expect(report.modules.map(\.declaration.name) == ["app", "json", "nlohmann_json", "tool"])
        #expect(edges == [
            // json_fwd.hpp: scanned in both, not declared, no copy nearer to app/: the first module.
            "app->json 1 app/main.cpp:2",
            "app->nlohmann_json 1 app/main.cpp:1",  // json.hpp: json's copy is left out (generated)
            "tool->nlohmann_json 1 tool/tool.cpp:1",  // declared: target_link_libraries

        ])
    }
}
