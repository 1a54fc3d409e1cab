import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// A folder's version-specific SwiftPM manifests (fixtures/modules-swiftpm-versions): one manifest per folder is read.
@Suite struct SwiftManifestVersionsAssignmentTests {
    @Test func theNewestManifestOfEachFolderIsReadAndAllAreBuildFiles() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm-versions")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.modules.map(\.declaration.name) == ["Core", "CoreTests", "GenKit"])
        #expect(byName["Core"]?.declaration.manifest == "Package.swift")
        #expect(byName["GenKit"]?.declaration.manifest == "tools/gen/Package@swift-5.10.swift")
        #expect(byName["GenKit"]?.declaration.kind == .executable)
        #expect(byName["GenKit"]?.files.contains("tools/gen/Sources/GenKit/main.swift") == true)
        #expect(report.unownedFiles.isEmpty, "\(report.unownedFiles)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }
}
