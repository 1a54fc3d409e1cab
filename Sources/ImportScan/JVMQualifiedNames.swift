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
///
/// Scala names members of the packages its clauses open by a relative path, and its objects are lower-case: there a
/// chain of one lower-case word and a capitalised one is a class too (`kernel.Eq` inside `package cats`, `cats.Eq`),
/// and a chain of three or more lower-case words an object's member (`cats.syntax.all.toFoo`), each noted with the
/// packages open around it (`ImportFacts.scopes`); one opened by `_root_.` with none.
///
/// Kotlin's packages hold functions and properties: a chain of three or more lower-case words is one of them
/// (`leakcanary.internal.checkMainThread()`, the rest of the chain its members), but only where its first word starts
/// the file's package or one of its imports (`leakcanary`, `com`): a chain of a local value's members
/// (`binding.root.context`) starts with a name no package has.
struct JVMQualifiedNames {
    /// Whether Scala's rules add to Java's.
    let scala: Bool
    /// Whether Kotlin's rule adds to Java's.
    let kotlin: Bool
    /// The first word of the file's package (Kotlin).
    private var packageRoot: String?
    /// Each distinct class, in source order, with the line of its first mention and the packages open there.
    private var found: [(path: String, line: Int, scopes: [String])] = []
    private var seen: Set<String> = []

    init(scala: Bool = false, kotlin: Bool = false) {
        self.scala = scala
        self.kotlin = kotlin
    }

    /// Notes the first word of the package statement whose name starts at `position` (after `package`).
    mutating func notePackage(_ reader: ImportReader, at position: Int) {
        if packageRoot == nil && reader.isWord(position) { packageRoot = reader.text(at: position) }
    }

    /// Notes the qualified class whose chain starts at `position`, if one does, with the packages open there
    /// (`scopes`); returns the position after what it read (the chain, or the one token at `position`).
    mutating func note(_ reader: ImportReader, at position: Int, scopes: [String] = []) -> Int {
        // Scala's `_root_.cats.kernel.Band` names the class from the root package.
        let rooted = reader.isWord(position, "_root_") && reader.isPunct(position + 1, ".")
        let start = rooted ? position + 2 : position
        guard Self.isLowerCaseWord(reader, start), reader.isPunct(start + 1, "."),
            !reader.isPunct(position - 1, oneOf: [".", "?."]),
            !reader.isWord(start, oneOf: ["this", "super"])
        else { return start + 1 }
        let (end, named) = chainEnd(reader, from: start)
        if named { add(reader, from: start, to: end, scopes: rooted ? [] : scopes) }
        return end + 1
    }

    /// The last word of the chain of words starting at `start` (a lower-case word and a `.`), and whether the words
    /// up to it name a class or, in Scala, an object's member.
    private func chainEnd(_ reader: ImportReader, from start: Int) -> (end: Int, named: Bool) {
        var next = start + 2
        while reader.isWord(next) {
            let packages = (next - start) / 2
            if Self.isUpperCaseWord(reader, next) { return (next, packages >= 2 || scala) }
            // `_x`, `$x`, a digit: no package name as the JVM languages' conventions write them.
            guard Self.isLowerCaseWord(reader, next) else { return (next, false) }
            guard reader.isPunct(next + 1, ".") else { return (next, (scala || kotlin) && packages >= 2) }
            next += 2
        }
        return (next - 1, false)
    }

    /// Adds a `.path` import for each noted class the file does not import by the same name (in Kotlin, each noted
    /// function or property starting with the first word of the file's package or of one of its imports).
    func finish(into reader: inout ImportReader) {
        guard !found.isEmpty else { return }
        let imported = Set(reader.found.map(\.path))
        let roots = kotlin ? Set(reader.found.map { Self.firstWord(of: $0.path) } + [Substring(packageRoot ?? "")]) : []
        for (path, line, scopes) in found where !imported.contains(path) {
            guard !kotlin || Self.namesClass(path) || roots.contains(Self.firstWord(of: path)) else { continue }
            reader.addInOrder(path, .path, line: line, scopes: scopes)
        }
    }

    private static func firstWord(of path: String) -> Substring {
        path.prefix { $0 != "." }
    }

    /// Whether a noted chain ends in a capitalised word (a class), not a lower-case one (a Kotlin function).
    private static func namesClass(_ path: String) -> Bool {
        path.split(separator: ".").last?.first?.isUppercase == true
    }

    /// Notes the chain of words at `start`, `start + 2` … `end` (joined by dots), once.
    private mutating func add(_ reader: ImportReader, from start: Int, to end: Int, scopes: [String]) {
        let path = stride(from: start, through: end, by: 2).map { reader.text(at: $0) }.joined(separator: ".")
        if seen.insert(path).inserted { found.append((path, reader.line(at: start), scopes)) }
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
