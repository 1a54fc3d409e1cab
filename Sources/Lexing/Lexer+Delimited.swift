/// String literals whose closer depends on how they opened, or on where they stand: OCaml's quoted strings
/// `{id|…|id}` (a tag), Markdown's code spans (a run of backticks, closed within the paragraph) and fenced code
/// blocks (a run opening a line). None has escapes.
///
/// The closer is found first, with no effect on the state, since a code span that does not close is no literal;
/// then the lines up to it are counted. Both passes cross the body at the speed of `firstOf`.
extension Lexer {
    /// The longest run that opens a literal closed within its paragraph (`paragraph`). A run that does not close
    /// has its paragraph crossed once more, for nothing; past this length a run is plain text, so a paragraph is
    /// crossed at most this many times (runs of one length pair up), however many backticks it holds.
    static let longestParagraphRun = 16

    /// How a literal opened: where its body starts, and what its closer must repeat.
    struct Delimiter {
        var bodyStart: Int
        /// The tag's bytes (`id` in `{id|`); an empty range when the form has no tag.
        var tag: Range<Int>
        /// The length of the opening run; 0 when the form has no run.
        var run: Int
    }

    /// Scans one delimited literal of `form` at `start`; nil if the form does not start or (`paragraph`) close here.
    func scanDelimited(_ s: inout State, at start: Int, _ form: borrowing CompiledString) -> Int? {
        let bytes = s.bytes
        let atLineStart = !s.lineHasCode && !s.lineHasComment
        guard let delimiter = delimiterOpening(bytes, at: start, form, atLineStart: atLineStart) else { return nil }
        let closed = closerEnd(bytes, after: delimiter, form)
        if closed == nil && form.paragraph { return nil }
        let end = closed ?? (form.multiline ? bytes.count : lineEnd(bytes, from: delimiter.bodyStart))
        let tokenLine = s.line
        s.markText(isDoc: false)
        countLines(&s, from: delimiter.bodyStart, to: end)
        s.addToken(.string, start: start, end: end, line: tokenLine, markCode: false)
        return end
    }

    /// The offset after a delimited literal at `start`, found without counting anything; nil if none opens here or
    /// it does not close.
    func delimitedEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString) -> Int? {
        guard let delimiter = delimiterOpening(bytes, at: start, form, atLineStart: false) else { return nil }
        return closerEnd(bytes, after: delimiter, form)
    }

    /// Where a literal of `form` at `start` begins its body, and what its closer repeats; nil if none opens here.
    private func delimiterOpening(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString, atLineStart: Bool
    ) -> Delimiter? {
        guard !form.lineStart || atLineStart, matches(bytes, at: start, form.open) else { return nil }
        let opened = start + form.open.count
        return form.run ? runOpening(bytes, at: start, from: opened, form) : tagOpening(bytes, from: opened, form)
    }

    /// A run opener: the whole run of the opener's byte from `start` (its first byte: the rest of a run that did not
    /// close is plain text, not a shorter run).
    private func runOpening(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, from opened: Int, _ form: borrowing CompiledString
    ) -> Delimiter? {
        guard let byte = form.open.first, start == 0 || bytes[start - 1] != byte else { return nil }
        let end = firstOther(than: byte, in: bytes, from: opened)
        if form.paragraph && end - start > Self.longestParagraphRun { return nil }
        if form.lineStart && firstOf(bytes, from: end, byte, 10, 10) < lineEnd(bytes, from: end) { return nil }
        return Delimiter(bodyStart: end, tag: end..<end, run: end - start)
    }

    /// A tag (if the form has one) and the tag text after the opener.
    private func tagOpening(
        _ bytes: UnsafeBufferPointer<UInt8>, from opened: Int, _ form: borrowing CompiledString
    ) -> Delimiter? {
        var end = opened
        if !form.tag.isEmpty {
            while end < bytes.count && isTagByte(bytes[end]) { end += 1 }
            guard matches(bytes, at: end, form.tag) else { return nil }
        }
        return Delimiter(bodyStart: end + form.tag.count, tag: opened..<end, run: 0)
    }

    /// The offset after the literal's closer, or nil when it does not close: before the end of the file, of its
    /// line (not `multiline`) or of its paragraph (`paragraph`: a blank line follows a line end).
    private func closerEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, after delimiter: Delimiter, _ form: borrowing CompiledString
    ) -> Int? {
        let first = form.closerFirst
        var i = delimiter.bodyStart
        while true {
            i = firstOf(bytes, from: i, first, 10, 10)
            guard i < bytes.count else { return nil }
            if bytes[i] == 10 {
                if form.endsAtLineEnd(bytes, at: i) { return nil }
                i += 1
                continue
            }
            let closer = closing(bytes, at: i, of: delimiter, form)
            if let end = closer.end { return end }
            i = closer.next
        }
    }

    /// At a byte that may start the closer: the offset after the closer, or nil and where to look next.
    private func closing(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, of delimiter: Delimiter, _ form: borrowing CompiledString
    ) -> (end: Int?, next: Int) {
        guard form.run else { return (closesTag(bytes, at: i, of: delimiter, form), i + 1) }
        let runEnd = firstOther(than: bytes[i], in: bytes, from: i)
        return (closesRun(bytes, at: i, length: runEnd - i, of: delimiter, form) ? runEnd : nil, runEnd)
    }

    /// Whether a run of `length` bytes at `i` closes: as long as the opener's, or (`lineStart`) at least as long
    /// and opening its line.
    private func closesRun(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int, of delimiter: Delimiter,
        _ form: borrowing CompiledString
    ) -> Bool {
        guard form.lineStart else { return length == delimiter.run }
        return length >= delimiter.run && opensLine(bytes, at: i)
    }

    /// The offset after the closer at `i` (the tag text, the opener's tag, the closer), or nil.
    private func closesTag(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, of delimiter: Delimiter, _ form: borrowing CompiledString
    ) -> Int? {
        let tagStart = i + form.tag.count
        let end = tagStart + delimiter.tag.count
        guard matches(bytes, at: i, form.tag), end <= bytes.count,
            (0..<delimiter.tag.count).allSatisfy({ bytes[tagStart + $0] == bytes[delimiter.tag.lowerBound + $0] }),
            matches(bytes, at: end, form.close)
        else { return nil }
        return end + form.close.count
    }

    /// Counts the lines from `start` (the opener's line is already counted) to `end`: each with a byte that is not a
    /// blank is code, or comment when the literal is inside a comment (`asComment`).
    func countLines(_ s: inout State, from start: Int, to end: Int, asComment: Bool = false) {
        let bytes = s.bytes
        var i = start
        while i < end {
            if bytes[i] == 10 {
                i += 1
                s.endLine(nextLineStart: i)
            } else if s.isMarked(isDoc: asComment) {
                i = min(firstOf(bytes, from: i, 10, 10, 10), end)
            } else {
                if !isSpace(bytes[i]) { s.markText(isDoc: asComment) }
                i += 1
            }
        }
    }
}

extension Lexer.CompiledString {
    /// The byte every closer starts with: the run's byte, the tag text's first, or the closer's (a line end, which
    /// never starts one, when there is none).
    fileprivate var closerFirst: UInt8 {
        (run ? open.first : tag.first ?? close.first) ?? 10
    }

    /// Whether the literal, still open at the line end at `i`, ends there unclosed: it is not `multiline`, or it is
    /// a `paragraph` literal and a blank line follows.
    fileprivate func endsAtLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        !multiline || (paragraph && isBlankLine(bytes, from: i + 1))
    }
}

/// A byte of an OCaml quoted string's tag: a lowercase letter or `_`.
@inline(__always)
private func isTagByte(_ byte: UInt8) -> Bool {
    (byte >= 97 && byte <= 122) || byte == 95
}

/// Whether the line starting at `start` holds only blanks (the end of the file counts as a blank line).
private func isBlankLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var i = start
    while i < bytes.count && bytes[i] != 10 {
        if !isSpace(bytes[i]) { return false }
        i += 1
    }
    return true
}

/// Whether only blanks come before `i` on its line.
private func opensLine(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    var j = i
    while j > 0 && bytes[j - 1] != 10 {
        j -= 1
        if !isSpace(bytes[j]) { return false }
    }
    return true
}
