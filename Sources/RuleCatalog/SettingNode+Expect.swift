import DebtModel

/// Type checks on configuration values: each failure names the value's position and what was expected.
extension SettingNode {
    /// How the value reads in an error message: `'abc'`, `a list`, `a mapping`.
    var found: String {
        switch kind {
        case .scalar(.null, _): "nothing"
        case .scalar(_, let text): "'\(text)'"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    func fail(_ expected: String, for path: String) -> RuleCatalogError {
        .at(origin, "expected \(expected) for \(path), found \(found)")
    }

    /// The mapping's entries, with every key checked against `allowed`.
    func expectMap(_ path: String, allowed: [String]) throws(RuleCatalogError) -> [Entry] {
        guard case .map(let entries) = kind else { throw fail("a mapping", for: path) }
        for entry in entries where !allowed.contains(entry.key) {
            throw .at(entry.keyOrigin, KeySuggestion.unknownKey(entry.key, in: path, expected: allowed))
        }
        return entries
    }

    func expectList(_ path: String) throws(RuleCatalogError) -> [SettingNode] {
        guard case .list(let elements) = kind else { throw fail("a list", for: path) }
        return elements
    }

    /// A number, at least `minimum`; returned as a number node (an integer written `3` becomes `3.0`).
    func expectNumber(_ path: String, minimum: Double = 0) throws(RuleCatalogError) -> SettingNode {
        guard let value = number, value >= minimum else {
            throw fail(minimum == 0 ? "a number ≥ 0" : "a number ≥ \(SettingNode.format(minimum))", for: path)
        }
        return .scalar(.number(value), origin)
    }

    func expectInteger(_ path: String, minimum: Int = 0) throws(RuleCatalogError) -> SettingNode {
        guard case .int(let value) = scalar, value >= minimum else {
            throw fail("an integer ≥ \(minimum)", for: path)
        }
        return self
    }

    func expectBool(_ path: String) throws(RuleCatalogError) -> SettingNode {
        guard case .bool = scalar else { throw fail("true or false", for: path) }
        return self
    }

    /// Any non-empty scalar, as a string node (`123` in a list of names becomes "123").
    func expectString(_ path: String) throws(RuleCatalogError) -> SettingNode {
        guard case .scalar(let scalar, let text) = kind, scalar != .null, !text.isEmpty else {
            throw fail("a string", for: path)
        }
        return .scalar(.string(text), origin)
    }

    func expectStrings(_ path: String) throws(RuleCatalogError) -> [SettingNode] {
        var result: [SettingNode] = []
        for element in try expectList(path) { result.append(try element.expectString(path)) }
        return result
    }

    /// A list of words (runs of letters, as Analyses' `FixCommits` reads a subject), or of non-empty strings for `prefixes`.
    func expectWords(_ path: String, prefixes: Bool) throws(RuleCatalogError) -> SettingNode {
        var words: [SettingNode] = []
        for element in try expectList(path) {
            let word = try element.expectString(path)
            guard prefixes || ModelParameters.Fixes.isWord(word.text ?? "") else {
                throw element.fail("a word of letters (no digits, spaces or punctuation)", for: path)
            }
            words.append(word)
        }
        return SettingNode(kind: .list(words), origin: origin)
    }

    func expectChoice(_ path: String, from choices: [String]) throws(RuleCatalogError) -> SettingNode {
        guard let text, choices.contains(text) else {
            throw fail("one of \(choices.joined(separator: ", "))", for: path)
        }
        return .scalar(.string(text), origin)
    }

    func expectDay(_ path: String) throws(RuleCatalogError) -> SettingNode {
        guard let text, CalendarDay(text) != nil else { throw fail("a date YYYY-MM-DD", for: path) }
        return .scalar(.string(text), origin)
    }
}
