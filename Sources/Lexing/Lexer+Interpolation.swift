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
        guard let body = body(s.bytes, at: start, form, isDoc: isDocstring(s, form)) else { return nil }
        let tokenLine = s.line
        s.markText(isDoc: body.isDoc)
        let end = bodyEnd(&s, body, form).end
        if !body.isDoc { s.addToken(.string, start: start, end: end, line: tokenLine, markCode: false) }
        return end
    }

    /// The offset after an interpolated literal at `start`, read as the top level reads it (on a scratch state), so
    /// an interpolation in it is code with literals of its own: Swift's `#"a \#(g(#"b"#)) c"#` inside a `\(…)`;
    /// nil when none opens there or it does not close (`interpolationEnd`'s raw literals).
    func interpolatedEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString) -> Int? {
        guard let body = body(bytes, at: start, form, isDoc: false) else { return nil }
        var scratch = State(bytes: bytes, sink: nil)
        let read = bodyEnd(&scratch, body, form)
        return read.closed ? read.end : nil
    }

    /// How an interpolated literal's body is read, by how it opened: where its text starts, its `#` run (a raw
    /// string's, whose interpolation is `\#(`), its escape (none in a raw string), how many braces open code
    /// (`CompiledString.braces`; 0: the form's opener does), the length of a run opener's closing run (C#'s `""""`,
    /// `$$"""""`: only a run of the closer's byte as long closes; 0 for other forms), and whether it is a docstring
    /// (its lines are comment lines).
    struct Body {
        let start: Int
        let hashCount: Int
        let escape: UInt8?
        let braces: Int
        let run: Int
        let isDoc: Bool
    }

    /// How a literal of `form` at `start` opened; nil if none opens there.
    @inline(__always)
    private func body(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString, isDoc: Bool
    ) -> Body? {
        guard let (opened, hashCount) = opening(bytes, at: start, form) else { return nil }
        let closing = form.run ? firstOther(than: form.close.first ?? 10, in: bytes, from: opened) - opened : 0
        return Body(
            start: opened + closing, hashCount: hashCount, escape: hashCount > 0 ? nil : form.escape,
            braces: form.braces(from: start, opened: opened), run: form.run ? closing + form.close.count : 0, isDoc: isDoc)
    }

    /// The offset after an interpolated literal's closer, or (unclosed) of its line's end if it is single-line, else
    /// of the bytes' end; its lines counted.
    @inline(__always)
    private func bodyEnd(_ s: inout State, _ body: Body, _ form: borrowing CompiledString) -> (end: Int, closed: Bool) {
        let bytes = s.bytes
        var i = body.start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 10 {
                if !form.multiline { return (i, false) }
                i += 1
                s.endLine(nextLineStart: i)
            } else if let next = skipInside(&s, at: i, form, body) {
                i = next
            } else if let closer = closerEnd(bytes, at: i, form, hashCount: body.hashCount, run: body.run) {
                s.markText(isDoc: body.isDoc)
                if closer.closes { return (closer.end, true) }
                i = closer.end
            } else {
                if !isSpace(byte) { s.markText(isDoc: body.isDoc) }
                i += 1
            }
        }
        return (bytes.count, false)
    }

    /// A literal that is a docstring: the language's form for them, opening a statement.
    @inline(__always)
    func isDocstring(_ s: borrowing State, _ form: borrowing CompiledString) -> Bool {
        form.docstring && !s.lineHasCode && !continuesExpression(s.lastCode)
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
    private func skipInside(_ s: inout State, at i: Int, _ form: borrowing CompiledString, _ body: Body) -> Int? {
        let bytes = s.bytes
        let byte = bytes[i]
        for k in form.escapes.indices where byte == form.escapes[k][0] && matches(bytes, at: i, form.escapes[k]) {
            s.markText(isDoc: body.isDoc)
            return i + form.escapes[k].count
        }
        guard byte == form.interpolation.first, let opener = opener(bytes, at: i, form, body)
        else { return escapeEnd(&s, at: i, form, body) }
        guard opener.isCode else {
            s.markText(isDoc: body.isDoc)
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
            countLines(&s, from: from, to: comment.lowerBound, asComment: body.isDoc)
            countLines(&s, from: comment.lowerBound, to: comment.upperBound, asComment: true)
            from = comment.upperBound
        }
        countLines(&s, from: from, to: end, asComment: body.isDoc)
        return end
    }

    /// At an opener's first byte `i`: where its code starts, or where text braces end (`{{`; with `braces`, a shorter
    /// run); nil when neither starts there.
    @inline(__always)
    private func opener(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ form: borrowing CompiledString, _ body: Body
    ) -> (end: Int, isCode: Bool)? {
        if body.braces > 0 {
            let run = firstOther(than: bytes[i], in: bytes, from: i) - i
            return (i + run, run >= body.braces)
        }
        if form.interpolation.count == 1 && i + 1 < bytes.count && bytes[i + 1] == bytes[i] { return (i + 2, false) }
        return interpolationStart(bytes, at: i, form.interpolation, body.hashCount).map { ($0, true) }
    }

    /// The offset after the escape or the doubled closer (C#'s `$@"a""b"`) at `i`; nil where neither starts there.
    @inline(__always)
    private func escapeEnd(_ s: inout State, at i: Int, _ form: borrowing CompiledString, _ body: Body) -> Int? {
        if isDoubled(s.bytes, at: i, form) {
            s.markText(isDoc: body.isDoc)
            return i + 2
        }
        guard s.bytes[i] == body.escape else { return nil }
        let next = i + 1 < s.bytes.count ? s.bytes[i + 1] : 10
        // An escaped line end continues the literal.
        if next == 10 {
            s.endLine(nextLineStart: i + 2)
            s.markText(isDoc: body.isDoc)
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
