import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import Testing
import TestSupport

/// aiohttp's `requirements/pyproject.toml` is a symbolic link to `../pyproject.toml`: the same manifest again, not one
/// that "could not be read".
@Suite struct ManifestLinkTests {
    @Test func aLinkToAManifestIsNoManifestOfItsOwn() throws {
        let path = try FixtureRepository.committed(
            ["pyproject.toml": "[project]\nname = \"aiohttp\"\n", "aiohttp/__init__.py": "x = 1\n"], prefix: "manifest-link")
        try FileManager.default.createDirectory(atPath: path + "/requirements", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: path + "/requirements/pyproject.toml", withDestinationPath: "../pyproject.toml")
        try FixtureRepository.commitAll(in: path, message: "link")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.modules.map(\.declaration.name) == ["aiohttp"])
        #expect(report.warnings.isEmpty)
    }
}
