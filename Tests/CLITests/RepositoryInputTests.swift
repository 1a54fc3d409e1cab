import Foundation
import Testing
import TestSupport

/// What accrue does with each kind of path and revision a user can give: a clear error (exit 2, one line
/// naming the path and what was expected), a note, or a warning, never an empty report without a word.
@Suite struct RepositoryInputTests {
    /// A bare clone of `basic` without its `config`, as `fetch` mirrors are (HEAD, objects, refs only).
    private func mirror() throws -> (mirror: String, source: String) {
        let source = try FixtureRepository.materialize("basic")
        let folder = try FixtureRepository.temporaryFolder(prefix: "mirror").path
        let path = folder + "/repo"
        try FixtureRepository.git(["clone", "--quiet", "--bare", source, path], in: folder)
        try FileManager.default.removeItem(atPath: path + "/config")
        return (path, source)
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
}
