/// The code of an interpolation, read up to the bracket that closes it (`Lexer.interpolationEnd`): brackets of the
/// opener's kind nest, quotes open literals skipped whole (with interpolations of their own), a `/` where an operand
/// starts opens a regular expression, the language's block comment is skipped whole, and where the language says so
/// a line comment runs to its line's end (a JavaScript template's `${x // note`).
extension Lexer {
    /// How an interpolation's code is read.
    struct CodeSyntax {
        /// The interpolation's opener (`\(`, `${`, `{`): its last byte is the bracket that nests and closes.
        var opener: [UInt8]
        /// The literal holding it is single-line: a literal inside must close on its line.
        var singleLine: Bool
        /// A line comment opener inside the code (Python's `#`, JavaScript's `//`); empty: none.
        var comment: [UInt8]
        /// The language's block comment (`/*`, `*/`), skipped whole; empty: none.
        var block: [UInt8] = []
        var blockClose: [UInt8] = []
        /// A verbatim literal's opener (C#'s `@"`), whose quote only a lone quote closes: no escapes, a doubled
        /// quote is text (`{@"C:\"}`); empty: none.
        var verbatim: [UInt8] = []
    }

    /// The offset after the bracket that closes an interpolation whose code starts at `first`: brackets of the
    /// opener's kind nest, and `"`, `'` and `` ` `` open literals skipped whole (`"` and `` ` `` with their own
    /// interpolations, `#{…}`, `${…}` or `\(…)` as the opener says; a one-byte opener such as Python's `{` opens
    /// none, since there the literal needs a prefix of its own). Nil when nothing closes it; in a `singleLine`
    /// literal, a literal inside must close on its line too (a quote on one line of a `"…"` is the malformed one's).
    /// A `comment` opener skips to the line's end, but not in a one-byte opener's format specification, after a
    /// `:` outside brackets (Python's `{x:#x}`; in `${…}` a `:` is an operator), nor does the language's block
    /// comment. The comments' ranges go into `comments`.
    static func interpolationEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, _ syntax: CodeSyntax, comments: inout [Range<Int>]
    ) -> Int? {
        guard let open = syntax.opener.last else { return nil }
        let close: UInt8 = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        var depth = 1
        // With a comment opener: the depth of other brackets, and whether a format specification started.
        var brackets = 0
        var inSpecification = false
        var i = first
        // The last byte of code before `i` that is no blank: a `/` after an operator or an opening opens a
        // regular expression, whose quotes are not literals (rubocop's `s.gsub(/['\\]/) { … }`).
        var previous: UInt8 = open
        while i < bytes.count {
            let byte = bytes[i]
            if byte == open {
                depth += 1
            } else if byte == close {
                depth -= 1
                if depth == 0 { return i + 1 }
            } else {
                let skip = skipped(bytes, at: i, after: previous, syntax, comments: !inSpecification)
                guard let next = skip.end else { return nil }
                if skip.comment { comments.append(i..<next) }
                if next != i {
                    previous = skip.comment ? previous : byte
                    i = next
                    continue
                }
                if syntax.opener.count == 1 {
                    trackSpecification(bytes, at: i, depth: depth, brackets: &brackets, inSpecification: &inSpecification)
                }
            }
            if !isSpace(byte) && byte != 10 { previous = byte }
            i += 1
        }
        return nil
    }

    /// At `i` in an interpolation's code, after the code byte `previous`: the offset after the quoted or verbatim
    /// literal, the comment (where `comments`: not in a format specification) or the regular expression there, and
    /// whether it was a comment; `i` when none starts, nil when a literal or a block comment does not close.
    @inline(__always)
    private static func skipped(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, after previous: UInt8, _ syntax: CodeSyntax, comments: Bool
    ) -> (end: Int?, comment: Bool) {
        let byte = bytes[i]
        if byte == 34 || byte == 39 || byte == 96 {
            let inner = byte == 39 || syntax.opener.count == 1 ? nil : syntax
            return (quotedEnd(bytes, from: i + 1, quote: byte, inner, singleLine: syntax.singleLine), false)
        }
        if let quote = syntax.verbatim.last, byte == syntax.verbatim[0], matches(bytes, at: i, syntax.verbatim) {
            let end = quotedEnd(bytes, from: i + syntax.verbatim.count, quote: quote, nil, singleLine: syntax.singleLine, escape: nil)
            return (end, false)
        }
        if comments && !syntax.comment.isEmpty && byte == syntax.comment[0] && matches(bytes, at: i, syntax.comment) {
            return (lineEnd(bytes, from: i), true)
        }
        if comments && !syntax.block.isEmpty && byte == syntax.block[0] && matches(bytes, at: i, syntax.block) {
            return (blockEnd(bytes, from: i + syntax.block.count, syntax.blockClose), true)
        }
        return (byte == 47 && Self.opensOperand(previous) ? regexEnd(bytes, from: i + 1) : i, false)
    }

    /// The offset after the first `close` from `first`; nil when none follows.
    private static func blockEnd(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, _ close: [UInt8]) -> Int? {
        var i = first
        while i < bytes.count {
            i = firstOf(bytes, from: i, close[0], close[0], close[0])
            if matches(bytes, at: i, close) { return i + close.count }
            i += 1
        }
        return nil
    }

    /// Follows the brackets other than the opener's and notes a format specification's start: a `:` at the code's
    /// top level, not `:=` (Python's `{x!r:>10}`, `{d[a:b]}` is none).
    @inline(__always)
    private static func trackSpecification(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, depth: Int, brackets: inout Int, inSpecification: inout Bool
    ) {
        switch bytes[i] {
        case UInt8(ascii: "("), UInt8(ascii: "["): brackets += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"): brackets = max(0, brackets - 1)
        case UInt8(ascii: ":") where depth == 1 && brackets == 0:
            if i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "=") { inSpecification = true }
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
    /// With no `escape` (a verbatim literal), a doubled quote is text.
    private static func quotedEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, quote: UInt8, _ interpolation: CodeSyntax?,
        singleLine: Bool, escape: UInt8? = 92
    ) -> Int? {
        let triple = escape != nil && first + 1 < bytes.count && bytes[first] == quote && bytes[first + 1] == quote
        var i = triple ? first + 2 : first
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote {
                if escape == nil && i + 1 < bytes.count && bytes[i + 1] == quote {
                    i += 2
                    continue
                }
                guard triple else { return i + 1 }
                if i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote { return i + 3 }
            }
            if byte == 10 && singleLine && !triple { return nil }
            if let interpolation, byte == interpolation.opener[0], matches(bytes, at: i, interpolation.opener) {
                var nested: [Range<Int>] = []
                guard let end = interpolationEnd(bytes, from: i + interpolation.opener.count, interpolation, comments: &nested)
                else { return nil }
                i = end
                continue
            }
            if byte == escape {
                i += 2
                continue
            }
            i += 1
        }
        return nil
    }
}
