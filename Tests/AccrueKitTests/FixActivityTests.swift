import AccrueKit
import Analyses
import DebtLedger
import FileScanning
@testable import Reporting
import Foundation
import DebtModel
import RuleCatalog
import Testing
import TestSupport

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

    /// The dashboard says how many commits read as fixes, and where the words are set when none does.
    @Test func theDashboardCountsTheFixes() throws {
        let report = try scanFixture("history-fixes")

        let text = ScanText(report, style: TerminalStyle(usesColor: false)).render()
        #expect(text.contains("History         4 commits, 2 bug fixes by their subjects (each weighs 2 changes)"))
        #expect(ScanMarkdown(report).render().contains("| History | 4 commits, 2 bug fixes by their subjects (each weighs 2 changes) |"))
        let json = try JSONSerialization.jsonObject(with: Data(try JSONOutput.encode(ScanDocument(report, accrueVersion: "test")).utf8))
        #expect(((json as? [String: Any])?["totals"] as? [String: Any])?["fix_commits"] as? Int == 2)
        var none = report
        (none.fixes, none.historyCommits) = ([], 120)
        #expect(none.fixNote == ", none reads as a bug fix (set the words: model.fixes in .accrue.yml)")
        none.historyCommits = 99
        #expect(none.fixNote.isEmpty)
    }

    /// A team's own words (`model: { fixes: … }` in `.accrue.yml`) decide which changes are fixes: here only
    /// "handle", so the tabs change weighs two and the crash fix one.
    @Test func aConfiguredWordListDecidesWhatIsAFix() throws {
        let path = try FixtureRepository.materialize("history-fixes")
        let config = try FixtureRepository.temporaryFolder().appendingPathComponent(".accrue.yml")
        try "model:\n  fixes:\n    words: [handle]\n".write(to: config, atomically: true, encoding: .utf8)
        let catalog = try RuleCatalog.bundled(configuration: ConfigurationFile(url: config, displayName: ".accrue.yml"))

        let report = try ScanAnalyzer(catalog: catalog, rules: catalog.rules, model: catalog.model)
            .run(FileScanRequest(repositoryPath: path, revision: "HEAD"), history: HistoryRequest(now: Date()))

        let main = try #require(report.files.first { $0.name == "Sources/App/Main.swift" })
        #expect(abs(main.changesPerMonth - changesPerMonth([3, 2, 1, 0], [1, 1, 1, 2])) < 1e-9)
        #expect(report.fixes.count == 1)
    }
}

/// The bundled reading (`fixes:` in rules/model.yaml): the subjects it takes for fixes and those it does not.
@Suite struct BundledFixReadingTests {
    let reading: FixCommits

    init() throws { reading = FixCommits(try RuleCatalog.bundled().model.fixes) }

    @Test(arguments: [
        "Fix crash on empty input", "fix(parser): handle tabs", "fix: off-by-one in the lexer", "Fixes #1234",
        "Fixed the timeout", "BUGFIX: wrong offset", "hotfix for login", "Crash when the list is empty",
        "Regression in 2.1's parser", "Fix crash in docs generator", "Fix memory leak in docs lint",
        "[fix] retry on EOF", "fix_parser_state", "🐛 Handle empty input", "🚑 Restore the login",
        "Fix formatting into std::ostreambuf_iterator", "Workaround test crashing in release mode", "BUG-123 wrong offset",
    ])
    func subjectsThatAnnounceAFix(subject: String) {
        #expect(reading.isFix(subject))
    }

    @Test(arguments: [
        "Fix typo in docs", "fix: lint warnings", "Reformatting fixes", "docs: fix a broken link", "fix(deps): bump yaml",
        "Update the changelog", "Prefix the names", "Affixes and suffixes", "Add a debugger", "feat: retries",
        "fixture for the parser", "✨ Add retries", "🐛 Fix typo in docs", "",
    ])
    func subjectsThatDoNot(subject: String) {
        #expect(!reading.isFix(subject))
    }

    /// A word the configuration accepts (`Fixes.isWord`) is one the reading can match, and only such a word is.
    @Test(arguments: ["fix", "Behoben", "исправлен", "修复", "corrigé", "", "bug-fix", "fix2", "two words", "🐛", "fix:"])
    func aListedWordMatchesItselfWhenItIsAWord(text: String) {
        let alone = FixCommits(words: [text], housekeeping: [], defects: [], prefixes: [])
        #expect(alone.isFix(text) == ModelParameters.Fixes.isWord(text))
    }
}
