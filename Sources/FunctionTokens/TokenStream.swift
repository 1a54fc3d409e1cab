import SourceScan

/// One file's tokens with their word codes, and the byte-level questions the grammars ask about them.
public struct TokenStream {
    public let tokens: UnsafeBufferPointer<Token>
    public let bytes: UnsafeBufferPointer<UInt8>
    /// `wordCode` of every token, from the lexer.
    public let codes: UnsafeBufferPointer<UInt64>

    public init(_ buffer: TokenBuffer, bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = buffer.tokens
        self.codes = buffer.codes
        self.bytes = bytes
    }

    @inlinable public var count: Int { tokens.count }

    @inline(__always)
    @inlinable public func line(_ index: Int) -> Int32 { tokens[index].line }

    /// The code of token `index`, 0 before the first token and past the last (one unsigned compare for both).
    @inline(__always)
    @inlinable public func code(_ index: Int) -> UInt64 { UInt(bitPattern: index) < UInt(tokens.count) ? codes[index] : 0 }

    @inlinable public func text(_ index: Int) -> String { tokens[index].text(in: bytes) }

    @inline(__always)
    @inlinable public func firstByte(_ index: Int) -> UInt8 { bytes[Int(tokens[index].start)] }

    /// Whether the token is an identifier or keyword that can name something (not `$x`, not a number).
    @inline(__always)
    @inlinable public func isName(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        let first = firstByte(index)
        return first == UInt8(ascii: "_") || (first | 0x20 >= 97 && first | 0x20 <= 122) || first >= 0x80
    }

    /// Whether white space (or the start of the file) comes right before the token.
    public func isPrecededBySpace(_ index: Int) -> Bool {
        let start = Int(tokens[index].start)
        guard start > 0 else { return true }
        let before = bytes[start - 1]
        if isSpace(before) || before == 10 { return true }
        // A block comment counts as white space.
        return start > 1 && before == UInt8(ascii: "/") && bytes[start - 2] == UInt8(ascii: "*")
    }

    /// Whether nothing but white space separates token `index` from the one after it.
    @inlinable public func touchesNext(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].end == Int(tokens[index + 1].start)
    }

    /// The code of a directive's word: `#  ifdef` → `ifdef`.
    public func directiveWord(_ index: Int) -> UInt64 {
        let token = tokens[index]
        var start = Int(token.start) + 1
        while start < token.end && isSpace(bytes[start]) { start += 1 }
        return wordCode(bytes, start: start, end: token.end, kind: .word)
    }

    /// The index of the first token after the directive at `index` and its backslash-continued lines.
    @inlinable public func endOfDirective(_ index: Int) -> Int {
        var offset = tokens[index].end
        while offset < bytes.count {
            guard bytes[offset] == 10 else {
                offset += 1
                continue
            }
            var last = offset - 1
            if last >= 0 && bytes[last] == 13 { last -= 1 }
            if last >= 0 && bytes[last] == UInt8(ascii: "\\") {
                offset += 1
                continue
            }
            break
        }
        var next = index + 1
        while next < tokens.count && Int(tokens[next].start) < offset { next += 1 }
        return next
    }

    /// The indentation of token `index` if it is the first token on its physical line (tabs count 8), else nil.
    @inlinable public func indentation(_ index: Int) -> Int? {
        var offset = Int(tokens[index].start) - 1
        var width = 0
        while offset >= 0 {
            switch bytes[offset] {
            case 10:
                return width
            case 32, 12, 13, 11:
                width += 1
            case 9:
                width += 8
            default:
                return nil
            }
            offset -= 1
        }
        return width
    }

    /// Whether the physical line holding offset `newline - 1` ends in a backslash continuation.
    @inlinable public func lineEndsWithBackslash(before offset: Int) -> Bool {
        var last = offset - 1
        if last >= 0 && bytes[last] == 13 { last -= 1 }
        return last >= 0 && bytes[last] == UInt8(ascii: "\\")
    }

    /// The offset of the line break before token `index`'s line (or -1 at the first line).
    @inlinable public func lineBreak(before index: Int) -> Int {
        var offset = Int(tokens[index].start) - 1
        while offset >= 0 && bytes[offset] != 10 { offset -= 1 }
        return offset
    }
}
