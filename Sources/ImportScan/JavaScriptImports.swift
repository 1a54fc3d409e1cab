import SourceScan

/// JavaScript and TypeScript: `import … from "y"`, `import "y"`, `export … from "y"`, `require("y")`,
/// dynamic `import("y")`, and TypeScript's `import type` / `export type`.
///
/// The default or `* as` binding is the alias; `{a, b as c}` gives the names `a` and `b`. `./` and `../`
/// specifiers are relative; a dynamic import or a template literal with `${` is read only when literal.
/// `export … from` re-exports what it imports.
enum JavaScriptImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position), !reader.followsDot(position) else {
                position += 1
                continue
            }
            if reader.isWord(position, "import") {
                position = readImport(&reader, at: position)
            } else if reader.isWord(position, "export") {
                position = readExport(&reader, at: position)
            } else if reader.isWord(position, "require") && reader.isPunct(position + 1, "(")
                && isLiteral(reader, at: position + 2) && reader.isPunct(position + 3, ")")
            {
                let path = reader.unquoted(at: position + 2)
                reader.add(path, ImportReader.kind(ofSpecifier: path), line: reader.line(at: position))
                position += 4
            } else {
                position += 1
            }
        }
    }

    /// Reads the import at `position`; returns where to go on (never past a token it did not understand).
    private static func readImport(_ reader: inout ImportReader, at position: Int) -> Int {
        let line = reader.line(at: position)
        var next = position + 1
        if reader.isPunct(next, "(") {
            guard isLiteral(reader, at: next + 1), reader.isPunct(next + 2, oneOf: [")", ","]) else { return next }
            reader.add(reader.unquoted(at: next + 1), .dynamic, line: line)
            return next + 3
        }
        if reader.isString(next) {
            addSpecifier(&reader, at: next, line: line)
            return next + 1
        }
        if reader.isWord(next, oneOf: ["type", "typeof"]) && !reader.isWord(next + 1, "from") { next += 1 }
        var alias: String?
        var names: [String] = []
        if reader.isWord(next) && !reader.isWord(next, "from") {
            alias = reader.text(at: next)
            next += 1
            guard reader.isPunct(next, ",") || reader.isWord(next, "from") else { return next }
            if reader.isPunct(next, ",") { next += 1 }
        }
        if reader.isPunct(next, "*") {
            guard reader.isWord(next + 1, "as"), reader.isWord(next + 2) else { return next }
            alias = reader.text(at: next + 2)
            next += 3
        } else if reader.isPunct(next, "{") {
            switch namedBindings(reader, from: next + 1) {
            case .success(let listed, let end): (names, next) = (listed, end)
            case .failure(let stop): return max(stop - 1, next + 1)
            }
        }
        guard reader.isWord(next, "from"), reader.isString(next + 1) else { return next }
        addSpecifier(&reader, at: next + 1, line: line, alias: alias, names: names)
        return next + 2
    }

    /// Reads `export {…} from "y"`, `export * from "y"`, `export * as ns from "y"`; anything else is
    /// an ordinary export and is left for the main loop.
    private static func readExport(_ reader: inout ImportReader, at position: Int) -> Int {
        let line = reader.line(at: position)
        var next = position + 1
        if reader.isWord(next, "type") { next += 1 }
        var alias: String?
        var names: [String] = []
        if reader.isPunct(next, "*") {
            next += 1
            if reader.isWord(next, "as") && reader.isWord(next + 1) {
                alias = reader.text(at: next + 1)
                next += 2
            }
        } else if reader.isPunct(next, "{") {
            switch namedBindings(reader, from: next + 1) {
            case .success(let listed, let end): (names, next) = (listed, end)
            case .failure(let stop): return max(stop - 1, next + 1)
            }
        } else {
            return position + 1
        }
        guard reader.isWord(next, "from"), reader.isString(next + 1) else { return next }
        let count = reader.found.count
        addSpecifier(&reader, at: next + 1, line: line, alias: alias, names: names)
        reader.markReexported(since: count)
        return next + 2
    }

    /// What `namedBindings` read: the names and the position after `}`, or where it stopped.
    private enum Bindings {
        case success([String], Int)
        case failure(Int)
    }

    /// Reads `a, b as c, type d, "e-f" as g }` from after `{`.
    ///
    /// On failure the caller goes on from the token before the stop, so a keyword that broke the list
    /// (`{ import x from "y"`) is read again and nothing else is read twice.
    private static func namedBindings(_ reader: ImportReader, from start: Int) -> Bindings {
        var names: [String] = []
        var position = start
        while !reader.isPunct(position, "}") {
            if reader.isWord(position, "type") && (reader.isWord(position + 1) || reader.isString(position + 1)) {
                position += 1
            }
            if reader.isWord(position) {
                names.append(reader.text(at: position))
            } else if reader.isString(position) {
                names.append(reader.unquoted(at: position))
            } else {
                return .failure(position)
            }
            position += 1
            if reader.isWord(position, "as") && reader.isWord(position + 1) { position += 2 }
            if reader.isPunct(position, ",") {
                position += 1
            } else if !reader.isPunct(position, "}") {
                return .failure(position)
            }
        }
        return .success(names, position + 1)
    }

    private static func addSpecifier(
        _ reader: inout ImportReader, at position: Int, line: Int, alias: String? = nil, names: [String] = []
    ) {
        let path = reader.unquoted(at: position)
        reader.add(path, ImportReader.kind(ofSpecifier: path), line: line, alias: alias, names: names)
    }

    /// Whether the token is a string with no `${…}` substitution.
    private static func isLiteral(_ reader: ImportReader, at position: Int) -> Bool {
        guard reader.isString(position) else { return false }
        let token = reader.tokens[position]
        guard reader.bytes[Int(token.start)] == UInt8(ascii: "`") else { return true }
        return !reader.text(at: position).contains("${")
    }
}
