import SourceScan

/// Java, Kotlin, Groovy, Scala: `import a.b.C;`, `import a.b.*;`, `import static a.b.C.d;`, Java's
/// `import module m;`, Kotlin's and Groovy's `import a.b.C as D`, Scala's `import a.b.{C, D => E}, c._`.
///
/// A Scala selector group becomes one import per selector (`a.b.C`, `a.b.D` aliased `E`); wildcards
/// stay as written (`a.b.*`, `a.b._`). A class named by its qualified name in code, outside package and import
/// statements, is a `.path` import (`JVMQualifiedNames`), and so, in Kotlin, is a top-level function or property.
/// Scala's imports and names carry the packages its package clauses open (`ScalaPackages`), of which their first
/// name may be a member (`import kernel.Eq` inside `package cats`).
enum JavaImports {
    static func read(_ reader: inout ImportReader) {
        read(&reader, names: JVMQualifiedNames())
    }

    /// Kotlin's grammar (`import_style: kotlin`): Java's, with top-level functions and properties named in code.
    static func readKotlin(_ reader: inout ImportReader) {
        read(&reader, names: JVMQualifiedNames(kotlin: true))
    }

    /// Scala's grammar (`import_style: scala`): Java's, with package clauses opening scopes.
    static func readScala(_ reader: inout ImportReader) {
        read(&reader, names: JVMQualifiedNames(scala: true))
    }

    private static func read(_ reader: inout ImportReader, names: JVMQualifiedNames) {
        var position = 0
        var qualified = names
        var packages = ScalaPackages(opensScopes: names.scala)
        while position < reader.count {
            let opensStatement = reader.startsLine(position) || reader.isPunct(position - 1, oneOf: [";", "{", "}"])
            if opensStatement && reader.isWord(position, "import") {
                let line = reader.line(at: position)
                position = readClauses(&reader, from: position + 1, line: line, scopes: packages.scopes)
            } else if opensStatement && reader.isWord(position, "package") {
                qualified.notePackage(reader, at: position + 1)
                position = packages.readClause(reader, at: position + 1)
            } else if reader.kind(at: position) == .punct {
                packages.pass(reader, at: position)
                position += 1
            } else {
                position = qualified.note(reader, at: position, scopes: packages.scopes)
            }
        }
        qualified.finish(into: &reader)
    }

    /// Reads the comma-separated import clauses after `import`; returns where to go on.
    private static func readClauses(_ reader: inout ImportReader, from start: Int, line: Int, scopes: [String]) -> Int {
        var position = start
        if reader.isWord(position, oneOf: ["static", "module"]) && reader.isWord(position + 1) { position += 1 }
        while let (written, end) = reader.path(from: position, separator: ".", allowingStar: true) {
            position = end
            // Scala's `import _root_.a.b.C` names `a.b.C` from the root package, in no scope.
            let rooted = written.hasPrefix("_root_.")
            let path = rooted ? String(written.dropFirst("_root_.".count)) : written
            let opened = rooted ? [] : scopes
            if reader.isPunct(position, ".") && reader.isPunct(position + 1, "{") {
                position = readSelectors(&reader, prefix: path, from: position + 2, scopes: opened)
            } else {
                let (alias, next) = self.alias(reader, at: position)
                reader.add(path, .module, line: line, alias: alias, scopes: opened)
                position = next
            }
            guard reader.isPunct(position, ",") else { break }
            position += 1
        }
        return max(position, start)
    }

    /// Reads Scala selectors after `{` up to `}`; returns the position after it, or where it stopped.
    private static func readSelectors(
        _ reader: inout ImportReader, prefix: String, from start: Int, scopes: [String]
    ) -> Int {
        var position = start
        while reader.isWord(position) || reader.isPunct(position, "*") {
            let line = reader.line(at: position)
            let name = reader.text(at: position)
            let (alias, next) = self.alias(reader, at: position + 1)
            reader.add(prefix + "." + name, .module, line: line, alias: alias, scopes: scopes)
            position = next
            guard reader.isPunct(position, ",") else { break }
            position += 1
        }
        return reader.isPunct(position, "}") ? position + 1 : position
    }

    /// An `as D` (Kotlin, Scala 3) or `=> D` (Scala 2) rename at `position`, and the position after it.
    private static func alias(_ reader: ImportReader, at position: Int) -> (String?, Int) {
        guard reader.isWord(position, "as") || reader.isPunct(position, "=>"),
            reader.isWord(position + 1)
        else { return (nil, position) }
        return (reader.text(at: position + 1), position + 2)
    }
}
