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
        let isDoc = isDocstring(s, form)
        let tokenLine = s.line
        // A raw string (`#"…"#`) has no escapes; its interpolation is `\#(`.
        let escape = hashCount > 0 ? nil : form.escape
        let braces = form.braces(from: start, opened: opened)
        s.markText(isDoc: isDoc)
        let body = bodyStart(bytes, opened: opened, form)
        let run = body.run
        var i = body.start
        while i < count {
            let byte = bytes[i]
            if byte == 10 {
                if !form.multiline { break }
                i += 1
                s.endLine(nextLineStart: i)
                continue
            }
            if let next = skipInside(&s, at: i, form, escape: escape, hashCount: hashCount, braces: braces, isDoc: isDoc)
            {
                i = next
                continue
            }
            if let closer = closerEnd(bytes, at: i, form, hashCount: hashCount, run: run) {
                s.markText(isDoc: isDoc)
                i = closer.end
                guard closer.closes else { continue }
                break
            }
            if !isSpace(byte) { s.markText(isDoc: isDoc) }
            i += 1
        }
        if !isDoc { s.addToken(.string, start: start, end: min(i, count), line: tokenLine, markCode: false) }
        return min(i, count)
    }

    /// A literal that is a docstring: the language's form for them, opening a statement.
    @inline(__always)
    func isDocstring(_ s: borrowing State, _ form: borrowing CompiledString) -> Bool {
        form.docstring && !s.lineHasCode && !continuesExpression(s.lastCode)
    }

    /// The length of a run opener's closing run (C#'s `""""`, `$$"""""`: only a run of the closer's byte as long
    /// closes; 0 for any other form) and where the literal's text starts.
    @inline(__always)
    private func bodyStart(
        _ bytes: UnsafeBufferPointer<UInt8>, opened: Int, _ form: borrowing CompiledString
    ) -> (run: Int, start: Int) {
        guard form.run else { return (0, opened) }
        let run = firstOther(than: form.close.first ?? 10, in: bytes, from: opened) - opened + form.close.count
        return (run, opened + run - form.close.count)
    }

    /// At `i`: the offset after the closer starting there and whether it closes the literal (a run of another
    /// length than a run opener's is text); nil when no closer starts there.
    @inline(__always)
    func closerEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ form: borrowing CompiledString, hashCount: Int, run: Int
    ) -> (end: Int, closes: Bool)? {
        guard bytes[i] == form.close.first, matches(bytes, at: i, form.close),
            hashesFollow(bytes, at: i + form.close.count, hashCount)
        else { return nil }
        guard run > 0 else { return (i + form.close.count + hashCount, true) }
        let end = firstOther(than: bytes[i], in: bytes, from: i)
        return (end, end - i == run)
    }

    /// At `i` inside an interpolated literal: the offset after the interpolation (its lines counted, a line holding
    /// only its comments as comment), doubled brace, doubled closer or escape starting there; nil at any other byte.
    /// With `braces`, a run of fewer opening braces is text, and of more, text before the last `braces`.
    @inline(__always)
    private func skipInside(
        _ s: inout State, at i: Int, _ form: borrowing CompiledString, escape: UInt8?, hashCount: Int, braces: Int,
        isDoc: Bool
    ) -> Int? {
        let bytes = s.bytes
        let byte = bytes[i]
        for k in form.escapes.indices where byte == form.escapes[k][0] && matches(bytes, at: i, form.escapes[k]) {
            s.markText(isDoc: isDoc)
            return i + form.escapes[k].count
        }
        guard byte == form.interpolation.first, let opener = opener(bytes, at: i, form, hashCount, braces: braces)
        else { return escapeEnd(&s, at: i, form, escape, isDoc) }
        guard opener.isCode else {
            s.markText(isDoc: isDoc)
            return opener.end
        }
        var syntax = codeSyntax
        (syntax.opener, syntax.singleLine) = (form.interpolation, !form.multiline)
        syntax.comment = form.interpolationComment
        var comments: [Range<Int>] = []
        guard let end = interpolationEnd(bytes, from: opener.end, syntax, comments: &comments) else {
            return form.multiline ? opener.end : lineEnd(bytes, from: i)
        }
        var from = i
        for comment in comments {
            countLines(&s, from: from, to: comment.lowerBound, asComment: isDoc)
            countLines(&s, from: comment.lowerBound, to: comment.upperBound, asComment: true)
            from = comment.upperBound
        }
        countLines(&s, from: from, to: end, asComment: isDoc)
        return end
    }

    /// At an opener's first byte `i`: where its code starts, or where text braces end (`{{`; with `braces`, a shorter
    /// run); nil when neither starts there.
    @inline(__always)
    private func opener(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ form: borrowing CompiledString, _ hashCount: Int, braces: Int
    ) -> (end: Int, isCode: Bool)? {
        if braces > 0 {
            let run = firstOther(than: bytes[i], in: bytes, from: i) - i
            return (i + run, run >= braces)
        }
        if form.interpolation.count == 1 && i + 1 < bytes.count && bytes[i + 1] == bytes[i] { return (i + 2, false) }
        return interpolationStart(bytes, at: i, form.interpolation, hashCount).map { ($0, true) }
    }

    /// The offset after the escape or the doubled closer (C#'s `$@"a""b"`) at `i`; nil where neither starts there.
    @inline(__always)
    private func escapeEnd(
        _ s: inout State, at i: Int, _ form: borrowing CompiledString, _ escape: UInt8?, _ isDoc: Bool
    ) -> Int? {
        if isDoubled(s.bytes, at: i, form) {
            s.markText(isDoc: isDoc)
            return i + 2
        }
        guard s.bytes[i] == escape else { return nil }
        let next = i + 1 < s.bytes.count ? s.bytes[i + 1] : 10
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
}
