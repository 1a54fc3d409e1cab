/// The mutable state of one `Lexer.lex` call: the current line's flags and what has been counted.
struct LexerState {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where tokens go; nil when only lines are counted.
    let sink: TokenBuffer?
    let collectTokens: Bool
    var counts = LineCounts()
    /// The sink's storage, held here so the hot loop appends without going through the object.
    private var tokens: UnsafeMutablePointer<Token>
    private var codes: UnsafeMutablePointer<UInt64>
    private var tokenCount = 0
    private var tokenCapacity: Int
    var line: Int32 = 1
    var lineHasCode = false
    var lineHasComment = false
    /// The offset of the current line's first byte.
    var lineStart = 0
    /// The last byte of the last code token (0 before any): tells a docstring from a string argument.
    var lastCode: UInt8 = 0
    /// Here-documents opened on the current line, whose bodies start at the next (`Lexer.scanHeredocBodies`).
    var heredocs: [Lexer.PendingHeredoc] = []

    init(bytes: UnsafeBufferPointer<UInt8>, sink: TokenBuffer?) {
        self.bytes = bytes
        self.sink = sink
        collectTokens = sink != nil
        sink?.grow(to: bytes.count / 5 + 16, keeping: 0)
        tokens = sink?.tokenBase ?? UnsafeMutablePointer(bitPattern: 16)!
        codes = sink?.codeBase ?? UnsafeMutablePointer(bitPattern: 16)!
        tokenCapacity = sink?.capacity ?? 0
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
        sink?.setCount(tokenCount)
    }

    /// Whether the current line already counts as what `markText(isDoc:)` would make it.
    @inline(__always)
    func isMarked(isDoc: Bool) -> Bool { isDoc ? lineHasComment : lineHasCode }

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
        if tokenCount == tokenCapacity { grow() }
        // Files are at most `maximum_file_bytes` (64 MiB by default): offsets fit in 32 bits.
        tokens[tokenCount] = Token(
            kind: kind, line: tokenLine ?? line, start: Int32(truncatingIfNeeded: start),
            length: Int32(truncatingIfNeeded: end - start))
        codes[tokenCount] = wordCode(bytes, start: start, end: end, kind: kind)
        tokenCount += 1
    }

    private mutating func grow() {
        guard let sink else { return }
        sink.grow(to: tokenCapacity * 2, keeping: tokenCount)
        tokens = sink.tokenBase
        codes = sink.codeBase
        tokenCapacity = sink.capacity
    }
}

extension Lexer {
    typealias State = LexerState
}
