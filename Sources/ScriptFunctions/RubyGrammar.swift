import FunctionTokens
import SourceScan

/// Methods in Ruby: `def name … end`, with `end` matched against every keyword that opens a block.
///
/// A method starts at its `def` line and ends at its `end`. Modifier forms (`x if y`, `x while y`) open
/// no block: a keyword opens one only when it starts a statement. Endless methods (`def f = x`) are
/// one-line methods. Nesting counts `if`/`unless`/`case`/`while`/`until`/`for`/`begin` blocks. A keyword's
/// word as a symbol, label, method call or predicate's name is none (`when :def`, `class:`, `x.end`, `do?`);
/// the lexer reads percent literals and regular expressions as strings.
package struct RubyGrammar: FunctionGrammar {
    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks = EndBlocks()
    /// The line of the last `while`, `until` or `for` statement, whose `do` on that line is its own.
    private var loopLine: Int32 = -1

    private static let codeDef: UInt64 = 0x666564  // wordCode("def")
    private static let codeEnd: UInt64 = 0x646E65  // wordCode("end")
    private static let codeDo: UInt64 = 0x6F64  // wordCode("do")
    private static let codeClass: UInt64 = 0x7373616C63  // wordCode("class")
    private static let codeModule: UInt64 = 0x656C75646F6D  // wordCode("module")
    private static let codeBegin: UInt64 = 0x6E69676562  // wordCode("begin")
    private static let codeFor: UInt64 = 0x726F66  // wordCode("for")
    private static let codeWhile: UInt64 = 0x656C696877  // wordCode("while")
    private static let codeUntil: UInt64 = 0x6C69746E75  // wordCode("until")
    /// Whether `code` is one of if, unless, while, until, case (literal codes: no lazy global in the hot loop).
    private static func statementOpenersContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x7373656C6E75, 0x656C696877, 0x6C69746E75, 0x65736163: true
        default: false
        }
    }
    /// Whether `code` is one of for, while, until: a loop whose `do` on its line is its own.
    private static func loopsContains(_ code: UInt64) -> Bool {
        code == codeFor || code == codeWhile || code == codeUntil
    }
    /// Whether `code` is one of if, unless, while, until, case, for, begin (literal codes: no lazy global in the hot loop).
    private static func controlOpenersContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x7373656C6E75, 0x656C696877, 0x6C69746E75, 0x65736163, 0x726F66, 0x6E69676562: true
        default: false
        }
    }

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        // A heredoc (`<<~RUBY` … `RUBY`) is one string token: the lexer reads its body as text (rubocop's specs).
        var index = 0
        while index < stream.count { index = step(index) }
        return recorder.result()
    }

    /// One token: a branch, a `def`, an `end`, or a keyword opening a block; returns the next token's index.
    private mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        let isWord = stream.tokens[index].kind == .word
        if isWord && isNoKeyword(index) { return index + 1 }
        // A `?` against a word ends a predicate's name (`empty?`); a ternary's is spaced.
        let isPredicate = code == Code.question && !stream.isPrecededBySpace(index)
        if branches.contains(code) && !isPredicate { recorder.addCondition() }
        guard isWord else { return index + 1 }
        if code == Self.codeDef { return method(index) }
        keyword(code, at: index)
        return index + 1
    }

    /// A word that may close or open a block: `end`, `do`, `class`, `module`, `begin`, `for`, or `if`, `unless`,
    /// `while`, `until`, `case` starting a statement.
    private mutating func keyword(_ code: UInt64, at index: Int) {
        let line = stream.line(index)
        switch code {
        case Self.codeEnd:
            blocks.close(line: line, recorder: &recorder)
        case Self.codeDo:
            // `while x do`: the loop's own `do` opens nothing more.
            if loopLine != line { blocks.open(.plain, recorder: &recorder) }
            loopLine = -1
        case Self.codeClass, Self.codeModule:
            blocks.open(.plain, recorder: &recorder)
        case Self.codeBegin, Self.codeFor:
            open(control: true)
        default:
            guard Self.statementOpenersContains(code) && startsStatement(index) else { return }
            open(control: Self.controlOpenersContains(code))
        }
        if Self.loopsContains(code) { loopLine = line }
    }

    /// Whether the word at `index` is a symbol (`:def`), a label (`class:`, `if: x`), a method called on something
    /// (`node.class`, `range.end`, not `0..` before `end`) or a predicate's name (`do?`, `module?(node)`): then
    /// `def`, `end`, `if` and the like are no keywords.
    private func isNoKeyword(_ index: Int) -> Bool {
        let before = stream.code(index - 1)
        if before == Code.dot { return stream.code(index - 2) != Code.dot || !stream.touchesNext(index - 2) }
        if before == Code.colon && stream.touchesNext(index - 1) { return true }
        let after = stream.code(index + 1)
        let marks = after == Code.colon || after == Code.question || after == Code.exclamation
        return marks && stream.touchesNext(index)
    }

    private mutating func open(control: Bool) {
        blocks.open(control ? .control : .plain, recorder: &recorder)
    }

    /// A `def`: its name and parameters, then an endless `= expr` or a body closed by `end`.
    private mutating func method(_ index: Int) -> Int {
        var cursor = index + 1
        var name = ""
        while cursor < stream.count && stream.line(cursor) == stream.line(index) {
            let code = stream.codes[cursor]
            if code == Code.openParen || code == Code.semicolon { break }
            if code == Code.equal && !name.isEmpty && !stream.touchesNext(cursor - 1) { break }
            name += stream.text(cursor)
            cursor += 1
            if !stream.touchesNext(cursor - 1) { break }
        }
        recorder.begin(name: name, line: stream.line(index))
        if cursor < stream.count && stream.codes[cursor] == Code.openParen {
            var depth = 0
            while cursor < stream.count {
                let code = stream.codes[cursor]
                depth += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
                cursor += 1
                if depth == 0 { break }
            }
        }
        if cursor < stream.count && stream.codes[cursor] == Code.equal && stream.line(cursor) == stream.line(index) {
            var last = cursor
            while last + 1 < stream.count && stream.line(last + 1) == stream.line(index) { last += 1 }
            for inner in cursor...last where branches.contains(stream.codes[inner]) { recorder.addCondition() }
            recorder.end(line: stream.line(last))
            return last + 1
        }
        blocks.open(.method, recorder: &recorder)
        return cursor
    }

    /// Whether the keyword at `index` begins a statement or an operand (`x = if …`, `a << if …`, `key: if …`), not
    /// a modifier after an expression (`return x if y`, `save! if ok`). After a bare `return` it is a guard clause's
    /// modifier (`return unless ok`), far commoner than returning an `if … end`.
    private func startsStatement(_ index: Int) -> Bool {
        guard index > 0, stream.line(index - 1) == stream.line(index) else { return true }
        let before = stream.codes[index - 1]
        guard stream.tokens[index - 1].kind == .punct else {
            return before == wordCode("then") || before == wordCode("do") || before == wordCode("else")
        }
        // A closing bracket, or the `?` or `!` ending a method's name (`empty?`, `save!`), ends an operand.
        switch before {
        case Code.closeParen, Code.closeBracket, Code.closeBrace: return false
        case Code.question, Code.exclamation: return stream.isPrecededBySpace(index - 1)
        default: return true
        }
    }
}
