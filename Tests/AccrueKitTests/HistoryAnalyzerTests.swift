import AccrueKit
import Foundation
import Testing
import TestSupport
import Analyses

@Suite struct HistoryAnalyzerTests {
    @Test func aFileDeletedOnlyInASkippedMergeDoesNotExist() throws {
        let path = try FixtureRepository.materialize("history-merge-delete")

        var request = HistoryRequest(now: Date(timeIntervalSince1970: 1_706_000_000))
        request.path = path
        let report = try HistoryAnalyzer.run(request)

        #expect(report.files.first { $0.path == "old.c" }?.exists == false)
        #expect(report.hotspots.map(\.path) == ["keep.c"])
    }
}
