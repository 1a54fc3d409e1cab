/// The names a Python file binds at top level, from its bytes: what `getattr(module, name)` finds once the module is
/// imported, so what a string `"pkg.mod.Name"` may name (`load_object`, Django's `"app.backends.Backend"`).
///
/// Line by line: `class X` and `def X` (`async def X`) at column one, an assignment `X = …` or `X: T = …` there, and
/// the names an `import` or `from … import …` there binds (`as` aliases; a parenthesized or `\`-continued list);
/// the same in the body of a top-level `if`, `try`, `with`, `for` or `while` block at its first indentation
/// (`try: from x import Y` / `except ImportError: Y = None`). Lines inside triple-quoted strings are skipped. A star
/// import binds names no text shows: none are added. Heuristic by design, cheap: no lexer, no scopes.
public enum PythonTopLevelNames {
    /// The names `bytes` (a Python file) binds at top level.
    public static func names(in bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var reader = LineReader(bytes: bytes)
        var names = Set<String>()
        while let line = reader.nextStatementLine() { reader.read(line, into: &names) }
        return names
    }

    /// The names `bytes` binds at top level.
    public static func names(in bytes: [UInt8]) -> Set<String> {
        bytes.withUnsafeBufferPointer { names(in: $0) }
    }
}

/// A forward pass over a Python file's lines, keeping the state the next line's meaning depends on.
private struct LineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    /// Whether the lines read are inside a triple-quoted string.
    var inString = false
    /// Inside a top-level compound statement's body: the body's indentation (0 until its first line sets it).
    var blockIndent: Int?

    /// The start of the next line whose statement binds at top level, past its indentation; nil at the end.
    mutating func nextStatementLine() -> Int? {
        while offset < bytes.count {
            let start = offset
            let end = lineEnd(from: start)
            offset = end + 1
            let quoted = tripleQuotes(start, end) % 2 == 1
            defer { if quoted { inString.toggle() } }
            guard !inString else { continue }
            let text = skipBlanks(from: start, to: end)
            guard text < end, bytes[text] != UInt8(ascii: "#") else { continue }
            if let line = statement(at: text, indent: text - start) { return line }
        }
        return nil
    }

    /// `text` when the statement there binds at top level: at column one, or at a top-level block's first indentation.
    private mutating func statement(at text: Int, indent: Int) -> Int? {
        if indent == 0 {
            blockIndent = Self.compoundKeywords.contains { startsWord(text, $0) } ? 0 : nil
            return text
        }
        guard let block = blockIndent else { return nil }
        if block == 0 { blockIndent = indent }
        return blockIndent == indent ? text : nil
    }

    /// Reads the statement at `start` into `names`; a multi-line import list moves `offset` past its end.
    mutating func read(_ start: Int, into names: inout Set<String>) {
        if let name = definedName(at: start) ?? assignedName(at: start) {
            names.insert(name)
        } else if startsWord(start, "import") {
            offset = max(offset, readImport(from: start + 6, into: &names) + 1)
        } else if startsWord(start, "from"), let list = importList(after: start) {
            offset = max(offset, readImport(from: list, into: &names, fromList: true) + 1)
        }
    }

    /// `class X`, `def X`, `async def X`: X.
    private func definedName(at start: Int) -> String? {
        var position = start
        if startsWord(position, "async") { position = skipBlanks(from: position + 5, to: bytes.count) }
        for keyword in ["class", "def"] as [StaticString] where startsWord(position, keyword) {
            return word(at: skipBlanks(from: position + keyword.utf8CodeUnitCount, to: bytes.count))?.text
        }
        return nil
    }

    /// `X = …`, `X: T = …`: X (not `X == …`, nor a keyword's `else:`).
    private func assignedName(at start: Int) -> String? {
        guard let (name, end) = word(at: start), !Self.keywords.contains(name) else { return nil }
        let next = skipBlanks(from: end, to: bytes.count)
        guard next < bytes.count else { return nil }
        if bytes[next] == UInt8(ascii: ":") { return name }
        let isAssignment = bytes[next] == UInt8(ascii: "=") && (next + 1 >= bytes.count || bytes[next + 1] != UInt8(ascii: "="))
        return isAssignment ? name : nil
    }

    /// Where the names of `from m import …` start: past `import`.
    private func importList(after start: Int) -> Int? {
        var position = start + 4
        let end = lineEnd(from: start)
        while position < end {
            if startsWord(position, "import"), bytes[position - 1] == UInt8(ascii: " ") { return position + 6 }
            position += 1
        }
        return nil
    }

    /// Reads the comma-separated list of an import from `start` (`a.b as c, d`; `(x, y)` over lines, or lines joined
    /// by `\`) into `names`; returns the offset where it ended. `import a.b` binds `a`, `from m import a` binds `a`, and
    /// `as c` binds `c`.
    private func readImport(from start: Int, into names: inout Set<String>, fromList: Bool = false) -> Int {
        var position = skipSpace(from: start, acrossLines: false)
        let parenthesized = position < bytes.count && bytes[position] == UInt8(ascii: "(")
        if parenthesized { position += 1 }
        while let (name, end) = word(at: skipSpace(from: position, acrossLines: parenthesized)) {
            position = skipSpace(from: fromList ? end : skipDotted(from: end), acrossLines: parenthesized)
            var bound = name
            if startsWord(position, "as"), let (alias, aliasEnd) = word(at: skipSpace(from: position + 2, acrossLines: parenthesized)) {
                (bound, position) = (alias, skipSpace(from: aliasEnd, acrossLines: parenthesized))
            }
            names.insert(bound)
            guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { break }
            position += 1
        }
        return lineEnd(from: position)
    }

    /// Past the rest of a dotted path (`.b.c` of `import a.b.c`, which binds `a`).
    private func skipDotted(from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] == UInt8(ascii: ".") || isWordByte(bytes[position]) { position += 1 }
        return position
    }

    // MARK: - Bytes

    private func lineEnd(from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        return position
    }

    private func skipBlanks(from start: Int, to end: Int) -> Int {
        var position = start
        while position < end, isBlank(bytes[position]) { position += 1 }
        return position
    }

    /// Past blanks and `\` line joins; `acrossLines` (inside parentheses) past line ends and comments too.
    private func skipSpace(from start: Int, acrossLines: Bool) -> Int {
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "#") && acrossLines {
                position = lineEnd(from: position)
            } else if isBlank(byte) || byte == UInt8(ascii: "\\") || (acrossLines && byte == UInt8(ascii: "\n")) {
                position += 1
            } else if byte == UInt8(ascii: "\n"), position > 0, bytes[position - 1] == UInt8(ascii: "\\") {
                position += 1
            } else {
                break
            }
        }
        return position
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// How many `"""` and `'''` the line holds.
    private func tripleQuotes(_ start: Int, _ end: Int) -> Int {
        var (count, position) = (0, start)
        while position + 2 < end {
            let byte = bytes[position]
            if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && bytes[position + 1] == byte && bytes[position + 2] == byte {
                (count, position) = (count + 1, position + 3)
            } else {
                position += 1
            }
        }
        return count
    }

    /// The identifier starting at `start`, and the offset past it.
    private func word(at start: Int) -> (text: String, end: Int)? {
        guard start < bytes.count, isWordByte(bytes[start]), !isDigit(bytes[start]) else { return nil }
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), end)
    }

    /// Whether the word `keyword` starts at `start` (followed by no identifier byte).
    private func startsWord(_ start: Int, _ keyword: StaticString) -> Bool {
        let count = keyword.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for index in 0..<count where bytes[start + index] != keyword.utf8Start[index] { return false }
        return start + count == bytes.count || !isWordByte(bytes[start + count])
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Keywords opening a top-level block whose body's statements bind at top level.
    static let compoundKeywords: [StaticString] = ["if", "elif", "else", "try", "except", "finally", "with", "for", "while"]

    /// Keywords that may stand where an assignment's name does (`else:`, `try:`).
    static let keywords: Set<String> = [
        "if", "elif", "else", "try", "except", "finally", "with", "for", "while", "return", "pass", "raise", "del",
        "global", "nonlocal", "assert", "break", "continue", "lambda", "yield", "await", "match", "case", "print",
    ]
}
