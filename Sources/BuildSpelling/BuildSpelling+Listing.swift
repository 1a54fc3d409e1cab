// MARK: - Listing

/// How a plan lists names and splits them into words: the spellings' and PlanNaming's (`ModuleNaming.listed` and
/// `ModuleNaming.words(of:)` call these), so a step's clauses read alike whichever build they spell.
extension BuildSpelling {
    /// At most eight names, each as `text` spells it, and how many more.
    package static func listed(_ names: [String], _ text: (String) -> String = { "`\($0)`" }) -> String {
        names.prefix(8).map(text).joined(separator: ", ") + (names.count > 8 ? " and \(names.count - 8) more" : "")
    }

    /// The words of a name: split at `_`, `-`, spaces, a Gradle path's `:` and lower-to-upper steps (`poll_next`,
    /// `pollNext`, `BaseClient`, `:okio`; `HTTPParser` stays one word).
    package static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in name {
            if character == "_" || character == "-" || character == " " || character == ":" {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                if character.isUppercase, previous?.isLowercase == true, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
