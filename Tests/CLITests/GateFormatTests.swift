import Foundation
import Testing
import TestSupport

/// `accrue gate`'s machine formats: SARIF against the official schema, GitHub annotations, JUnit, JSON.
@Suite struct GateFormatTests {
    private func gate(_ branch: String, _ format: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let path = try FixtureRepository.materialize("gate-scenarios")
        try FixtureRepository.git(["checkout", "--quiet", branch], in: path)
        return try AccrueBinary.run(["gate", path, "--base", "main", "--format", format])
    }

    /// Validates a SARIF log against the official 2.1.0 schema with python3's jsonschema.
    private func validateSARIF(_ text: String) throws {
        let folder = try FixtureRepository.temporaryFolder()
        let log = folder.appendingPathComponent("gate.sarif")
        try Data(text.utf8).write(to: log)
        let schema = FixtureRepository.packageRoot.appendingPathComponent("Tests/Data/sarif-schema-2.1.0.json")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft4Validator.check_schema(schema)
            jsonschema.Draft4Validator(schema).validate(json.load(open(sys.argv[2])))
            print("valid")
            """

        let validation = try FixtureRepository.runCapturing("/usr/bin/env", ["python3", "-c", script, schema.path, log.path])

        #expect(validation.status == 0, "\(validation.stderr)")
        #expect(validation.stdout == "valid\n")
    }

    @Test(arguments: ["grow-module", "warn-mode", "shrink-debt", "new-cycle"])
    func sarifValidatesAgainstTheOfficialSchema(branch: String) throws {
        try validateSARIF(try gate(branch, "sarif").stdout)
    }

    @Test func aGateThatCannotRunStillWritesItsDocument() throws {
        let path = try FixtureRepository.materialize("gate-scenarios")
        func run(_ format: String) throws -> (status: Int32, stdout: String, stderr: String) {
            try AccrueBinary.run(["gate", path, "--base", "no-such-branch", "--format", format])
        }

        let sarif = try run("sarif")
        let junit = try run("junit")
        let markdown = try run("markdown")

        #expect(sarif.status == 2 && junit.status == 2 && markdown.status == 2)
        try validateSARIF(sarif.stdout)
        #expect(sarif.stdout.contains("\"executionSuccessful\" : false"))
        #expect(sarif.stdout.contains("unknown base ref 'no-such-branch'"))
        #expect(junit.stdout.contains("errors=\"1\"") && junit.stdout.contains("unknown base ref"))
        #expect(markdown.stdout.hasPrefix("## accrue gate — could not run\n\nunknown base ref 'no-such-branch'"))
        #expect(sarif.stderr.hasPrefix("accrue: error: unknown base ref"))
    }

    @Test func sarifResultsPointAtTheManifestLineForModules() throws {
        let result = try gate("grow-module", "sarif")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let location = try #require((results.first?["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])

        #expect(result.status == 1)
        #expect(results.count == 2)  // module-interest and module-size, both on Core's manifest line
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "Package.swift")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 7)
    }

    @Test func githubAnnotationsNameTheFileAndLine() throws {
        let result = try gate("grow-module", "github")

        #expect(result.stdout.contains(
            "::error file=Package.swift,line=7,title=accrue gate%3A module-size (ratchet)::module Core: module over "
                + "its budget grew: 2,100 → 2,220 code lines (warning over 2,000, error over 3,000; a tolerance, gate: { module_size: { absolute: N } } in .accrue.yml, lets it grow by N)\n"))
        #expect(result.stdout.contains("::notice title=accrue gate::accrue gate failed: this change adds 6.0 h"))
    }

    @Test func junitCountsFailuresAndWarnings() throws {
        let failed = try gate("grow-module", "junit")
        let warned = try gate("warn-mode", "junit")

        #expect(failed.stdout.contains("<testsuites name=\"accrue gate\" tests=\"2\" failures=\"2\" errors=\"0\">"))
        #expect(failed.stdout.contains("<failure type=\"ratchet\""))
        #expect(warned.stdout.contains("tests=\"2\" failures=\"0\""))
        #expect(warned.stdout.contains("<system-out>warning: new file breaks a rule"))
    }

    @Test func markdownLeadsWithWhatTheChangeCosts() throws {
        let result = try gate("shrink-debt", "markdown")

        #expect(result.stdout.hasPrefix(
            "## accrue gate: passed\n\nThis change adds 0.0 h of principal and 0.0 h/month of interest; "
                + "removes 15.0 h and 0.2 h/month.\n"))
        #expect(result.stdout.contains("### Debt went down"))
    }

    @Test func jsonCarriesTheSchemaAndEveryProblem() throws {
        let result = try gate("new-cycle", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])

        #expect(json["schema"] as? String == "accrue.gate/1")
        #expect(json["passed"] as? Bool == false)
        #expect((json["problems"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["module-cycle", "module-interest"])
    }

    /// A repository without manifests: its folder modules have no place to point at, so no format invents one
    /// (`file=,line=0`, an empty SARIF URI, `(:0)`).
    @Test func aFolderModuleWithoutAManifestGetsNoLocation() throws {
        let path = try FixtureRepository.materialize("modules-folders")
        // Priced at a 90-day half-life (365 by default), the interest big.c adds to src meets the gate's
        // module_interest tolerance (0.2 h a month): the module-level problem this test needs to point at.
        try "model:\n  interest: { activity_half_life_days: 90 }\n".write(
            toFile: path + "/.accrue.yml", atomically: true, encoding: .utf8)
        try FixtureRepository.git(["add", "-A"], in: path)
        try FixtureRepository.git(
            ["-c", "user.name=Ada Example", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "Config"], in: path)
        #expect(try AccrueBinary.run(["baseline", path]).status == 0)
        let big = (0..<2_100).map { "int g\($0)(void) { return \($0); }\n" }.joined()
        try big.write(toFile: path + "/src/big.c", atomically: true, encoding: .utf8)
        try FixtureRepository.git(["add", "-A"], in: path)
        try FixtureRepository.git(
            ["-c", "user.name=Ada Example", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "Grow src"], in: path)

        let github = try AccrueBinary.run(["gate", path, "--format", "github"])
        let sarif = try AccrueBinary.run(["gate", path, "--format", "sarif"])
        let text = try AccrueBinary.run(["gate", path])

        #expect(github.status == 1)
        #expect(github.stdout.contains("::error title=accrue gate%3A module-interest (ratchet)::module src: "))
        #expect(github.stdout.contains("::error file=src/big.c,title=accrue gate%3A file-size"))
        #expect(!github.stdout.contains("file=,") && !github.stdout.contains("line=0"))
        #expect(!sarif.stdout.contains("\"uri\" : \"\""))
        #expect(text.stdout.contains("  [ratchet] module src: this change adds"))
        #expect(!text.stdout.contains("(:0)"))
    }
}
