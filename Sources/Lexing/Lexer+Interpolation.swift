/// Literals with code inside (`Language.StringForm.interpolation`): Ruby's `"… #{expr} …"`, a JavaScript
/// template's `` `… ${expr} …` ``, Swift's `"… \(expr) …"`, Python's `f"… {expr} …"`, C#'s `$"… {expr} …"`. The
/// code runs to the bracket balancing the opener's last byte, and a quote in it opens a literal of its own, which
/// may hold interpolations in turn: `"'#{s.gsub('"', "'")}'"` is one literal, where reading each quote as a closer
/// made the last `"` open a string that ran to the next one, many lines on (three of rubocop's methods ended
/// there). The code is part of the literal's token: its words are no tokens, so a `do … end` inside opens no block.
///
/// An interpolation that never closes (a malformed `"\(`, `f"{`) does not take the rest of the file: a single-line
/// literal ends at its line's end, and in a multi-line one the opener is text, so the literal's closer still closes it.
extension Lexer {
    func scanInterpolated(_ s: inout State, at start: Int, _ form: borrowing CompiledString) -> Int? {
        let bytes = s.bytes
        guard let (opened, hashCount) = opening(bytes, at: start, form) else { return nil }
        let count = bytes.count
        let isDoc = form.docstring && !s.lineHasCode && !continuesExpression(s.lastCode)
        let tokenLine = s.line
        // A raw string (`#"…"#`) has no escapes; its interpolation is `\#(`.
        let escape = hashCount > 0 ? nil : form.escape
        let closeFirst = form.close.first ?? 10
        s.markText(isDoc: isDoc)
        var i = opened
        while i < count {
            let byte = bytes[i]
            if byte == 10 {
                if !form.multiline { break }
                i += 1
                s.endLine(nextLineStart: i)
                continue
            }
            if let next = skipInside(&s, at: i, form, escape: escape, hashCount: hashCount, isDoc: isDoc) {
                i = next
                continue
            }
            if byte == closeFirst && matches(bytes, at: i, form.close)
                && hashesFollow(bytes, at: i + form.close.count, hashCount)
            {
                i += form.close.count + hashCount
                s.markText(isDoc: isDoc)
                if !isDoc { s.addToken(.string, start: start, end: i, line: tokenLine, markCode: false) }
                return i
            }
            if !isSpace(byte) { s.markText(isDoc: isDoc) }
            i += 1
        }
        if !isDoc { s.addToken(.string, start: start, end: min(i, count), line: tokenLine, markCode: false) }
        return min(i, count)
    }

    /// At `i` inside an interpolated literal: the offset after the interpolation (its lines counted), doubled brace
    /// or escape starting there; nil at any other byte.
    @inline(__always)
    private func skipInside(
        _ s: inout State, at i: Int, _ form: borrowing CompiledString, escape: UInt8?, hashCount: Int, isDoc: Bool
    ) -> Int? {
        let bytes = s.bytes
        let byte = bytes[i]
        guard byte == form.interpolation.first else { return escape == byte ? escapeEnd(&s, at: i, form, isDoc) : nil }
        if form.interpolation.count == 1 && i + 1 < bytes.count && bytes[i + 1] == byte {
            // `{{` is a brace.
            s.markText(isDoc: isDoc)
            return i + 2
        }
        guard let code = interpolationStart(bytes, at: i, form.interpolation, hashCount) else {
            return escape == byte ? escapeEnd(&s, at: i, form, isDoc) : nil
        }
        guard let end = Self.interpolationEnd(bytes, from: code, form.interpolation, singleLine: !form.multiline) else {
            return form.multiline ? code : lineEnd(bytes, from: i)
        }
        countLines(&s, from: i, to: end, asComment: isDoc)
        return end
    }

    /// The offset after the escape at `i`; nil where the escape byte is the closer and not doubled (C#'s `$@"…"`
    /// escapes a quote by doubling it).
    @inline(__always)
    private func escapeEnd(_ s: inout State, at i: Int, _ form: borrowing CompiledString, _ isDoc: Bool) -> Int? {
        let next = i + 1 < s.bytes.count ? s.bytes[i + 1] : 10
        if s.bytes[i] == form.close.first && next != s.bytes[i] { return nil }
        // An escaped line end continues the literal.
        if next == 10 {
            s.endLine(nextLineStart: i + 2)
            s.markText(isDoc: isDoc)
        }
        // A one-byte opener is no escape's (Python's `f"\{x}"` is a backslash and code).
        return form.interpolation.count == 1 && next == form.interpolation.first ? i + 1 : i + 2
    }

    /// Where the code of an interpolation whose opener (`interpolation`) may start at `i` begins: after the opener,
    /// whose first byte a raw string's `hashCount` `#` follow (Swift's `\#(`); nil when none opens here.
    @inline(__always)
    private func interpolationStart(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ interpolation: [UInt8], _ hashCount: Int
    ) -> Int? {
        guard hashesFollow(bytes, at: i + 1, hashCount) else { return nil }
        let rest = i + 1 + hashCount
        guard rest + interpolation.count - 1 <= bytes.count else { return nil }
        for k in 1..<interpolation.count where bytes[rest + k - 1] != interpolation[k] { return nil }
        return rest + interpolation.count - 1
    }

    /// The offset after the bracket that closes an interpolation whose code starts at `first`: brackets of the
    /// opener's kind nest, and `"`, `'` and `` ` `` open literals skipped whole (`"` and `` ` `` with their own
    /// interpolations, `#{…}`, `${…}` or `\(…)` as the opener says; a one-byte opener such as Python's `{` opens
    /// none, since there the literal needs a prefix of its own). Nil when nothing closes it; in a `singleLine`
    /// literal, a literal inside must close on its line too (a quote on one line of a `"…"` is the malformed one's).
    static func interpolationEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, _ opener: [UInt8], singleLine: Bool
    ) -> Int? {
        guard let open = opener.last else { return nil }
        let nested: [UInt8]? = opener.count > 1 ? opener : nil
        let close: UInt8 = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        var depth = 1
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
            } else if byte == 34 || byte == 39 || byte == 96 {
                let interpolation = byte == 39 ? nil : nested
                guard let end = quotedEnd(bytes, from: i + 1, quote: byte, interpolation, singleLine: singleLine) else {
                    return nil
                }
                i = end
                previous = byte
                continue
            } else if byte == 47 && Self.opensOperand(previous) {
                i = regexEnd(bytes, from: i + 1)
                previous = 47
                continue
            }
            if !isSpace(byte) && byte != 10 { previous = byte }
            i += 1
        }
        return nil
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
    /// `interpolation` opener starts code, skipped whole: checked first, since Swift's `\(` starts with the escape).
    /// Three quotes open a literal that only three close (a Swift or Python `"""` block inside an interpolation).
    /// Nil when it does not close: before the end of the bytes, or of its line when `singleLine` and not three quotes.
    private static func quotedEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from first: Int, quote: UInt8, _ interpolation: [UInt8]?,
        singleLine: Bool
    ) -> Int? {
        let triple = first + 1 < bytes.count && bytes[first] == quote && bytes[first + 1] == quote
        var i = triple ? first + 2 : first
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote {
                guard triple else { return i + 1 }
                if i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote { return i + 3 }
            }
            if byte == 10 && singleLine && !triple { return nil }
            if let interpolation, byte == interpolation[0], matches(bytes, at: i, interpolation) {
                guard let end = interpolationEnd(bytes, from: i + interpolation.count, interpolation, singleLine: singleLine)
                else { return nil }
                i = end
                continue
            }
            if byte == 92 {
                i += 2
                continue
            }
            i += 1
        }
        return nil
    }
}
