import AccrueKit
import Analyses
import DebtLedger
import FileScanning
import Foundation
import RuleCatalog
import SourceScan
import TestSupport
import Testing

/// A copy of another project's release is vendored, for the history as for the scan (fixture modules-release-copy).
@Suite struct ReleaseCopyTests {
    private let now = Date(timeIntervalSince1970: 1_706_000_000)

    private func run(excluding globs: [String] = []) throws -> (report: ScanReport, history: HistoryReport) {
        let path = try FixtureRepository.materialize("modules-release-copy")
        let catalog = try RuleCatalog.bundled()
        let request = FileScanRequest(repositoryPath: path, excludedPaths: globs)
        return try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model).runKeepingHistory(request, history: HistoryRequest(now: now))
    }

    @Test func theCopyIsVendoredWithNoModuleNoHistoryAndNoCoupling() throws {
        let (report, history) = try run()
        let modules = report.modules
        #expect(modules.modules.map(\.declaration.name).sorted() == ["docs", "parser", "parser_test"])
        let vendored = modules.scan.excluded.filter { $0.reason == .vendored }.map(\.path)
        #expect(vendored == [
            "test/googletest-1.16.0/CMakeLists.txt", "test/googletest-1.16.0/LICENSE",
            "test/googletest-1.16.0/googletest/src/gtest.cc",
        ])
        #expect(history.files.allSatisfy { !$0.path.hasPrefix("test/googletest-1.16.0/") })
        #expect(history.files.contains { $0.path == "src/parse.cpp" })
        #expect(report.findings.allSatisfy { !($0.subject.path ?? "").hasPrefix("test/googletest-1.16.0/") })
    }

    @Test func excludedGlobsLeaveTheHistoryAsTheyLeaveTheScan() throws {
        let (report, history) = try run(excluding: ["docs/**"])
        #expect(report.modules.scan.files.allSatisfy { !$0.path.hasPrefix("docs/") })
        #expect(history.files.allSatisfy { !$0.path.hasPrefix("docs/") })
        // Without the glob, the notes are scanned and have a history.
        let (_, whole) = try run()
        #expect(whole.files.contains { $0.path == "docs/notes.cpp" })
    }

    @Test func theHistorysExclusionsNameWhatTheyRestOnForTheCommitCache() throws {
        let path = try FixtureRepository.materialize("modules-release-copy")
        let catalog = try RuleCatalog.bundled()
        let scanner = FileScanner(languages: catalog.languages, settings: catalog.scan)
        let plain = scanner.excludesFromHistory(at: "HEAD~6", request: FileScanRequest(repositoryPath: path))
        #expect(plain.key.contains("test/googletest-1.16.0"))
        #expect(plain.isExcluded("test/googletest-1.16.0/googletest/src/gtest.cc"))
        #expect(!plain.isExcluded("src/parse.cpp"))
        let globbed = scanner.excludesFromHistory(at: "HEAD", request: FileScanRequest(repositoryPath: path, excludedPaths: ["docs/**"]))
        #expect(globbed.key != plain.key && globbed.isExcluded("docs/notes.cpp"))
        // A repository with nothing of the kind keeps the key a cache has always had.
        let other = try FixtureRepository.materialize("history-basic")
        #expect(scanner.excludesFromHistory(at: "HEAD", request: FileScanRequest(repositoryPath: other)).key == "")
    }
}
