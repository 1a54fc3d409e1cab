import SourceScan

/// Python: `import a.b as c, d`, `from ..x import (y, z)`, `importlib.import_module("x")` /
/// `__import__("x")` with a literal argument, and strings naming a module (`"pkg.mod.Class"`, `"app.main:app"`:
/// `PythonDottedStrings`; a Django app list's `"polls"`: `PythonAppLists`).
///
/// `from` imports keep their leading dots as written (`..x`, or `.` alone) and are relative when they
/// have any; the imported names go in `names`. Statements start a line or follow `;` or `:`
/// (`try: import x`), which keeps `raise E from e` and `yield from g` out.
enum PythonImports {
    static func read(_ reader: inout ImportReader) {
        var strings = PythonDottedStrings()
        var apps = PythonAppLists()
        var position = 0
        while position < reader.count {
            if reader.isWord(position) { apps.noteWord(reader, at: position) }
            if reader.isWord(position, "import") && startsStatement(reader, at: position) {
                position = readImport(&reader, from: position + 1, line: reader.line(at: position))
            } else if reader.isWord(position, "from") && startsStatement(reader, at: position) {
                position = readFrom(&reader, from: position + 1, line: reader.line(at: position))
            } else if isDynamicImport(reader, at: position) {
                reader.add(reader.unquoted(at: position + 2), .dynamic, line: reader.line(at: position))
                position += 4
            } else {
                if reader.isString(position) {
                    strings.note(reader, at: position)
                    apps.note(reader, at: position)
                }
                position += 1
            }
        }
        strings.finish(into: &reader)
        apps.finish(into: &reader)
    }

    /// `import_module("x")`, `__import__("x", …)`: a literal argument.
    private static func isDynamicImport(_ reader: ImportReader, at position: Int) -> Bool {
        reader.isWord(position, oneOf: ["import_module", "__import__"]) && reader.isPunct(position + 1, "(")
            && reader.isString(position + 2) && reader.isPunct(position + 3, oneOf: [")", ","])
    }

    private static func startsStatement(_ reader: ImportReader, at position: Int) -> Bool {
        reader.startsLine(position) || reader.isPunct(position - 1, oneOf: [";", ":"])
    }

    /// Reads `a.b as c, d` after `import`; returns where to go on.
    private static func readImport(_ reader: inout ImportReader, from start: Int, line: Int) -> Int {
        var position = start
        while let (path, end) = reader.path(from: position, separator: ".") {
            var alias: String?
            position = end
            if reader.isWord(position, "as") && reader.isWord(position + 1) {
                alias = reader.text(at: position + 1)
                position += 2
            }
            reader.add(path, .module, line: line, alias: alias)
            guard reader.isPunct(position, ","), let next = continuation(reader, after: position) else { break }
            position = next
        }
        return max(position, start)
    }

    /// Reads `..x import a, b` after `from`; returns where to go on.
    private static func readFrom(_ reader: inout ImportReader, from start: Int, line: Int) -> Int {
        var module = ""
        var position = start
        while reader.isPunct(position, ".") {
            module += "."
            position += 1
        }
        if !reader.isWord(position, "import"), let (path, end) = reader.path(from: position, separator: ".") {
            module += path
            position = end
        }
        guard !module.isEmpty, reader.isWord(position, "import") else { return start }
        position += 1
        let isParenthesized = reader.isPunct(position, "(")
        if isParenthesized { position += 1 }
        var names: [String] = []
        while reader.isWord(position) || reader.isPunct(position, "*") {
            names.append(reader.text(at: position))
            position += 1
            if reader.isWord(position, "as") && reader.isWord(position + 1) { position += 2 }
            guard reader.isPunct(position, ",") else { break }
            if isParenthesized {
                position += 1
            } else if let next = continuation(reader, after: position) {
                position = next
            } else {
                break
            }
        }
        if isParenthesized && reader.isPunct(position, ")") { position += 1 }
        reader.add(module, module.hasPrefix(".") ? .relative : .module, line: line, names: names)
        return position
    }

    /// Where the statement goes on after a `,`: the next token on the same line, or the one after a `\`
    /// line join; nil when the statement ended at the line's end.
    private static func continuation(_ reader: ImportReader, after comma: Int) -> Int? {
        let next = comma + 1
        if reader.isPunct(next, "\\") { return next + 1 < reader.count ? next + 1 : nil }
        guard next < reader.count, reader.line(at: next) == reader.line(at: comma) else { return nil }
        return next
    }
}
