import GitHistory

/// Bug-fix commits, by the words of their subject: a change that repairs a defect weighs `fix_weight` changes in
/// the model's activity (docs/model.md, "Interest"), as finding the defect is work its diff does not show.
///
/// The keyword reading of the defect-prediction literature (Mockus & Votta, ICSM 2000; Śliwerski, Zimmermann &
/// Zeller, MSR 2005): a subject holding `fix`, `fixes`, `fixed`, `fixing`, `bugfix`, `hotfix`, `bug`, `bugs`,
/// `crash`, `crashes`, `crashed`, `crashing`, `regression` or `regressions` as a whole word, in any case (`fix:`,
/// `fix(parser):`, `Fixes #12` count), or starting with gitmoji's 🐛 or 🚑, is a fix. Housekeeping is not: a subject
/// that also names a typo, spelling, a warning, lint, reformatting, documentation, comments, a readme, a changelog,
/// a licence, CI or a dependency bump is none, unless it names a bug, crash, regression, leak, panic, overflow, race,
/// deadlock or hang (`Fix typo in docs` is none; `Fix crash in docs generator` is one). "Format" is no housekeeping:
/// it is what fmtlib and every date library work on (`Fix formatting into std::ostreambuf_iterator`). Input: any
/// subject; output: whether it announces a fix. Only the first 200 bytes are read.
public enum FixCommits {
    /// The ids of the fix commits among `commits`.
    public static func commits(_ commits: [Commit]) -> Set<CommitID> {
        Set(commits.lazy.filter { isFix($0.subject) }.map(\.id))
    }

    /// Whether `subject` announces a bug fix (see the type's comment).
    public static func isFix(_ subject: String) -> Bool {
        let words = Self.words(subject)
        guard words.contains(where: fixWords.contains) || hasFixEmoji(subject) else { return false }
        return !words.contains(where: housekeepingWords.contains) || words.contains(where: defectWords.contains)
    }

    static let fixWords: Set<[UInt8]> = bytes([
        "fix", "fixes", "fixed", "fixing", "bugfix", "bugfixes", "hotfix", "hotfixes", "bug", "bugs", "crash",
        "crashes", "crashed", "crashing", "regression", "regressions",
    ])
    static let housekeepingWords: Set<[UInt8]> = bytes([
        "typo", "typos", "spelling", "misspelling", "warning", "warnings", "lint", "lints", "linter", "linting",
        "clippy", "codespell", "reformat", "reformatting", "gofmt", "rustfmt", "doc", "docs", "documentation",
        "docstring", "docstrings", "comment", "comments", "readme", "changelog", "license", "licence", "copyright",
        "ci", "deps",
    ])
    static let defectWords: Set<[UInt8]> = bytes([
        "bug", "bugs", "crash", "crashes", "crashed", "crashing", "regression", "regressions", "leak", "leaks", "panic",
        "panics", "overflow", "overflows", "race", "races", "deadlock", "deadlocks", "hang", "hangs", "segfault",
    ])

    private static func bytes(_ words: [String]) -> Set<[UInt8]> { Set(words.map { Array($0.utf8) }) }

    /// Gitmoji's bug fix and critical hotfix, 🐛 and 🚑, as the subject's first character (`🐛 Handle empty input`).
    static func hasFixEmoji(_ subject: String) -> Bool {
        subject.utf8.starts(with: "🐛".utf8) || subject.utf8.starts(with: "🚑".utf8)
    }

    /// The subject's words: runs of ASCII letters, lower-cased (anything else, a digit, `_`, `-`, `(` or `:`, ends one).
    static func words(_ subject: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in subject.utf8.prefix(200) {
            let lower = byte | 0x20
            if lower >= 97 && lower <= 122 {
                word.append(lower)
            } else if !word.isEmpty {
                words.append(word)
                word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
