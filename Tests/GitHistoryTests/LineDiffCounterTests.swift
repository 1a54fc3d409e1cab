import LineDiff
import Testing

@testable import GitHistory

@Suite struct LineDiffCounterTests {
    private func counts(_ old: String, _ new: String) -> (Int, Int) {
        let before = Array(old.utf8).withUnsafeBytes { LineRecords(bytes: $0) }
        let after = Array(new.utf8).withUnsafeBytes { LineRecords(bytes: $0) }
        let result = LineDiffCounter().count(old: before.hashes, new: after.hashes)
        return (result.added, result.deleted)
    }

    @Test func countsOneReplacedLine() {
        let result = counts("a\nb\nc\n", "a\nB\nc\n")

        #expect(result == (1, 1))
    }

    @Test func countsInsertionsAndDeletionsApart() {
        let result = counts("a\nb\nc\nd\n", "a\nx\nc\nd\ny\n")

        #expect(result == (2, 1))
    }

    @Test func treatsAMissingFinalNewlineAsAChange() {
        let result = counts("a\nb", "a\nb\n")

        #expect(result == (1, 1))
    }

    @Test func detectsBinaryLikeGit() {
        let binary = Array("PNG\u{0}data\n".utf8).withUnsafeBytes { LineRecords(bytes: $0) }
        let text = Array("plain\n".utf8).withUnsafeBytes { LineRecords(bytes: $0) }

        #expect(binary.isBinary)
        #expect(!text.isBinary)
        #expect(text.lineCount == 1)
    }

    @Test func movedBlockCountsAsGitDoes() {
        // Moving a block: Myers keeps the longer run, the moved lines count on both sides.
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = (4...10).map { "line \($0)\n" }.joined() + (1...3).map { "line \($0)\n" }.joined()

        let result = counts(old, new)

        #expect(result == (3, 3))
    }
}

@Suite struct LimitedLineCountTests {
    private func hashes(_ lines: [String]) -> [UInt64] {
        let text = lines.map { $0 + "\n" }.joined()
        return Array(text.utf8).withUnsafeBytes { LineRecords(bytes: $0) }.hashes
    }

    @Test func aChangeWithinTheLimitCountsExactlyAsWithout() {
        let counter = LineDiffCounter()
        let old = hashes((0..<500).map { "line \($0)" })
        var lines = (0..<500).map { "line \($0)" }
        lines[10] = "changed"
        lines.insert("new", at: 300)
        lines.remove(at: 480)
        let new = hashes(lines)

        let limited = counter.count(old: old, new: new, limit: 8)
        let exact = counter.count(old: old, new: new)

        #expect(limited == exact)
        #expect(exact == (added: 2, deleted: 2))
    }

    @Test func aLargerChangeCountsALowerBoundWithTheExactDifference() {
        let counter = LineDiffCounter()
        // A reordering: every other line swapped with its neighbour, 400 lines, nothing added overall.
        let lines = (0..<400).map { "rule \($0)" }
        var swapped = lines
        for index in stride(from: 0, to: 400, by: 2) { swapped.swapAt(index, index + 1) }
        let grown = swapped + ["tail"]

        let exact = counter.count(old: hashes(lines), new: hashes(grown))
        let limited = counter.count(old: hashes(lines), new: hashes(grown), limit: 8)

        #expect(exact.added + exact.deleted > 8)
        #expect(limited.added - limited.deleted == exact.added - exact.deleted)
        #expect(limited.added + limited.deleted > 8 && limited.added + limited.deleted <= 10)
        #expect(limited.added <= exact.added && limited.deleted <= exact.deleted)
    }

    @Test func pureAdditionsAndDeletionsAreExactWhateverTheirSize() {
        let counter = LineDiffCounter()
        let old = hashes((0..<100).map { "l\($0)" })
        let new = hashes((0..<100).map { "l\($0)" } + (0..<50).map { "x\($0)" })

        #expect(counter.count(old: old, new: new, limit: 8) == (added: 50, deleted: 0))
        #expect(counter.count(old: new, new: old, limit: 8) == (added: 0, deleted: 50))
    }
}
