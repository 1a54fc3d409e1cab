import Analyses
import Foundation
import GitHistory
import Testing
import GitCore

@Suite struct FileStatisticsTests {
    @Test func measuresRevisionsChurnAuthorsAndAge() throws {
        let commits = [
            CommitLiterals.commit(1, by: "Ada", CommitLiterals.change("A.swift", 10, 0)),
            CommitLiterals.commit(2, by: "Bo", CommitLiterals.change("A.swift", 2, 1), CommitLiterals.change("B.swift", 4)),
            CommitLiterals.commit(3, by: "Ada", CommitLiterals.change("A.swift", 1, 3)),
        ]
        let now = CommitLiterals.start.addingTimeInterval(10 * 86_400)

        let files = FileStatistics(now: now).measure(FileLineage(commits))

        let a = try #require(files.first)
        #expect(files.map(\.path) == ["A.swift", "B.swift"])
        #expect((a.revisions, a.linesAdded, a.linesDeleted, a.authorCount) == (3, 13, 4, 2))
        #expect(a.mainAuthor.name == "Ada")
        #expect(abs(a.mainAuthorShare - 2.0 / 3.0) < 1e-9)
        #expect(a.ageDays == 7)
        #expect(a.firstChange == CommitLiterals.start.addingTimeInterval(86_400))
        #expect(a.commits == [1, 2, 3].map { CommitLiterals.id($0).description })
    }

    /// AutoMapper's main author under three emails is one person, as `git shortlog` counts them.
    @Test func oneNameUnderSeveralEmailsIsOneAuthor() throws {
        var commits = (1...3).map { CommitLiterals.commit($0, by: "Lucian", CommitLiterals.change("A.cs")) }
        for (index, email) in ["lucian@work.example", "lucian@home.example"].enumerated() {
            commits[index + 1].author = Author(name: "Lucian", email: email)
        }
        commits.append(CommitLiterals.commit(4, by: "Jimmy", CommitLiterals.change("A.cs")))

        let file = try #require(FileStatistics(now: CommitLiterals.start).measure(FileLineage(commits)).first)

        #expect(file.authorCount == 2)
        #expect(file.mainAuthor.name == "Lucian" && file.mainAuthorShare == 0.75)
    }
}
