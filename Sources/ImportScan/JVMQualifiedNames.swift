import SourceScan

/// JVM classes named by their qualified name in code, with no import: `extends cats.kernel.instances.BigIntInstances`,
/// `type Band[A] = cats.kernel.Band[A]`, `new com.google.common.collect.ImmutableList.Builder<>()`.
///
/// A chain of two or more lower-case words joined by `.` and then a capitalised word is a class `a.b.C`, the chain
/// cut at its first capitalised segment (`java.util.Map.Entry` is `java.util.Map`). It must start the chain: not
/// after a `.` or `?.` (`x?.cats.kernel.Band`, a member's member; a lambda's `->` may precede it), nor at `this` or
/// `super`; Scala's `_root_.` may open it. Package and import statements are read apart (`JavaImports`), comments
/// are gone and strings are single tokens, so neither is seen here. Each distinct class is noted once per file, and
/// one the file also imports by that name is left to the import. What is left becomes a `.path` import of `a.b.C`;
/// a module graph counts it only where it names a class of another module of the repository (a local variable's
/// field, `request.headers.Default`, names none).
struct JVMQualifiedNames {
    /// Each distinct class, in source order, with the line of its first mention.
    private var found: [(path: String, line: Int)] = []
    private var seen: Set<String> = []

    /// Notes the qualified class whose chain starts at `position`, if one does; returns the position after what it
    /// read (the chain, or the one token at `position`).
    mutating func note(_ reader: ImportReader, at position: Int) -> Int {
        // Scala's `_root_.cats.kernel.Band` names the class from the root package.
        let start = reader.isWord(position, "_root_") && reader.isPunct(position + 1, ".") ? position + 2 : position
        guard Self.isLowerCaseWord(reader, start), reader.isPunct(start + 1, "."),
            !reader.isPunct(position - 1, oneOf: [".", "?."]),
            !reader.isWord(start, oneOf: ["this", "super"])
        else { return start + 1 }
        var next = start + 2
        while reader.isWord(next) {
            if Self.isUpperCaseWord(reader, next) {
                if next - start >= 4 { add(reader, from: start, to: next) }
                return next + 1
            }
            // `_x`, `$x`, a digit: no package name as the JVM languages' conventions write them.
            guard Self.isLowerCaseWord(reader, next), reader.isPunct(next + 1, ".") else { return next + 1 }
            next += 2
        }
        return next
    }

    /// Adds a `.path` import for each noted class the file does not import by the same name.
    func finish(into reader: inout ImportReader) {
        guard !found.isEmpty else { return }
        let imported = Set(reader.found.map(\.path))
        for (path, line) in found where !imported.contains(path) { reader.addInOrder(path, .path, line: line) }
    }

    /// Notes the chain of words at `start`, `start + 2` … `end` (joined by dots), once.
    private mutating func add(_ reader: ImportReader, from start: Int, to end: Int) {
        let path = stride(from: start, through: end, by: 2).map { reader.text(at: $0) }.joined(separator: ".")
        if seen.insert(path).inserted { found.append((path, reader.line(at: start))) }
    }

    private static func isLowerCaseWord(_ reader: ImportReader, _ position: Int) -> Bool {
        startsWord(reader, position, in: UInt8(ascii: "a")...UInt8(ascii: "z"))
    }

    private static func isUpperCaseWord(_ reader: ImportReader, _ position: Int) -> Bool {
        startsWord(reader, position, in: UInt8(ascii: "A")...UInt8(ascii: "Z"))
    }

    /// Whether the token at `position` is a word whose first byte is in `letters`.
    private static func startsWord(_ reader: ImportReader, _ position: Int, in letters: ClosedRange<UInt8>) -> Bool {
        reader.isWord(position) && letters.contains(reader.bytes[Int(reader.tokens[position].start)])
    }
}
