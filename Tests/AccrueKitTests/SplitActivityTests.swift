import AccrueKit
import Analyses
import Foundation
import Testing

/// A file split in one commit hands its past changes on with its code (`FileSplits`, figures-66): the fixture's
/// Parser.swift keeps 380 of its 15,200 bytes' share of its eight earlier changes, ParseCalls.swift inherits
/// 9,500 bytes' share and ParseExpressions.swift 5,320, and Other.swift, created in another module, nothing.
@Suite struct SplitActivityTests {
    @Test func aSplitFilesPastGoesWithItsCodeByHand() throws {
        let report = try scanFixture("history-split")
        let changes = Dictionary(uniqueKeysWithValues: report.files.map { ($0.name, $0.changesPerMonth) })
        // HEAD is 2024-01-11; the eight changes before the split are 10 to 3 days old, the split 2, the change after 1.
        let before: [Double] = [10, 9, 8, 7, 6, 5, 4, 3]

        let parser = try #require(changes["Sources/Parser/Parser.swift"])
        let calls = try #require(changes["Sources/Parser/ParseCalls.swift"])
        let expressions = try #require(changes["Sources/Parser/ParseExpressions.swift"])
        let other = try #require(changes["Sources/Other/Other.swift"])
        let lexer = try #require(changes["Sources/Lexer/Lexer.swift"])

        #expect(abs(parser - changesPerMonth(before + [2, 1], Array(repeating: 380.0 / 15_200, count: 8) + [1, 1])) < 1e-9)
        #expect(abs(calls - changesPerMonth(before + [2], Array(repeating: 9_500.0 / 15_200, count: 8) + [1])) < 1e-9)
        #expect(abs(expressions - changesPerMonth(before + [2], Array(repeating: 5_320.0 / 15_200, count: 8) + [1])) < 1e-9)
        #expect(abs(other - changesPerMonth([2], [1])) < 1e-9)
        // A quarter of the lexer leaving it is no split: its two changes weigh 1.
        #expect(abs(lexer - changesPerMonth([10, 0], [1, 1])) < 1e-9)
        // The report says so, for `accrue explain`.
        let split = try #require(report.splits.first)
        #expect(report.splits.count == 1)
        #expect(split.path == "Sources/Parser/Parser.swift" && split.bytesBefore == 15_200 && split.bytesAfter == 380)
        #expect(split.heirs == ["Sources/Parser/ParseCalls.swift": 9_500.0 / 15_200, "Sources/Parser/ParseExpressions.swift": 5_320.0 / 15_200])
    }
}
