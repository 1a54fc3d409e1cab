import AccrueKit
import DebtLedger
import Foundation
import Testing

/// A bug fix weighs `fix_weight` changes (2 by default, figures-71): the fixture's Main.swift changed on four days,
/// two of them in fixes, one in a "Fix typo in docs" (housekeeping, no fix).
@Suite struct FixActivityTests {
    @Test func aFixWeighsTwoChangesByHand() throws {
        let report = try scanFixture("history-fixes")
        let changes = Dictionary(uniqueKeysWithValues: report.files.map { ($0.name, $0.changesPerMonth) })

        // HEAD is 2024-03-04: the changes are 3, 2, 1 and 0 days old.
        let main = try #require(changes["Sources/App/Main.swift"])
        let other = try #require(changes["Sources/App/Other.swift"])
        #expect(abs(main - changesPerMonth([3, 2, 1, 0], [1, 2, 1, 2])) < 1e-9)
        #expect(abs(other - changesPerMonth([0], [2])) < 1e-9)
        #expect(report.fixes.count == 2 && report.fixWeight == 2)
        // The file-size finding's interest is paid on the weighed changes.
        let finding = try #require(report.findings.first { $0.subject == .file("Sources/App/Main.swift") })
        #expect(abs(finding.interest.changesPerMonth - main) < 1e-9)
    }
}
