import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// Module discovery when manifests own a sliver of the source, all of it, or nothing (docs/modules-json.md).
@Suite struct ModuleCoverageTests {
    private func report(_ fixture: String) throws -> ModuleReport {
        let path = try FixtureRepository.materialize(fixture)
        return try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
    }

    @Test func unownedSourceGetsFolderModulesAndARootModule() throws {
        let report = try report("modules-sliver")
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.modules.map(\.declaration.name) == ["(root)", "alpha-lib", "builtin", "core", "iface", "t", "xdiff"])
        #expect(byName["core"]?.declaration.roots == ["build.rs", "src"])
        #expect(byName["core"]?.files == ["build.rs", "src/lib.rs", "src/varint.rs"])
        #expect(byName["(root)"]?.files.contains("main.c") == true)
        // CI's workflow configures the repository: no test, and (YAML) no code lines.
        #expect(byName["(root)"]?.files.contains(".github/workflows/ci.yml") == true)
        #expect(byName["(root)"]?.testFiles.contains(".github/workflows/ci.yml") == false)
        #expect(byName["t"]?.files == [])  // git's and Perl's test folder (rules/modules.yaml test_paths)
        #expect(byName["t"]?.testFiles == ["t/helper/test-tool.c", "t/t0001-init.sh"])
        #expect(byName["alpha-lib"]?.files == ["contrib/buildsystems/CMakeLists.txt", "contrib/buildsystems/generate.sh"])
        #expect(report.unownedFiles.isEmpty)
    }

    @Test func includesBetweenFolderModulesAndTheRootAreEdges() throws {
        let report = try report("modules-sliver")

        let edges = report.edges.map { "\($0.from)->\($0.to)" }.sorted()

        // t/ holds only tests: a test module, whose includes are edges as a test target's are, but make
        // nothing depended upon.
        #expect(edges == ["(root)->xdiff", "builtin->(root)", "t->(root)"])
        #expect(report.modules.first { $0.declaration.name == "t" }?.declaration.kind == .test)
        #expect(report.modules.first { $0.declaration.name == "(root)" }?.afferent == 1)
        #expect(report.cycles.isEmpty)
    }

    @Test func manifestModulesOwningNoFileAreLeftOutWithAWarning() throws {
        let report = try report("modules-sliver")

        let warnings = report.warnings.map(\.description).filter { $0.contains("no scanned file") }

        #expect(warnings == [
            "contrib/buildsystems/CMakeLists.txt:6: modules 'libgit', 'git' own no scanned file; left out",
        ])
    }

    @Test func withoutManifestsARootBelowTheShareStaysUnowned() throws {
        let report = try report("modules-folders")

        #expect(report.modules.map(\.declaration.name) == ["src", "src/app", "src/net", "tools"])
        // docs/readme.md is no module's either, but documentation is not code: it is not listed.
        #expect(report.unownedFiles == ["main.c"])
        #expect(report.warnings.isEmpty)
    }

    @Test func withoutManifestsARootHoldingMostOfTheCodeIsAModule() throws {
        let report = try report("modules-flat")
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.modules.map(\.declaration.name) == ["(root)", "compat", "regress"])
        #expect(byName["(root)"]?.files == ["server.c", "tmux.c", "tmux.h"])
        #expect(report.unownedFiles.isEmpty)
    }

    @Test func aRepositoryTheManifestsOwnIsUnchanged() throws {
        let report = try report("modules-swiftpm")

        #expect(report.modules.map(\.declaration.name) == ["App", "AppTests", "Cache", "Core", "Net", "Store"])
        #expect(report.modules.allSatisfy { $0.declaration.ecosystem == "swiftpm" })
        #expect(report.unownedFiles.isEmpty)
    }
}
