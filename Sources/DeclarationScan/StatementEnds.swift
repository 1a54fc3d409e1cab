import SourceScan

/// Where a keyword grammar's top-level declarations end: with their statement, at the last token before the next line
/// that starts at their bracket depth and indentation or less (a bracket closing its own block, Julia's `end`, or
/// a `{` opening its body on a line of its own continues it), so code after them that declares nothing is no part of
/// them.
///
/// Before, a region ran to the next declaration: mocktail's `class Expectation` (lines 290–306) took the Dart
/// getters and functions after it (`Verify get verify`, `void verifyNoMoreInteractions`, to line 537), and
/// `@immutable` above `class Bar`. A region whose statement runs into the next declaration keeps that end.
package struct StatementEnds {
    let source: SymbolSource
    /// Words closing a block (`DeclarationGrammar.closingWords`).
    let closingWords: Set<String>
    /// Per token, the depth of brackets before it.
    private let depths: [Int32]

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        closingWords = grammar.closingWords
        var depths: [Int32] = []
        depths.reserveCapacity(source.tokens.count)
        var depth: Int32 = 0
        for index in source.tokens.indices {
            depths.append(depth)
            if source.tokens[index].kind == .punct { depth = max(0, depth + Self.change(source, at: index)) }
        }
        self.depths = depths
    }

    /// Ends each region of `found` (sorted by line) without a known end at its statement's last line.
    package func close(_ found: inout [FoundDeclaration]) {
        let regions = found.indices.filter { found[$0].isRegion }
        for (position, index) in regions.enumerated() where found[index].endLine == nil {
            let limit = position + 1 < regions.count ? found[regions[position + 1]].startLine : Int.max
            found[index].endLine = end(ofStatementOnLine: found[index].startLine, before: limit)
        }
    }

    /// The last line of the statement starting on `line`; nil when it runs past `limit` (the next declaration's line)
    /// or to the end of the file. A `{` starting a line opens the statement's block (C#'s and Java's braces on a line
    /// of their own: `public class A` had ended on its own line, its body in no region). A closing bracket at the
    /// statement's depth closes an enclosing block (a C# namespace's `}`), and so ends it; its own block's closing word
    /// (Julia's `end`) continues it, once: the next closes an enclosing block (`end # module`).
    func end(ofStatementOnLine line: Int, before limit: Int) -> Int? {
        let tokens = source.tokens
        guard let first = firstToken(onLine: line) else { return nil }
        let (depth, column) = (depths[first], self.column(of: first))
        var cursor = first + 1
        var closed = false
        while cursor < tokens.count, Int(tokens[cursor].line) <= limit {
            if tokens[cursor].line == tokens[first].line {
                closed = closed || isClosingWord(cursor)
            } else if tokens[cursor].line != tokens[cursor - 1].line, depths[cursor] <= depth,
                self.column(of: cursor) <= column, !opensBody(at: cursor)
            {
                guard !closed, isClosingWord(cursor) else { return lastLine(of: cursor - 1) }
                closed = true
            }
            cursor += 1
        }
        return nil
    }

    /// Whether the `{` starting a line at `index` opens the body of the statement before it (Allman style, PSR-12's
    /// class brace: doctrine/dbal's `class DB2Keywords extends KeywordList` had ended on its own line, and a split
    /// moved its head without its body, lines 7–10 of 7–414); a `;` or `}` before it ends that statement.
    private func opensBody(at index: Int) -> Bool {
        source.isPunct(index, "{") && index > 0 && !source.isPunct(index - 1, ";") && !source.isPunct(index - 1, "}")
    }

    /// The index of the first token on `line`, if one starts there.
    func firstToken(onLine line: Int) -> Int? {
        let index = source.tokens.lazy.map { Int($0.line) }.firstIndex(notBelow: line)
        return index < source.tokens.count && Int(source.tokens[index].line) == line ? index : nil
    }

    /// The bytes before the token on its line.
    func column(of index: Int) -> Int {
        let start = Int(source.tokens[index].start)
        var cursor = start
        while cursor > 0, source.bytes[cursor - 1] != 10 { cursor -= 1 }
        return start - cursor
    }

    /// The line of the token's last byte (a multi-line string's closing quote).
    func lastLine(of index: Int) -> Int {
        let token = source.tokens[index]
        var line = Int(token.line)
        for offset in Int(token.start)..<max(Int(token.start), token.end - 1) where source.bytes[offset] == 10 {
            line += 1
        }
        return line
    }

    private func isClosingWord(_ index: Int) -> Bool {
        !closingWords.isEmpty && source.isWord(index) && closingWords.contains(source.text(source.tokens[index]))
    }

    private static func change(_ source: SymbolSource, at index: Int) -> Int32 {
        if source.isPunct(index, "{") || source.isPunct(index, "(") || source.isPunct(index, "[") { return 1 }
        if source.isPunct(index, "}") || source.isPunct(index, ")") || source.isPunct(index, "]") { return -1 }
        return 0
    }

    /// The depth of brackets before the token at `index`.
    func depth(at index: Int) -> Int32 { depths[index] }
}
