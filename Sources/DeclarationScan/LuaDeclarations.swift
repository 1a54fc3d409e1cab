import SourceScan

/// Lua's top-level statements that declare: `local function f`, `function M.foo` and `function M:bar` (named by the
/// field, `foo` and `bar`, as Kotlin's receivers are: another file calls it as `actions.foo(…)`, whose `foo` is the use),
/// `local x = …` (kind `local`) and `M.x = …`, `x = …` (kind `variable`; `function` when a function literal is the
/// value). Each region runs to the next declaration; `return M` and calls at top level are part of the one before.
///
/// A statement is top level when it starts its line outside every block (`function`, `if`, `for`, `while`, `do`,
/// `repeat` to their `end` or `until`; a loop's own `do` opens nothing more) and every bracket: nothing inside a
/// function's body or a table constructor declares. Lua keywords are reserved, so no field bears one's name.
/// A `local` is its file's own: it declares no name another file can use. A field is used only after a dot or colon
/// (`memberUses`): telescope's `state.lua` had used `git.status` by its parameter `status`.
package struct LuaDeclarations {
    let source: SymbolSource

    package init(source: SymbolSource) {
        self.source = source
    }

    package func find() -> [FoundDeclaration] {
        var found: [FoundDeclaration] = []
        var depth = LuaBlockDepth()
        for index in source.tokens.indices {
            if depth.isTopLevel, source.isWord(index), startsItsLine(index), let declaration = statement(at: index) {
                found.append(declaration)
            }
            depth.step(source, at: index)
        }
        return found
    }

    /// The declaration the statement starting at `index` makes; nil for any other statement.
    private func statement(at index: Int) -> FoundDeclaration? {
        let line = Int(source.tokens[index].line)
        if source.isWord(index, "local") {
            if source.isWord(index + 1, "function") {
                return named(at: index + 2).map { FoundDeclaration(name: $0, kind: "function", startLine: line, declaresName: false) }
            }
            guard let name = named(at: index + 1) else { return nil }
            return FoundDeclaration(name: name, kind: kind(at: index + 2, otherwise: "local"), startLine: line, declaresName: false)
        }
        if source.isWord(index, "function") {
            return path(from: index + 1).map {
                shared(name(at: $0), kind: "function", line: line, field: $0 > index + 1)
            }
        }
        guard let last = path(from: index), source.isPunct(last + 1, "=") else { return nil }
        return shared(name(at: last), kind: kind(at: last + 1, otherwise: "variable"), line: line, field: last > index)
    }

    /// A field or global another file can use by `name`, unless the standard library's global of that name is what
    /// every file's bare `name` calls (telescope's `LinkedList:ipairs` is no `ipairs` of the others).
    private func shared(_ name: String, kind: String, line: Int, field: Bool) -> FoundDeclaration {
        var found = FoundDeclaration(
            name: name, kind: kind, startLine: line, declaresName: !Self.standardGlobals.contains(name))
        found.isField = field
        return found
    }

    /// The words the file writes after a `.` or `:`, sorted: the fields it reaches in tables, where another file's
    /// `function M.status` can be what it uses (`git.status`); not those of a path from a standard global or Neovim's
    /// `vim` (`vim.treesitter.query.get`, `string.format`), which are no project file's.
    package func memberUses() -> [String] {
        var uses = Set<String>()
        for index in source.tokens.indices where source.isWord(index) && index > 1 && isMemberAccess(index - 1) {
            var root = index
            while root > 1, isMemberAccess(root - 1), source.isWord(root - 2) { root -= 2 }
            guard root == index || !Self.foreignRoots.contains(name(at: root)) else { continue }
            uses.insert(name(at: index))
        }
        return uses.sorted()
    }

    private func isMemberAccess(_ index: Int) -> Bool { source.isPunct(index, ".") || source.isPunct(index, ":") }

    /// The globals whose fields are no project file's: Lua's standard library and Neovim's `vim`.
    private static let foreignRoots = standardGlobals.union(["vim"])

    /// Lua's standard library globals (5.1 to 5.4).
    private static let standardGlobals: Set<String> = [
        "assert", "collectgarbage", "coroutine", "debug", "dofile", "error", "getfenv", "getmetatable", "io", "ipairs",
        "load", "loadfile", "loadstring", "math", "module", "next", "os", "package", "pairs", "pcall", "print",
        "rawequal", "rawget", "rawlen", "rawset", "require", "select", "setfenv", "setmetatable", "string", "table",
        "tonumber", "tostring", "type", "unpack", "utf8", "xpcall",
    ]

    /// The name at `index`, if a word (not a keyword: `local end` is no Lua).
    private func named(at index: Int) -> String? {
        guard source.isWord(index), !LuaBlockDepth.keywords.contains(name(at: index)) else { return nil }
        return name(at: index)
    }

    /// `function`'s kind where a function literal follows the `=` at `index` (`M.foo = function(…)`), else `otherwise`.
    private func kind(at index: Int, otherwise: String) -> String {
        source.isPunct(index, "=") && source.isWord(index + 1, "function") ? "function" : otherwise
    }

    /// The last word of the dotted path starting at `index` (`a.b.c:d`); nil when no name starts there.
    private func path(from index: Int) -> Int? {
        guard named(at: index) != nil else { return nil }
        var cursor = index
        while source.isPunct(cursor + 1, ".") || source.isPunct(cursor + 1, ":"), source.isWord(cursor + 2) { cursor += 2 }
        return cursor
    }

    private func name(at index: Int) -> String { source.text(source.tokens[index]) }

    /// Whether only spaces and tabs stand before the token at `index` on its line.
    private func startsItsLine(_ index: Int) -> Bool {
        var cursor = Int(source.tokens[index].start) - 1
        while cursor >= 0, source.bytes[cursor] == UInt8(ascii: " ") || source.bytes[cursor] == UInt8(ascii: "\t") {
            cursor -= 1
        }
        return cursor < 0 || source.bytes[cursor] == 10
    }
}

/// How deep a token lies in Lua's blocks and brackets.
package struct LuaBlockDepth {
    private var blocks = 0
    private var brackets = 0
    /// A `for` or `while` whose `do` has not come yet: that `do` is the loop's own.
    private var loopAwaitsDo = false

    /// Lua's keywords: none names a variable or a field.
    static let keywords: Set<String> = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local", "nil",
        "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    var isTopLevel: Bool { blocks == 0 && brackets == 0 }

    /// Follows the token at `index`: a keyword opening or closing a block, or a bracket.
    mutating func step(_ source: SymbolSource, at index: Int) {
        if source.tokens[index].kind == .punct {
            brackets = max(0, brackets + Self.bracketChange(source, at: index))
        } else if source.isWord(index) {
            word(source.text(source.tokens[index]))
        }
    }

    /// A keyword opening or closing a block.
    private mutating func word(_ word: String) {
        switch word {
        case "end", "until": blocks = max(0, blocks - 1)
        case "function", "if", "repeat": blocks += 1
        case "for", "while":
            blocks += 1
            loopAwaitsDo = true
        case "do":
            if !loopAwaitsDo { blocks += 1 }
            loopAwaitsDo = false
        default: break
        }
    }

    /// +1 for an opening bracket, -1 for a closing one, 0 for other punctuation.
    private static func bracketChange(_ source: SymbolSource, at index: Int) -> Int {
        for (open, close) in pairs {
            if source.isPunct(index, open) { return 1 }
            if source.isPunct(index, close) { return -1 }
        }
        return 0
    }

    private static let pairs: [(open: StaticString, close: StaticString)] = [("(", ")"), ("{", "}"), ("[", "]")]
}
