/// The code of an interpolation, read up to the bracket that closes it (`Lexer.interpolationEnd`): brackets of the
/// opener's kind nest, quotes open literals skipped whole (with interpolations of their own), a raw literal is read as
/// at the top level (`literalEnd`: Dart's `r'\'`, Swift's `#"\"#`, C#'s `@"C:\"` have no escape; its own
/// interpolations, Swift's `\#(…)`, are code: `interpolatedEnd`), a `/` where an operand starts opens a regular
/// expression, the language's block comment is skipped whole, nested where the language nests them (`scanComment`:
/// Swift's `/* a /* b */ c */`), and where the language says so a line comment runs to its line's end (a JavaScript
/// template's `${x // note`).
extension Lexer {
    /// How an interpolation's code is read.
    struct CodeSyntax {
        /// The interpolation's opener (`\(`, `${`, `{`): its last byte is the bracket that nests and closes.
        var opener: [UInt8]
        /// The literal holding it is single-line: a literal inside must close on its line.
        var singleLine: Bool
        /// A line comment opener inside the code (Python's `#`, JavaScript's `//`); empty: none.
        var comment: [UInt8]
        /// The index in `blockComments` of the language's block comment, skipped whole; nil: none.
        var block: Int?
    }

    /// What every interpolation of a language shares: its first block comment that opens anywhere and closes.
    static func codeSyntax(_ blocks: [CompiledBlock]) -> CodeSyntax {
        let block = blocks.firstIndex { !$0.lineStart && !$0.close.isEmpty }
        return CodeSyntax(opener: [], singleLine: false, comment: [], block: block)
    }

    /// The offset after the bracket that closes an interpolation whose code starts at `first`: brackets of the
    /// opener's kind nest, and `"`, `'` and `` ` `` open literals skipped whole (`"` and `` ` `` with their own
    /// interpolations, `#{…}`, `${…}` or `\(…)` as the opener says; a one-byte opener such as Python's `{` opens
    /// none, since there the literal needs a prefix of its own). Nil when nothing closes it; in a `singleLine`
    /// literal, a literal inside must close on its line too (a quote on one line of a `"…"` is the malformed one's).
    /// A `comment` opener skips to the line's end, but not in a one-byte opener's format specification, after a
    /// `:` outside brackets (Python's `{x:#x}`; in `${…}` a `:` is an operator), nor does the language's block
    /// comment. The comments' ranges go into `comments`.
    func interpolationEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, _ syntax: CodeSyntax, comments: inout [Range<Int>]
    ) -> Int? {
        guard let open = syntax.opener.last else { return nil }
        let close = Self.closingBracket(open)
        var code = CodeState(previous: open)
        var i = first
        while i < bytes.count {
            let byte = bytes[i]
            if byte == open || byte == close {
                code.depth += byte == open ? 1 : -1
                if code.depth == 0 { return i + 1 }
                code.previous = byte
                i += 1
            } else {
                guard let next = codeEnd(bytes, at: i, syntax, &code, comments: &comments) else { return nil }
                i = next
            }
        }
        return nil
    }

    /// Where the reading of an interpolation's code stands: brackets of the opener's kind open (its own included);
    /// the last code byte that is no blank (after an operator or an opening, a `/` opens a regular expression, whose
    /// quotes are not literals: rubocop's `s.gsub(/['\\]/) { … }`); with a one-byte opener, the depth of other
    /// brackets and whether a format specification started.
    private struct CodeState {
        var depth = 1
        var previous: UInt8
        var brackets = 0
        var inSpecification = false
    }

    /// The bracket closing `open`: `)`, `]` or `}`.
    private static func closingBracket(_ open: UInt8) -> UInt8 { open == 40 ? 41 : open == 91 ? 93 : 125 }

    /// At `i` in an interpolation's code, a byte that is no bracket of the opener's kind: the offset after the
    /// literal, comment or regular expression starting there (`skipped`), else after the byte, noted in `code`; nil
    /// when a literal does not close.
    @inline(__always)
    private func codeEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ syntax: CodeSyntax, _ code: inout CodeState,
        comments: inout [Range<Int>]
    ) -> Int? {
        let byte = bytes[i]
        let next = skipped(bytes, at: i, after: code.previous, syntax, comment: !code.inSpecification, into: &comments)
        guard let next else { return nil }
        if next != i {
            code.previous = byte
            return next
        }
        if syntax.opener.count == 1 { Self.trackSpecification(bytes, at: i, &code) }
        if !isSpace(byte) && byte != 10 { code.previous = byte }
        return i + 1
    }

    /// At `i` in an interpolation's code, after the code byte `previous`: the offset after the literal, the comment
    /// (where `comment`, its range put `into` the list) or the regular expression starting there; `i` when none
    /// starts, nil when a literal does not close. A literal opens as at the top level (`literalOpening`): a raw one is
    /// read by the top level's `literalEnd`, any other from its quote (its prefix skipped: shell's `$'a\'b'` is no
    /// `'…'` from the `'` on).
    @inline(__always)
    private func skipped(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, after previous: UInt8, _ syntax: CodeSyntax, comment: Bool,
        into comments: inout [Range<Int>]
    ) -> Int? {
        let literal = literalOpening(bytes, at: i)
        if let literal, literal.isRaw { return literalEnd(bytes, at: i, strings[literal.form]) }
        let quoteAt = literal?.quote ?? i
        let quote = bytes[quoteAt]
        if quote == 34 || quote == 39 || quote == 96 {
            let inner = quote == 39 || syntax.opener.count == 1 ? nil : syntax
            return quotedEnd(bytes, from: quoteAt + 1, quote: quote, inner, singleLine: syntax.singleLine)
        }
        if comment, let end = commentEnd(bytes, at: i, syntax) {
            comments.append(i..<end)
            return end
        }
        return bytes[i] == 47 && Self.opensOperand(previous) ? Self.regexEnd(bytes, from: i + 1) : i
    }

    /// The literal that opens at `i` by the top level's rules (`stringStarts`, the forms in their order): its form's
    /// index, where its opener's quote starts (after a prefix or a `#` run), and whether it is raw: no escape (Dart's `r'…'`,
    /// C#'s `@"…"`, Kotlin's `"""…"""`) or a `#` run (Swift's `#"…"#`). Nil when none opens.
    @inline(__always)
    private func literalOpening(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int
    ) -> (form: Int, quote: Int, isRaw: Bool)? {
        for j in stringStarts.range(of: bytes[i]) {
            let k = stringStarts.forms[j]
            guard let (opened, hashes) = opening(bytes, at: i, strings[k]) else { continue }
            return (k, opened - strings[k].open.count + strings[k].quoteOffset, strings[k].escape == nil || hashes > 0)
        }
        return nil
    }

    /// The offset after the line comment (at its line's end) or the block comment starting at `i`, the end of the
    /// bytes when a block comment does not close; nil when none starts. The block comment is read as at the top level
    /// (`scanComment`: nested where the language nests them), on a scratch state: the caller counts its lines.
    private func commentEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ syntax: CodeSyntax) -> Int? {
        if Self.starts(bytes, at: i, syntax.comment) { return lineEnd(bytes, from: i) }
        guard let k = syntax.block, Self.starts(bytes, at: i, blockComments[k].open) else { return nil }
        var scratch = State(bytes: bytes, sink: nil)
        return scanComment(&scratch, from: i, block: blockComments[k])
    }

    /// Whether `opener`, not empty, starts at `i`.
    @inline(__always)
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ opener: [UInt8]) -> Bool {
        !opener.isEmpty && bytes[i] == opener[0] && matches(bytes, at: i, opener)
    }

    /// Follows the brackets other than the opener's and notes a format specification's start: a `:` at the code's
    /// top level, not `:=` (Python's `{x!r:>10}`, `{d[a:b]}` is none).
    @inline(__always)
    private static func trackSpecification(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ code: inout CodeState) {
        switch bytes[i] {
        case UInt8(ascii: "("), UInt8(ascii: "["): code.brackets += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"): code.brackets = max(0, code.brackets - 1)
        case UInt8(ascii: ":") where code.depth == 1 && code.brackets == 0:
            if i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "=") { code.inSpecification = true }
        default: break
        }
    }

    /// Whether an operand may start after `byte`: an operator, an opening bracket or a separator.
    private static func opensOperand(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "="),
            UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "?"), UInt8(ascii: ":"),
            UInt8(ascii: ";"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "%"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"), UInt8(ascii: "^"):
            true
        default: false
        }
    }

    /// The offset after the `/` closing a regular expression whose body starts at `first`: backslash escapes, and
    /// a `/` inside a `[…]` class closes nothing. At a line end it was no regular expression: the offset of its body.
    private static func regexEnd(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Int {
        var i = first
        var inClass = false
        while i < bytes.count {
            switch bytes[i] {
            case 10: return first
            case 92: i += 1
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case 47 where !inClass: return i + 1
            default: break
            }
            i += 1
        }
        return first
    }

    /// The offset after the quote closing a literal whose body starts at `first` (backslash escapes; inside, an
    /// `interpolation`'s opener starts code, skipped whole: checked first, since Swift's `\(` starts with the escape).
    /// Three quotes open a literal that only three close (a Swift or Python `"""` block inside an interpolation).
    /// Nil when it does not close: before the end of the bytes, or of its line when `singleLine` and not three quotes.
    private func quotedEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, quote: UInt8, _ interpolation: CodeSyntax?,
        singleLine: Bool
    ) -> Int? {
        // How many quotes close it: three after a `"""` opener, else one.
        let run = firstOther(than: quote, in: bytes, from: first) - first >= 2 ? 3 : 1
        let endsAtLineEnd = singleLine && run == 1
        var i = first + run - 1
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote && firstOther(than: quote, in: bytes, from: i) - i >= run { return i + run }
            if byte == 10 && endsAtLineEnd { return nil }
            guard let next = quotedTextEnd(bytes, at: i, interpolation) else { return nil }
            i = next
        }
        return nil
    }

    /// At `i` in a quoted literal's body, no closer: the offset after the interpolation starting there (nil when it
    /// does not close), the escape and the byte it escapes, or the byte.
    @inline(__always)
    private func quotedTextEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ interpolation: CodeSyntax?) -> Int? {
        guard let interpolation, Self.starts(bytes, at: i, interpolation.opener) else {
            return bytes[i] == 92 ? i + 2 : i + 1
        }
        var inner: [Range<Int>] = []
        return interpolationEnd(bytes, from: i + interpolation.opener.count, interpolation, comments: &inner)
    }
}
