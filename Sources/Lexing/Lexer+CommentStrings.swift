/// Block comments whose string literals are lexed (`strings`: OCaml's `(* … *)`, as OCaml's own lexer does): a
/// closer or an opener inside a literal in the comment neither closes nor nests it, so `(* the "*)" token *)` and
/// `(* skips "(*" *)` are one comment each. The literal's lines are comment lines. A quote that does not close is
/// text (OCaml rejects it; a lexer for counting lines goes on).
extension Lexer {
    func scanBlockCommentLexingStrings(_ s: inout State, from start: Int, block: borrowing CompiledBlock) -> Int {
        let bytes = s.bytes
        var depth = 1
        var i = start + block.open.count
        s.lineHasComment = true
        while i < bytes.count {
            if bytes[i] == 10 {
                i += 1
                s.endLine(nextLineStart: i)
                continue
            }
            if !isSpace(bytes[i]) { s.lineHasComment = true }
            guard let mark = commentMark(bytes, at: i, block) else {
                i += 1
                continue
            }
            countLines(&s, from: i, to: mark.end, asComment: true)
            depth += mark.depthChange
            if depth == 0 { return mark.end }
            i = mark.end
        }
        return bytes.count
    }

    /// What starts at `i` inside a comment, with the offset after it: its closer (depth -1), a nested opener (+1) or
    /// a string literal (0); nil for any other byte.
    private func commentMark(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ block: borrowing CompiledBlock
    ) -> (depthChange: Int, end: Int)? {
        if matches(bytes, at: i, block.close) { return (-1, i + block.close.count) }
        if block.nested && matches(bytes, at: i, block.open) { return (1, i + block.open.count) }
        return literalEnd(bytes, at: i).map { (0, $0) }
    }

    /// The offset after the string literal opening at `i` (forms whose opener starts there, not a prefix), or nil.
    private func literalEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        for k in strings.indices where strings[k].open.first == bytes[i] {
            if let end = literalEnd(bytes, at: i, strings[k]) { return end }
        }
        return nil
    }

    /// The offset after a literal of `form` at `start` that closes (a char literal soon enough), or nil. Forms with
    /// no closer (`max_length: 0`, Elixir's `?a`) are not looked for. Also reads a raw literal inside an
    /// interpolation's code (`interpolationEnd`), with its own interpolations (`interpolatedEnd`).
    func literalEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString
    ) -> Int? {
        if form.delimited { return delimitedEnd(bytes, at: start, form) }
        if !form.interpolation.isEmpty { return interpolatedEnd(bytes, at: start, form) }
        guard form.maxLength != 0, let (opened, hashCount) = opening(bytes, at: start, form) else { return nil }
        if let maxLength = form.maxLength, !closesSoon(bytes, from: opened, form, within: maxLength) { return nil }
        return plainEnd(bytes, from: opened, form, hashes: hashCount)
    }

    /// The offset after the closer (and `hashes` `#`) of a literal whose text starts at `start`, escapes skipped; nil
    /// when it does not close before the end of the file, or of its line if it is not `multiline`.
    private func plainEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ form: borrowing CompiledString, hashes: Int
    ) -> Int? {
        // 10 (a line end) stands for no escape: line ends are looked at first.
        let escape = hashes > 0 ? 10 : form.escape ?? 10
        let closeFirst = form.close.first ?? 10
        var i = start
        while true {
            i = firstOf(bytes, from: i, escape, closeFirst, 10)
            guard i < bytes.count else { return nil }
            if bytes[i] == 10 {
                guard form.multiline else { return nil }
                i += 1
            } else if bytes[i] == escape || isDoubled(bytes, at: i, form) {
                i += 2
            } else if matches(bytes, at: i, form.close) && hashesFollow(bytes, at: i + form.close.count, hashes) {
                return i + form.close.count + hashes
            } else {
                i += 1
            }
        }
    }
}

/// Strings whose opener extends a comment's (Haskell's `{-#` pragmas beside `{-` comments, PHP's `#[…]` attributes
/// beside `#` comments): tried before comments.
extension Lexer {
    /// A string whose opener extends a comment's, starting at `i`.
    func scanCommentLikeString(_ s: inout State, at i: Int) -> Int? {
        for k in commentLikeStrings {
            if let end = scanLiteral(&s, at: i, strings[k]) { return end }
        }
        return nil
    }

    /// Indices of the strings whose opener extends one of the comment openers `comments` (`{-#` beside `{-`).
    static func commentLike(_ strings: [CompiledString], _ comments: [[UInt8]]) -> [Int] {
        strings.indices.filter { index in
            let open = strings[index].open
            return comments.contains { open.count > $0.count && open.starts(with: $0) }
        }
    }
}
