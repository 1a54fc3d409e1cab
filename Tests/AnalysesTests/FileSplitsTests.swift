import Analyses
import GitHistory
import Testing

/// A split file's past goes with its code: it keeps its remaining bytes' share, the files the commit creates in its
/// unit inherit theirs (nushell's parser.rs, 7,830 lines to 28, charged 11.7 h a month on the changes of code it no
/// longer held).
@Suite struct FileSplitsTests {
    private func sized(_ path: String, _ before: Int, _ after: Int, kind: FileChange.Kind = .modified) -> FileChange {
        FileChange(path: path, kind: kind, bytes: FileChange.Bytes(before: before, after: after))
    }

    private let commits = [
        CommitLiterals.commit(1, CommitLiterals.change("src/parser.rs")),
        CommitLiterals.commit(2, CommitLiterals.change("src/parser.rs")),
        CommitLiterals.commit(
            3, FileChange(path: "src/parser.rs", kind: .modified, bytes: FileChange.Bytes(before: 20_000, after: 2_000)),
            FileChange(path: "src/calls.rs", kind: .added, bytes: FileChange.Bytes(before: 0, after: 12_000)),
            FileChange(path: "src/exprs.rs", kind: .added, bytes: FileChange.Bytes(before: 0, after: 6_000)),
            FileChange(path: "other/new.rs", kind: .added, bytes: FileChange.Bytes(before: 0, after: 6_000))),
        CommitLiterals.commit(4, CommitLiterals.change("src/parser.rs")),
    ]

    private func splits(minimumBytes: Int = 8_000, share: Double = 0.5) -> FileSplits {
        FileSplits(commits: commits, minimumBytes: minimumBytes, share: share) { a, b in
            a.split(separator: "/").first == b.split(separator: "/").first
        }
    }

    @Test func theSplitFileKeepsItsRemainingShareAndItsLaterChanges() throws {
        let parser = try #require(splits().changes["src/parser.rs"])

        #expect(parser.map(\.commit) == [0, 1, 2, 3])
        #expect(parser.map(\.weight) == [0.1, 0.1, 1, 1])
    }

    @Test func theFilesItCreatesBesideItInheritTheirShare() throws {
        let found = splits()

        #expect(found.changes["src/calls.rs"]?.map(\.weight) == [0.6, 0.6, 1])
        #expect(found.changes["src/exprs.rs"]?.map(\.weight) == [0.3, 0.3, 1])
        #expect(found.changes["other/new.rs"] == nil)
        #expect(found.events.map(\.path) == ["src/parser.rs"])
    }

    @Test func anHeirsOwnersAreTheSplitFilesAuthorsByTheShareItTook() throws {
        typealias C = CommitLiterals
        let byAuthors = [
            C.commit(1, by: "Ada", C.change("src/parser.rs")), C.commit(2, by: "Bob", C.change("src/parser.rs")),
            C.commit(3, by: "Bob", C.change("src/parser.rs")),
            C.commit(
                4, by: "Cy", sized("src/parser.rs", 20_000, 2_000), sized("src/calls.rs", 0, 12_000, kind: .added)),
        ]
        let found = FileSplits(commits: byAuthors, minimumBytes: 8_000, share: 0.5) { _, _ in true }
        let calls = try #require(found.changes["src/calls.rs"])

        // calls.rs: Ada 0.6, Bob 1.2, Cy (who moved the code) 1, of 2.8.
        let owners = try #require(FileSplits.ownership(calls, commits: byAuthors))
        #expect(owners.authors == 3)
        #expect(abs(owners.mainShare - 1.2 / 2.8) < 1e-12)
        #expect(FileSplits.ownership([], commits: byAuthors) == nil)
    }

    @Test func lessThanTheThresholdsIsNoSplit() {
        #expect(splits(minimumBytes: 20_000).events.isEmpty)
        #expect(splits(share: 0.95).events.isEmpty)
        #expect(splits(minimumBytes: 0, share: 0).events.isEmpty)
    }

    /// Heirs' bytes beyond what left the file take no more than it: the created files' shares are scaled down.
    @Test func heirsTakeAtMostWhatLeft() throws {
        let commits = [
            CommitLiterals.commit(1, CommitLiterals.change("a/big.c")),
            CommitLiterals.commit(
                2, sized("a/big.c", 10_000, 0), sized("a/one.c", 0, 30_000, kind: .added),
                sized("a/two.c", 0, 10_000, kind: .added)),
        ]

        let found = FileSplits(commits: commits, minimumBytes: 1, share: 0.5) { _, _ in true }

        #expect(found.changes["a/one.c"]?.first?.weight == 0.75)
        #expect(found.changes["a/two.c"]?.first?.weight == 0.25)
        #expect(found.changes["a/big.c"]?.first?.weight == 0)
    }
}
