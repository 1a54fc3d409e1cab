import Foundation
import Testing
import TestSupport

@Suite struct ExitCodeTests {
    @Test func aFolderThatIsNotARepositoryIsAUsageError() throws {
        let folder = try FixtureRepository.temporaryFolder().path

        let result = try AccrueBinary.run(["files", folder])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: not a git repository: \(folder)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aReasonThatCannotBeScannedIsRefused() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["files", path, "--include", "binary"])

        #expect(result.status == 2)
        #expect(result.stderr.contains("--include binary cannot be scanned as code"))
    }

    @Test func aTrackedFileThatCannotBeReadIsNamedNotDroppedSilently() throws {
        let path = try FixtureRepository.materialize("basic")
        try FileManager.default.removeItem(atPath: path + "/Sources/Demo/main.c")

        let result = try AccrueBinary.run(["scan", path])

        #expect(result.status == 0)
        #expect(result.stderr == "accrue: warning: 1 tracked file could not be read (deleted from the work tree, or no "
            + "permission) and is left out of every figure: Sources/Demo/main.c\n")
    }

    @Test func aCommittedFileWhoseBlobIsMissingIsNamedAsMissingFromTheObjectDatabase() throws {
        let path = try FixtureRepository.materialize("basic")
        let blob = try FixtureRepository.git(["rev-parse", "HEAD:Sources/Demo/main.c"], in: path)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let loose = path + "/.git/objects/" + blob.prefix(2) + "/" + blob.dropFirst(2)
        try #require(FileManager.default.fileExists(atPath: loose), "the fixture's objects are loose")
        try FileManager.default.removeItem(atPath: loose)

        let result = try AccrueBinary.run(["scan", path, "--rev", "HEAD"])

        #expect(result.status == 0)
        #expect(result.stderr == "accrue: warning: 1 tracked file could not be read (its content is missing from the "
            + "object database: a partial or incomplete clone) and is left out of every figure: Sources/Demo/main.c\n")
    }

    @Test func anEmptyRepositoryIsNamedAsSuch() throws {
        let path = try FixtureRepository.materialize("empty-repo")

        let result = try AccrueBinary.run(["files", path])

        #expect(result.status == 2)
        #expect(result.stderr.contains("has no commits yet"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func anUnknownRevisionIsNamed() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["files", path, "--rev", "no-such-branch"])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: unknown revision 'no-such-branch': not a branch, tag or commit in this repository\n")
    }

    @Test func aBareRepositoryIsAnalysedAtItsHead() throws {
        let path = try FixtureRepository.materialize("basic")
        let folder = try FixtureRepository.temporaryFolder(prefix: "bare").path
        let bare = folder + "/repo.git"
        try FixtureRepository.git(["clone", "--quiet", "--bare", path, bare], in: folder)

        let fromBare = try AccrueBinary.run(["files", bare])
        let fromHead = try AccrueBinary.run(["files", path, "--rev", "HEAD"])

        #expect(fromBare.status == 0)
        #expect(fromBare.stderr == "accrue: \(bare) is a bare repository (no work tree): analysing HEAD, as with --rev HEAD\n")
        #expect(fromBare.stdout == fromHead.stdout)
        #expect(fromBare.stdout.contains("Swift"))
    }

    @Test func anUnknownOptionIsAUsageErrorWithExitCodeTwo() throws {
        let result = try AccrueBinary.run(["files", "--no-such-option"])

        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }

    @Test func filesPrintsASummaryAndExitsZero() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["files", path])

        #expect(result.status == 0)
        #expect(result.stdout.contains("Swift"))
        #expect(result.stdout.contains("1 vendored"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    /// coupling and explain render text and JSON only: numstat is history's, and is refused rather than
    /// printed as text.
    @Test(arguments: ["coupling", "explain"])
    func aFormatACommandDoesNotRenderIsAUsageError(command: String) throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run([command, path, "--format", "numstat"])
        let help = try AccrueBinary.run([command, "--help"])

        #expect(result.status == 2)
        #expect(result.stderr.contains("The value 'numstat' is invalid for '--format <format>'"))
        #expect(result.stdout.isEmpty)
        #expect(help.stdout.contains("(values: text, json;"))
    }

    /// `--top -1` reaches the validation as a value (ArgumentParser read it as a flag: "Missing value").
    @Test(arguments: [["scan", "--top", "-1"], ["files", "--top=-1"], ["history", "--top", "-2"], ["coupling", "--top", "-1"]])
    func aNegativeTopIsAUsageErrorThatSaysSo(arguments: [String]) throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run([arguments[0], path] + arguments.dropFirst())

        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --top must be 0 or more, got -"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// PATH names the repository: scan, files and the other snapshot commands analyse all of it, and say so.
    @Test(arguments: ["scan", "files", "modules", "plan", "report", "baseline", "gate", "trend"])
    func thePathArgumentSaysTheWholeRepositoryIsAnalysed(command: String) throws {
        let help = try AccrueBinary.run([command, "--help"])

        #expect(help.stdout.contains("A folder in the git repository; the whole repository"), "\(command)")
    }
}
