import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

/// CMake targets declared in one folder own the files they list (fixtures/modules-cmake-targets).
@Suite struct CMakeTargetOwnershipTests {
    private func report() throws -> ModuleReport {
        let path = try FixtureRepository.materialize("modules-cmake-targets")
        return try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
    }

    @Test func aLibraryAndAnExecutableInOneFolderOwnTheirListedFiles() throws {
        let report = try report()
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["core"]?.files == ["engine/core.c", "engine/core.h", "engine/util.c", "engine/util.h"])
        #expect(byName["tool"]?.files == ["engine/main.c"])
        #expect(report.edges.map { "\($0.from)->\($0.to)" }.contains("tool->core"))
    }

    @Test func aLiteralSetListAndTargetSourcesResolve() throws {
        let report = try report()
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["codec"]?.declaration.roots == ["codec/bits.c", "codec/codec.c", "codec/frame.c"])
        #expect(byName["codec-cli"]?.files == ["codec/cli.c"])
    }

    @Test func unresolvedSourcesKeepTheFolderAndNameTheTie() throws {
        let report = try report()
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.modules.map(\.declaration.name) == ["codec", "codec-cli", "core", "plugin-a", "tool"])
        #expect(byName["plugin-a"]?.files == ["plugins/CMakeLists.txt", "plugins/a.c", "plugins/b.c"])
        #expect(report.warnings.map(\.description) == [
            "plugins/CMakeLists.txt:1: module 'plugin-b' owns no scanned file; left out",
            "plugins/CMakeLists.txt:1: targets plugin-a and plugin-b share folder plugins; plugins's files counted to plugin-a",
        ])
    }

    /// A package that builds with SwiftPM and CMake: the CMake target listing a SwiftPM target's files is the
    /// same module, not a second one taking its files.
    @Test func aCMakeTargetDescribingASwiftPMTargetIsTheSameModule() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm-cmake")
        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.modules.map { "\($0.declaration.name) \($0.declaration.ecosystem)" } == ["Parser swiftpm", "Tool swiftpm"])
        #expect(report.modules.first?.files == ["Sources/Parser/CMakeLists.txt", "Sources/Parser/Lexer.swift", "Sources/Parser/Parser.swift"])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["Tool->Parser"])
    }
}
