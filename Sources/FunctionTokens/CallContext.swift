import SourceScan

/// The call a function literal is an argument of, named as a reader would: `test('transition slot')`,
/// `describe("reactive")`, `t.Run("empty input")`, `items.map`.
///
/// lizard names every function literal `(anonymous)`, and so do accrue's grammars. Where a file holds dozens
/// of them (`it('…', () => …)` test callbacks, Go's `t.Run` subtests), the name says nothing and the only
/// way to tell two apart was their order in the file, which shifts when one is added above. The call, with
/// its first argument when that is a plain string literal, is what a reader calls the function by, and it
/// stays put when the file changes around it.
extension TokenStream {
    /// The call whose argument list holds the function literal whose tokens start at or before `index`:
    /// its callee (a dotted name) and its first argument when that is a whole string literal. Nil when the
    /// literal is not an argument (an assigned function, an immediately invoked one, an array element) or
    /// the call has no named callee (`describe.each(rows)('…', fn)`).
    ///
    /// Walks back from `index` over balanced brackets to the innermost unclosed `(`, at most
    /// `callReach` tokens; a `;` at the literal's own level ends the walk (another statement).
    public func callContext(ofLiteralAt index: Int) -> String? {
        guard let open = enclosingParen(before: index), let callee = callee(before: open) else { return nil }
        guard let argument = stringArgument(after: open) else { return callee }
        return callee + "(" + argument + ")"
    }

    /// The innermost `(` before `index` that is not closed before it.
    private func enclosingParen(before index: Int) -> Int? {
        var depth = 0
        var cursor = index - 1
        let stop = max(-1, index - 1 - Self.callReach)
        while cursor > stop {
            let code = codes[cursor]
            let change = tokens[cursor].kind == .string ? 0 : Code.depthChange(code)
            if change < 0 {
                depth += 1
            } else if change > 0 {
                if depth == 0 { return code == Code.openParen ? cursor : nil }
                depth -= 1
            } else if depth == 0 && code == Code.semicolon && tokens[cursor].kind != .string {
                return nil
            }
            cursor -= 1
        }
        return nil
    }

    /// The dotted name right before the call's `(` (`t.Run`, `$app->get`, `Route::get`), up to four words.
    private func callee(before open: Int) -> String? {
        var cursor = open - 1
        var words = 0
        var first = open
        while cursor >= 0 && words < 4 && tokens[cursor].kind == .word && isCalleeWord(cursor) {
            first = cursor
            words += 1
            guard cursor > 0, Self.calleeSeparators.contains(codes[cursor - 1]) else { break }
            cursor -= 2
        }
        guard words > 0, !Self.calleeKeywords.contains(codes[open - 1]) else { return nil }
        let start = Int(tokens[first].start)
        let end = tokens[open - 1].end
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A word that can name a callee: an identifier, or a PHP variable (`$app`).
    private func isCalleeWord(_ index: Int) -> Bool {
        isName(index) || (firstByte(index) == UInt8(ascii: "$") && tokens[index].end - Int(tokens[index].start) > 1)
    }

    /// The first argument when it is one string literal on its own (`'name'`, not `'a' + b`), quoted with `'`
    /// (a backtick would end a Markdown code span), cut at its first line break or at `callLongest` bytes.
    private func stringArgument(after open: Int) -> String? {
        let argument = open + 1
        guard argument + 1 < count, tokens[argument].kind == .string,
            codes[argument + 1] == Code.comma || codes[argument + 1] == Code.closeParen,
            let (start, end) = literalContent(argument)
        else { return nil }
        let cut = cutPoint(start, end)
        let text = bytes[start..<cut].map { $0 == UInt8(ascii: "`") ? UInt8(ascii: "'") : $0 }
        return "'" + String(decoding: text, as: UTF8.self) + (cut < end ? "…" : "") + "'"
    }

    /// Where the label's text stops: the first line break, or `callLongest` bytes in, not inside a UTF-8 sequence.
    private func cutPoint(_ start: Int, _ end: Int) -> Int {
        var cut = start
        while cut < end && bytes[cut] != 10 && bytes[cut] != 13 && cut - start < Self.callLongest { cut += 1 }
        while cut < end && cut > start && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// The byte range of a string literal's text: without prefix letters (Python's f, Rust's r) and without the
    /// quotes that open it and as many of the same that close it (`"""…"""`, `'a "b"'`).
    private func literalContent(_ index: Int) -> (Int, Int)? {
        var start = Int(tokens[index].start)
        var end = tokens[index].end
        while start < end && !isQuote(bytes[start]) { start += 1 }
        guard start < end else { return nil }
        let quote = bytes[start]
        var quotes = 0
        while start < end && bytes[start] == quote {
            start += 1
            quotes += 1
        }
        while end > start && quotes > 0 && bytes[end - 1] == quote {
            end -= 1
            quotes -= 1
        }
        return (start, end)
    }

    private func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`")
    }

    /// How many tokens the walk back to the call's `(` reads at most: the arguments before the literal.
    static let callReach = 400
    /// The longest first argument kept, in bytes.
    static let callLongest = 60
    /// Tokens between the words of a callee.
    private static let calleeSeparators: Set<UInt64> = [Code.dot, Code.questionDot, Code.arrow, Code.colonColon]
    /// Words before a `(` that are no callee: `return (…)`, `if (…)`.
    private static let calleeKeywords = WordSet([
        "return", "if", "while", "for", "switch", "catch", "await", "yield", "typeof", "void", "in", "of", "case",
        "throw", "else", "do", "and", "or", "not", "go", "defer", "with", "elif", "match", "when", "foreach",
    ])
}
