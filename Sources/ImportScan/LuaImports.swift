import SourceScan

/// Lua: `require("a.b")`, `require "a.b"`, `require 'a.b'`, `require [[a.b]]` (a module name, dots for folders).
///
/// A `require` with another argument (`require(name)`, `require("a." .. b)`) or called as a field (`x.require`,
/// `x:require`) names no module this reader can tell.
enum LuaImports {
    static func read(_ reader: inout ImportReader) {
        var position = 0
        while position < reader.count {
            guard reader.isWord(position, "require"), !reader.followsDot(position), !reader.isPunct(position - 1, ":")
            else {
                position += 1
                continue
            }
            let argument = reader.isPunct(position + 1, "(") ? position + 2 : position + 1
            guard reader.isString(argument), !reader.isPunct(argument + 1, oneOf: ["..", "."]) else {
                position += 1
                continue
            }
            let name = longBracketsOff(reader.unquoted(at: argument))
            if !name.isEmpty { reader.add(name, .module, line: reader.line(at: position)) }
            position = argument + 1
        }
    }

    /// `[[a.b]]` or `[==[a.b]==]` → `a.b`; any other text as it is.
    private static func longBracketsOff(_ text: String) -> String {
        guard text.hasPrefix("[") else { return text }
        let inner = text.drop { $0 == "[" || $0 == "=" }
        return String(inner.reversed().drop { $0 == "]" || $0 == "=" }.reversed())
    }
}
