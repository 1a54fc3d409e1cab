import Foundation
import Testing
import TestSupport

/// `history`, `coupling` and `explain` on a path inside a repository: a file or folder of a bare repository
/// (no files on disk: the path below the git directory is the path in the repository), a deleted file,
/// the repository itself, a folder; and their errors, worded as every other command's.
@Suite struct PathInRepositoryTests {
    /// A bare clone of `basic` without its `config`, as `fetch` mirrors are (HEAD, objects, refs only).
    private func mirror() throws -> (mirror: String, source: String) { try FixtureRepository.configlessMirror() }

    private func note(_ bare: String) -> String {
        "accrue: \(bare) is a bare repository (no work tree): analysing HEAD, as with --rev HEAD\n"
    }

    // MARK: - Inside a bare repository

    @Test func aFileOfABareRepositoryIsExplainedThereEvenFromInsideAnotherRepository() throws {
        let (mirror, source) = try mirror()
        let elsewhere = try FixtureRepository.materialize("debt-basic")

        let fromMirror = try AccrueBinary.run(["explain", mirror + "/Sources/Demo/Demo.swift"], in: elsewhere)
        let fromSource = try AccrueBinary.run(["explain", "Sources/Demo/Demo.swift", "--rev", "HEAD"], in: source)

        #expect(fromMirror.status == 0)
        #expect(fromMirror.stderr == note(mirror))
        #expect(fromMirror.stdout == fromSource.stdout)
        #expect(fromMirror.stdout.contains("Debt of Sources/Demo/Demo.swift: "))
        #expect(fromMirror.stdout.contains("\nSources/Demo/Demo.swift\n  1 commits"))
    }

    @Test func theHistoryOfAFileOrFolderOfABareRepositoryIsLimitedToIt() throws {
        let (mirror, source) = try mirror()

        for path in ["Sources", "Sources/Demo/Demo.swift"] {
            let fromMirror = try AccrueBinary.run(["history", mirror + "/" + path])
            let fromSource = try AccrueBinary.run(["history", source + "/" + path])

            #expect(fromMirror.status == 0, "\(path)")
            #expect(fromMirror.stderr.isEmpty, "\(path)")
            #expect(fromMirror.stdout == fromSource.stdout, "\(path)")
            #expect(fromMirror.stdout.contains(") in \(path == "Sources" ? "Sources/" : path): "), "\(path)")
            #expect(!fromMirror.stdout.contains("Package.swift"), "\(path)")
        }
    }

    @Test func theCouplingOfAFolderOfABareRepositoryIsLimitedToIt() throws {
        let (mirror, source) = try mirror()
        let thresholds = ["--min-revs", "1", "--min-shared-revs", "1", "--min-coupling", "1"]

        let fromMirror = try AccrueBinary.run(["coupling", mirror + "/Sources"] + thresholds)
        let fromSource = try AccrueBinary.run(["coupling", source + "/Sources"] + thresholds)

        #expect(fromMirror.status == 0)
        #expect(fromMirror.stdout == fromSource.stdout)
    }

    // MARK: - Paths that are not on disk

    @Test func aDeletedFileKeepsItsHistory() throws {
        let path = try FixtureRepository.materialize("basic")
        try FixtureRepository.git(["rm", "-q", "Sources/Demo/Demo.swift"], in: path)
        try FixtureRepository.git(
            ["-c", "user.name=Ada Example", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "Remove Demo"], in: path)

        let result = try AccrueBinary.run(["history", path + "/Sources/Demo/Demo.swift", "--include-deleted"])

        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains(") in Sources/Demo/Demo.swift: "))
        #expect(result.stdout.contains(" Sources/Demo/Demo.swift (deleted)"))
    }

    @Test func aPathInNoRepositoryIsNamed() throws {
        let folder = try FixtureRepository.temporaryFolder().path
        let missing = folder + "/Sources/Nothing.swift"

        let result = try AccrueBinary.run(["explain", missing], in: folder)

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: not a git repository: \(missing)\n")
        #expect(result.stdout.isEmpty)
    }

    // MARK: - The repository itself, and folders

    @Test func explainRefusesTheRepositoryItself() throws {
        let (mirror, source) = try mirror()

        for (path, folder) in [(source, "/"), (".", source), (mirror, "/")] {
            let result = try AccrueBinary.run(["explain", path], in: folder)

            #expect(result.status == 2, "\(path)")
            #expect(result.stderr == "accrue: error: \(path) is the whole repository: explain takes a file, or a module "
                + "name; for the whole repository run accrue scan (debt) or accrue history (churn)\n", "\(path)")
            #expect(result.stdout.isEmpty, "\(path)")
        }
    }

    @Test func explainRefusesAFolderEvenInABareRepository() throws {
        let (mirror, source) = try mirror()

        for folder in [source + "/Sources", mirror + "/Sources"] {
            let result = try AccrueBinary.run(["explain", folder])

            #expect(result.status == 2, "\(folder)")
            // Refused from the tree before any scan: no bare-repository note, nothing else on stderr.
            #expect(result.stderr == "accrue: error: \(folder) is a folder: explain takes a file, or a module name; "
                + "for the files in the folder run accrue history \(folder)\n", "\(folder)")
            #expect(result.stdout.isEmpty, "\(folder)")
        }
    }

    // MARK: - Errors

    @Test func theHistoryCommandsWordTheirErrorsAsEveryOtherCommand() throws {
        let path = try FixtureRepository.materialize("basic")

        let grouping = try AccrueBinary.run(["coupling", path, "--group-by", "week"])
        let date = try AccrueBinary.run(["history", path, "--since", "yesterday"])
        let noSuchDay = try AccrueBinary.run(["history", path, "--since", "2025-02-30"])
        let revision = try AccrueBinary.run(["explain", path + "/Package.swift", "--rev", "no-such-branch"])

        #expect(grouping.status == 2)
        #expect(grouping.stderr == "accrue: error: --group-by expects commit or author-day, got 'week'\n")
        #expect(date.status == 2)
        #expect(date.stderr == "accrue: error: --since expects a date like 2024-01-31 or 2024-01-31T12:00:00Z, got 'yesterday'\n")
        #expect(noSuchDay.status == 2)  // not rolled over into March
        #expect(revision.status == 2)
        #expect(revision.stderr == "accrue: error: unknown revision 'no-such-branch': not a branch, tag or commit in this repository\n")
    }
}
