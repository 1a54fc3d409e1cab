import SourceScan

/// What stands above a declaration and goes with it: its attributes (Rust's `#[derive(…)]`, `@Test`, C#'s `[Fact]`),
/// each alone on a line right above it, and the comment lines right above those (its documentation), with no blank
/// line between. A region ends with its statement (`StatementEnds`), so these lines belonged to no region, and a
/// split's step told the reader to move `struct Foo` without the `#[derive(Debug)]` that makes it compile.
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

    /// The first line of the attributes and comments right above the declaration on `line`, below `floor`.
    func leadingLine(of line: Int, floor: Int) -> Int {
        guard var first = firstToken(onLine: line) else { return line }
        var top = line
        while first > 0, top - 1 > floor, lastLine(of: first - 1) == top - 1,
            let above = firstToken(onLine: top - 1), opensAttribute(at: above)
        {
            (top, first) = (top - 1, above)
        }
        let lowest = max(floor, first > 0 ? lastLine(of: first - 1) : 0)
        return top - commentLines(above: first, atMost: top - 1 - lowest)
    }

    /// `#[…]` (not a crate's `#![…]`), `@Name`, or C#'s `[Name…]` opening a line.
    private func opensAttribute(at index: Int) -> Bool {
        (source.isPunct(index, "#") && source.isPunct(index + 1, "["))
            || ((source.isPunct(index, "@") || source.isPunct(index, "[")) && source.isWord(index + 1))
    }

    /// How many lines right above the token's line hold something other than white space (comments: no token starts
    /// there), up to `limit`; a blank line stops the count.
    private func commentLines(above index: Int, atMost limit: Int) -> Int {
        let bytes = source.bytes
        var offset = Int(source.tokens[index].start)
        while offset > 0, bytes[offset - 1] != 10 { offset -= 1 }
        var count = 0
        while count < limit, offset > 0 {
            var start = offset - 1
            while start > 0, bytes[start - 1] != 10 { start -= 1 }
            guard (start..<(offset - 1)).contains(where: { !Self.isBlank(bytes[$0]) }) else { break }
            (count, offset) = (count + 1, start)
        }
        return count
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }
}
