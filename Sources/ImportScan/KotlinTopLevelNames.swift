import SourceScan

/// The names a Kotlin file declares at top level, from its tokens: what `import a.b.name` or `a.b.name()` may name in
/// its package, whatever the file is called (okio's `-Util.kt`, leakcanary's `Handlers.kt`).
///
/// A declaring keyword outside every brace and parenthesis (`fun`, `val`, `var`, `class`, `interface`, `object`,
/// `typealias`) and the last word of its header before the parameters, the type or the value: an extension's own name
/// after its receiver (`fun File.dump(…)`, `val Buffer.size: Long`), past type parameters
/// (`fun <T> List<T>.second()`).
/// `fun interface X` declares `X`. A constructor's `val` (`class A(val x: Int)`) is inside parentheses, a member's
/// inside braces: neither is top level. Heuristic by design, cheap: one pass, no scopes.
public enum KotlinTopLevelNames {
    /// The names `tokens` (lexed from `bytes` as Kotlin) declare at top level.
    public static func names(in tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        guard let last = tokens.last, last.end <= bytes.count, last.start >= 0 else { return [] }
        let buffer = TokenBuffer(tokens, bytes: bytes)
        return withExtendedLifetime(buffer) { names(in: ImportReader(buffer, bytes: bytes)) }
    }

    private static let declaring: [StaticString] = ["fun", "val", "var", "class", "interface", "object", "typealias"]

    private static func names(in reader: ImportReader) -> Set<String> {
        var names = Set<String>()
        var depth = 0
        for position in 0..<reader.count {
            if reader.isPunct(position, oneOf: ["{", "("]) {
                depth += 1
            } else if reader.isPunct(position, oneOf: ["}", ")"]) {
                depth = max(0, depth - 1)
            } else if depth == 0, reader.isWord(position, oneOf: declaring), !reader.followsDot(position),
                let name = name(after: position, in: reader)
            {
                names.insert(name)
            }
        }
        return names
    }

    /// The declared name of the header after the keyword at `keyword`: its last word outside angle brackets before
    /// `(`, `:`, `=`, `{` or `by`, on the keyword's line.
    private static func name(after keyword: Int, in reader: ImportReader) -> String? {
        let line = reader.line(at: keyword)
        var angles = 0
        var name: String?
        var position = keyword + 1
        while position < min(reader.count, keyword + 64) && reader.line(at: position) == line {
            if reader.isPunct(position, "<") || reader.isPunct(position, ">") {
                angles = max(0, angles + (reader.isPunct(position, "<") ? 1 : -1))
            } else if angles == 0 {
                if endsHeader(position, in: reader) { break }
                if reader.isWord(position) && !reader.isWord(position, "interface") { name = reader.text(at: position) }
            }
            position += 1
        }
        return name
    }

    /// Whether the token ends a declaration's header: its parameters, type, value, body or delegate.
    private static func endsHeader(_ position: Int, in reader: ImportReader) -> Bool {
        reader.isPunct(position, oneOf: ["(", ":", "=", "{"]) || reader.isWord(position, "by")
    }
}
