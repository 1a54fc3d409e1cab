import SourceScan

/// Swift's operator functions at top level (`func == (lhs: Point, rhs: Point)`, `prefix func -`, `func ||<T>`): a
/// region named by the operator, with the type of its first parameter as its operand, so a split keeps it with that
/// type. Before, no name followed `func`, and its lines were in no region: a split left them behind.
extension KeywordDeclarations {
    /// The operator function whose name starts at `start` (after `func` at `index`), if one does; nil for a word.
    func operatorFunction(at start: Int, keywordAt index: Int) -> (found: FoundDeclaration, next: Int)? {
        guard let (name, end) = operatorName(at: start) else { return nil }
        var found = FoundDeclaration(
            name: name, kind: source.text(source.tokens[index]), startLine: Int(source.tokens[index].line),
            declaresName: false)
        let open = source.isPunct(end, "<") ? source.skipGroup(from: end, open: "<", close: ">") : end
        found.operand = operand(from: open)
        return (found, end)
    }

    /// The punctuation touching at `start`, up to the parameters or a generic clause (`||<T>`'s `<` before a word);
    /// nil when none is there.
    private func operatorName(at start: Int) -> (name: String, end: Int)? {
        let tokens = source.tokens
        var (cursor, name) = (start, "")
        while cursor < tokens.count, tokens[cursor].kind == .punct, !source.isPunct(cursor, "("),
            name.isEmpty || tokens[cursor - 1].end == Int(tokens[cursor].start),
            name.isEmpty || !source.isPunct(cursor, "<") || !source.isWord(cursor + 1)
        {
            name += source.text(tokens[cursor])
            cursor += 1
        }
        return name.isEmpty ? nil : (name, cursor)
    }

    /// The type of the first parameter in the list opening at `open` (`lhs: inout Point` → `Point`, `Outer.Inner`
    /// → `Inner`); nil when there is none.
    private func operand(from open: Int) -> String? {
        guard source.isPunct(open, "(") else { return nil }
        var cursor = open + 1
        while cursor < source.tokens.count, !source.isPunct(cursor, ":"), !source.isPunct(cursor, ")") { cursor += 1 }
        guard source.isPunct(cursor, ":") else { return nil }
        cursor += 1
        while source.isPunct(cursor, "@"), source.isWord(cursor + 1) { cursor += 2 }
        while source.isWord(cursor), Self.parameterModifiers.contains(source.text(source.tokens[cursor])) {
            cursor += 1
        }
        guard source.isWord(cursor) else { return nil }
        while source.isPunct(cursor + 1, "."), source.isWord(cursor + 2) { cursor += 2 }
        return source.text(source.tokens[cursor])
    }

    /// Words before a parameter's type that are no part of it.
    private static let parameterModifiers: Set<String> = [
        "inout", "borrowing", "consuming", "some", "any", "isolated", "sending", "__owned", "__shared",
    ]
}
