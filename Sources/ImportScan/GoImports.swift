import SourceScan

/// Go: `import "x"`, `import name "x"` (with `_` and `.` as names) and `import ( … )` groups.
///
/// Paths are module paths; `./x` and `../x` (GOPATH-era relative imports) are relative.
enum GoImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, "import"), !reader.followsDot(position) else {
                position += 1
                continue
            }
            if reader.isPunct(position + 1, "(") {
                position = readGroup(&reader, from: position + 2)
            } else {
                position = readSpec(&reader, at: position + 1, line: reader.line(at: position)) ?? position + 1
            }
        }
    }

    /// Reads specs until `)`; stops early at anything a spec cannot hold. Returns where to go on.
    private static func readGroup(_ reader: inout ImportReader, from start: Int) -> Int {
        var position = start
        while position < reader.count {
            if reader.isPunct(position, ")") { return position + 1 }
            if reader.isPunct(position, ";") {
                position += 1
                continue
            }
            guard let next = readSpec(&reader, at: position, line: reader.line(at: position)) else {
                return position
            }
            position = next
        }
        return position
    }

    /// Reads `[name] "path"` at `position`; returns the position after it, or nil when none is there.
    private static func readSpec(_ reader: inout ImportReader, at position: Int, line: Int) -> Int? {
        var alias: String?
        var pathPosition = position
        if reader.isWord(position) || reader.isPunct(position, ".") {
            alias = reader.text(at: position)
            pathPosition += 1
        }
        guard reader.isString(pathPosition) else { return nil }
        let path = reader.unquoted(at: pathPosition)
        reader.add(path, ImportReader.kind(ofSpecifier: path), line: line, alias: alias)
        return pathPosition + 1
    }
}
