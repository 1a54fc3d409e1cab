import AccrueGate
import AccrueKit
import FileScanning
import Foundation
import Gate
import RuleCatalog
import Testing
import TestSupport

/// The gate's scenarios (fixtures/gate-scenarios): each branch judged against the merge base with main.
@Suite struct GateAnalyzerTests {
    private func gate(_ branch: String, baseRef: String = "main") throws -> GateOutcome {
        let path = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", branch], in: path)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))
        return try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, baseRef: baseRef))
    }

    @Test func aModuleOverBudgetThatGrowsFails() throws {
        let outcome = try gate("grow-module")

        #expect(!outcome.verdict.passed)
        // Core's module-size friction rises from 1.24 × 0.1 to 1.24 × 0.22 spans; the finding is priced on the
        // changes to Core's files (6 + 2, recent), so the interest it adds passes the 0.2 h/month tolerance too.
        #expect(outcome.verdict.failures.map(\.message) == [
            "this change adds 0.361 h/month of interest to the module (tolerance 0.2 h/month); from module-size of module "
                + "Core (friction 0.124 → 0.273, +0.361 h/month)",
            "module over its budget grew: 2,100 → 2,220 code lines (warning over 2,000, error over 3,000; a tolerance, gate: { module_size: { absolute: N } } in .accrue.yml, lets it grow by N)",
        ])
        #expect(outcome.verdict.failures.first?.location == GateLocation(path: "Package.swift", line: 7))
        #expect(outcome.changedFiles == ["Sources/Core/Core7.swift"])
        // module-size: 0.05 h for each of the 120 lines the module grew = 6 h more principal.
        #expect(outcome.verdict.cost.principalAdded == 6)
        #expect(outcome.baseLabel.hasPrefix("merge base "))
    }

    @Test func aChangeThatShrinksDebtPassesAndSaysSo() throws {
        let outcome = try gate("shrink-debt")

        #expect(outcome.verdict.passed)
        #expect(outcome.verdict.problems.isEmpty)
        #expect(outcome.verdict.debtWentDown)
        #expect(outcome.verdict.improvements.map(\.subject) == [
            "Sources/Legacy/Big.swift", "module Core", "module Core", "module Legacy",
        ])
        // file-size: 100 lines × 0.02 h; module-size: 8 h + 100 lines × 0.05 h, paid in full.
        #expect(outcome.verdict.cost.principalRemoved == 15)
        #expect(outcome.verdict.cost.principalAdded == 0)
    }

    @Test func aBadFileRenamedInTheWorkTreeIsItsOldSelf() throws {
        let path = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", "main"], in: path)
        try FixtureRepository.git(["mv", "Sources/Legacy/Big.swift", "Sources/Legacy/Huge.swift"], in: path)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, baseRef: "main"))

        #expect(outcome.verdict.passed)
        #expect(outcome.verdict.problems.isEmpty, "\(outcome.verdict.problems.map(\.message))")
        #expect(outcome.verdict.improvements.isEmpty)
    }

    @Test func aConfigurationThatStopsMeasuringAFileIsNotedNotPaid() throws {
        let path = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", "main"], in: path)
        try Data("version: 1\nscan:\n  excluded_paths: [\"Sources/Legacy/Big.swift\"]\n".utf8)
            .write(to: URL(fileURLWithPath: path).appendingPathComponent(".accrue.yml"))
        try FixtureRepository.append("\n// edited\n", toFileAt: path + "/Sources/Legacy/Big.swift")
        try FixtureRepository.git(["add", "-A"], in: path)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, baseRef: "main"))

        #expect(outcome.verdict.passed)
        #expect(outcome.notes.contains { $0.hasPrefix(".accrue.yml changed since the base") })
        #expect(!outcome.verdict.improvements.contains { $0.subject == "Sources/Legacy/Big.swift" })
    }

    @Test func aNewCycleFails() throws {
        let outcome = try gate("new-cycle")

        #expect(!outcome.verdict.passed)
        #expect(outcome.verdict.failures.map(\.rule) == ["module-cycle", "module-interest"])
        // The change added Store's import of Net, which closed the cycle: the message names it. Both edges have
        // one import, so the cut `accrue modules` names (Net → Store, with its import) may be the other one.
        #expect(outcome.verdict.failures.first?.message == "new import cycle between modules Net, Store; "
            + "this change imports along it: Store → Net (in Sources/Store/Store.swift); to break it, "
            + "cut the weakest import edge: Net → Store (1 import, Sources/Net/Net.swift:1)")
    }

    @Test func aNewCycleNamesTheEdgeWithTheFewestImportsAndOneOfThem() throws {
        let path = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", "new-cycle"], in: path)
        try "import Net\n\nlet again = 1\n".write(toFile: path + "/Sources/Store/Again.swift", atomically: true, encoding: .utf8)
        try "// more\nimport Net\n".write(toFile: path + "/Sources/Store/More.swift", atomically: true, encoding: .utf8)
        try "// extra\n\nimport Store\n".write(toFile: path + "/Sources/Net/Extra.swift", atomically: true, encoding: .utf8)
        try FixtureRepository.git(["add", "-A"], in: path)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, baseRef: "main"))
        let modules = try ModuleAnalyzer(catalog: catalog).run(FileScanRequest(repositoryPath: path))

        #expect(modules.cycles.map { $0.cut.map { "\($0.from) → \($0.to)" } } == [["Net → Store"]])
        // Net → Store: 2 imports; Store → Net: 3. The first import is the first file's (sorted by path).
        #expect(outcome.verdict.failures.first?.message == "new import cycle between modules Net, Store; "
            + "this change imports along it: Net → Store (in Sources/Net/Extra.swift); "
            + "Store → Net (in Sources/Store/Again.swift and 2 more); to break it, "
            + "cut the weakest import edge: Net → Store (2 imports, one at Sources/Net/Extra.swift:3)")
        #expect(modules.edges.first { $0.from == "Store" }?.firstImport == "Sources/Store/Again.swift:1")
        #expect(modules.edges.first { $0.from == "Store" }?.sites == 3)
    }

    @Test func anEditInsideAnAlreadyBadFileThatDoesNotMakeItWorsePasses() throws {
        let outcome = try gate("edit-bad-file")

        #expect(outcome.verdict.passed)
        #expect(outcome.verdict.problems.isEmpty)
        #expect(outcome.changedFiles == ["Sources/Legacy/Big.swift"])
    }

    @Test func aRuleInWarnModePassesWithAWarning() throws {
        let outcome = try gate("warn-mode")

        #expect(outcome.verdict.passed)
        #expect(outcome.verdict.warnings.map(\.message) == [
            "this change adds 0.378 h/month of interest to the module (tolerance 0.2 h/month); from file-size of "
                + "Sources/Store/Huge.swift (new finding, +0.378 h/month)",
            "new file breaks a rule: file-size 1,100 > error 1,000",
        ])
        #expect(outcome.verdict.warnings.last?.note == "rule file-size is in warn mode")
    }

    @Test func anUnknownBaseRefCannotRun() throws {
        #expect(throws: GateError.unknownBaseRef("origin/nope")) { try gate("grow-module", baseRef: "origin/nope") }
    }

    @Test func aBaselineWrittenByOneCloneIsByteIdenticalInAnother() throws {
        let first = try FixtureRepository.materialize("gate-scenarios")
        let elsewhere = try FixtureRepository.temporaryFolder(prefix: "elsewhere").appendingPathComponent("clone").path
        try FixtureRepository.git(["clone", "--quiet", first, elsewhere], in: "/")
        let catalog = try RuleCatalog.bundled()

        let one = try BaselineWriter.write(BaselineRequest(repositoryPath: first), catalog: catalog)
        let other = try BaselineWriter.write(BaselineRequest(repositoryPath: elsewhere), catalog: catalog)
        let written = try Data(contentsOf: URL(fileURLWithPath: first).appendingPathComponent(".accrue/baseline.json"))

        #expect(try one.baseline.encoded() == other.baseline.encoded())
        #expect(try Baseline.decode(written).encoded() == written)
        #expect(!String(decoding: written, as: UTF8.self).contains(first))
    }

    /// main's baseline, with Big.swift's file-size finding written 200 lines smaller than it is (as an accrue
    /// that measured differently would have), and `figures` as given; then the edit-bad-file branch checked out.
    private func doctoredBaseline(figures: String?) throws -> (path: String, catalog: RuleCatalog) {
        let path = try FixtureRepository.materialize("gate-scenarios")
        let catalog = try RuleCatalog.bundled()
        var baseline = try BaselineWriter.write(BaselineRequest(repositoryPath: path), catalog: catalog).baseline
        let key = try #require(baseline.findings.keys.first { $0.hasPrefix("file-size ") })
        baseline.findings[key]?.value -= 200
        baseline.figures = figures
        try baseline.encoded().write(to: URL(fileURLWithPath: path).appendingPathComponent(".accrue/baseline.json"))
        try FixtureRepository.git(["checkout", "--quiet", "edit-bad-file"], in: path)
        return (path, catalog)
    }

    @Test func aBaselineThisAccrueMeasuredIsComparedAsWritten() throws {
        let (path, catalog) = try doctoredBaseline(figures: ScanAnalyzer.figuresVersion)

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path))

        // The edit touched Big.swift, whose finding the file says is 200 lines smaller: made worse.
        #expect(!outcome.verdict.passed)
        #expect(!outcome.notes.contains { $0.contains("computes figures differently") })
        // How far back the baseline is, since a ratchet's tolerance is spent since its commit.
        let base = try FixtureRepository.git(["rev-parse", "--short=12", "main"], in: path).trimmingCharacters(in: .whitespacesAndNewlines)
        let back = try FixtureRepository.git(["rev-list", "--count", "main..HEAD"], in: path).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(outcome.baseLabel == "baseline .accrue/baseline.json (commit \(base), \(back) commit\(back == "1" ? "" : "s") back)")
    }

    @Test func aBaselineAnotherAccrueMeasuredIsComparedAsItsCommitMeasuredNow() throws {
        let (path, catalog) = try doctoredBaseline(figures: nil)

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path))

        // Its commit measured by this accrue: the edit made nothing worse, as against the merge base.
        #expect(outcome.verdict.passed)
        #expect(outcome.notes.contains { $0.contains("computes figures differently (before figures-2") })
        #expect(!outcome.usesBaselineFile)
        #expect(throws: GateError.self) {
            try BaselineWriter.write(BaselineRequest(repositoryPath: path, update: true), catalog: catalog)
        }
    }
}
