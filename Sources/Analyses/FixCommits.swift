import GitHistory

/// Bug-fix commits, by the words of their subject: a change that repairs a defect weighs `fix_weight` changes in
/// the model's activity (docs/model.md, "Interest"), as finding the defect is work its diff does not show.
///
/// The keyword reading of the defect-prediction literature (Mockus & Votta, ICSM 2000; Śliwerski, Zimmermann &
/// Zeller, MSR 2005), with its words as data (`fixes:` in rules/model.yaml, which a repository's `.accrue.yml` may
/// replace): a subject holding one of the fix words as a whole word, in any case (`fix:`, `fix(parser):`,
/// `Fixes #12` count), or starting with one of the subject prefixes (gitmoji's 🐛 or 🚑), is a fix. Housekeeping
/// is not: a subject that also holds a housekeeping word (typo, docs, lint…) is none, unless it holds a defect word
/// (`Fix typo in docs` is none; `Fix crash in docs generator` is one). A word is a run of letters: ASCII letters and
/// any other alphabetic character (`behoben`, `corrigé`, `исправлен`); digits, spaces, punctuation and emoji end
/// one. Input: any subject; output: whether it announces a fix. Only the first 200 characters are read.
public struct FixCommits: Sendable {
    let fixWords: Set<[UInt8]>
    let housekeepingWords: Set<[UInt8]>
    let defectWords: Set<[UInt8]>
    let prefixes: [[UInt8]]

    /// The reading of `words` (fix words), `housekeeping` and `defects` (words, any case) and subject `prefixes`.
    public init(words: [String], housekeeping: [String], defects: [String], prefixes: [String]) {
        fixWords = Self.folded(words)
        housekeepingWords = Self.folded(housekeeping)
        defectWords = Self.folded(defects)
        self.prefixes = prefixes.filter { !$0.isEmpty }.map { Array($0.utf8) }
    }

    /// The ids of the fix commits among `commits`.
    public func commits(_ commits: [Commit]) -> Set<CommitID> {
        Set(commits.lazy.filter { isFix($0.subject) }.map(\.id))
    }

    /// Whether `subject` announces a bug fix (see the type's comment).
    public func isFix(_ subject: String) -> Bool {
        let words = Self.words(subject)
        guard words.contains(where: fixWords.contains) || hasPrefix(subject) else { return false }
        return !words.contains(where: housekeepingWords.contains) || words.contains(where: defectWords.contains)
    }

    /// Whether the subject starts with one of the prefixes (`🐛 Handle empty input`).
    func hasPrefix(_ subject: String) -> Bool {
        prefixes.contains { subject.utf8.starts(with: $0) }
    }

    private static func folded(_ words: [String]) -> Set<[UInt8]> {
        Set(words.map { word in
            word.utf8.allSatisfy { $0 < 0x80 } ? Array(word.utf8).map(lowerASCII) : Array(word.lowercased().utf8)
        })
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    /// The subject's words: runs of letters, lower-cased: ASCII letters and alphabetic non-ASCII characters
    /// (anything else, a digit, `_`, `-`, `(`, `:`, an emoji or a curly quote, ends one). A word holding non-ASCII
    /// letters is lower-cased by Unicode's rules. Reads the first 200 characters.
    static func words(_ subject: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        var unicode = false
        func end() {
            guard !word.isEmpty else { return }
            words.append(unicode ? Array(String(decoding: word, as: UTF8.self).lowercased().utf8) : word)
            (word, unicode) = ([], false)
        }
        for scalar in subject.unicodeScalars.prefix(200) {
            if scalar.isASCII {
                let lower = UInt8(scalar.value) | 0x20
                if lower >= 97 && lower <= 122 { word.append(lower) } else { end() }
            } else if scalar.properties.isAlphabetic {
                word.append(contentsOf: String(scalar).utf8)
                unicode = true
            } else {
                end()
            }
        }
        end()
        return words
    }
}
