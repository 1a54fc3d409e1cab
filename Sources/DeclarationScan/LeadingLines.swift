import SourceScan

/// What stands above a declaration and goes with it: its attributes (Rust's `#[derive(…)]`, `@Test`, C#'s `[Fact]`),
/// each starting a line above it, over several lines too (`#[derive(\n    Clone,\n)]`, `@available(\n    *, …)`),
/// and the comment lines right above and between them (its documentation), with no blank line between. A region ends
/// with its statement (`StatementEnds`), so these lines belonged to no region, and a split's step told the reader to
/// move `struct Foo` without the `#[derive(Debug)]` that makes it compile.
extension StatementEnds {
    /// Sets each region's `leadingLine` (sorted by line), never at or above the end of the region before it.
    package func lead(_ found: inout [FoundDeclaration]) {
        var floor = 0
        for index in found.indices where found[index].isRegion {
            let line = leadingLine(of: found[index].startLine, floor: floor)
            if line < found[index].startLine { found[index].leadingLine = line }
            floor = max(floor, found[index].endLine ?? found[index].startLine)
        }
    }

    /// The first line of the attributes and comments right above the declaration on `line`, below `floor`: the comment
    /// lines above it, then an attribute ending right above those, and so on upward. Neither is indented deeper than
    /// the declaration (a comment closing the body before it is that body's).
    func leadingLine(of line: Int, floor: Int) -> Int {
        guard var first = firstToken(onLine: line) else { return line }
        let column = column(of: first)
        var top = line
        while true {
            let lowest = max(floor, first > 0 ? lastLine(of: first - 1) : 0)
            let comments = commentLines(above: first, atMost: top - 1 - lowest, column: column)
            guard first > 0, lastLine(of: first - 1) == top - 1 - comments,
                let attribute = attribute(endingBefore: first, column: column),
                Int(source.tokens[attribute].line) > floor
            else { return top - comments }
            (top, first) = (Int(source.tokens[attribute].line), attribute)
        }
    }

    /// The first token of the attributes ending right before the token at `index`, when they start their line (at the
    /// token's bracket depth, not indented deeper than `column`) and hold nothing else.
    private func attribute(endingBefore index: Int, column: Int) -> Int? {
        var cursor = index - 1
        while cursor > 0, depth(at: cursor) > depth(at: index) { cursor -= 1 }
        guard let start = firstToken(onLine: Int(source.tokens[cursor].line)), depth(at: start) == depth(at: index),
            self.column(of: start) <= column
        else { return nil }
        var next = start
        while next < index, let after = attributeEnd(at: next) { next = after }
        return next == index ? start : nil
    }

    /// The index after the attribute at `index`: `#[…]` (not a crate's `#![…]`), C#'s `[Name…]`, or `@Name` with its
    /// path and arguments (`@pytest.mark.parametrize(…)`, `@available(…)`); nil when none starts there.
    private func attributeEnd(at index: Int) -> Int? {
        if source.isPunct(index, "#"), source.isPunct(index + 1, "[") {
            return source.skipGroup(from: index + 1, open: "[", close: "]")
        }
        if source.isPunct(index, "["), source.isWord(index + 1) {
            return source.skipGroup(from: index, open: "[", close: "]")
        }
        guard source.isPunct(index, "@"), source.isWord(index + 1) else { return nil }
        var cursor = index + 2
        while true {
            if source.isPunct(cursor, "."), source.isWord(cursor + 1) {
                cursor += 2
            } else if source.isPunct(cursor, "(") {
                cursor = source.skipGroup(from: cursor, open: "(", close: ")")
            } else if source.isPunct(cursor, "[") {
                cursor = source.skipGroup(from: cursor, open: "[", close: "]")
            } else {
                return cursor
            }
        }
    }

    /// How many lines right above the token's line hold something other than white space (comments: no token starts
    /// there), up to `limit`; a blank line, or one indented deeper than `column`, stops the count.
    private func commentLines(above index: Int, atMost limit: Int, column: Int) -> Int {
        let bytes = source.bytes
        var offset = Int(source.tokens[index].start)
        while offset > 0, bytes[offset - 1] != 10 { offset -= 1 }
        var count = 0
        while count < limit, offset > 0 {
            var start = offset - 1
            while start > 0, bytes[start - 1] != 10 { start -= 1 }
            guard let text = (start..<(offset - 1)).first(where: { !Self.isBlank(bytes[$0]) }), text - start <= column
            else { break }
            (count, offset) = (count + 1, start)
        }
        return count
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }
}
