/// Splits a file's bytes into line counts and code tokens, driven by a `Language`.
///
/// One pass over the bytes, no backtracking beyond a char literal's few bytes. Comments are recognised
/// before strings, strings before words, so a `//` inside a string is string and a `"` inside a comment is
/// comment; a string whose opener extends a block comment's (Haskell's pragma `{-#` beside `{-`) comes first.
/// Unterminated comments and strings run to the end of the file; nothing here can fail.
public struct Lexer: Sendable {
    public let language: Language
    let lineComments: [CompiledComment]
    private let leadingComments: [CompiledComment]
    private let columnComments: [CompiledComment]
    let blockComments: [CompiledBlock]
    /// Line comments open only where a word starts (`startsWord`): shell's `#`.
    private let commentsAtWordStart: Bool
    /// Outside literals, this byte makes the next one code (`scanCodeEscape`): shell's `\`.
    private let codeEscape: UInt8?
    /// Read by `Lexer+CommentStrings` too.
    let strings: [CompiledString]
    /// Indices of `strings` whose opener extends a block comment's opener, tried before comments.
    let commentLikeStrings: [Int]
    /// `strings`' indices by the byte their literals can start with (`Lexer.Starts`), so a quote tries only its
    /// own forms, not every prefixed one.
    let stringStarts: Starts
    /// What an interpolation's code holds besides code (`interpolationEnd`): the block comment it skips.
    let codeSyntax: CodeSyntax
    /// Each byte's class bits (`starter`, `word`, `space`): one lookup per byte in the hot loop.
    private let classes: [UInt8]
    private static let starter: UInt8 = 1
    private static let word: UInt8 = 2
    private static let space: UInt8 = 4
    /// May start a two-byte operator (`punctLength`); any other punctuation is one byte.
    private static let pairStart: UInt8 = 8
    private static let newline: UInt8 = 16

    /// A line comment opener; `pattern` is lowercased when the language ignores case.
    struct CompiledComment: Sendable {
        var pattern: [UInt8]
        /// The opener ends in a letter, so a word byte may not follow it (`rem` but not `remark`).
        var needsBoundary: Bool
    }

    struct CompiledBlock: Sendable {
        var open: [UInt8]
        /// Empty: runs to the end of the file.
        var close: [UInt8]
        var nested: Bool
        var lineStart: Bool
        /// The opener's first byte where comments nest, else 10 (a newline, which never starts one).
        var nestedFirst: UInt8
        /// String literals are lexed inside (`scanBlockCommentLexingStrings`).
        var strings: Bool
    }

    public init(language: Language) {
        self.language = language
        let ignoreCase = language.commentsIgnoreCase
        func compile(_ openers: [String], boundary: Bool = true) -> [CompiledComment] {
            openers.map { opener in
                let bytes = Array((ignoreCase ? opener.lowercased() : opener).utf8)
                return CompiledComment(pattern: bytes, needsBoundary: boundary && (bytes.last.map(isLetter) ?? false))
            }.sorted { $0.pattern.count > $1.pattern.count }
        }
        lineComments = compile(language.lineComments)
        leadingComments = compile(language.leadingComments)
        // Fixed-form Fortran: any `c` in column one comments the line (`comment`, `c----`).
        columnComments = compile(language.columnComments, boundary: false)
        commentsAtWordStart = language.commentsAtWordStart
        codeEscape = language.codeEscape?.utf8.first
        blockComments = language.blockComments.map {
            CompiledBlock(
                open: Array($0.open.utf8), close: Array($0.close.utf8),
                nested: $0.nested ?? language.nestedComments, lineStart: $0.lineStart,
                nestedFirst: $0.nested ?? language.nestedComments ? $0.open.utf8.first ?? 10 : 10, strings: $0.strings)
        }.sorted { $0.open.count > $1.open.count }
        // Longer openers first, so `"""` wins over `"`; prefixed, `after_word` and raw forms before plain ones.
        strings = language.strings.map(CompiledString.init).sorted { $0.precedence > $1.precedence }
        commentLikeStrings = Self.commentLike(strings, blockComments.map(\.open) + lineComments.map(\.pattern))
        stringStarts = Starts(strings)
        codeSyntax = Self.codeSyntax(blockComments)
        classes = Self.byteClasses(
            starters: Self.starters(
                lineComments + leadingComments + columnComments, ignoreCase: ignoreCase, blockComments, codeEscape, strings))
    }

    /// Bytes that can start a comment or a string: the first byte of an opener or prefix (a letter in both cases
    /// where comments ignore case, and a prefix's always), or `#` for forms taking a hash run.
    private static func starters(
        _ comments: [CompiledComment], ignoreCase: Bool, _ blocks: [CompiledBlock], _ codeEscape: UInt8?,
        _ strings: [CompiledString]
    ) -> [Bool] {
        var starters = [Bool](repeating: false, count: 256)
        func mark(_ byte: UInt8?, bothCases: Bool) {
            guard let byte else { return }
            starters[Int(byte)] = true
            if bothCases && isLetter(byte) {
                starters[Int(byte | 0x20)] = true
                starters[Int(byte & ~0x20)] = true
            }
        }
        for opener in comments { mark(opener.pattern.first, bothCases: ignoreCase) }
        for block in blocks { mark(block.open.first, bothCases: false) }
        mark(codeEscape, bothCases: false)
        for form in strings {
            for prefix in form.prefixes { mark(prefix.first, bothCases: true) }
            if form.hashes { starters[Int(UInt8(ascii: "#"))] = true }
            mark(form.open.first, bothCases: false)
        }
        return starters
    }

    /// Each byte's classes for the scanning loop: starter, word, space, operator pair start, newline.
    private static func byteClasses(starters: [Bool]) -> [UInt8] {
        (0...255).map { value in
            let byte = UInt8(value)
            return (starters[value] ? starter : 0) | (isWordByte(byte) ? word : 0)
                | (isSpace(byte) ? space : 0) | (startsOperatorPair(byte) ? pairStart : 0) | (byte == 10 ? newline : 0)
        }
    }

    /// The result of lexing one file.
    public struct Output: Sendable {
        public var lines: LineCounts
        /// Code tokens in order; empty when tokens were not asked for.
        public var tokens: [Token]
    }

    /// Lexes `bytes`, collecting tokens only when `collectTokens` is set (line counting alone is faster).
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>, collectTokens: Bool) -> Output {
        guard collectTokens else { return Output(lines: lex(bytes, into: nil), tokens: []) }
        let buffer = TokenBuffer()
        let lines = lex(bytes, into: buffer)
        return withExtendedLifetime(buffer) { Output(lines: lines, tokens: Array(buffer.tokens)) }
    }

    /// Lexes `bytes` into `buffer` (replacing what it held), tokens with their codes; nil counts lines only.
    ///
    /// Tokens are numbered from line `firstLine`: a script block's tokens carry the lines of the whole file.
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: TokenBuffer?, firstLine: Int = 1) -> LineCounts {
        var state = State(bytes: bytes, sink: buffer)
        state.line = Int32(truncatingIfNeeded: firstLine)
        run(&state)
        state.finish()
        return state.counts
    }

    /// Lexes an array of bytes.
    public func lex(_ bytes: [UInt8], collectTokens: Bool) -> Output {
        bytes.withUnsafeBufferPointer { lex($0, collectTokens: collectTokens) }
    }

    // MARK: - The scanning loop

    private func run(_ s: inout State) {
        classes.withUnsafeBufferPointer { run(&s, classes: $0) }
    }

    /// Line ends and blanks first, then a comment or string at a starter byte; any other byte is code (`scanCode`).
    private func run(_ s: inout State, classes: UnsafeBufferPointer<UInt8>) {
        let bytes = s.bytes
        var i = skipPreamble(&s)
        while i < bytes.count {
            let kind = classes[Int(bytes[i])]
            if kind & Self.newline != 0 {
                i = scanLineEnd(&s, at: i)
            } else if kind & Self.space != 0 {
                i = skip(Self.space, in: bytes, from: i + 1, classes: classes)
            } else if kind & Self.starter != 0, let next = scanCommentOrString(&s, at: i) {
                i = next
            } else {
                i = scanCode(&s, at: i, kind: kind, classes: classes)
            }
        }
    }

    /// Ends the line whose line end is at `i`; the here-document bodies opened on it follow.
    @inline(__always)
    private func scanLineEnd(_ s: inout State, at i: Int) -> Int {
        s.endLine(nextLineStart: i + 1)
        return s.heredocs.isEmpty ? i + 1 : scanHeredocBodies(&s, from: i + 1)
    }

    /// Code at `i` (of byte class `kind`), where no comment or string starts: skipped when only lines are counted and
    /// the line is already code, else a directive (`#if` opening a line), a word, a number or an operator token.
    @inline(__always)
    private func scanCode(_ s: inout State, at i: Int, kind: UInt8, classes: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = s.bytes
        if !s.collectTokens && s.lineHasCode && kind & Self.starter == 0 {
            return skipCode(&s, from: i, classes: classes)
        }
        if language.directives && bytes[i] == UInt8(ascii: "#") && !s.lineHasCode { return scanDirective(&s, at: i) }
        let isWord = kind & Self.word != 0
        let end = isWord ? skip(Self.word, in: bytes, from: i + 1, classes: classes) : i + operatorLength(bytes, at: i, kind: kind)
        s.addToken(isWord ? wordKind(bytes[i]) : .punct, start: i, end: end)
        return end
    }

    /// A word token's kind by its first byte: a number when it is a digit.
    @inline(__always)
    private func wordKind(_ first: UInt8) -> Token.Kind {
        first >= 48 && first <= 57 ? .number : .word
    }

    /// The first offset at or after `start` whose byte is not of class `kind` (a run of spaces, a word).
    @inline(__always)
    private func skip(_ kind: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, classes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = start
        while i < bytes.count && classes[Int(bytes[i])] & kind != 0 { i += 1 }
        return i
    }

    /// Counting lines only, and this line is already code: skips to a newline or a starter, remembering the
    /// last code byte (docstrings depend on it): the last skipped byte that is not a space.
    @inline(__always)
    private func skipCode(_ s: inout State, from start: Int, classes: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = s.bytes
        var i = start + 1
        while i < bytes.count && classes[Int(bytes[i])] & (Self.starter | Self.newline) == 0 { i += 1 }
        var last = i - 1
        while last > start && classes[Int(bytes[last])] & Self.space != 0 { last -= 1 }
        s.lastCode = bytes[last]
        return i
    }

    /// One byte, or two for the pairs `punctLength` keeps together (only bytes marked `pairStart` begin one).
    @inline(__always)
    private func operatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, kind: UInt8) -> Int {
        kind & Self.pairStart != 0 ? punctLength(bytes, at: i) : 1
    }

    /// Skips a UTF-8 byte order mark and counts a `#!` first line as code (as cloc does: it runs the file).
    private func skipPreamble(_ s: inout State) -> Int {
        let bytes = s.bytes
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        s.lineStart = i
        // `#!` but not Rust's `#![attribute]`.
        guard i + 2 < bytes.count, bytes[i] == UInt8(ascii: "#"), bytes[i + 1] == UInt8(ascii: "!"),
            bytes[i + 2] != UInt8(ascii: "[")
        else { return i }
        while i < bytes.count && bytes[i] != 10 { i += 1 }
        s.lineHasCode = true
        return i
    }

    /// Scans a comment or string starting at `i`; returns the offset after it, or nil if none starts here.
    private func scanCommentOrString(_ s: inout State, at i: Int) -> Int? {
        let bytes = s.bytes
        if bytes[i] == codeEscape { return scanCodeEscape(&s, at: i) }
        if !commentLikeStrings.isEmpty, let end = scanCommentLikeString(&s, at: i) { return end }
        if let end = scanAnyComment(&s, at: i) { return end }
        // Indices, not `for x in`, so no element is copied (and retained) per starter byte.
        for j in stringStarts.range(of: bytes[i]) {
            if let end = scanLiteral(&s, at: i, strings[stringStarts.forms[j]]) { return end }
        }
        return nil
    }

    /// Scans a block, line, leading or column comment starting at `i`; nil if none starts here.
    @inline(__always)
    private func scanAnyComment(_ s: inout State, at i: Int) -> Int? {
        let bytes = s.bytes
        for k in blockComments.indices where matches(bytes, at: i, blockComments[k].open) {
            if blockComments[k].lineStart && i != s.lineStart { continue }
            return scanComment(&s, from: i, block: blockComments[k])
        }
        guard matchesAny(lineComments, bytes, at: i) || opensPlacedComment(s, at: i) else { return nil }
        return scanLineComment(&s, from: i)
    }

    /// Whether a leading comment (first on its line) or a column comment (in column one) opens at `i`.
    @inline(__always)
    private func opensPlacedComment(_ s: borrowing State, at i: Int) -> Bool {
        let leads = !s.lineHasCode && !s.lineHasComment && matchesAny(leadingComments, s.bytes, at: i)
        return leads || (i == s.lineStart && matchesAny(columnComments, s.bytes, at: i))
    }

    /// Whether one of the comment `openers` opens at `i`.
    @inline(__always)
    private func matchesAny(_ openers: [CompiledComment], _ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        for k in openers.indices where matchesComment(bytes, at: i, openers[k]) { return true }
        return false
    }

    /// Scans one literal of `form` at `i`, delimited (`scanDelimited`), placed or nested (`scanPlaced`), with code
    /// inside (`scanInterpolated`) or plain;
    /// nil if the form does not start here.
    @inline(__always)
    func scanLiteral(_ s: inout State, at i: Int, _ form: borrowing CompiledString) -> Int? {
        if form.heredoc { return scanHeredocOpener(&s, at: i, form) }
        if form.commentLines { return scanQuotedCode(&s, at: i, form) }
        if form.delimited { return scanDelimited(&s, at: i, form) }
        if form.isPlaced { return scanPlaced(&s, at: i, form) }
        return form.interpolation.isEmpty ? scanString(&s, at: i, form) : scanInterpolated(&s, at: i, form)
    }

    @inline(__always)
    private func matchesComment(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ opener: borrowing CompiledComment
    ) -> Bool {
        let found =
            language.commentsIgnoreCase
            ? matchesIgnoringCase(bytes, at: i, opener.pattern) : matches(bytes, at: i, opener.pattern)
        guard found, !commentsAtWordStart || startsWord(bytes, at: i) else { return false }
        let next = i + opener.pattern.count
        return !opener.needsBoundary || next >= bytes.count || !isWordByte(bytes[next])
    }

    private func scanLineComment(_ s: inout State, from start: Int) -> Int {
        s.lineHasComment = true
        return lineEnd(s.bytes, from: start)
    }

    /// Scans one block comment, lexing the strings inside where the comment says so.
    @inline(__always)
    func scanComment(_ s: inout State, from start: Int, block: borrowing CompiledBlock) -> Int {
        block.strings ? scanBlockCommentLexingStrings(&s, from: start, block: block) : scanBlockComment(&s, from: start, block: block)
    }

    private func scanBlockComment(_ s: inout State, from start: Int, block: borrowing CompiledBlock) -> Int {
        let bytes = s.bytes
        let count = bytes.count
        var depth = 1
        // 10 (a newline) never starts a closer: an empty closer (to the end of the file) never matches.
        let closeFirst = block.close.first ?? 10
        let openFirst = block.nestedFirst
        s.lineHasComment = true
        // Once the line is comment, only a line end, a closer or a nested opener changes anything.
        var i = firstOf(bytes, from: start + block.open.count, 10, closeFirst, openFirst)
        while i < count {
            let byte = bytes[i]
            if byte == 10 {
                i += 1
                s.endLine(nextLineStart: i)
                continue
            }
            if byte == closeFirst && matches(bytes, at: i, block.close) {
                s.lineHasComment = true
                depth -= 1
                if depth == 0 { return i + block.close.count }
                i = firstOf(bytes, from: i + block.close.count, 10, closeFirst, openFirst)
                continue
            }
            if byte == openFirst && block.nested && matches(bytes, at: i, block.open) {
                depth += 1
                s.lineHasComment = true
                i = firstOf(bytes, from: i + block.open.count, 10, closeFirst, openFirst)
                continue
            }
            if !isSpace(byte) { s.lineHasComment = true }
            i = firstOf(bytes, from: i + 1, 10, closeFirst, openFirst, skipping: s.lineHasComment)
        }
        return count
    }

    private func scanDirective(_ s: inout State, at start: Int) -> Int {
        let bytes = s.bytes
        var i = afterBlanks(bytes, from: start + 1)
        while i < bytes.count && isWordByte(bytes[i]) { i += 1 }
        s.addToken(.directive, start: start, end: i)
        return i
    }
}
