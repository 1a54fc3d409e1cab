/// The mutable state of one `Lexer.lex` call: the current line's flags and what has been counted.
struct LexerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let collectTokens: Bool
    var counts = LineCounts()
    var tokens: [Token] = []
    var line: Int32 = 1
    var lineHasCode = false
    var lineHasComment = false
    /// The offset of the current line's first byte.
    var lineStart = 0
    /// The last byte of the last code token (0 before any): tells a docstring from a string argument.
    var lastCode: UInt8 = 0

    init(bytes: UnsafeBufferPointer<UInt8>, collectTokens: Bool) {
        self.bytes = bytes
        self.collectTokens = collectTokens
        if collectTokens { tokens.reserveCapacity(bytes.count / 5) }
    }

    /// Ends the current line; the next one starts at offset `nextLineStart`.
    @inline(__always)
    mutating func endLine(nextLineStart: Int) {
        lineStart = nextLineStart
        counts.total += 1
        if lineHasCode {
            counts.code += 1
        } else if lineHasComment {
            counts.comment += 1
        } else {
            counts.blank += 1
        }
        lineHasCode = false
        lineHasComment = false
        line += 1
    }

    /// Counts the last line when the file does not end with a newline.
    mutating func finish() {
        if let last = bytes.last, last != 10 { endLine(nextLineStart: bytes.count) }
    }

    @inline(__always)
    mutating func markText(isDoc: Bool) {
        if isDoc { lineHasComment = true } else { lineHasCode = true }
    }

    @inline(__always)
    mutating func addToken(
        _ kind: Token.Kind, start: Int, end: Int, line tokenLine: Int32? = nil, markCode: Bool = true
    ) {
        if markCode { lineHasCode = true }
        lastCode = bytes[end - 1]
        guard collectTokens else { return }
        tokens.append(
            Token(kind: kind, line: tokenLine ?? line, start: Int32(start), length: Int32(end - start)))
    }
}

extension Lexer {
    typealias State = LexerState
}
