/// The literal tables and strings of a Lua file that assigns them (a LuaRocks rockspec), read byte by byte, never run.
///
/// A value is a string literal (`'x'`, `"x"`, `[[x]]`, `[==[x]==]`; escapes are kept as written), a table
/// constructor of keyed (`name = …`, `["a.b"] = …`) and positional entries, or anything else (`MODREV .. SPECREV`,
/// a call, a number), which is `other`. Only top-level assignments of global names are read (`package = 'x'`; not
/// `local` ones). Comments (`-- …`, `--[[ … ]]`) are skipped.
package struct LuaTable: Sendable {
    package indirect enum Value: Sendable {
        case string(String, line: Int)
        case table([Entry])
        case other

        /// The string, if the value is one.
        package var string: String? {
            if case .string(let text, _) = self { return text }
            return nil
        }

        /// The entry under `key`, if the value is a table holding one.
        package subscript(key: String) -> Value? {
            guard case .table(let entries) = self else { return nil }
            return entries.last { $0.key == key }?.value
        }

        /// A table's entries (none for another value).
        package var entries: [Entry] {
            if case .table(let entries) = self { return entries }
            return []
        }
    }

    package struct Entry: Sendable {
        /// The key of a keyed entry, nil for a positional one.
        package var key: String?
        package var value: Value
    }

    struct Token {
        enum Kind { case name, string, punct, other }
        var kind: Kind
        var text: String
        var line: Int
    }

    /// The top-level assignments, in order, with the line of each name.
    package let assignments: [(name: String, value: Value, line: Int)]

    package init(_ bytes: [UInt8]) {
        var lexer = LuaTableLexer(bytes)
        let tokens = lexer.tokens()
        var parser = Parser(tokens: tokens)
        assignments = parser.assignments()
    }

    /// The value last assigned to the global `name`.
    package subscript(name: String) -> Value? {
        assignments.last { $0.name == name }?.value
    }

    struct Parser {
        let tokens: [Token]
        var index = 0

        init(tokens: [Token]) { self.tokens = tokens }

        mutating func assignments() -> [(name: String, value: Value, line: Int)] {
            var result: [(name: String, value: Value, line: Int)] = []
            var depth = 0
            while index < tokens.count {
                if depth == 0, isAssignment(at: index), index == 0 || ![".", ",", "local", ":"].contains(tokens[index - 1].text) {
                    let token = tokens[index]
                    index += 2
                    result.append((token.text, value(), token.line))
                    continue
                }
                depth = max(0, depth + Self.nesting(tokens[index]))
                index += 1
            }
            return result
        }

        /// Whether `name =` (not `==`) starts at `at`.
        func isAssignment(at position: Int) -> Bool {
            position + 1 < tokens.count && tokens[position].kind == .name && tokens[position + 1].text == "="
        }

        static func nesting(_ token: Token) -> Int {
            guard token.kind == .punct else { return 0 }
            switch token.text {
            case "{", "(", "[": return 1
            case "}", ")", "]": return -1
            default: return 0
            }
        }

        mutating func value() -> Value {
            guard index < tokens.count else { return .other }
            let token = tokens[index]
            if token.kind == .punct, token.text == "{" {
                index += 1
                return table()
            }
            if token.kind == .string, index + 1 >= tokens.count || !Self.continuesExpression(tokens[index + 1]) {
                index += 1
                return .string(token.text, line: token.line)
            }
            skipExpression()
            return .other
        }

        /// Whether the token after a string goes on with its expression (`'a' .. b`, `('x'):rep(2)`).
        static func continuesExpression(_ token: Token) -> Bool {
            token.kind == .punct && ![",", ";", "}", ")"].contains(token.text)
        }

        /// Past an expression: up to a `,`, `;` or closing bracket outside brackets, or the next assignment.
        mutating func skipExpression() {
            var depth = 0
            var first = true
            while index < tokens.count {
                let token = tokens[index]
                if depth == 0, token.kind == .punct, [",", ";", "}", ")", "]"].contains(token.text) { return }
                if depth == 0, !first, isAssignment(at: index) { return }
                depth = max(0, depth + Self.nesting(token))
                index += 1
                first = false
            }
        }

        /// A table's entries, `index` past its `{`, up to and past its `}`.
        mutating func table() -> Value {
            var entries: [Entry] = []
            while index < tokens.count {
                let token = tokens[index]
                if token.kind == .punct, token.text == "," || token.text == ";" {
                    index += 1
                } else if token.kind == .punct, token.text == "}" {
                    index += 1
                    return .table(entries)
                } else if isAssignment(at: index) {
                    index += 2
                    entries.append(Entry(key: token.text, value: value()))
                } else if token.text == "[", index + 3 < tokens.count, tokens[index + 2].text == "]",
                    tokens[index + 3].text == "="
                {
                    let key = tokens[index + 1]
                    index += 4
                    entries.append(Entry(key: key.kind == .string ? key.text : nil, value: value()))
                } else {
                    let start = index
                    entries.append(Entry(key: nil, value: value()))
                    if index == start { index += 1 }  // a stray `)` or `]`
                }
            }
            return .table(entries)
        }
    }
}
