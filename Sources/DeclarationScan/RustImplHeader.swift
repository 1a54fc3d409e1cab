import SourceScan

/// What a Rust `impl` names: the trait it implements, if any, and the type, each as a path written without generic
/// arguments (`impl<S> FromRequest<S> for Body`, `impl super::Foo`, `impl fmt::Display for &'a crate::body::Body`),
/// and, for a trait's, the types Rust's orphan rule lets make it local to a crate (`orphanTypes`, `RustOrphanTypes`).
///
/// A type with no name (a tuple, an array or slice, a function pointer, `!`) has none; references, pointers, `dyn` and
/// `mut` before a path are passed over (`&'static str` is `str`).
package struct RustImplHeader {
    package var trait: String?
    var type: String?
    package var orphanTypes: [String] = []

    /// The header after `impl` and its generic parameters (`parameters`, their names), which start at `cursor`; nil
    /// when no path starts there.
    static func read(_ source: SymbolSource, from start: Int, parameters: Set<String> = []) -> RustImplHeader? {
        var cursor = start
        if source.isPunct(cursor, "!") { cursor += 1 }  // a negative impl, `impl !Send for T`
        guard let first = path(source, at: cursor) else { return nil }
        cursor = first.end
        guard source.isWord(cursor, "for"), !source.isPunct(cursor + 1, "<") else {
            return RustImplHeader(trait: nil, type: first.path)
        }
        let sides = ([cursor + 1] + arguments(source, of: first)).map { orphanSide(source, at: $0, parameters: parameters) }
        return RustImplHeader(
            trait: first.path, type: path(source, at: cursor + 1)?.path, orphanTypes: orphanTypes(of: sides))
    }

    /// Where the type arguments of a path's last segment start (`Id` and `&'_ Str` of `PartialEq<Id, &'_ Str>`); not
    /// an associated type's (`Item = Foo`).
    private static func arguments(_ source: SymbolSource, of path: (path: String, end: Int, open: Int?)) -> [Int] {
        guard let open = path.open else { return [] }
        var result: [Int] = []
        var cursor = open + 1
        while cursor < path.end - 1 {
            if !(source.isWord(cursor) && source.isPunct(cursor + 1, "=")) { result.append(cursor) }
            cursor = nextArgument(source, from: cursor, before: path.end - 1)
        }
        return result
    }

    /// The type parameters an `impl<…>` declares between `open` (its `<`) and `end` (after its `>`): `T` and `S` of
    /// `impl<'a, T: Clone, S, const N: usize>`, not its lifetimes nor its consts.
    static func parameters(_ source: SymbolSource, open: Int, end: Int) -> Set<String> {
        var result = Set<String>()
        var cursor = open + 1
        while cursor < end - 1 {
            if source.isWord(cursor), !source.isWord(cursor, "const") { result.insert(source.text(source.tokens[cursor])) }
            cursor = nextArgument(source, from: cursor, before: end - 1)
        }
        return result
    }

    /// The index after the `,` ending the argument at `start` (nested groups passed over), or `end`.
    private static func nextArgument(_ source: SymbolSource, from start: Int, before end: Int) -> Int {
        var (cursor, depth) = (start, 0)
        while cursor < end {
            if source.isPunct(cursor, "<") || source.isPunct(cursor, "(") || source.isPunct(cursor, "[") { depth += 1 }
            if source.isPunct(cursor, ">") || source.isPunct(cursor, ")") || source.isPunct(cursor, "]") { depth -= 1 }
            if depth == 0, source.isPunct(cursor, ",") { return cursor + 1 }
            cursor += 1
        }
        return end
    }

    /// The path at `start` (after any `&`, `*`, lifetime, `mut`, `const` or `dyn`), where it ends and where its last
    /// segment's generic arguments open (they are skipped); nil when none starts there.
    static func path(_ source: SymbolSource, at start: Int) -> (path: String, end: Int, open: Int?)? {
        var cursor = after(prefixes, in: source, from: start)
        if source.isPunct(cursor, "::") { cursor += 1 }
        guard source.isWord(cursor), !source.isWord(cursor, "fn"), !source.isWord(cursor, "for") else { return nil }
        var segments = [source.text(source.tokens[cursor])]
        var open: Int?
        cursor += 1
        while segments.count < 16 {
            open = source.isPunct(cursor, "<") ? cursor : nil
            if open != nil { cursor = source.skipGroup(from: cursor, open: "<", close: ">") }
            guard source.isPunct(cursor, "::"), source.isWord(cursor + 1) else { break }
            segments.append(source.text(source.tokens[cursor + 1]))
            cursor += 2
        }
        return (segments.joined(separator: "::"), cursor, open)
    }

    /// Where a type's path starts after the `words` (references, pointers, `mut`, `const`, `dyn`…) and lifetimes
    /// before it, at most eight tokens on.
    static func after(_ words: Set<String>, in source: SymbolSource, from start: Int) -> Int {
        var cursor = start
        while cursor < min(start + 8, source.tokens.count) {
            if words.contains(source.text(source.tokens[cursor])) {
                cursor += 1
            } else if source.isPunct(cursor, "'"), source.isWord(cursor + 1) {
                cursor += 2
            } else {
                break
            }
        }
        return cursor
    }

    private static let prefixes: Set<String> = ["&", "&&", "*", "mut", "const", "dyn"]

    /// The last segment of a path (`Foo` of `crate::body::Foo`).
    package static func name(of path: String) -> String {
        path.split(separator: ":").last.map(String.init) ?? path
    }
}
