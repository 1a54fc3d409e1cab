import SourceScan

/// Elixir: `alias A.B`, `alias A.B, as: C`, `alias A.{B, C.D}`, `import A.B, only: […]`, `require A.B`, `use A.B`.
///
/// A module is named by an alias (capitalized words joined by `.`); a directive naming something else
/// (`alias __MODULE__.Item`, `require :crypto`, `import unquote(m)`) names no file and is skipped.
enum ElixirImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, oneOf: ["alias", "import", "require", "use"]), !reader.followsDot(position),
                reader.isCapitalizedWord(position + 1), let (path, end) = reader.path(from: position + 1, separator: ".")
            else {
                position += 1
                continue
            }
            let line = reader.line(at: position)
            if reader.isPunct(end, ".") && reader.isPunct(end + 1, "{") {
                position = readGroup(&reader, prefix: path, from: end + 2, line: line)
            } else {
                reader.add(path, .module, line: line)
                position = end
            }
        }
    }

    /// `alias A.{B, C.D}`: one import per member, up to the `}`; returns the position after it.
    private static func readGroup(_ reader: inout ImportReader, prefix: String, from start: Int, line: Int) -> Int {
        var position = start
        while reader.isCapitalizedWord(position), let (member, end) = reader.path(from: position, separator: ".") {
            reader.add(prefix + "." + member, .module, line: line)
            position = end
            guard reader.isPunct(position, ",") else { break }
            position += 1
        }
        return reader.isPunct(position, "}") ? position + 1 : position
    }
}
