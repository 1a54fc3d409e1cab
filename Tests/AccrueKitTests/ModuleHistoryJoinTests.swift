@testable import AccrueKit
import Analyses
import Foundation
import GitCore
import GitHistory
import Testing

@Suite struct ModuleHistoryJoinTests {
    private static let start = Date(timeIntervalSince1970: 1_704_103_200)

    private func commit(_ number: Int, _ paths: String...) throws -> Commit {
        let hex = String(number, radix: 16)
        let id = try #require(ObjectID(hex: String(repeating: "0", count: 40 - hex.count) + hex))
        return Commit(
            id: id, author: Author(name: "Ada", email: "ada@example.com"),
            authoredAt: Self.start.addingTimeInterval(Double(number) * 86_400),
            changes: paths.map { FileChange(path: $0, linesAdded: 1) })
    }

    private func edge(_ from: String, _ to: String) -> ModuleReport.Edge {
        ModuleReport.Edge(from: from, to: to, sites: 1, files: ["\(from)/x.swift"])
    }

    @Test func aTestTargetsImportsAreNoStableImports() throws {
        // A → C and ATests → C: each end changes, never with the other. Only the library's import is reported.
        let commits = [try commit(1, "A/a.swift"), try commit(2, "C/c.swift"), try commit(3, "ATests/t.swift")]
        let history = ModuleHistory(coupling: ChangeCoupling())

        let result = history.join(
            commits: commits, module: { String($0.prefix { $0 != "/" }) },
            edges: [edge("A", "C"), edge("ATests", "C")], testModules: ["ATests"])

        #expect(result.stableImports.map { "\($0.from)->\($0.to)" } == ["A->C"])
    }
}
