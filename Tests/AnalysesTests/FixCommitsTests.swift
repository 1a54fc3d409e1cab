import Analyses
import GitHistory
import Testing

/// Which commits are bug fixes (they weigh `fix_weight` changes).
@Suite struct FixCommitsTests {
    typealias C = CommitLiterals

    @Test(arguments: [
        "Fix crash on empty input", "fix(parser): handle tabs", "fix: off-by-one in the lexer", "Fixes #1234",
        "Fixed the timeout", "BUGFIX: wrong offset", "hotfix for login", "Crash when the list is empty",
        "Regression in 2.1's parser", "Fix crash in docs generator", "Fix memory leak in docs lint",
        "[fix] retry on EOF", "fix_parser_state", "🐛 Handle empty input", "🚑 Restore the login",
        "Fix formatting into std::ostreambuf_iterator", "Workaround test crashing in release mode",
    ])
    func subjectsThatAnnounceAFix(subject: String) {
        #expect(FixCommits.isFix(subject))
    }

    @Test(arguments: [
        "Fix typo in docs", "fix: lint warnings", "Reformatting fixes", "docs: fix a broken link", "fix(deps): bump yaml",
        "Update the changelog", "Prefix the names", "Affixes and suffixes", "Add a debugger", "feat: retries",
        "fixture for the parser", "✨ Add retries", "🐛 Fix typo in docs", "",
    ])
    func subjectsThatDoNot(subject: String) {
        #expect(!FixCommits.isFix(subject))
    }

    @Test func theFixesAmongCommits() {
        func commit(_ number: Int, _ subject: String) -> Commit {
            var commit = C.commit(number, day: number)
            commit.subject = subject
            return commit
        }
        let commits = [commit(1, "Add the app"), commit(2, "Fix crash on empty input"), commit(3, "Fix typo in docs")]

        #expect(FixCommits.commits(commits) == [C.id(2)])
    }
}
