import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// CMake variables a parent CMakeLists.txt sets reach the folders it adds (fixtures/modules-cmake-inherited).
@Suite struct CMakeInheritedVariablesAssignmentTests {
    @Test func targetsListingSourcesThroughAParentsVariablesOwnThem() throws {
        let path = try FixtureRepository.materialize("modules-cmake-inherited")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["Catch2"]?.files == ["src/catch2/catch_session.cpp", "src/catch2/catch_session.hpp"])
        #expect(byName["Catch2WithMain"]?.files == ["src/catch2/catch_main.cpp"])
        #expect(byName["PrefixedMacros"]?.testFiles == ["tests/ExtraTests/X01-PrefixedMacros.cpp"])
        #expect(byName["DisabledMacros"]?.testFiles == ["tests/ExtraTests/X02-DisabledMacros.cpp"])
        #expect(byName["SelfTest"]?.testFiles == ["tests/SelfTest/self_test.cpp"])
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.edges.filter { $0.to == "Catch2" }.map(\.from).sorted() == [
            "Catch2WithMain", "DisabledMacros", "PrefixedMacros", "SelfTest",
        ])
    }
}
