import SourceScan

/// Django's app lists, whose one-word strings name packages Django imports at start-up: `INSTALLED_APPS = ["polls",
/// "blog"]`, and the lists settings join into it (`LOCAL_APPS`, `PROJECT_APPS`: `INSTALLED_APPS = DJANGO_APPS +
/// LOCAL_APPS`).
///
/// A one-word string elsewhere is seldom a module: djangoproject.com's code holds 136 strings spelling one of its
/// top-level packages, of which 15 are its `INSTALLED_APPS` and the rest app labels (a migration's
/// `("members", "0001_…")`), field names (`filter_horizontal = ["members"]`), host names (`host="docs"`) and keys. So only a statement assigning a list (or tuple) to an upper-case name ending
/// in `_APPS` (`INSTALLED_APPS = [`, `INSTALLED_APPS += (`, `LOCAL_APPS = [`), at the start of a line, in a file that
/// names `INSTALLED_APPS`, gives its one-word strings as `.path` imports; dotted entries (`"bakerydemo.base"`,
/// `"polls.apps.PollsConfig"`) are `PythonDottedStrings`' anyway.
struct PythonAppLists {
    /// The token index where the app list statement being read ends (0: none).
    private var end = 0
    private var found: [(name: String, line: Int)] = []
    private var seen: Set<String> = []
    /// Whether the file names `INSTALLED_APPS`: a settings module.
    private var isSettings = false

    /// Notes a word: `INSTALLED_APPS` anywhere, and an app list's assignment at the start of a line, whose strings
    /// (`note(_:at:)`) are app names up to the statement's end.
    mutating func noteWord(_ reader: ImportReader, at position: Int) {
        let token = reader.tokens[position]
        guard token.end - Int(token.start) >= 5, reader.bytes[token.end - 1] == UInt8(ascii: "S") else { return }
        if token.equals("INSTALLED_APPS", in: reader.bytes) { isSettings = true }
        guard reader.startsLine(position), Self.isAppListName(token, in: reader.bytes) else { return }
        let value = reader.isPunct(position + 1, oneOf: ["=", "+="])
            ? position + 2 : reader.isPunct(position + 1, "+") && reader.isPunct(position + 2, "=") ? position + 3 : nil
        guard let value, reader.isPunct(value, oneOf: ["[", "("]) else { return }
        end = Self.statementEnd(reader, from: value)
    }

    /// Notes a string inside an app list: one identifier is an app's name.
    mutating func note(_ reader: ImportReader, at position: Int) {
        guard position < end, let content = PythonDottedStrings.content(of: reader.tokens[position], in: reader.bytes),
            PythonDottedStrings.dots(in: content) == 0
        else { return }
        let name = String(decoding: content, as: UTF8.self)
        if seen.insert(name).inserted { found.append((name, reader.line(at: position))) }
    }

    /// Adds a `.path` import for each app name, in a settings module.
    func finish(into reader: inout ImportReader) {
        guard isSettings else { return }
        for (name, line) in found { reader.addInOrder(name, .path, line: line) }
    }

    /// `INSTALLED_APPS`, or an upper-case name ending in `_APPS` (`LOCAL_APPS`, `_LOCAL_APPS`).
    private static func isAppListName(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start)
        guard token.end - start >= 6, bytes[token.end - 5] == UInt8(ascii: "_") else { return false }
        return bytes[start..<token.end].allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        } && bytes[(token.end - 4)..<token.end].elementsEqual("APPS".utf8)
    }

    /// The token index just past the statement whose value opens at `start`: the first token starting a line with
    /// every bracket closed.
    private static func statementEnd(_ reader: ImportReader, from start: Int) -> Int {
        var (position, depth) = (start, 0)
        while position < reader.count, position == start || depth > 0 || !reader.startsLine(position) {
            if reader.isPunct(position, oneOf: ["(", "[", "{"]) {
                depth += 1
            } else if reader.isPunct(position, oneOf: [")", "]", "}"]) {
                depth -= 1
            }
            position += 1
        }
        return position
    }
}
