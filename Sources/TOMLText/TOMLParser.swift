/// The byte-level parser behind `TOMLDocument`: one forward pass, every loop advances.
struct TOMLParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private(set) var tables: [TOMLDocument.Table] = [
        TOMLDocument.Table(header: [], isArrayElement: false, line: 1, entries: [])
    ]
    private(set) var problems: [(line: Int, message: String)] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private struct Failure: Error {
        var line: Int
        var message: String
    }

    mutating func parseDocument() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while true {
            skipBlankLinesAndComments()
            guard index < bytes.count else { return }
            let startLine = line
            do {
                if bytes[index] == UInt8(ascii: "[") {
                    try parseHeader()
                } else {
                    let (key, value) = try parseKeyValue(depth: 0)
                    tables[tables.count - 1].entries.append(.init(key: key, value: value, line: startLine))
                }
                try expectEndOfLine()
            } catch {
                problems.append((error.line, error.message))
                // An unterminated array stops before the next table header; keep that line.
                if !isAtTableHeader() { skipRestOfLine() }
            }
        }
    }

    // MARK: - Lines

    private mutating func parseHeader() throws(Failure) {
        index += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { index += 1 }
        let headerLine = line
        skipSpaces()
        let key = try parseKey()
        skipSpaces()
        guard peek() == UInt8(ascii: "]") else { throw Failure(line: line, message: "expected ']' after table name") }
        index += 1
        if isArray {
            guard peek() == UInt8(ascii: "]") else { throw Failure(line: line, message: "expected ']]'") }
            index += 1
        }
        tables.append(.init(header: key, isArrayElement: isArray, line: headerLine, entries: []))
    }

    private mutating func parseKeyValue(depth: Int) throws(Failure) -> ([String], TOMLDocument.Value) {
        let key = try parseKey()
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else {
            throw Failure(line: line, message: "expected '=' after key '\(key.joined(separator: "."))'")
        }
        index += 1
        skipSpaces()
        return (key, try parseValue(depth: depth))
    }

    private mutating func parseKey() throws(Failure) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let byte = peek() else { break }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                parts.append(try parseSingleLineString(quote: byte))
            } else {
                let start = index
                while let next = peek(), isBareKeyByte(next) { index += 1 }
                guard index > start else { break }
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else { return parts }
            index += 1
        }
        throw Failure(line: line, message: parts.isEmpty ? "expected a key" : "key ends in '.'")
    }

    private mutating func expectEndOfLine() throws(Failure) {
        skipSpaces()
        guard let byte = peek(), byte != UInt8(ascii: "#"), byte != 10, byte != 13 else { return }
        throw Failure(line: line, message: "unexpected text after value")
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(Failure) -> TOMLDocument.Value {
        guard depth < TOMLDocument.maximumDepth else {
            throw Failure(line: line, message: "nesting deeper than \(TOMLDocument.maximumDepth) levels")
        }
        guard let byte = peek() else { throw Failure(line: line, message: "missing value at end of file") }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if startsWith(byte, count: 3) { return .string(try parseMultiLineString(quote: byte)) }
            return .string(try parseSingleLineString(quote: byte))
        case UInt8(ascii: "["):
            return try parseArray(depth: depth)
        case UInt8(ascii: "{"):
            return try parseInlineTable(depth: depth)
        default:
            let start = index
            while let next = peek(), !",]}#\r\n".utf8.contains(next) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self).trimmingSpaces()
            guard !text.isEmpty else { throw Failure(line: line, message: "missing value") }
            return .scalar(text)
        }
    }

    private mutating func parseArray(depth: Int) throws(Failure) -> TOMLDocument.Value {
        let openLine = line
        index += 1
        var items: [TOMLDocument.Value] = []
        while true {
            skipBlankLinesAndComments()
            guard let byte = peek(), !isAtTableHeader() else {
                throw Failure(line: openLine, message: "unterminated array")
            }
            if byte == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            items.append(try parseValue(depth: depth + 1))
            skipBlankLinesAndComments()
            if peek() == UInt8(ascii: ",") {
                index += 1
            } else if isAtTableHeader() {
                throw Failure(line: openLine, message: "unterminated array")
            } else if peek() != UInt8(ascii: "]") {
                throw Failure(line: line, message: "expected ',' or ']' in array")
            }
        }
    }

    private mutating func parseInlineTable(depth: Int) throws(Failure) -> TOMLDocument.Value {
        let openLine = line
        index += 1
        var entries: [TOMLDocument.Entry] = []
        while true {
            // Newlines inside inline tables are TOML 1.1; accepted here for tolerance.
            skipBlankLinesAndComments()
            guard let byte = peek(), !isAtTableHeader() else {
                throw Failure(line: openLine, message: "unterminated inline table")
            }
            if byte == UInt8(ascii: "}") {
                index += 1
                return .table(entries)
            }
            let entryLine = line
            let (key, value) = try parseKeyValue(depth: depth + 1)
            entries.append(.init(key: key, value: value, line: entryLine))
            skipBlankLinesAndComments()
            if peek() == UInt8(ascii: ",") {
                index += 1
            } else if isAtTableHeader() {
                throw Failure(line: openLine, message: "unterminated inline table")
            } else if peek() != UInt8(ascii: "}") {
                throw Failure(line: line, message: "expected ',' or '}' in inline table")
            }
        }
    }

    private mutating func parseSingleLineString(quote: UInt8) throws(Failure) -> String {
        index += 1
        var out: [UInt8] = []
        while let byte = peek() {
            if byte == 10 { break }
            index += 1
            if byte == quote { return String(decoding: out, as: UTF8.self) }
            if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\""), let escaped = peek() {
                index += 1
                out.append(unescape(escaped))
            } else {
                out.append(byte)
            }
        }
        throw Failure(line: line, message: "unterminated string")
    }

    private mutating func parseMultiLineString(quote: UInt8) throws(Failure) -> String {
        let openLine = line
        index += 3
        if peek() == 13 { index += 1 }
        if peek() == 10 {
            index += 1
            line += 1
        }
        var out: [UInt8] = []
        while let byte = peek() {
            if startsWith(quote, count: 3) {
                index += 3
                return String(decoding: out, as: UTF8.self)
            }
            index += 1
            if byte == 10 { line += 1 }
            if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\""), let escaped = peek() {
                index += 1
                if escaped == 10 { line += 1 } else { out.append(unescape(escaped)) }
            } else {
                out.append(byte)
            }
        }
        throw Failure(line: openLine, message: "unterminated multi-line string")
    }

    private func unescape(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "n"): 10
        case UInt8(ascii: "t"): 9
        case UInt8(ascii: "r"): 13
        default: byte
        }
    }

    // MARK: - Bytes

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func startsWith(_ byte: UInt8, count: Int) -> Bool {
        guard index + count <= bytes.count else { return false }
        return bytes[index..<index + count].allSatisfy { $0 == byte }
    }

    /// Whether a `[name]` or `[[name]]` table header starts here, in the first column: where an
    /// unterminated array or inline table is taken to end (a nested array in column one holds a
    /// number, a string or another bracket, not a bare name).
    private func isAtTableHeader() -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "["), index == 0 || bytes[index - 1] == 10 else {
            return false
        }
        var next = index + 1
        if next < bytes.count && bytes[next] == UInt8(ascii: "[") { next += 1 }
        guard next < bytes.count else { return false }
        let byte = bytes[next]
        return byte != UInt8(ascii: "-") && isBareKeyByte(byte) && !(byte >= 0x30 && byte <= 0x39)
    }

    private func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte >= 0x80
    }

    private mutating func skipSpaces() {
        while let byte = peek(), byte == 32 || byte == 9 { index += 1 }
    }

    private mutating func skipBlankLinesAndComments() {
        while let byte = peek() {
            if byte == 32 || byte == 9 || byte == 13 {
                index += 1
            } else if byte == 10 {
                index += 1
                line += 1
            } else if byte == UInt8(ascii: "#") {
                while let next = peek(), next != 10 { index += 1 }
            } else {
                return
            }
        }
    }

    private mutating func skipRestOfLine() {
        while let byte = peek(), byte != 10 { index += 1 }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    package func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
