import Analyses
import GitHistory
import Testing

/// How a subject is read for a fix, with lists of its own (the bundled lists' examples: RuleCatalogTests'
/// `FixWordsTests`).
@Suite struct FixCommitsTests {
    typealias C = CommitLiterals

    let reading = FixCommits(
        words: ["fix", "Behoben", "исправлен"], housekeeping: ["typo"], defects: ["crash"], prefixes: ["🐛", "修复"])

    @Test(arguments: [
        "Fix the parser", "FIX: tabs", "fix(parser): tabs", "Fix-123 tabs", "Absturz behoben", "Баг ИСПРАВЛЕН",
        "🐛 Handle empty input", "修复登录问题", "Fix crash in the typo checker", "[fix] retry", "fix_state",
    ])
    func subjectsThatAnnounceAFix(subject: String) {
        #expect(reading.isFix(subject))
    }

    @Test(arguments: [
        "Fix typo", "Prefix the names", "fixture", "Fixes the parser", "behobene Fehler", "✨ Add retries",
        "🐛 Fix typo", "Add 🐛 emoji", "", "登录修复",
    ])
    func subjectsThatDoNot(subject: String) {
        #expect(!reading.isFix(subject))
    }

    /// Emoji, curly quotes, digits and ASCII punctuation end a word; other alphabets' letters do not.
    @Test func aWordIsARunOfLetters() {
        #expect(reading.isFix("“fix” the lexer") && reading.isFix("fix🐛") && reading.isFix("fix’s reach"))
        #expect(!reading.isFix("fixé"))
    }

    @Test func theFixesAmongCommits() {
        func commit(_ number: Int, _ subject: String) -> Commit {
            var commit = C.commit(number, day: number)
            commit.subject = subject
            return commit
        }
        let commits = [commit(1, "Add the app"), commit(2, "Fix crash on empty input"), commit(3, "Fix typo in docs")]

        #expect(reading.commits(commits) == [C.id(2)])
    }
}
