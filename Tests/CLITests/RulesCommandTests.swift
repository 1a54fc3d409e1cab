import Foundation
import Testing
import TestSupport

/// `accrue rules` end to end: the effective values, their origins, and exit code 2 for a bad configuration.
@Suite struct RulesCommandTests {
    @Test func theDefaultsPrintWithTheirFilesAndExitZero() throws {
        let path = try FixtureRepository.materialize("basic")

        let result = try AccrueBinary.run(["rules", path])

        #expect(result.status == 0)
        #expect(result.stdout.contains("rule file-size: File too long"))
        #expect(result.stdout.contains("default (rules/debt/file-size.yaml)"))
        #expect(result.stderr.isEmpty)
    }

    @Test func theRepositorysConfigurationIsMergedAndItsPositionsShown() throws {
        let path = try FixtureRepository.materialize("basic")
        try Data("rules:\n  file-size:\n    thresholds: { warning: 450 }\n".utf8)
            .write(to: URL(fileURLWithPath: path).appendingPathComponent(".accrue.yml"))

        let result = try AccrueBinary.run(["rules", path])

        #expect(result.status == 0)
        #expect(result.stdout.contains("thresholds.warning     450        .accrue.yml:3:28"))
    }

    @Test(arguments: ["rules", "scan", "gate"])
    func invalidYAMLIsOneWholeLineWithExitCodeTwo(command: String) throws {
        let path = try FixtureRepository.materialize("basic")
        try Data("rules:\n  file-size:\n     thresholds: { warning: 500 }\n    mode: warn\n".utf8)
            .write(to: URL(fileURLWithPath: path).appendingPathComponent(".accrue.yml"))

        let result = try AccrueBinary.run([command, path])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: .accrue.yml:4:5: invalid YAML: expected a key in column 3, in line with the "
            + "mapping that starts at line 2, column 3, or a value nested under the key above (check this line's indentation)\n")
    }

    @Test func aBadConfigurationNamesFileLineAndColumnWithExitCodeTwo() throws {
        let path = try FixtureRepository.materialize("basic")
        try Data("rules:\n  file-size:\n    tresholds: { warning: 450 }\n".utf8)
            .write(to: URL(fileURLWithPath: path).appendingPathComponent(".accrue.yml"))

        let result = try AccrueBinary.run(["rules", path])

        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("accrue: error: .accrue.yml:3:5: unknown key 'tresholds' in rules.file-size (did you mean 'thresholds'?)"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func anUnknownActivityIsAConfigurationErrorWithExitCodeTwo() throws {
        let path = try FixtureRepository.materialize("basic")
        try Data("rules:\n  instability:\n    activity: ripple\n".utf8)
            .write(to: URL(fileURLWithPath: path).appendingPathComponent(".accrue.yml"))

        let result = try AccrueBinary.run(["scan", path])

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: .accrue.yml:3:15: expected one of module_changes, crossing_changes, none for rules.instability.activity, found 'ripple'\n")
    }

    @Test func aConfigGivenWithTheOptionIsNamedAsGiven() throws {
        let folder = try FixtureRepository.temporaryFolder()
        try Data("scan:\n  excluded_paths: docs\n".utf8).write(to: folder.appendingPathComponent("strict.yml"))

        let result = try AccrueBinary.run(["rules", "--config", "strict.yml"], in: folder.path)

        #expect(result.status == 2)
        #expect(result.stderr == "accrue: error: strict.yml:2:19: expected a list for scan.excluded_paths, found 'docs'\n")
    }

    @Test func jsonOutputParses() throws {
        let result = try AccrueBinary.run(["rules", "--format", "json"])

        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(result.status == 0)
        #expect((object?["rules"] as? [Any])?.isEmpty == false)
    }
}
