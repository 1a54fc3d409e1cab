import Analyses
import GitHistory
import Testing

@Suite struct FileLineageTests {
    @Test func filesEveryChangeUnderTheLastPath() {
        let commits = [
            CommitLiterals.commit(1, FileChange(path: "Old.swift", kind: .added, linesAdded: 3)),
            CommitLiterals.commit(2, FileChange(path: "Mid.swift", previousPath: "Old.swift")),
            CommitLiterals.commit(3, FileChange(path: "New.swift", previousPath: "Mid.swift", linesAdded: 1)),
        ]

        let lineage = FileLineage(commits)

        #expect(lineage.commits.flatMap(\.changes).map(\.path) == ["New.swift", "New.swift", "New.swift"])
        #expect(lineage.livePaths == ["New.swift"])
    }

    @Test func startsAFreshFileWhenAPathIsReusedAfterADeletion() {
        let commits = [
            CommitLiterals.commit(1, FileChange(path: "A.swift", kind: .added)),
            CommitLiterals.commit(2, FileChange(path: "B.swift", previousPath: "A.swift")),
            CommitLiterals.commit(3, FileChange(path: "A.swift", kind: .added)),
            CommitLiterals.commit(4, FileChange(path: "B.swift", kind: .deleted)),
        ]

        let lineage = FileLineage(commits)

        #expect(lineage.commits.flatMap(\.changes).map(\.path) == ["B.swift", "B.swift", "A.swift", "B.swift"])
        #expect(lineage.livePaths == ["A.swift"])
    }
}
