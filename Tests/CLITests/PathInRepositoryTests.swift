import Foundation
import Testing
import TestSupport

/// `history`, `coupling` and `explain` on a path inside a repository: a file or folder of a bare repository
/// (no files on disk: the path below the git directory is the path in the repository), a deleted file,
/// the repository itself, a folder; and their errors, worded as every other command's.
@Suite struct PathInRepositoryTests {
    // MARK: - Errors

    @Test func theHistoryCommandsWordTheirErrorsAsEveryOtherCommand() throws {
        let path = try FixtureRepository.materialize("basic")

        let grouping = try AccrueBinary.run(["coupling", path, "--group-by", "week"])
        let date = try AccrueBinary.run(["history", path, "--since", "yesterday"])
        let revision = try AccrueBinary.run(["explain", path + "/Package.swift", "--rev", "no-such-branch"])

        #expect(grouping.status == 2)
        #expect(grouping.stderr == "accrue: error: --group-by expects commit or author-day, got 'week'\n")
        #expect(date.status == 2)
        #expect(date.stderr == "accrue: error: --since expects a date like 2024-01-31 or 2024-01-31T12:00:00Z, got 'yesterday'\n")
        #expect(revision.status == 2)
        #expect(revision.stderr == "accrue: error: unknown revision 'no-such-branch': not a branch, tag or commit in this repository\n")
    }
}
