import Foundation
import GitHistory
import Testing
import TestSupport

@Suite struct HistoryMinerTests {
    private func mine(_ fixture: String, _ options: HistoryOptions) throws -> MinedHistory {
        try HistoryMiner(path: try FixtureRepository.materialize(fixture)).mine(options)
    }

    @Test func matchesGitNumstatOnEveryCommit() throws {
        let path = try FixtureRepository.materialize("history-basic")
        let git = try FixtureRepository.git(["log", "--numstat", "--no-renames", "--format=%H"], in: path)

        let mined = try HistoryMiner(path: path).mine(.numstat())

        var ours: [String] = []
        for commit in mined.commits.reversed() {
            for change in commit.changes {
                let counts = change.isBinary ? "-\t-" : "\(change.linesAdded)\t\(change.linesDeleted)"
                ours.append("\(commit.id) \(counts)\t\(change.path)")
            }
        }
        var theirs: [String] = []
        var current = ""
        for line in git.split(separator: "\n") where !line.isEmpty {
            if line.count == 40 && !line.contains("\t") { current = String(line) } else { theirs.append("\(current) \(line)") }
        }
        #expect(ours == theirs)
    }

    @Test func foldsAliasesAndDropsBotsAndVendoredFiles() throws {
        let mined = try mine("history-basic", HistoryOptions())

        let authors = Set(mined.commits.map(\.author.name))
        let paths = Set(mined.commits.flatMap(\.changes).map(\.path))

        #expect(authors == ["Ada Example", "Bo Example"])
        #expect(!paths.contains("vendor/lib.js"))
        #expect(!paths.contains("Package.resolved"))
        #expect(mined.diagnostics.botCommitsSkipped == 1)
        #expect(mined.diagnostics.mergesSkipped == 1)
        #expect(mined.diagnostics.excludedChanges == 1)
    }

    @Test func followsAnExactRenameAndMarksBinaryFiles() throws {
        let mined = try mine("history-basic", HistoryOptions())

        let changes = mined.commits.flatMap(\.changes)
        let rename = try #require(changes.first { $0.kind == .renamed })
        let binary = try #require(changes.first { $0.path == "assets/logo.bin" })

        #expect(rename.path == "Sources/Helpers.swift")
        #expect(rename.previousPath == "Sources/Util.swift")
        #expect(rename.churn == 0)
        #expect(binary.isBinary && binary.churn == 0)
    }

    @Test func followsASimilarRename() throws {
        let mined = try mine("rename-chain", HistoryOptions())

        let last = try #require(mined.commits.last?.changes.first)

        #expect(last.kind == .renamed)
        #expect(last.previousPath == "Sources/Mid.swift")
        #expect((last.linesAdded, last.linesDeleted) == (2, 2))
    }

    @Test func followsSimilarRenamesInACommitOfManyFilesAsGitDoes() throws {
        let mined = try mine("rename-many", HistoryOptions())
        let limited = try mine("rename-many", HistoryOptions(renameLimit: 10))

        let renamed = try #require(mined.commits.last?.changes)
        let unfollowed = try #require(limited.commits.last?.changes)

        #expect(renamed.count == 150 && renamed.allSatisfy { $0.kind == .renamed })
        #expect(renamed.first { $0.path == "lib/part7.c" }?.previousPath == "lib/curl_part7.c")
        #expect(unfollowed.count == 300 && !unfollowed.contains { $0.kind == .renamed })
    }

    @Test func diffsMergesAgainstTheFirstParentOnTheMainline() throws {
        let mined = try mine("history-basic", HistoryOptions(firstParent: true))

        let merge = try #require(mined.commits.last)

        #expect(merge.isMerge)
        #expect(merge.changes.map(\.path) == ["Sources/App.swift"])
        #expect(!mined.commits.contains { $0.subject == "Side: greet" })
    }

    @Test func countsReleaseCommitsExactlyWhateverTheLimit() throws {
        // Two rewrites of 20 lines under a limit of 8: the plain commit counts a lower bound just over the limit,
        // the release commit counts every line, as `git log --numstat` (and `accrue explain`) do.
        let path = try FixtureRepository.committed(["a.txt": (0..<20).map { "a\($0)\n" }.joined()], prefix: "limits")
        for (subject, line) in [("Rewrite", "b"), ("Release 1.2.0", "c")] {
            try Data((0..<20).map { "\(line)\($0)\n" }.joined().utf8).write(to: URL(fileURLWithPath: path + "/a.txt"))
            try FixtureRepository.git(["-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qam", subject], in: path)
        }
        var options = HistoryOptions(countedLinesLimit: 8)
        options.exactLinesForSubjects = { $0.hasPrefix("Release") }

        let counts = try HistoryMiner(path: path).mine(options).commits.map { commit in
            "\(commit.subject) \(commit.changes.map { "+\($0.linesAdded) -\($0.linesDeleted)" })"
        }

        #expect(counts.sorted() == [#"Release 1.2.0 ["+20 -20"]"#, #"Rewrite ["+5 -5"]"#, #"x ["+20 -0"]"#])
    }

    @Test func keepsTheSubjectAndTheAuthorDay() throws {
        let mined = try mine("history-basic", .numstat())

        let second = mined.commits[1]

        #expect(second.subject == "Print twice")
        #expect(second.authorDay == "2024-01-02")
        #expect(mined.commits.first?.parentCount == 0)
    }

    @Test func limitsTheWindowByCommitDate() throws {
        var options = HistoryOptions.numstat()
        options.since = Date(timeIntervalSince1970: 1_704_103_200 + 86_400)
        options.until = Date(timeIntervalSince1970: 1_704_103_200 + 2 * 86_400)

        let mined = try mine("history-basic", options)

        #expect(mined.commits.map(\.subject) == ["Print twice", "Bump dependencies"])
        #expect(mined.diagnostics.commitsOutsideWindow == 5)
    }

    @Test func honoursBinaryAttributesInTheWorkTreeLikeGit() throws {
        let path = try FixtureRepository.materialize("history-basic")
        try Data("Sources/App.swift binary\n".utf8).write(to: URL(fileURLWithPath: "\(path)/.gitattributes"))

        let mined = try HistoryMiner(path: path).mine(.numstat())

        let app = mined.commits.flatMap(\.changes).filter { $0.path == "Sources/App.swift" }
        #expect(app.count == 3)
        #expect(app.allSatisfy { $0.isBinary && $0.churn == 0 })
    }
}
