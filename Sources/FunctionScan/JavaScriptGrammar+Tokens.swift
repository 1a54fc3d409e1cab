import SourceScan

/// What JavaScriptGrammar asks of single tokens and token ranges: optional names, line ends, identifiers.
extension JavaScriptGrammar {
    /// `name?` right after a word is an optional name (`foo?: T`), one token for lizard, not a ternary.
    func isOptionalName(_ index: Int) -> Bool {
        let start = Int(stream.tokens[index].start)
        guard start > 0 else { return false }
        let before = stream.bytes[start - 1]
        return before == UInt8(ascii: "_") || (before | 0x20 >= 97 && before | 0x20 <= 122)
            || (before >= 48 && before <= 57) || before >= 0x80
    }

    /// `a ?.5 : 1` is a ternary, not optional chaining.
    func isTernaryBeforeNumber(_ index: Int) -> Bool {
        let end = stream.tokens[index].end
        return end < stream.bytes.count && stream.bytes[end] >= 48 && stream.bytes[end] <= 57
    }

    func endLine(_ index: Int) -> Int32 {
        let token = stream.tokens[index]
        guard token.kind == .string else { return token.line }
        var line = token.line
        for offset in Int(token.start)..<token.end where stream.bytes[offset] == 10 { line += 1 }
        return line
    }

    /// lizard's `context.newline`: the token starts a line or spans lines.
    func isNewline(_ index: Int) -> Bool {
        index > 0 && (stream.line(index) > previousEndLine || endLine(index) > stream.line(index))
    }

    func isIdentifierLike(_ range: TokenRange) -> Bool {
        guard !range.isNone else { return false }
        if stream.isName(range.first) { return true }
        let first = stream.firstByte(range.first)
        return first == UInt8(ascii: "$") || first == UInt8(ascii: "#")
    }

    func sameText(_ a: TokenRange, _ b: TokenRange) -> Bool {
        guard !a.isNone, !b.isNone else { return a.isNone && b.isNone }
        let aStart = Int(stream.tokens[a.first].start)
        let aEnd = stream.tokens[a.last].end
        let bStart = Int(stream.tokens[b.first].start)
        let bEnd = stream.tokens[b.last].end
        guard aEnd - aStart == bEnd - bStart else { return false }
        for offset in 0..<(aEnd - aStart) where stream.bytes[aStart + offset] != stream.bytes[bStart + offset] {
            return false
        }
        return true
    }
}
