import Foundation
import TestSupport
import Testing

/// In a partial clone, what accrue measures from history rests on the objects that are there: the scan says so
/// on its History line, the baseline warns, the gate and the plan note it, and trend, which reads past commits' files, refuses.
@Suite struct PartialCloneCommandTests {
    private func partialClone() throws -> String {
        let path = try FixtureRepository.materialize("history-fixes")
        try FixtureRepository.git(["config", "remote.origin.promisor", "true"], in: path)
        return path
    }

    @Test func everyCommandSaysTheCloneIsPartial() throws {
        let path = try partialClone()

        let scan = try AccrueBinary.run(["scan"], in: path)
        #expect(scan.status == 0)
        #expect(scan.stdout.contains("(partial clone: renames of unfetched files missed; clone without --filter)"))
        let baseline = try AccrueBinary.run(["baseline"], in: path)
        #expect(baseline.status == 0 && baseline.stderr.contains("accrue: warning: this is a partial clone"))
        let gate = try AccrueBinary.run(["gate"], in: path)
        #expect(gate.status == 0 && gate.stdout.contains("partial clone (git clone --filter): history figures"))
        let trend = try AccrueBinary.run(["trend"], in: path)
        #expect(trend.status == 2 && trend.stderr.contains("this is a partial clone (git clone --filter)"))
        let modules = try AccrueBinary.run(["modules"], in: path)
        #expect(modules.stdout.contains("warning: partial clone: renames of files it never fetched are not followed"))
        let history = try AccrueBinary.run(["history"], in: path)
        #expect(history.stdout.contains("warning: this is a partial clone"))
        let plan = try AccrueBinary.run(["plan"], in: path)
        #expect(plan.stdout.contains("History           partial clone: renames of files it never fetched are not followed"))
        let planJSON = try AccrueBinary.run(["plan", "--format", "json"], in: path)
        #expect(planJSON.stdout.contains("\"partial_clone\" : true"))
    }

    /// A real one (`git clone --filter=blob:none`): the merge base's files were never fetched, so `gate --base`
    /// refuses with what to do rather than failing on a missing object.
    @Test func aMergeBaseIsNotMeasuredFromFilesTheCloneNeverFetched() throws {
        let source = try FixtureRepository.materialize("history-fixes")
        try FixtureRepository.git(["config", "uploadpack.allowFilter", "true"], in: source)
        let path = try FixtureRepository.temporaryFolder(prefix: "partial").appendingPathComponent("clone").path
        try FixtureRepository.git(["clone", "--quiet", "--no-local", "--filter=blob:none", "file://" + source, path], in: "/")

        let scan = try AccrueBinary.run(["scan"], in: path)
        #expect(scan.status == 0 && scan.stdout.contains("(partial clone: "))
        let gate = try AccrueBinary.run(["gate", "--base", "HEAD~2"], in: path)
        #expect(gate.status == 2)
        #expect(gate.stderr.hasPrefix("accrue: error: partial clone (git clone --filter): the merge base with 'HEAD~2'"))
    }
}
