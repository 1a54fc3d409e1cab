import AccrueGate
import AccrueKit
import Foundation
import Gate
import RuleCatalog
import Testing
import TestSupport

/// Test callbacks are keyed by their call in the gate, so adding one above others renumbers nothing.
@Suite struct GateCallbackKeysTests {
    private func callback(_ name: String, lines: Int) -> String {
        let body = (0..<lines).map { "  expect(f(\($0))).toBe(\($0))" }.joined(separator: "\n")
        return "test('\(name)', () => {\n\(body)\n})\n"
    }

    @Test func aShortTestAddedAboveLongOnesIsNoNewDebt() throws {
        let path = try FixtureRepository.committed(
            ["package.json": "{\"name\": \"x\"}\n", "a.test.js": callback("one", lines: 60) + callback("two", lines: 80)],
            prefix: "gate-callbacks")
        try Data((callback("zero", lines: 3) + callback("one", lines: 60) + callback("two", lines: 80)).utf8)
            .write(to: URL(fileURLWithPath: path + "/a.test.js"))
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, baseRef: "HEAD"))

        #expect(outcome.verdict.problems.isEmpty, "\(outcome.verdict.problems.map(\.message))")
        #expect(outcome.verdict.improvements.isEmpty, "\(outcome.verdict.improvements.map(\.subject))")
    }

    @Test func aLongTestAddedIsNewDebtUnderItsOwnName() throws {
        let path = try FixtureRepository.committed(
            ["package.json": "{\"name\": \"x\"}\n", "a.test.js": callback("one", lines: 60)], prefix: "gate-callbacks")
        try Data((callback("zero", lines: 70) + callback("one", lines: 60)).utf8)
            .write(to: URL(fileURLWithPath: path + "/a.test.js"))
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile.find(forRepositoryAt: path))

        let outcome = try GateAnalyzer(catalog: catalog).run(GateRequest(repositoryPath: path, baseRef: "HEAD"))

        #expect(outcome.verdict.problems.map(\.subject) == ["a.test.js#test('zero') callback"])
        #expect(outcome.verdict.improvements.isEmpty)
    }
}
