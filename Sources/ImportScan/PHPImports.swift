import SourceScan

/// PHP: `use A\B\C;`, `use A\B as D;`, `use function A\b;`, `use const A\B;`, `use A\{B, C as D};`,
/// and `require`/`require_once`/`include`/`include_once` of a literal path.
///
/// Only a `use` at the top level or directly in a braced `namespace X { … }` imports; one inside a class
/// body is a trait use and one after `)` binds closure variables. An include takes the first string in
/// its expression (`require __DIR__ . '/x.php';` is `/x.php`).
enum PHPImports {
    private static let includes: [StaticString] = ["require", "require_once", "include", "include_once"]
    /// How far an include's expression is searched for its string, in tokens.
    private static let includeReach = 12

    static func read(_ reader: inout ImportReader) {
        var depth = 0
        var namespaceDepth = 0
        var opensNamespace = false
        var position = 0
        while position < reader.count {
            if reader.isPunct(position, "{") {
                depth += 1
                if opensNamespace && depth == 1 { namespaceDepth = 1 }
                opensNamespace = false
            } else if reader.isPunct(position, "}") {
                depth = max(0, depth - 1)
                if depth < namespaceDepth { namespaceDepth = depth }
            } else if reader.isPunct(position, ";") {
                opensNamespace = false
            } else if reader.isWord(position, "namespace") && !reader.followsDot(position) {
                opensNamespace = true
            } else if reader.isWord(position, "use") && depth == namespaceDepth && !reader.isPunct(position - 1, ")") {
                position = readUse(&reader, from: position + 1, line: reader.line(at: position))
                continue
            } else if reader.isWord(position, oneOf: includes) && !reader.followsDot(position) {
                readInclude(&reader, from: position + 1, line: reader.line(at: position))
            }
            position += 1
        }
    }

    /// Reads the clauses after `use` up to `;`; returns where to go on.
    private static func readUse(_ reader: inout ImportReader, from start: Int, line: Int) -> Int {
        var position = start
        if reader.isWord(position, oneOf: ["function", "const"]) && !reader.isPunct(position + 1, "\\") {
            position += 1
        }
        while let (path, end) = name(reader, from: position) {
            position = end
            if reader.isPunct(position, "{") && path.hasSuffix("\\") {
                position = readGroup(&reader, prefix: path, from: position + 1)
            } else {
                let (alias, next) = self.alias(reader, at: position)
                reader.add(path, .module, line: line, alias: alias)
                position = next
            }
            guard reader.isPunct(position, ",") else { break }
            position += 1
        }
        return max(position, start)
    }

    /// Reads `B, C as D }` of a group use; returns the position after `}` or where it stopped.
    private static func readGroup(_ reader: inout ImportReader, prefix: String, from start: Int) -> Int {
        var position = start
        while true {
            if reader.isWord(position, oneOf: ["function", "const"]) && reader.isWord(position + 1) { position += 1 }
            guard let (path, end) = name(reader, from: position) else { break }
            let (alias, next) = self.alias(reader, at: end)
            reader.add(prefix + path, .module, line: reader.line(at: position), alias: alias)
            position = next
            guard reader.isPunct(position, ",") else { break }
            position += 1
        }
        return reader.isPunct(position, "}") ? position + 1 : position
    }

    /// A name of words joined by `\`, a leading `\` kept, and a trailing `\` kept before a group's `{`.
    private static func name(_ reader: ImportReader, from start: Int) -> (String, Int)? {
        var position = start
        var path = ""
        if reader.isPunct(position, "\\") {
            path = "\\"
            position += 1
        }
        guard let (rest, end) = reader.path(from: position, separator: "\\") else { return nil }
        path += rest
        if reader.isPunct(end, "\\") && reader.isPunct(end + 1, "{") { return (path + "\\", end + 1) }
        return (path, end)
    }

    private static func alias(_ reader: ImportReader, at position: Int) -> (String?, Int) {
        guard reader.isWord(position, "as"), reader.isWord(position + 1) else { return (nil, position) }
        return (reader.text(at: position + 1), position + 2)
    }

    /// Adds the first string in the include's expression, looking no further than its `;`.
    private static func readInclude(_ reader: inout ImportReader, from start: Int, line: Int) {
        var position = start
        while position < min(reader.count, start + includeReach) && !reader.isPunct(position, ";") {
            if reader.isString(position) {
                reader.add(reader.unquoted(at: position), .file, line: line)
                return
            }
            position += 1
        }
    }
}
