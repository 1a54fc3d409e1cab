import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

/// An import by name reaches only modules of an ecosystem building the importer's language
/// (fixtures/modules-import-languages, nlohmann/json's shape).
@Suite struct ImportLanguageModulesTests {
    @Test func pythonsStandardLibraryJsonIsNoEdgeToTheSwiftPackagesTargetJson() throws {
        let path = try FixtureRepository.materialize("modules-import-languages")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let edges = report.edges.map { "\($0.from)->\($0.to) \($0.sites) \($0.firstImport ?? "")" }

        #expect(report.modules.map(\.declaration.name) == ["App", "json", "tools"])
        // Swift imports the C target by its module name; tools' two Python imports of json made tools->json before.
        #expect(edges == ["App->json 1 Sources/App/main.swift:1"])
    }
}
