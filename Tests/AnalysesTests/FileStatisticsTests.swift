import Analyses
import Foundation
import GitHistory
import Testing

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
}
