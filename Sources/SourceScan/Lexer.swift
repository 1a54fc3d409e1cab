/// Splits a file's bytes into line counts and code tokens, driven by a `Language`.
///
/// One pass over the bytes, no backtracking beyond a char literal's few bytes. Comments are recognised
/// before strings, strings before words, so a `//` inside a string is string and a `"` inside a comment is
/// comment. Unterminated comments and strings run to the end of the file; nothing here can fail.
public struct Lexer: Sendable {
    public let language: Language
    private let lineComments: [[UInt8]]
    private let blockComments: [(open: [UInt8], close: [UInt8])]
    private let strings: [CompiledString]
    /// Bytes that can start a comment or a string (first byte of an opener or prefix, or `#`).
    private let starters: [Bool]

    struct CompiledString: Sendable {
        var open: [UInt8]
        var close: [UInt8]
        var escape: UInt8?
        var multiline: Bool
        var docstring: Bool
        var maxLength: Int?
        var prefix: [UInt8]
        var hashes: Bool
    }

    public init(language: Language) {
        self.language = language
        lineComments = language.lineComments.map { Array($0.utf8) }.sorted { $0.count > $1.count }
        blockComments = language.blockComments.map { (Array($0.open.utf8), Array($0.close.utf8)) }
            .sorted { $0.open.count > $1.open.count }
        // Longer openers first, so `"""` wins over `"`; prefixed and raw forms before plain ones.
        strings = language.strings.map {
            CompiledString(
                open: Array($0.open.utf8), close: Array($0.close.utf8), escape: $0.escape?.utf8.first,
                multiline: $0.multiline, docstring: $0.docstring, maxLength: $0.maxLength,
                prefix: Array(($0.prefix ?? "").utf8), hashes: $0.hashes)
        }.sorted {
            ($0.prefix.count, $0.hashes ? 1 : 0, $0.open.count) > ($1.prefix.count, $1.hashes ? 1 : 0, $1.open.count)
        }
        var starters = [Bool](repeating: false, count: 256)
        for opener in lineComments { starters[Int(opener[0])] = true }
        for block in blockComments { starters[Int(block.open[0])] = true }
        for form in strings {
            if let first = form.prefix.first { starters[Int(first)] = true }
            if form.hashes { starters[Int(UInt8(ascii: "#"))] = true }
            starters[Int(form.open[0])] = true
        }
        self.starters = starters
    }

    /// The result of lexing one file.
    public struct Output: Sendable {
        public var lines: LineCounts
        /// Code tokens in order; empty when tokens were not asked for.
        public var tokens: [Token]
    }

    /// Lexes `bytes`, collecting tokens only when `collectTokens` is set (line counting alone is faster).
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>, collectTokens: Bool) -> Output {
        var state = State(bytes: bytes, collectTokens: collectTokens)
        run(&state)
        state.finish()
        return Output(lines: state.counts, tokens: state.tokens)
    }

    /// Lexes an array of bytes.
    public func lex(_ bytes: [UInt8], collectTokens: Bool) -> Output {
        bytes.withUnsafeBufferPointer { lex($0, collectTokens: collectTokens) }
    }

    // MARK: - The scanning loop

    private func run(_ s: inout State) {
        let bytes = s.bytes
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte == 10 {
                s.endLine()
                i += 1
                continue
            }
            if isSpace(byte) {
                i += 1
                continue
            }
            if starters[Int(byte)], let next = scanCommentOrString(&s, at: i) {
                i = next
                continue
            }
            if language.directives && byte == UInt8(ascii: "#") && !s.lineHasCode {
                i = scanDirective(&s, at: i)
                continue
            }
            if isWordByte(byte) {
                var end = i + 1
                while end < count && isWordByte(bytes[end]) { end += 1 }
                let isNumber = byte >= 48 && byte <= 57
                s.addToken(isNumber ? .number : .word, start: i, end: end)
                i = end
                continue
            }
            let end = i + punctLength(bytes, at: i)
            s.addToken(.punct, start: i, end: end)
            i = end
        }
    }

    /// Scans a comment or string starting at `i`; returns the offset after it, or nil if none starts here.
    private func scanCommentOrString(_ s: inout State, at i: Int) -> Int? {
        let bytes = s.bytes
        for block in blockComments where matches(bytes, at: i, block.open) {
            return scanBlockComment(&s, from: i, block: block)
        }
        for opener in lineComments where matches(bytes, at: i, opener) {
            var end = i
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            s.lineHasComment = true
            return end
        }
        for form in strings {
            if let end = scanString(&s, at: i, form) { return end }
        }
        return nil
    }

    private func scanBlockComment(
        _ s: inout State, from start: Int, block: (open: [UInt8], close: [UInt8])
    ) -> Int {
        let bytes = s.bytes
        let count = bytes.count
        var depth = 1
        var i = start + block.open.count
        s.lineHasComment = true
        while i < count {
            let byte = bytes[i]
            if byte == 10 {
                s.endLine()
                i += 1
                continue
            }
            if matches(bytes, at: i, block.close) {
                i += block.close.count
                s.lineHasComment = true
                depth -= 1
                if depth == 0 { return i }
                continue
            }
            if language.nestedComments && matches(bytes, at: i, block.open) {
                depth += 1
                i += block.open.count
                s.lineHasComment = true
                continue
            }
            if !isSpace(byte) { s.lineHasComment = true }
            i += 1
        }
        return count
    }

    /// Scans one string literal of `form` at `i`; nil if the form does not start here.
    private func scanString(_ s: inout State, at start: Int, _ form: CompiledString) -> Int? {
        let bytes = s.bytes
        let count = bytes.count
        var i = start
        if !form.prefix.isEmpty {
            guard matches(bytes, at: i, form.prefix), start == 0 || !isWordByte(bytes[start - 1]) else {
                return nil
            }
            i += form.prefix.count
        }
        var hashCount = 0
        if form.hashes {
            while i < count && bytes[i] == UInt8(ascii: "#") {
                hashCount += 1
                i += 1
            }
            // Swift's raw strings need at least one `#`; the plain form covers none.
            if form.prefix.isEmpty && hashCount == 0 { return nil }
        }
        guard matches(bytes, at: i, form.open) else { return nil }
        i += form.open.count
        if let maxLength = form.maxLength, !closesSoon(bytes, from: i, form, within: maxLength) {
            return nil
        }
        let isDoc = form.docstring && !s.lineHasCode
        let tokenStart = start
        let tokenLine = s.line
        let escape: UInt8? = hashCount > 0 ? nil : form.escape
        s.markText(isDoc: isDoc)
        while i < count {
            let byte = bytes[i]
            if let escape, byte == escape {
                i += 1
                if i < count && bytes[i] == 10 {
                    s.endLine()
                    s.markText(isDoc: isDoc)
                }
                i += 1
                continue
            }
            if byte == 10 {
                if !form.multiline { break }
                s.endLine()
                i += 1
                continue
            }
            if matches(bytes, at: i, form.close) && hashesFollow(bytes, at: i + form.close.count, hashCount) {
                i += form.close.count + hashCount
                s.markText(isDoc: isDoc)
                if !isDoc { s.addToken(.string, start: tokenStart, end: i, line: tokenLine, markCode: false) }
                return i
            }
            if !isSpace(byte) { s.markText(isDoc: isDoc) }
            i += 1
        }
        if !isDoc { s.addToken(.string, start: tokenStart, end: min(i, count), line: tokenLine, markCode: false) }
        return min(i, count)
    }

    /// Whether a char literal closes right after one character or one escape (so `'a` in Rust is a lifetime).
    private func closesSoon(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ form: CompiledString, within limit: Int
    ) -> Bool {
        guard start < bytes.count else { return false }
        let first = bytes[start]
        if let escape = form.escape, first == escape {
            var i = start + 2
            let stop = min(bytes.count, start + limit + 1)
            while i < stop {
                if bytes[i] == 10 { return false }
                if matches(bytes, at: i, form.close) { return true }
                i += 1
            }
            return false
        }
        let width: Int
        switch first {
        case 0..<0x80: width = 1
        case 0xC0..<0xE0: width = 2
        case 0xE0..<0xF0: width = 3
        default: width = 4
        }
        return first != 10 && matches(bytes, at: start + width, form.close)
    }

    private func scanDirective(_ s: inout State, at start: Int) -> Int {
        let bytes = s.bytes
        var i = start + 1
        while i < bytes.count && (bytes[i] == 32 || bytes[i] == 9) { i += 1 }
        while i < bytes.count && isWordByte(bytes[i]) { i += 1 }
        s.addToken(.directive, start: start, end: i)
        return i
    }
}

// MARK: - Byte helpers

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 9 || byte == 13 || byte == 12 || byte == 11
}

@inline(__always)
func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 48...57, 65...90, 97...122, 95, 36: true
    default: byte >= 0x80
    }
}

@inline(__always)
func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: [UInt8]) -> Bool {
    guard offset + pattern.count <= bytes.count else { return false }
    for index in 0..<pattern.count where bytes[offset + index] != pattern[index] { return false }
    return true
}

@inline(__always)
private func hashesFollow(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ count: Int) -> Bool {
    guard count > 0 else { return true }
    guard offset + count <= bytes.count else { return false }
    for index in 0..<count where bytes[offset + index] != UInt8(ascii: "#") { return false }
    return true
}
