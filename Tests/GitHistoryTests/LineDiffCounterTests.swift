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
