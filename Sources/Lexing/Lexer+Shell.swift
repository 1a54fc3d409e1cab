/// What shell languages need of the lexer, each switched on by data (`rules/languages.yaml`): here-documents
/// (`heredoc`; Ruby's and PHP's too), quoted code whose comment lines stay comments (`comment_lines`), comments only
/// where a word starts (`comments_at_word_start`) and an escape outside literals (`code_escape`).
extension Lexer {
    /// A here-document whose opener was read and whose body starts at the next line: its tag's bytes and whether
    /// the closing line may be indented (`<<-`, `<<~`).
    struct PendingHeredoc: Sendable {
        var tag: Range<Int>
        var indented: Bool
        /// Lines opening with a comment are comment lines (the form's `comment_lines`).
        var commentLines: Bool
        /// The closing line may go on after the tag, with code (the form's `closing_prefix`: PHP's `EOT);`).
        var prefix: Bool
    }

    /// Whether a comment may open at `i`: at a line's start, after a blank, or after one of `;&|()<>` (where a
    /// shell word starts), not inside a word (`$#`, `${#x}`, `${x#y}`, `a#b`).
    @inline(__always)
    func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i > 0 else { return true }
        return switch bytes[i - 1] {
        case 10, 32, 9, 13, UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            true
        default: false
        }
    }

    /// The escape byte at `i` and the byte it escapes, as one code token (`\'`, `\#`, `\"`); an escaped line end
    /// is a continuation, left to the caller.
    func scanCodeEscape(_ s: inout State, at i: Int) -> Int {
        let bytes = s.bytes
        var end = i + 1
        if end < bytes.count && bytes[end] != 10 && bytes[end] != 13 {
            end += 1
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        s.addToken(.punct, start: i, end: end)
        return end
    }

    /// Reads a here-document's opener at `start` (`<<EOF`, `<<-'EOF'`, `<< "EOF"`): one string token, and its body
    /// is read at the next line end. Nil when none starts here: the opener's byte repeats (`<<<`), no tag follows,
    /// or no line below spells the tag (`(( x << n ))`).
    func scanHeredocOpener(_ s: inout State, at start: Int, _ form: borrowing CompiledString) -> Int? {
        let bytes = s.bytes
        guard matches(bytes, at: start, form.open), let last = form.open.last,
            start + form.open.count < bytes.count, bytes[start + form.open.count] != last,
            let (tag, indented, end) = heredocTag(bytes, from: start + form.open.count)
        else { return nil }
        let heredoc = PendingHeredoc(
            tag: tag, indented: indented || form.closingPrefix, commentLines: form.commentLines,
            prefix: form.closingPrefix)
        // The body starts after this line (or after the bodies already waiting there).
        var lineEnd = firstOf(bytes, from: end, 10, 10, 10)
        for waiting in s.heredocs {
            guard let closing = closingLine(bytes, after: lineEnd, waiting) else { return nil }
            lineEnd = closing
        }
        guard closingLine(bytes, after: lineEnd, heredoc) != nil else { return nil }
        s.heredocs.append(heredoc)
        s.addToken(.string, start: start, end: end)
        return end
    }

    /// The tag after a here-document's opener (`-EOF`, ` 'EOF'`, `\EOF`, `~"EOF"`): its bytes, whether its closing
    /// line may be indented, and where the opener ends; nil when no tag follows or its quote does not close.
    private func heredocTag(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (tag: Range<Int>, indented: Bool, end: Int)? {
        let indented = bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "~")
        let i = afterBlanks(bytes, from: indented ? start + 1 : start)
        guard i < bytes.count else { return nil }
        let (quote, word) = tagOpening(bytes, at: i)
        guard let tag = tagWord(bytes, from: word) else { return nil }
        guard let quote else { return (tag, indented, tag.upperBound) }
        return tag.upperBound < bytes.count && bytes[tag.upperBound] == quote ? (tag, indented, tag.upperBound + 1) : nil
    }

    /// The quote opening a tag at `i` (`'EOF'`, `"EOF"`), if any, and where its word starts: after that quote or
    /// after a `\` (`\EOF`).
    @inline(__always)
    private func tagOpening(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (quote: UInt8?, word: Int) {
        switch bytes[i] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""): (bytes[i], i + 1)
        case UInt8(ascii: "\\"): (nil, i + 1)
        default: (nil, i)
        }
    }

    /// The tag's bytes from `start`: a letter or `_`, then word bytes (`<<~RUBY.strip` ends at the `.`); nil when none
    /// starts there.
    private func tagWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        guard start < bytes.count, isLetter(bytes[start]) || bytes[start] == UInt8(ascii: "_") else { return nil }
        var end = start + 1
        while end < bytes.count && isWordByte(bytes[end]) { end += 1 }
        return start..<end
    }

    /// Reads the bodies of the here-documents opened on the line that ended before `start`, each up to its closing
    /// line: their lines count as code, or blank. Returns the offset of the last closing line's end.
    func scanHeredocBodies(_ s: inout State, from start: Int) -> Int {
        var i = start
        let waiting = s.heredocs
        s.heredocs.removeAll(keepingCapacity: true)
        for (k, heredoc) in waiting.enumerated() {
            i = scanHeredocBody(&s, from: i, heredoc)
            // The main loop ends the last closing line (reading what follows a prefix tag as code); one followed by
            // another body is ended here.
            if k < waiting.count - 1 && i < s.bytes.count {
                i = firstOf(s.bytes, from: i, 10, 10, 10)
                guard i < s.bytes.count else { break }
                i += 1
                s.endLine(nextLineStart: i)
            }
        }
        return i
    }

    /// Reads one here-document's body from `start` to its closing line (code), returning that line's end, or its
    /// tag's end when the rest of the line is code (`prefix`).
    private func scanHeredocBody(_ s: inout State, from start: Int, _ heredoc: PendingHeredoc) -> Int {
        let bytes = s.bytes
        var i = start
        while i < bytes.count {
            let end = firstOf(bytes, from: i, 10, 10, 10)
            if let tagEnd = spellsTag(bytes, line: i..<end, heredoc) {
                s.markText(isDoc: false)
                return heredoc.prefix ? tagEnd : end
            }
            if !(heredoc.commentLines && opensCommentLine(&s, at: i)) { countLines(&s, from: i, to: end) }
            i = end
            guard i < bytes.count else { break }
            i += 1
            s.endLine(nextLineStart: i)
        }
        return i
    }

    /// Scans a literal whose lines opening with a comment stay comment lines (`comment_lines`: shell's `'…'` and
    /// `$'…'`, which often quote code); nil if the form does not start here. One closer byte or more, an optional
    /// escape; no prefixes, `#` runs or docstrings.
    func scanQuotedCode(_ s: inout State, at start: Int, _ form: borrowing CompiledString) -> Int? {
        let bytes = s.bytes
        guard let (opened, _) = opening(bytes, at: start, form) else { return nil }
        let line = s.line
        // A line end never starts a closer or an escape: it stands for none.
        let (closeFirst, escapeFirst) = (form.close.first ?? 10, form.escape ?? 10)
        var commentLine = false
        var i = opened
        s.markText(isDoc: false)
        scan: while i < bytes.count {
            i = firstOf(bytes, from: i, escapeFirst, 10, closeFirst, skipping: commentLine || s.lineHasCode)
            guard i < bytes.count else { break }
            switch bytes[i] {
            case 10:
                guard form.multiline else { break scan }
                i += 1
                s.endLine(nextLineStart: i)
                commentLine = opensCommentLine(&s, at: i)
            case closeFirst where matches(bytes, at: i, form.close):
                i += form.close.count
                s.markText(isDoc: false)
                s.addToken(.string, start: start, end: i, line: line, markCode: false)
                return i
            default:
                // An escape or any byte is text; an escaped line end is a line of the literal.
                if !commentLine && !isSpace(bytes[i]) { s.markText(isDoc: false) }
                i = pastEscaped(bytes, at: i, escapeFirst)
            }
        }
        s.addToken(.string, start: start, end: min(i, bytes.count), line: line, markCode: false)
        return min(i, bytes.count)
    }

    /// The offset after the byte at `i`, and after the byte it escapes when it is `escape` (not a line end).
    @inline(__always)
    private func pastEscaped(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ escape: UInt8) -> Int {
        guard bytes[i] == escape, i + 1 < bytes.count, bytes[i + 1] != 10 else { return i + 1 }
        return i + 2
    }

    /// Whether the line starting at `start` opens, after blanks, with a line comment: then it is a comment line.
    func opensCommentLine(_ s: inout State, at start: Int) -> Bool {
        let bytes = s.bytes
        let i = afterBlanks(bytes, from: start)
        guard i < bytes.count, bytes[i] != 10 else { return false }
        for k in lineComments.indices where matches(bytes, at: i, lineComments[k].pattern) {
            s.lineHasComment = true
            return true
        }
        return false
    }

    /// The end of the first line after the line end at `lineEnd` that closes `heredoc`, or nil if none does.
    private func closingLine(_ bytes: UnsafeBufferPointer<UInt8>, after lineEnd: Int, _ heredoc: PendingHeredoc) -> Int? {
        var i = lineEnd + 1
        while i < bytes.count {
            let end = firstOf(bytes, from: i, 10, 10, 10)
            if spellsTag(bytes, line: i..<end, heredoc) != nil { return end }
            i = end + 1
        }
        return nil
    }

    /// Where the tag ends if the line closes `heredoc`: it holds the tag alone (after blanks where the opener allowed
    /// an indented closer) or, with `prefix`, opens with it (after blanks) followed by a non-word byte or its end.
    @inline(__always)
    private func spellsTag(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, _ heredoc: PendingHeredoc) -> Int? {
        let start = heredoc.indented ? afterBlanks(bytes, from: line.lowerBound) : line.lowerBound
        var end = line.upperBound
        if heredoc.prefix {
            end = start + heredoc.tag.count
            guard end <= line.upperBound, end == line.upperBound || !isWordByte(bytes[end]) else { return nil }
        }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        let spelled = end - start == heredoc.tag.count && bytes[start..<end].elementsEqual(bytes[heredoc.tag])
        return spelled ? end : nil
    }
}
