/// The tokens of a Lua file for `LuaTable`: names, string literals (their contents), punctuation (`==`, `~=`, `<=`,
/// `>=`, `..` and `...` as one token) and the rest (numbers); comments and spaces dropped.
struct LuaTableLexer {
    let bytes: [UInt8]
    var offset = 0
    var line = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }

    mutating func tokens() -> [LuaTable.Token] {
        var result: [LuaTable.Token] = []
        while offset < bytes.count {
            let current = bytes[offset]
            if current == UInt8(ascii: "\n") {
                line += 1
                offset += 1
            } else if current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") || current == UInt8(ascii: "\r") {
                offset += 1
            } else if current == UInt8(ascii: "-"), byte(offset + 1) == UInt8(ascii: "-") {
                skipComment()
            } else if let token = stringToken() {
                result.append(token)
            } else {
                result.append(wordOrPunct())
            }
        }
        return result
    }

    /// Past `-- …` to the line's end, or past a long comment `--[[ … ]]`, `--[=[ … ]=]`.
    mutating func skipComment() {
        offset += 2
        if let level = longBracketLevel(at: offset) {
            _ = longString(level: level)
            return
        }
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
    }

    /// The level of a long bracket opening at `at` (`[[` is 0, `[==[` is 2), nil where none opens.
    func longBracketLevel(at position: Int) -> Int? {
        guard byte(position) == UInt8(ascii: "[") else { return nil }
        var level = 0
        while byte(position + 1 + level) == UInt8(ascii: "=") { level += 1 }
        return byte(position + 1 + level) == UInt8(ascii: "[") ? level : nil
    }

    /// The contents of the long string opening at `offset`, which moves past its close (or to the end).
    mutating func longString(level: Int) -> String {
        offset += level + 2
        let start = offset
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "]"), closesLong(at: offset, level: level) {
                let text = String(decoding: bytes[start..<offset], as: UTF8.self)
                offset += level + 2
                return text
            }
            if bytes[offset] == UInt8(ascii: "\n") { line += 1 }
            offset += 1
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    func closesLong(at position: Int, level: Int) -> Bool {
        (0..<level).allSatisfy { byte(position + 1 + $0) == UInt8(ascii: "=") }
            && byte(position + 1 + level) == UInt8(ascii: "]")
    }

    /// A quoted or long string at `offset`, nil where none starts.
    mutating func stringToken() -> LuaTable.Token? {
        let startLine = line
        if let level = longBracketLevel(at: offset) {
            return .init(kind: .string, text: longString(level: level), line: startLine)
        }
        let quote = bytes[offset]
        guard quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else { return nil }
        offset += 1
        let start = offset
        while offset < bytes.count, bytes[offset] != quote, bytes[offset] != UInt8(ascii: "\n") {
            offset += bytes[offset] == UInt8(ascii: "\\") ? 2 : 1
        }
        let end = min(offset, bytes.count)
        offset = min(offset + 1, bytes.count)
        return .init(kind: .string, text: String(decoding: bytes[start..<end], as: UTF8.self), line: startLine)
    }

    /// A name, a number (or other run of word bytes) or one punctuation token.
    mutating func wordOrPunct() -> LuaTable.Token {
        let start = offset
        if Self.isWordByte(bytes[offset]) {
            while offset < bytes.count, Self.isWordByte(bytes[offset]) { offset += 1 }
            let text = String(decoding: bytes[start..<offset], as: UTF8.self)
            let isName = !(bytes[start] >= UInt8(ascii: "0") && bytes[start] <= UInt8(ascii: "9"))
            return .init(kind: isName ? .name : .other, text: text, line: line)
        }
        let current = bytes[offset]
        let next = byte(offset + 1)
        var length = 1
        if next == UInt8(ascii: "="), "=~<>".utf8.contains(current) { length = 2 }
        if current == UInt8(ascii: "."), next == UInt8(ascii: ".") {
            length = byte(offset + 2) == UInt8(ascii: ".") ? 3 : 2
        }
        offset += length
        return .init(kind: .punct, text: String(decoding: bytes[start..<offset], as: UTF8.self), line: line)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
