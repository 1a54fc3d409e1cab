/// The parts of a string literal's scan that are not its body: where its text begins (prefix, `#` run, opener),
/// a char literal with no closer, and whether a char literal closes soon enough to be one.
extension Lexer {
    /// Where a literal of `form` at `start` begins its text (after its prefix, `#` run and opener) and how many
    /// `#` it opened with; nil if the form does not start here.
    @inline(__always)
    func opening(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ form: borrowing CompiledString
    ) -> (end: Int, hashes: Int)? {
        var i = start
        if form.wordStart && continuesName(bytes, before: start) { return nil }
        if !form.prefixes.isEmpty {
            guard start == 0 || !isWordByte(bytes[start - 1]),
                let prefix = form.prefixes.first(where: { matchesIgnoringCase(bytes, at: start, $0) })
            else { return nil }
            i += prefix.count
        }
        var hashCount = 0
        if form.hashes {
            while i < bytes.count && bytes[i] == UInt8(ascii: "#") {
                hashCount += 1
                i += 1
            }
            // Swift's raw strings need at least one `#`; the plain form covers none.
            if form.prefixes.isEmpty && hashCount == 0 { return nil }
        }
        guard matches(bytes, at: i, form.open) else { return nil }
        return (i + form.open.count, hashCount)
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
