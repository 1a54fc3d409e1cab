import GitHistory
import Testing
import TestSupport

/// Blob sizes where a commit creates files (`FileChange.bytes`, what `FileSplits` tells a split by), read from object
/// headers even when a scan counts no lines.
@Suite struct SplitSizesTests {
    @Test(arguments: [0, nil] as [Int?])
    func aCommitCreatingFilesHasTheSizesOfThemAndOfTheFilesAboveThem(countedLinesLimit: Int?) throws {
        let path = try FixtureRepository.materialize("history-split")
        let mined = try HistoryMiner(path: path).mine(HistoryOptions(countedLinesLimit: countedLinesLimit))

        let split = try #require(mined.commits.first { $0.subject == "Split the parser" })
        let bytes = Dictionary(uniqueKeysWithValues: split.changes.map { ($0.path, $0.bytes) })
        #expect(bytes["Sources/Parser/Parser.swift"] == FileChange.Bytes(before: 15_200, after: 380))
        #expect(bytes["Sources/Parser/ParseCalls.swift"] == FileChange.Bytes(before: 0, after: 9_500))
        #expect(bytes["Sources/Parser/ParseExpressions.swift"] == FileChange.Bytes(before: 0, after: 5_320))
        #expect(bytes["Sources/Other/Other.swift"] == FileChange.Bytes(before: 0, after: 3_800))
        // A commit that creates nothing reads no size.
        let change = try #require(mined.commits.first { $0.subject == "Change the parser" })
        #expect(change.changes.allSatisfy { $0.bytes == nil })
    }
}
