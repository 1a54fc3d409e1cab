import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

/// CMake modules found through a trailing-slash folder, `file(GLOB)` folder lists and `foreach` targets
/// (fixtures/modules-cmake-loops).
@Suite struct CMakeLoopsAssignmentTests {
    @Test func globbedFoldersAndLoopTargetsAreModulesWithTheirFilesAndEdges() throws {
        let path = try FixtureRepository.materialize("modules-cmake-loops")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName.keys.sorted() == ["audio", "core", "echo", "hello", "video"])
        #expect(byName["core"]?.files == ["include/core.h", "lib/core.c", "lib/util.c"])
        #expect(byName["audio"]?.files == ["plugins/audio/audio.c"])
        #expect(byName["hello"]?.files == ["tools/hello/main.c"])
        for name in ["audio", "echo", "hello", "video"] {
            #expect(byName[name]?.declaration.dependencies == ["core"], "\(name)")
        }
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.edges.filter { $0.to == "core" }.map(\.from).sorted() == ["audio", "echo", "hello", "video"])
    }
}
