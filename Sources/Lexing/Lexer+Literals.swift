/// A plain string literal's scan (`scanString`: no interpolation, not delimited or placed) and the parts every
/// literal's scan shares: where its text begins (prefix, `#` run, opener), a char literal with no closer, and
/// whether a char literal closes soon enough to be one.
extension Lexer {
    /// Where a literal of `form` at `start` begins its text (after its prefix, `#` run and opener) and how many
    /// `#` it opened with; nil if the form does not start here.
    @inline(__always)
    func opening(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString
    ) -> (end: Int, hashes: Int)? {
        guard standsApart(bytes, at: start, form),
            let i = form.prefixes.isEmpty ? start : prefixEnd(bytes, at: start, form)
        else { return nil }
        let hashEnd = form.hashes ? firstOther(than: UInt8(ascii: "#"), in: bytes, from: i) : i
        // Swift's raw strings need at least one `#`; the plain form covers none.
        if form.hashes && form.prefixes.isEmpty && hashEnd == i { return nil }
        guard matches(bytes, at: hashEnd, form.open) else { return nil }
        return (hashEnd + form.open.count, hashEnd - i)
    }

    /// Whether a literal of `form` may open at `start` by what comes before it: no name it would continue
    /// (`word_start`), a word byte right before an `after_word` form's.
    @inline(__always)
    private func standsApart(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString) -> Bool {
        if form.wordStart && continuesName(bytes, before: start) { return false }
        return !form.afterWord || (start > 0 && isWordByte(bytes[start - 1]))
    }

    /// Where a prefix of `form` at a word's start `start` ends (a `prefix_run` one's byte repeated); nil if none.
    @inline(__always)
    private func prefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString) -> Int? {
        guard start == 0 || !isWordByte(bytes[start - 1]),
            let prefix = form.prefixes.first(where: { matchesIgnoringCase(bytes, at: start, $0) })
        else { return nil }
        let end = start + prefix.count
        return form.prefixRun ? firstOther(than: prefix[prefix.count - 1], in: bytes, from: end) : end
    }

    /// Whether an operand may start at `start`, whose last code byte before was `last` (0 at the file's start):
    /// first on its line (`opensLine`: a new statement, or the operand of an operator ending the line before),
    /// after an operator, an opening bracket or a separator (`x = /a/`, `(/a/`, `=~ /a/`, `<< /a/`), or after a
    /// name with a blank before `start` and none after it (`split /,/`, `when /a/`, not `a / b`). A `:` right
    /// before is a symbol (`reduce(:/)`).
    /// With `keywords`, the name must be one of them (JavaScript's `return /a/`, not `width /2`).
    private func startsOperand(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, after last: UInt8, opensLine: Bool, _ keywords: [[UInt8]]
    ) -> Bool {
        guard start == 0 || bytes[start - 1] != UInt8(ascii: ":") else { return false }
        if opensLine || precedesOperand(last) { return true }
        let endsName = last == UInt8(ascii: "_") || (last | 0x20 >= 97 && last | 0x20 <= 122)
        guard endsName && isSpacedBeforeOnly(bytes, at: start) else { return false }
        return keywords.isEmpty || keywords.contains { endsWord(bytes, before: start, $0) }
    }

    /// Whether the last word before `start`, past blanks, is `word`.
    private func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int, _ word: [UInt8]) -> Bool {
        var end = start
        while end > 0 && isSpace(bytes[end - 1]) { end -= 1 }
        let begin = end - word.count
        guard begin >= 0, begin == 0 || !isWordByte(bytes[begin - 1]) else { return false }
        for index in word.indices where bytes[begin + index] != word[index] { return false }
        return true
    }

    /// A regular expression `/…/` at `start`, its body from `first` (`classes`): `\` escapes, a `/` inside a
    /// `[…]` class closes nothing, and the letters after the closer are its flags. Nil when its line does not close
    /// it: the `/` was a division.
    private func scanRegularExpression(_ s: inout State, at start: Int, from first: Int) -> Int? {
        let bytes = s.bytes
        guard var end = Self.regularExpressionClose(bytes, from: first) else { return nil }
        while end < bytes.count && bytes[end] | 0x20 >= 97 && bytes[end] | 0x20 <= 122 { end += 1 }
        s.markText(isDoc: false)
        s.addToken(.string, start: start, end: end, line: s.line, markCode: false)
        return end
    }

    /// The offset after the `/` closing a regular expression whose body starts at `first`, or nil at a line end.
    private static func regularExpressionClose(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Int? {
        var i = first
        var inClass = false
        while i < bytes.count {
            switch bytes[i] {
            case 10: return nil
            case 92: i += bytes[i + 1 < bytes.count ? i + 1 : i] == 10 ? 0 : 1
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "/") where !inClass: return i + 1
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Whether a word byte or a `'` comes right before `start` (Haskell's `foldl'`, `go''`).
    private func continuesName(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        start > 0 && (isWordByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "'"))
    }

    /// A char literal with no closer (`max_length: 0`: Elixir's `?a`, `?"`, `?\n`): the opener, then one character
    /// or an escape and one; nil after a word (`empty?(x)`: the `?` ends a name) or before a line end.
    func scanCharacter(
        _ s: inout State, at start: Int, from first: Int, _ form: borrowing CompiledString
    ) -> Int? {
        let bytes = s.bytes
        var i = first
        guard start == 0 || !isWordByte(bytes[start - 1]), i < bytes.count, bytes[i] != 10 else { return nil }
        if let escape = form.escape, bytes[i] == escape, i + 1 < bytes.count, bytes[i + 1] != 10 { i += 1 }
        // One UTF-8 character: its continuation bytes go with it.
        i += 1
        while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
        s.markText(isDoc: false)
        s.addToken(.string, start: start, end: i, line: s.line, markCode: false)
        return i
    }

    /// Scans a literal of `form` at `start` that opens only where an operand may start (`expressionStart`) or whose
    /// opener nests inside it (`nested`); nil if none starts here.
    func scanPlaced(_ s: inout State, at start: Int, _ form: borrowing CompiledString) -> Int? {
        let bytes = s.bytes
        guard let (first, _) = opening(bytes, at: start, form) else { return nil }
        if form.expressionStart
            && !startsOperand(bytes, at: start, after: s.lastCode, opensLine: !s.lineHasCode, form.afterKeywords)
        {
            return nil
        }
        if form.classes {
            // `</` closes a JSX element (`<a>x</a>`): no operand follows a `<` there.
            return s.lastCode == UInt8(ascii: "<") ? nil : scanRegularExpression(&s, at: start, from: first)
        }
        guard form.nested else { return scanString(&s, at: start, form) }
        let end = nestedEnd(bytes, from: first, form)
        let tokenLine = s.line
        s.markText(isDoc: false)
        countLines(&s, from: first, to: end)
        s.addToken(.string, start: start, end: end, line: tokenLine, markCode: false)
        return end
    }

    /// The offset after the closer that balances a nested literal's opener, its body starting at `first`: Ruby's
    /// `%(a (b) c)` and `%r{a{2}}` close at their last bracket. Byte by byte: such literals are short. Unclosed, it
    /// runs to its line's end (not `multiline`) or the file's. With `quotes`, a quoted text inside is skipped whole.
    private func nestedEnd(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, _ form: borrowing CompiledString) -> Int {
        let (open, close) = (form.open.last ?? 10, form.close.first ?? 10)
        var depth = 1
        var i = first
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 10 && !form.multiline { return i }
            if byte != form.escape && (byte == open || byte == close) {
                depth += byte == open ? 1 : -1
                if depth == 0 { return i + 1 }
                i += 1
            } else {
                i = nestedTextEnd(bytes, at: i, form)
            }
        }
        return bytes.count
    }

    /// At `i` in a nested literal, no bracket: the offset after the escape and the byte it escapes (an escaped line
    /// end is still counted as one), after the quoted text opening there (`quotes`), or after the byte.
    @inline(__always)
    private func nestedTextEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ form: borrowing CompiledString) -> Int {
        let byte = bytes[i]
        if byte == form.escape { return i + 1 < bytes.count && bytes[i + 1] != 10 ? i + 2 : i + 1 }
        guard form.quotes && (byte == 34 || byte == 39) else { return i + 1 }
        return quoteEnd(bytes, from: i + 1, quote: byte, multiline: form.multiline)
    }

    /// The offset after the quote that closes quoted text whose body starts at `first` (`\` escapes); unclosed, the
    /// offset of its line's end (not `multiline`) or of the file's.
    private func quoteEnd(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, quote: UInt8, multiline: Bool) -> Int {
        var i = first
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote { return i + 1 }
            if byte == 10 && !multiline { return i }
            i += byte == 92 ? 2 : 1
        }
        return bytes.count
    }

    /// Whether the byte at `i` is a `doubled` form's closer, doubled: text (C#'s `@"a""b"`), not a closer and an
    /// opener.
    @inline(__always)
    func isDoubled(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ form: borrowing CompiledString) -> Bool {
        bytes[i] == form.doubled && i + 1 < bytes.count && bytes[i + 1] == form.doubled
    }

    /// Whether a char literal closes right after one character or one escape (so `'a` in Rust is a lifetime).
    func closesSoon(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ form: borrowing CompiledString, within limit: Int
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

    /// Scans one string literal of `form` at `i`; nil if the form does not start here.
    func scanString(_ s: inout State, at start: Int, _ form: borrowing CompiledString) -> Int? {
        let bytes = s.bytes
        guard let (opened, hashCount) = opening(bytes, at: start, form) else { return nil }
        if form.maxLength == 0 { return scanCharacter(&s, at: start, from: opened, form) }
        if let maxLength = form.maxLength, !closesSoon(bytes, from: opened, form, within: maxLength) {
            return nil
        }
        let isDoc = isDocstring(s, form)
        let tokenLine = s.line
        // A raw string (`#` run) has no escape; a line end, which never starts a closer or an escape, stands for none.
        let escapeFirst = hashCount > 0 ? 10 : form.escape ?? 10
        s.markText(isDoc: isDoc)
        let end = stringEnd(&s, from: opened, form, escapeFirst: escapeFirst, hashCount: hashCount, isDoc)
        if !isDoc { s.addToken(.string, start: start, end: end, line: tokenLine, markCode: false) }
        return end
    }

    /// The offset after the closer of a plain literal whose text starts at `first`, its lines counted; unclosed, of
    /// its line's end if it is single-line, else of the bytes' end.
    @inline(__always)
    private func stringEnd(
        _ s: inout State, from first: Int, _ form: borrowing CompiledString, escapeFirst: UInt8, hashCount: Int,
        _ isDoc: Bool
    ) -> Int {
        let bytes = s.bytes
        let closeFirst = form.close.first ?? 10
        // Once the line is marked, only an escape, a line end or a closer changes anything.
        var i = firstOf(bytes, from: first, escapeFirst, 10, closeFirst)
        while i < bytes.count {
            let byte = bytes[i]
            if byte == escapeFirst && byte != 10 {
                i = afterEscape(&s, at: i, isDoc: isDoc)
            } else if byte == 10 {
                if !form.multiline { return i }
                i += 1
                s.endLine(nextLineStart: i)
                continue
            } else if isDoubled(bytes, at: i, form) {
                s.markText(isDoc: isDoc)
                i += 2
            } else if let closer = closerEnd(bytes, at: i, form, hashCount: hashCount, run: 0) {
                s.markText(isDoc: isDoc)
                return closer.end
            } else {
                if !isSpace(byte) { s.markText(isDoc: isDoc) }
                i += 1
            }
            i = firstOf(bytes, from: i, escapeFirst, 10, closeFirst, skipping: s.isMarked(isDoc: isDoc))
        }
        return min(i, bytes.count)
    }

    /// The offset after the escape at `i` and the byte it escapes. An escaped line end continues the literal (CRLF
    /// counts like LF); either way the line holds text: an escape alone (`\n` on a line of a multi-line literal) too.
    @inline(__always)
    private func afterEscape(_ s: inout State, at start: Int, isDoc: Bool) -> Int {
        let bytes = s.bytes
        var i = start + 1
        if i + 1 < bytes.count && bytes[i] == 13 && bytes[i + 1] == 10 { i += 1 }
        if i < bytes.count && bytes[i] == 10 { s.endLine(nextLineStart: i + 1) }
        s.markText(isDoc: isDoc)
        return i + 1
    }
}

extension Lexer {
    /// The string forms a literal starting with each byte may be, in the forms' order: a prefix's first byte (in
    /// either case), `#` for raw strings, the opener's first byte. Flat arrays: no array is retained per byte.
    struct Starts: Sendable {
        /// Indices of string forms, grouped by byte.
        let forms: [Int]
        /// Where each byte's group starts in `forms`; 257 entries.
        private let bounds: [Int]

        init(_ strings: [CompiledString]) {
            var groups = [[Int]](repeating: [], count: 256)
            for (index, form) in strings.enumerated() {
                var firsts = Set(form.prefixes.compactMap(\.first).flatMap { [$0, isLetter($0) ? $0 & ~0x20 : $0] })
                if form.hashes { firsts.insert(UInt8(ascii: "#")) }
                if let first = form.open.first { firsts.insert(first) }
                // No opener (never written): it may start anywhere.
                for byte in form.open.isEmpty ? Set(0...255) : firsts { groups[Int(byte)].append(index) }
            }
            forms = groups.flatMap { $0 }
            bounds = groups.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        }

        /// The positions in `forms` of the forms a literal starting with `byte` may be.
        @inline(__always)
        func range(of byte: UInt8) -> Range<Int> { bounds[Int(byte)]..<bounds[Int(byte) + 1] }
    }
}

/// Whether an operand follows the byte `last` ends: an operator, an opening bracket or a separator, or nothing (0).
private func precedesOperand(_ last: UInt8) -> Bool {
    switch last {
    case 0, UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "["),
        UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "|"),
        UInt8(ascii: ";"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"):
        true
    default: false
    }
}

/// Whether a blank (or a line end) comes right before `start` and neither a blank nor `=` right after it: `f /a/`,
/// not `a / b` nor `a /= b`.
private func isSpacedBeforeOnly(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    let before = start > 0 ? bytes[start - 1] : 10
    let next = start + 1 < bytes.count ? bytes[start + 1] : 10
    return (isSpace(before) || before == 10) && !isSpace(next) && next != 10 && next != UInt8(ascii: "=")
}
