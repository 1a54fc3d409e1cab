/// One `<script>` block of a component file (Vue, Svelte): where its code lies and what it is written in.
public struct ScriptBlock: Hashable, Sendable {
    /// The byte offsets of the code between `<script …>` and `</script>` (to the end of the file when unclosed).
    public var content: Range<Int>
    /// The 1-based line of the content's first byte (the line the opening tag ends on).
    public var line: Int
    /// The language the block is written in, as the finder's caller numbered them.
    public var language: Int
}

/// Finds the `<script>` blocks of a component file, in one forward pass over its bytes.
///
/// A block's language comes from its `lang` attribute, else its `type` attribute, else the value `""`, looked
/// up (ignoring ASCII case) in the table the finder was made with; a block whose value is not there
/// (`lang="coffee"`, `type="application/ld+json"`) is passed over. A block ends at the first `</script`
/// followed by `>`, a space or `/`, even inside a string: HTML's rule for raw text, which Vue's and Svelte's
/// compilers follow (components write `<\/script>`). HTML comments and `<style>` blocks are skipped, so a
/// `<script` inside them opens nothing. A tag that never closes (`<script lang="ts"` and no `>`) ends the
/// search; a self-closing `<script src="…" />` holds no code; a block that is never closed runs to the end of
/// the file. Nothing is copied and nothing can fail.
public struct ScriptBlockFinder: Sendable {
    /// Attribute values, lowercased, and the language each selects.
    private let values: [(value: [UInt8], language: Int)]

    /// A finder selecting `language` for a block whose `lang` (else `type`) attribute is `value`.
    public init(_ values: [(value: String, language: Int)]) {
        self.values = values.map { (Array($0.value.lowercased().utf8), $0.language) }
    }

    /// The languages the finder may select, as its caller numbered them (repeated when several values select one).
    public var languages: [Int] { values.map(\.language) }

    /// The blocks of `bytes` written in a known language, in file order.
    public func blocks(in bytes: UnsafeBufferPointer<UInt8>) -> [ScriptBlock] {
        var cursor = MarkupCursor(bytes: bytes)
        var found: [ScriptBlock] = []
        while cursor.skip(to: UInt8(ascii: "<")) {
            if cursor.consume(Self.commentOpen, boundary: false) {
                if cursor.find(Self.commentClose, boundary: false) { cursor.offset += Self.commentClose.count }
            } else if cursor.consume(Self.scriptOpen, boundary: true) {
                guard let script = cursor.element(closedBy: Self.scriptClose) else { break }
                if !script.tag.closesItself, let language = language(of: script.tag, in: bytes) {
                    found.append(ScriptBlock(content: script.content, line: script.line, language: language))
                }
            } else if cursor.consume(Self.styleOpen, boundary: true) {
                guard cursor.element(closedBy: Self.styleClose) != nil else { break }
            } else {
                cursor.offset += 1
            }
        }
        return found
    }

    private func language(of tag: MarkupTag, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let value = UnsafeBufferPointer(rebasing: bytes[tag.lang ?? tag.type ?? 0..<0])
        for entry in values where entry.value.count == value.count && matchesIgnoringCase(value, at: 0, entry.value) {
            return entry.language
        }
        return nil
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let scriptOpen = Array("<script".utf8)
    private static let scriptClose = Array("</script".utf8)
    private static let styleOpen = Array("<style".utf8)
    private static let styleClose = Array("</style".utf8)
}

/// What the finder needs of an opening tag: its `lang` and `type` values, and whether it ends in `/>`.
private struct MarkupTag {
    var lang: Range<Int>?
    var type: Range<Int>?
    var closesItself = false
}

/// A position in markup with its line, moved forward only.
private struct MarkupCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var line = 1

    /// Moves to the next `target` byte, counting the lines crossed; false at the end of the bytes.
    mutating func skip(to target: UInt8) -> Bool {
        while true {
            offset = firstOf(bytes, from: offset, target, 10, 10)
            guard offset < bytes.count else { return false }
            guard bytes[offset] == 10 else { return true }
            line += 1
            offset += 1
        }
    }

    /// Moves past `pattern` (lowercase ASCII) when the bytes here match it ignoring case and, with
    /// `boundary`, a space, `>` or `/` (or the end) follows; otherwise stays.
    mutating func consume(_ pattern: [UInt8], boundary: Bool) -> Bool {
        guard isAt(pattern, boundary: boundary) else { return false }
        offset += pattern.count
        return true
    }

    /// Moves to the next `pattern` (as `consume` matches it); false, at the end of the bytes, when there is none.
    mutating func find(_ pattern: [UInt8], boundary: Bool) -> Bool {
        while skip(to: pattern[0]) {
            if isAt(pattern, boundary: boundary) { return true }
            offset += 1
        }
        return false
    }

    /// Reads an element after its tag's name: the tag's attributes, then its content up to its closing tag
    /// (`pattern`, then up to its `>`) or the end of the bytes; nil when the opening tag never closes. A
    /// self-closing tag has no content.
    mutating func element(closedBy pattern: [UInt8]) -> (tag: MarkupTag, content: Range<Int>, line: Int)? {
        guard let tag = skipTag() else { return nil }
        let (start, firstLine) = (offset, line)
        guard !tag.closesItself else { return (tag, start..<start, firstLine) }
        guard find(pattern, boundary: true) else { return (tag, start..<bytes.count, firstLine) }
        let end = offset
        offset += pattern.count
        if skip(to: UInt8(ascii: ">")) { offset += 1 }
        return (tag, start..<end, firstLine)
    }

    /// Reads an opening tag's attributes after its name, up to and past its `>`; nil when it never closes.
    private mutating func skipTag() -> MarkupTag? {
        var tag = MarkupTag()
        while skipSpaces() {
            if bytes[offset] == UInt8(ascii: ">") {
                tag.closesItself = bytes[offset - 1] == UInt8(ascii: "/")
                offset += 1
                return tag
            }
            guard readAttribute(into: &tag) else { return nil }
        }
        return nil
    }

    /// Reads one attribute (`name`, `name=value`, or a `/` not before `>`), keeping `lang` and `type`; false when
    /// the bytes end first or a quoted value never closes.
    private mutating func readAttribute(into tag: inout MarkupTag) -> Bool {
        let name = skipName()
        guard skipSpaces() else { return false }
        guard bytes[offset] == UInt8(ascii: "=") else { return true }
        offset += 1
        guard skipSpaces(), let value = attributeValue() else { return false }
        if spells(name, "lang") { tag.lang = value } else if spells(name, "type") { tag.type = value }
        return true
    }

    /// An attribute's name, moving past it: at least one byte, so a stray `/` is passed over.
    private mutating func skipName() -> Range<Int> {
        let start = offset
        while offset < bytes.count && !isTagBoundary(bytes[offset]) && bytes[offset] != UInt8(ascii: "=") {
            offset += 1
        }
        if offset == start { offset += 1 }
        return start..<offset
    }

    /// A quoted or bare attribute value's bytes (without quotes), moving past it; nil when a quote never closes.
    private mutating func attributeValue() -> Range<Int>? {
        let quote = bytes[offset]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            let start = offset
            while offset < bytes.count && !isTagBoundary(bytes[offset]) { offset += 1 }
            return start..<offset
        }
        offset += 1
        let start = offset
        guard skip(to: quote) else { return nil }
        offset += 1
        return start..<(offset - 1)
    }

    /// Moves past spaces and newlines; false at the end of the bytes.
    private mutating func skipSpaces() -> Bool {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 10 {
                line += 1
            } else if !isSpace(byte) {
                return true
            }
            offset += 1
        }
        return false
    }

    private func isAt(_ pattern: [UInt8], boundary: Bool) -> Bool {
        guard matchesIgnoringCase(bytes, at: offset, pattern) else { return false }
        let end = offset + pattern.count
        return !boundary || end == bytes.count || isTagBoundary(bytes[end])
    }

    /// Whether the bytes in `range` spell `name` (lowercase ASCII letters) ignoring case.
    private func spells(_ range: Range<Int>, _ name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        for index in 0..<range.count where bytes[range.lowerBound + index] | 0x20 != name.utf8Start[index] {
            return false
        }
        return true
    }

    private func isTagBoundary(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == 10 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
