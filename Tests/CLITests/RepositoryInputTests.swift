import Foundation
import Testing
import TestSupport

/// What accrue does with each kind of path and revision a user can give: a clear error (exit 2, one line
/// naming the path and what was expected), a note, or a warning, never an empty report without a word.
@Suite struct RepositoryInputTests {
    /// A bare clone of `basic` without its `config`, as `fetch` mirrors are (HEAD, objects, refs only).
    private func mirror() throws -> (mirror: String, source: String) { try FixtureRepository.configlessMirror() }

    /// A repository whose one commit tracks only files of no language accrue knows.
    private func dataOnlyRepository() throws -> String {
        let path = try FixtureRepository.temporaryFolder(prefix: "data-only").path
        try FixtureRepository.git(["init", "--quiet", "--initial-branch=main"], in: path)
        try Data("1 2 3\n".utf8).write(to: URL(fileURLWithPath: path + "/numbers.dat"))
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: path + "/notes.xyz"))
        try FixtureRepository.git(["add", "."], in: path)
        try FixtureRepository.git(
            ["-c", "user.name=Ada Example", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "Data"], in: path)
        return path
    }

    // MARK: - A git directory without a config file

    @Test func aGitDirectoryWithoutConfigIsAnalysedAtHeadLikeABareClone() throws {
        let (mirror, source) = try mirror()

        let fromMirror = try AccrueBinary.run(["files", mirror])
        let fromHead = try AccrueBinary.run(["files", source, "--rev", "HEAD"])

        #expect(fromMirror.status == 0)
        #expect(fromMirror.stderr == "accrue: \(mirror) is a bare repository (no work tree): analysing HEAD, as with --rev HEAD\n")
        #expect(fromMirror.stdout == fromHead.stdout)
        #expect(fromMirror.stdout.contains("Swift"))
    }

    @Test func theHistoryOfAGitDirectoryWithoutConfigCoversTheWholeRepository() throws {
        let (mirror, source) = try mirror()

        let fromMirror = try AccrueBinary.run(["history", mirror])
        let fromSource = try AccrueBinary.run(["history", source])

        #expect(fromMirror.status == 0)
        #expect(fromMirror.stdout == fromSource.stdout)
        #expect(fromMirror.stdout.contains("Sources/Demo/Demo.swift"))
    }

    // MARK: - Paths that are no repository folder

    @Test func aDefaultStoreThatCannotBeOpenedIsSkippedAnExplicitOneIsNamed() throws {
        let path = try FixtureRepository.materialize("basic")
        // A folder where the database file should be: SQLite cannot open it, as in a read-only checkout.
        let store = URL(fileURLWithPath: path).appendingPathComponent(".accrue/accrue.sqlite")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)

        let scan = try AccrueBinary.run(["scan", path])
        let explicit = try AccrueBinary.run(["scan", path, "--store", store.path])

        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(explicit.status == 2)
        #expect(explicit.stderr.contains("cannot be opened (a read-only folder, or no permission): pass --store"))
    }

    @Test func aPathThatDoesNotExistIsNamed() throws {
        let missing = try FixtureRepository.temporaryFolder().path + "/no-such-folder"

        for command in ["files", "scan", "modules", "gate", "trend"] {
            let result = try AccrueBinary.run([command, missing])

            #expect(result.status == 2, "\(command)")
            #expect(result.stderr == "accrue: error: no such folder: \(missing) (expected a folder inside a git repository)\n", "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
        }
    }

    @Test func aFileInsteadOfAFolderIsNamed() throws {
        let file = try FixtureRepository.materialize("basic") + "/Package.swift"

        let result = try AccrueBinary.run(["scan", file])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: \(file) is a file, not a folder: expected a folder inside a git repository\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFolderOutsideAnyRepositoryIsNamedByEveryCommand() throws {
        let folder = try FixtureRepository.temporaryFolder().path

        let scan = try AccrueBinary.run(["scan", folder])
        let history = try AccrueBinary.run(["history", folder])

        #expect(scan.status == 2)
        #expect(scan.stderr == "accrue: error: not a git repository: \(folder)\n")
        #expect(history.status == 2)
        #expect(history.stderr == "accrue: error: not a git repository: \(folder)\n")
    }

    @Test func aHistoryPathNoCommitTouchedAndThatDoesNotExistIsWarnedAbout() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["history", path + "/Sourcez"])
        let existing = try AccrueBinary.run(["history", path + "/Sources"])

        #expect(result.status == 0)
        #expect(result.stderr == "accrue: warning: no such file or folder: \(path)/Sourcez, and no commit in the mined history touches Sourcez/\n")
        #expect(existing.stderr.isEmpty)
    }

    // MARK: - Repositories without commits, revisions naming nothing

    @Test func aRepositoryWithoutCommitsIsNamedByScanAndHistory() throws {
        let path = try FixtureRepository.materialize("empty-repo")

        let scan = try AccrueBinary.run(["scan", path])
        let history = try AccrueBinary.run(["history", path])
        let revision = try AccrueBinary.run(["files", path, "--rev", "main"])

        #expect(scan.status == 2)
        #expect(scan.stderr.hasSuffix(" has no commits yet\n"))
        #expect(scan.stderr.split(separator: "\n").count == 1)
        #expect(history.status == 2)
        #expect(history.stderr == "accrue: error: the repository at \(path) has no commits yet\n")
        #expect(revision.status == 2)
        #expect(revision.stderr == "accrue: error: the repository at \(path) has no commits yet\n")
    }

    @Test func trendOfARepositoryWithoutCommitsSaysThereIsNothingToSample() throws {
        let path = try FixtureRepository.materialize("empty-repo")

        let result = try AccrueBinary.run(["trend", path])

        #expect(result.status == 0)
        #expect(result.stdout == "accrue trend — no commits to sample\n")
    }

    @Test func aRevisionNamingAFileIsNotACommit() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["files", path, "--rev", "HEAD:Package.swift"])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: revision 'HEAD:Package.swift' names a blob, not a commit: give a commit, branch or tag\n")
    }

    @Test func anUnknownRevisionIsNamedByHistory() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["history", path, "--rev", "no-such-branch"])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: unknown revision 'no-such-branch': not a branch, tag or commit in this repository\n")
    }

    @Test func trendRefusesARevisionItWouldIgnore() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["trend", path, "--rev", "HEAD~1"])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: trend samples the history of HEAD: --rev HEAD~1 is not supported (run it in a checkout of HEAD~1)\n")
        #expect(!FileManager.default.fileExists(atPath: path + "/.accrue"))
    }

    @Test func trendRefusesAShallowCloneAndASinceAfterHead() throws {
        let origin = try FixtureRepository.materialize("history-basic")
        let shallow = try FixtureRepository.temporaryFolder(prefix: "shallow-trend").appendingPathComponent("clone").path
        _ = try FixtureRepository.git(["clone", "--quiet", "--depth", "1", "file://\(origin)", shallow], in: "/")

        let cut = try AccrueBinary.run(["trend", shallow])
        let future = try AccrueBinary.run(["trend", origin, "--since", "2099-01-01"])
        let garbled = try AccrueBinary.run(["trend", origin, "--since", "banana"])

        #expect(cut.status == 2)
        #expect(cut.stderr.contains("this is a shallow clone: fetch it first (git fetch --unshallow; in CI, fetch-depth: 0)"))
        #expect(future.status == 2)
        #expect(future.stderr.contains("--since 2099-01-01 is after HEAD's commit"))
        #expect(garbled.status == 2)
        #expect(garbled.stderr.contains("--since expects a date like 2024-01-31 or a duration back from HEAD like 26w"))
    }

    /// A plan made in a shallow clone says its interest counts only the commits the clone has.
    @Test func aPlanInAShallowCloneSaysSo() throws {
        let origin = try FixtureRepository.materialize("history-fixes")
        let shallow = try FixtureRepository.temporaryFolder(prefix: "shallow-plan").appendingPathComponent("clone").path
        _ = try FixtureRepository.git(["clone", "--quiet", "--depth", "2", "file://\(origin)", shallow], in: "/")

        let plan = try AccrueBinary.run(["plan", shallow])
        let markdown = try AccrueBinary.run(["plan", shallow, "--format", "markdown"])
        let full = try AccrueBinary.run(["plan", origin])

        #expect(plan.status == 0)
        #expect(plan.stdout.contains("History           shallow clone: interest counts only the commits it has"))
        #expect(markdown.stdout.contains("> History: shallow clone: interest counts only the commits it has"))
        #expect(full.status == 0 && !full.stdout.contains("History "))
    }

    // MARK: - Snapshots with no source file accrue recognises

    @Test func aWorkTreeWithNoRecognisedSourceFileIsWarnedAbout() throws {
        let path = try dataOnlyRepository()
        let warning = "accrue: warning: no source file accrue recognises in the work tree of \(path): its 2 tracked "
            + "files are all left out (2 unknown language); every figure below is 0\n"

        let files = try AccrueBinary.run(["files", path])
        let scan = try AccrueBinary.run(["scan", path])
        let modules = try AccrueBinary.run(["modules", path, "--no-history"])

        #expect(files.status == 0)
        #expect(files.stderr == warning)
        #expect(scan.status == 0)
        #expect(scan.stderr == warning)
        #expect(modules.stderr == warning)
    }

    @Test func aRevisionWithNoRecognisedSourceFileIsWarnedAbout() throws {
        let path = try dataOnlyRepository()
        let head = try FixtureRepository.git(["rev-parse", "HEAD"], in: path).prefix(12)

        let result = try AccrueBinary.run(["files", path, "--rev", "HEAD", "--exclude", "**"])
        let baseline = try AccrueBinary.run(["baseline", path, "--rev", "HEAD", "--output", path + "/b.json"])

        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("accrue: warning: no source file accrue recognises in commit \(head) of \(path): "))
        #expect(baseline.status == 0)
        #expect(baseline.stderr == "accrue: warning: no source file accrue recognises in revision HEAD of \(path); every figure below is 0 (see accrue files)\n")
    }

    @Test func aRepositoryWithSourceFilesIsNotWarnedAbout() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["files", path])

        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}
