import Foundation
import RuleCatalog
import Testing
import TestSupport

/// The bundled defaults' dump is checked against golden files, so a changed default shows in review
/// (`RECORD_SNAPSHOTS=1 swift test` rewrites them).
@Suite struct RulesDumpTests {
    private func assertGolden(_ actual: String, named name: String) throws {
        let url = FixtureRepository.fixturesFolder.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "fixtures/golden/\(name) differs; RECORD_SNAPSHOTS=1 re-records it")
    }

    @Test func theDefaultsDumpMatchesTheGoldenText() throws {
        try assertGolden(RulesDump(try RuleCatalog.bundled()).text(), named: "rules.txt")
    }

    @Test func theDefaultsDumpMatchesTheGoldenJSON() throws {
        try assertGolden(RulesDump(try RuleCatalog.bundled()).json(), named: "rules.json")
    }

    @Test func theJSONDumpIsValidJSON() throws {
        let catalog = try configured("""
            rules: { file-size: { mode: warn } }
            overrides: [{ paths: [a/**], rules: { file-size: { thresholds: { warning: 600 } } } }]
            modules: [{ name: A, paths: [a] }]
            """)

        let object = try JSONSerialization.jsonObject(with: Data(RulesDump(catalog).json().utf8)) as? [String: Any]

        #expect(object?["configuration"] as? String == ".accrue.yml")
        #expect((object?["overrides"] as? [Any])?.count == 1)
    }

    @Test func theTextDumpNamesConfiguredOrigins() throws {
        let catalog = try configured("rules:\n  file-size: { mode: warn }\nmodules: [{ name: A, paths: [a] }]\n")

        let text = RulesDump(catalog).text()

        #expect(text.contains("mode                   \"warn\"  .accrue.yml:2:22"))
        #expect(text.contains("A.paths  [\"a\"]  .accrue.yml:3:29"))
    }
}
