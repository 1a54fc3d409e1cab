import Foundation
import Testing
import TestSupport

/// `accrue gate` and `accrue baseline` end to end: exit codes, messages on stderr, formats.
@Suite struct GateCommandTests {
    private func scenario(_ branch: String) throws -> String {
        let path = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", branch], in: path)
        return path
    }

    @Test(arguments: [
        ("grow-module", Int32(1)), ("shrink-debt", 0), ("new-cycle", 1), ("edit-bad-file", 0), ("warn-mode", 0),
    ])
    func eachScenarioExitsAsExpected(branch: String, status: Int32) throws {
        let path = try scenario(branch)

        let result = try AccrueBinary.run(["gate", path, "--base", "main"])

        #expect(result.status == status, "\(branch): \(result.stdout)\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func untrackedSourceFilesAreNamedAsNotGated() throws {
        let path = try scenario("shrink-debt")
        try "func added() -> Int { 1 }\n".write(toFile: path + "/Untracked.swift", atomically: true, encoding: .utf8)
        try "notes\n".write(toFile: path + "/notes.md", atomically: true, encoding: .utf8)

        let result = try AccrueBinary.run(["gate", path, "--base", "main"])

        #expect(result.stdout.contains("1 untracked source file is not gated until `git add`: Untracked.swift"))
    }

    @Test func aWarnModeRuleWarnsAndSaysWhy() throws {
        let path = try scenario("warn-mode")

        let result = try AccrueBinary.run(["gate", path, "--base", "main"])

        #expect(result.stdout.contains("Warnings (2)"))
        #expect(result.stdout.contains("      rule file-size is in warn mode\n"))
    }

    @Test func againstACommittedBaselineShrinkingSuggestsTighteningAndUpdateTightens() throws {
        let path = try FixtureRepository.materialize("gate-scenarios")
        let file = try FixtureRepository.temporaryFolder().appendingPathComponent("baseline.json").path
        #expect(try AccrueBinary.run(["baseline", path, "--output", file]).status == 0)
        try FixtureRepository.git(["checkout", "--quiet", "shrink-debt"], in: path)

        let gate = try AccrueBinary.run(["gate", path, "--baseline", file])
        let update = try AccrueBinary.run(["baseline", path, "--output", file, "--update"])
        let tightened = try String(contentsOfFile: file, encoding: .utf8)
        let again = try AccrueBinary.run(["baseline", path, "--output", file, "--update"])

        #expect(gate.status == 0)
        #expect(gate.stdout.contains("Run `accrue baseline --update` and commit .accrue/baseline.json"))
        #expect(gate.stdout.contains("\nDebt went down (4 figures)\n  Sources/Legacy/Big.swift: file-size 1,200 → 1,100\n"))
        #expect(update.stdout.contains(": 4 modules, 10 files, 1 finding, 0 cycles (tightened 20 figures, removed 1 paid finding, "
            + "1 gone, 0 new entries)\n"))
        #expect(!tightened.contains("module-size module:Core"))
        #expect(tightened.contains("\"file-size file:Sources/Legacy/Big.swift\" : {"))
        #expect(tightened.contains("\"value\" : 1100\n"))
        #expect(again.stdout.hasPrefix("Unchanged: "))
    }

    @Test func aTrackedFileThatCannotBeReadIsNamedByBaselineAndGate() throws {
        let path = try scenario("shrink-debt")
        try FileManager.default.removeItem(atPath: path + "/Sources/Store/Store.swift")
        let file = try FixtureRepository.temporaryFolder().appendingPathComponent("baseline.json").path
        let warning = "accrue: warning: 1 tracked file could not be read (deleted from the work tree, or no permission) "
            + "and is left out of every figure: Sources/Store/Store.swift\n"

        let baseline = try AccrueBinary.run(["baseline", path, "--output", file])
        let update = try AccrueBinary.run(["baseline", path, "--output", file, "--update"])
        let gate = try AccrueBinary.run(["gate", path, "--base", "main"])
        let atCommit = try AccrueBinary.run(["gate", path, "--base", "main", "--rev", "HEAD"])

        #expect(baseline.status == 0)
        #expect(baseline.stderr == warning)
        #expect(update.stderr == warning)
        #expect(gate.stderr == warning)
        #expect(atCommit.stderr.isEmpty)  // a commit's files are read from git, not the work tree
    }

    @Test func anOverrideNamingAModuleThatDoesNotExistIsNamedByEveryCommandThatFindsModules() throws {
        let path = try scenario("shrink-debt")
        try "overrides:\n  - modules: [Legasy]\n    rules:\n      file-size: { mode: warn }\n"
            .write(toFile: path + "/.accrue.yml", atomically: true, encoding: .utf8)
        let file = try FixtureRepository.temporaryFolder().appendingPathComponent("baseline.json").path
        let warning = "accrue: warning: .accrue.yml:2:15: overrides: no module is named 'Legasy' (did you mean "
            + "'Legacy'?), so its rules apply to nothing; `accrue modules` lists the modules\n"

        let runs = try [
            ["scan", path], ["modules", path, "--no-history"], ["baseline", path, "--output", file],
            ["gate", path, "--base", "main"], ["explain", path + "/Sources/Legacy/Big.swift"],
        ].map { try AccrueBinary.run($0) }

        for (run, command) in zip(runs, ["scan", "modules", "baseline", "gate", "explain"]) {
            #expect(run.status == 0, "\(command)")
            #expect(run.stderr == warning, "\(command)")
        }
    }

    @Test func aMissingBaselineCannotRun() throws {
        let path = try scenario("grow-module")

        let result = try AccrueBinary.run(["gate", path])
        let accepted = try AccrueBinary.run(["gate", path, "--allow-missing-baseline"])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: no baseline at .accrue/baseline.json: run `accrue baseline` and "
            + "commit .accrue/baseline.json, or compare with a branch: `accrue gate --base origin/main`\n")
        #expect(accepted.status == 0)
    }

    @Test func anUnknownBaseRefCannotRun() throws {
        let path = try scenario("grow-module")

        let result = try AccrueBinary.run(["gate", path, "--base", "origin/main"])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: unknown base ref 'origin/main': not a branch, tag or commit in "
            + "this repository; fetch it first (`git fetch origin`, or actions/checkout with `fetch-depth: 0`)\n")
    }

    @Test func aShallowCloneWithoutTheMergeBaseCannotRun() throws {
        let origin = try FixtureRepository.materialize("gate-scenarios")
        let shallow = try FixtureRepository.temporaryFolder(prefix: "shallow").appendingPathComponent("clone").path
        try FixtureRepository.git(
            ["clone", "--quiet", "--depth", "1", "--branch", "grow-module", "file://\(origin)", shallow], in: "/")
        try FixtureRepository.git(
            ["fetch", "--quiet", "--depth", "1", "origin", "main:refs/remotes/origin/main"], in: shallow)

        let result = try AccrueBinary.run(["gate", shallow, "--base", "origin/main"])
        let accepted = try AccrueBinary.run(["gate", shallow, "--base", "origin/main", "--allow-shallow"])

        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("accrue: error: shallow clone: the merge base of 'origin/main' and the head"))
        #expect(result.stderr.contains("`fetch-depth: 0`"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(accepted.status == 1)
        #expect(accepted.stdout.contains("shallow clone: compared with origin/main itself"))
    }

    @Test func aShallowCloneIsNeitherBaselinedNorGatedAgainstAFullBaseline() throws {
        let origin = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", "main"], in: origin)
        #expect(try AccrueBinary.run(["baseline", origin]).status == 0)
        try FixtureRepository.git(["add", ".accrue/baseline.json"], in: origin)
        try FixtureRepository.git(["-c", "user.name=CI", "-c", "user.email=ci@example.com", "commit", "--quiet", "-m", "baseline"], in: origin)
        let shallow = try FixtureRepository.temporaryFolder(prefix: "shallow").appendingPathComponent("clone").path
        try FixtureRepository.git(["clone", "--quiet", "--depth", "2", "file://\(origin)", shallow], in: "/")

        let baseline = try AccrueBinary.run(["baseline", shallow, "--update"])
        let gate = try AccrueBinary.run(["gate", shallow])
        let accepted = try AccrueBinary.run(["gate", shallow, "--allow-shallow"])

        #expect(baseline.status == 2)
        #expect(baseline.stderr.hasPrefix("accrue: error: shallow clone: a baseline measured here would undercount"))
        #expect(gate.status == 2)
        #expect(gate.stderr.contains("`fetch-depth: 0`"))
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("shallow clone (--allow-shallow): figures measured from history"))
    }

    @Test func aCommitIsJudgedAgainstTheBaselineItCarries() throws {
        let path = try FixtureRepository.materialize("gate-scenarios")
        let commit = ["-c", "user.name=CI", "-c", "user.email=ci@example.com", "commit", "--quiet", "-m"]
        try FixtureRepository.git(["checkout", "--quiet", "main"], in: path)
        #expect(try AccrueBinary.run(["baseline", path]).status == 0)
        try FixtureRepository.git(["add", ".accrue/baseline.json"], in: path)
        try FixtureRepository.git(commit + ["baseline"], in: path)
        // Debt committed, then a baseline rewritten in the work tree (not committed) that accepts it.
        try FixtureRepository.git(["-c", "user.name=CI", "-c", "user.email=ci@example.com", "merge", "--quiet", "--no-edit", "grow-module"], in: path)
        #expect(try AccrueBinary.run(["baseline", path]).status == 0)

        let committed = try AccrueBinary.run(["gate", path, "--rev", "HEAD"])
        let workTree = try AccrueBinary.run(["gate", path])

        #expect(committed.status == 1, "\(committed.stdout)")
        #expect(workTree.status == 0, "\(workTree.stdout)")
    }

    @Test func aBadGateToleranceIsAConfigurationError() throws {
        let path = try scenario("grow-module")
        let config = try FixtureRepository.temporaryFolder().appendingPathComponent("accrue.yml")
        try Data("gate:\n  module_size: { absolute: lots }\n".utf8).write(to: config)

        let result = try AccrueBinary.run(["gate", path, "--base", "main", "--config", config.path])

        #expect(result.status == 2)
        #expect(result.stderr.contains("gate.module_size.absolute"))
        // Every command reads the configuration: `accrue rules` finds the mistake before the CI gate does.
        let rules = try AccrueBinary.run(["rules", path, "--config", config.path])
        #expect(rules.status == 2)
        #expect(rules.stderr.contains("gate.module_size.absolute"))
    }

    @Test func aGateToleranceInTheConfigurationLetsAModuleGrow() throws {
        let path = try scenario("grow-module")
        let config = try FixtureRepository.temporaryFolder().appendingPathComponent("accrue.yml")
        // Growing a module over its budget also adds the interest its size costs each change (0.833 h/month).
        try Data("gate:\n  module_size: { absolute: 150 }\n  module_interest: { absolute: 1 }\n".utf8).write(to: config)

        let result = try AccrueBinary.run(["gate", path, "--base", "main", "--config", config.path])

        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
