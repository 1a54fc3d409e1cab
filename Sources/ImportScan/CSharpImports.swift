import SourceScan

/// C#: `using X.Y;`, `using static X.Y;`, `using A = X.Y;`, `global using X;`.
///
/// A `using` directive is a name path ending in `;`. `using (var x = …)`, `using var x = …;` and
/// `using T x = …;` are statements, told apart by what follows the path. An alias to a generic type
/// (`using L = List<int>;`) keeps the path up to the `<`.
enum CSharpImports {
    /// How far a generic alias (`using L = List<int>;`) is searched for its `;`, in tokens.
    private static let aliasReach = 64

    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, "using"), startsDirective(reader, at: position) else {
                position += 1
                continue
            }
            position = readDirective(&reader, from: position + 1, line: reader.line(at: position)) ?? position + 1
        }
    }

    private static func startsDirective(_ reader: ImportReader, at position: Int) -> Bool {
        reader.startsLine(position) || reader.isWord(position - 1, "global")
            || reader.isPunct(position - 1, oneOf: [";", "{", "}", "]"])
    }

    /// Reads the directive after `using`; returns the position after its `;`, or nil for a statement.
    private static func readDirective(_ reader: inout ImportReader, from start: Int, line: Int) -> Int? {
        var position = start
        if reader.isWord(position, "static") { position += 1 }
        var alias: String?
        if reader.isWord(position) && reader.isPunct(position + 1, "=") {
            alias = reader.text(at: position)
            position += 2
        }
        guard !reader.isWord(position, "var"), let (path, end) = qualifiedName(reader, from: position) else {
            return nil
        }
        if reader.isPunct(end, ";") {
            reader.add(path, .module, line: line, alias: alias)
            return end + 1
        }
        // Only an alias may name a generic or array type: look a bounded way ahead for its `;`.
        guard alias != nil, reader.isPunct(end, oneOf: ["<", "["]) else { return nil }
        var close = end
        let limit = min(reader.count, end + aliasReach)
        while close < limit && !reader.isPunct(close, ";") { close += 1 }
        guard reader.isPunct(close, ";") else { return nil }
        reader.add(path, .module, line: line, alias: alias)
        return close + 1
    }

    /// A dotted name, with `global::` or `alias::` before it if written so.
    private static func qualifiedName(_ reader: ImportReader, from start: Int) -> (String, Int)? {
        guard reader.isWord(start) else { return nil }
        if reader.isPunct(start + 1, "::"), let (rest, end) = reader.path(from: start + 2, separator: ".") {
            return (reader.text(at: start) + "::" + rest, end)
        }
        return reader.path(from: start, separator: ".")
    }
}
