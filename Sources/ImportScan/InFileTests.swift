import SourceScan

/// The items of a file that are compiled only for its tests, written beside the code they test: Rust's
/// `#[cfg(test)]` items (the in-file `mod tests { … }`, a test-only `use` or helper), Zig's `test "name" { … }`
/// blocks. Their lines are the file's own test code: a module's size counts them as tests, as it counts a
/// `tests/` folder (docs/model.md, "Subjects"), and their imports are the tests' (`RustImports`).
public extension ImportExtractor {
    /// The byte ranges of the test items in `buffer` (the lexer's tokens for `bytes`), in source order: from the
    /// item's first token (Rust's `#` of `#[cfg(test)]`) to the end of its last (`}` or `;`). Empty for a
    /// language that writes no tests in its files.
    func testItems(in buffer: TokenBuffer, bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let style, style == .rust || style == .zig, let last = buffer.tokens.last, last.end <= bytes.count else {
            return []
        }
        let reader = ImportReader(buffer, bytes: bytes)
        var ranges: [Range<Int>] = []
        var position = 0
        while position < reader.count {
            let body = style == .rust
                ? RustTestItems.attributeEnd(reader, at: position) : ZigTestBlocks.bodyStart(reader, at: position)
            guard let body else {
                position += 1
                continue
            }
            let end = RustTestItems.itemEnd(reader, from: body)
            ranges.append(Int(reader.tokens[position].start)..<reader.tokens[end - 1].end)
            position = end
        }
        return ranges
    }
}

/// Rust's items compiled only for tests: one under `#[cfg(test)]` or `#[cfg(all(test, …))]`.
enum RustTestItems {
    /// The position after `#[cfg(test)]` or `#[cfg(all(test, …))]` (compiled only for tests) when one starts
    /// at `position`; `any(test, …)` and `not(test)` are not test-only.
    static func attributeEnd(_ reader: ImportReader, at position: Int) -> Int? {
        guard reader.isPunct(position, "#"), reader.isPunct(position + 1, "["), reader.isWord(position + 2, "cfg"),
            reader.isPunct(position + 3, "(")
        else { return nil }
        if reader.isWord(position + 4, "test"), reader.isPunct(position + 5, ")"), reader.isPunct(position + 6, "]") {
            return position + 7
        }
        guard reader.isWord(position + 4, "all"), reader.isPunct(position + 5, "(") else { return nil }
        return allTestEnd(reader, from: position + 6, limit: position + 64)
    }

    /// The position after `all(…)]` whose arguments start at `start` when `test` is one of its own arguments (the
    /// attribute ends at the `]` after the closing `)`s); nil otherwise, or past `limit`.
    private static func allTestEnd(_ reader: ImportReader, from start: Int, limit: Int) -> Int? {
        var depth = 1
        var isTestOnly = false
        var index = start
        while index < reader.count, index < limit {
            if reader.isPunct(index, "(") {
                depth += 1
            } else if reader.isPunct(index, ")") {
                depth -= 1
                if depth == -1 { return isTestOnly && reader.isPunct(index + 1, "]") ? index + 2 : nil }
            } else if depth == 1 && reader.isWord(index, "test") {
                isTestOnly = true
            }
            index += 1
        }
        return nil
    }

    /// The position after the item starting at `start`: past its body's closing `}`, or its `;` (`mod x;`,
    /// `use a::b;`), whichever ends it at the top level.
    static func itemEnd(_ reader: ImportReader, from start: Int) -> Int {
        var depth = 0
        var position = start
        while position < reader.count {
            if reader.isPunct(position, "{") {
                depth += 1
            } else if reader.isPunct(position, "}") {
                depth -= 1
                if depth <= 0 { return position + 1 }
            } else if depth == 0 && reader.isPunct(position, ";") {
                return position + 1
            }
            position += 1
        }
        return position
    }
}

/// Zig's test declarations: `test "name" { … }`, `test name { … }` (a doctest of the declaration `name`) and
/// `test { … }`.
enum ZigTestBlocks {
    /// The position of the block's `{` when a test declaration starts at `position`.
    static func bodyStart(_ reader: ImportReader, at position: Int) -> Int? {
        guard reader.isWord(position, "test"), !reader.isPunct(position - 1, "."), !reader.isPunct(position - 1, "@")
        else { return nil }
        if reader.isPunct(position + 1, "{") { return position + 1 }
        return (reader.isString(position + 1) || reader.isWord(position + 1)) && reader.isPunct(position + 2, "{")
            ? position + 2 : nil
    }
}
