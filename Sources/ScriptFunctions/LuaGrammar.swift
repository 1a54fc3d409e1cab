import FunctionTokens
import SourceScan

/// Functions in Lua: `function name(…) … end` (`M.foo`, `M:bar`, `local function f`) and function literals
/// (`function(…) … end`), by Lua's own block structure.
///
/// `function`, `if`, `for`, `while` and a plain `do` open a block that `end` closes, `repeat` one that `until`
/// closes; a loop's own `do` opens nothing more. A literal assigned to a name or field is named by it (`M.baz =
/// function`, `{ on_attach = function`, `local f = function`); any other is `(anonymous)`, with the call it is
/// passed to (`describe('thing')`, `vim.tbl_map`). Complexity adds the language's branch tokens (lizard 1.24.3's
/// Lua conditions: `if`, `elseif`, `for`, `while`, `until`, `and`, `or`); nesting counts `if`, `for`, `while` and
/// `repeat` blocks. Lua keywords are reserved, so no field or method bears one's name.
package struct LuaGrammar: FunctionGrammar {
    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks = EndBlocks()
    /// A `for` or `while` whose `do` has not come yet: that `do` is the loop's own.
    private var loopAwaitsDo = false

    private static let codeFunction: UInt64 = 0x6E6F6974636E7566  // wordCode("function")
    private static let codeEnd: UInt64 = 0x646E65  // wordCode("end")
    private static let codeDo: UInt64 = 0x6F64  // wordCode("do")
    private static let codeIf: UInt64 = 0x6669  // wordCode("if")
    private static let codeFor: UInt64 = 0x726F66  // wordCode("for")
    private static let codeWhile: UInt64 = 0x656C696877  // wordCode("while")
    private static let codeRepeat: UInt64 = 0x746165706572  // wordCode("repeat")
    private static let codeUntil: UInt64 = 0x6C69746E75  // wordCode("until")

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count { index = step(index) }
        return recorder.result()
    }

    /// One token: a branch, a `function`, or a keyword opening or closing a block; returns the next token's index.
    private mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        guard stream.tokens[index].kind == .word else { return index + 1 }
        if branches.contains(code) { recorder.addCondition() }
        if code == Self.codeFunction { return function(index) }
        keyword(code, line: stream.line(index))
        return index + 1
    }

    /// A keyword that opens or closes a block.
    private mutating func keyword(_ code: UInt64, line: Int32) {
        switch code {
        case Self.codeEnd, Self.codeUntil:
            blocks.close(line: line, recorder: &recorder)
        case Self.codeIf, Self.codeRepeat:
            blocks.open(.control, recorder: &recorder)
        case Self.codeFor, Self.codeWhile:
            blocks.open(.control, recorder: &recorder)
            loopAwaitsDo = true
        case Self.codeDo:
            if !loopAwaitsDo { blocks.open(.plain, recorder: &recorder) }
            loopAwaitsDo = false
        default:
            break
        }
    }

    /// A `function`: its name (declared, or the target it is assigned to), its parameters, then its body up to `end`.
    private mutating func function(_ index: Int) -> Int {
        var cursor = index + 1
        let line = stream.line(index)
        if stream.isName(cursor) {
            // `function a.b.c:d(`: the name is the dotted path, as written.
            let first = cursor
            while stream.isName(cursor) && isPathSeparator(cursor + 1) && stream.isName(cursor + 2) { cursor += 2 }
            recorder.begin(name: text(from: first, through: cursor), line: line)
            cursor += 1
        } else if let target = assignmentTarget(before: index) {
            recorder.begin(name: text(from: target.first, through: target.last), line: line)
        } else {
            recorder.begin(name: "(anonymous)", line: line, call: stream.callContext(ofLiteralAt: index))
        }
        blocks.open(.method, recorder: &recorder)
        return skipParameters(cursor)
    }

    /// The name or dotted path a literal at `index` is assigned to (`f = `, `M.x.y = `, `local f = `, `{ key = `),
    /// as the first and last token of the path; nil when what precedes is no `name =`.
    private func assignmentTarget(before index: Int) -> (first: Int, last: Int)? {
        let equal = index - 1
        guard equal > 0, stream.codes[equal] == Code.equal, stream.isName(equal - 1) else { return nil }
        // `a == function` is no assignment (a lexer that splits `==` leaves a `=` before this one).
        guard stream.code(equal - 1) != Code.equal else { return nil }
        var first = equal - 1
        while first >= 2 && isPathSeparator(first - 1) && stream.isName(first - 2) { first -= 2 }
        return (first, equal - 1)
    }

    private func isPathSeparator(_ index: Int) -> Bool {
        let code = stream.code(index)
        return code == Code.dot || code == Code.colon
    }

    /// The index after the parameter list that opens at `index` (`(a, b, ...)`), or `index` when none does.
    private func skipParameters(_ index: Int) -> Int {
        guard stream.code(index) == Code.openParen else { return index }
        var cursor = index
        while cursor < stream.count {
            let code = stream.codes[cursor]
            cursor += 1
            if code == Code.closeParen { break }
        }
        return cursor
    }

    /// The source text from token `first` through token `last`.
    private func text(from first: Int, through last: Int) -> String {
        let start = Int(stream.tokens[first].start)
        let end = stream.tokens[last].end
        return String(decoding: UnsafeBufferPointer(rebasing: stream.bytes[start..<end]), as: UTF8.self)
    }
}
