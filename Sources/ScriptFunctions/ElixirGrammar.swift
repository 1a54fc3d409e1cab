import FunctionTokens
import SourceScan

/// Functions in Elixir: `def`, `defp`, `defmacro`, `defmacrop`, `defguard`, `defguardp` with a `do … end` body or
/// a one-line `, do:` body; a head without a body (`def f(a, b \\ 1)`) is no function.
///
/// `do`, `fn` and `end` are matched as blocks (not `do:`, `end:` keys nor `:do` atoms). Complexity adds the
/// language's branch words (`if`, `unless`, `&&`, `||`, `and`, `or`) and each clause arrow `->` of a `case`,
/// `cond`, `receive`, `with`, `try` or `for` block (as lizard counts C's `case` labels); an `fn`'s own clauses
/// add nothing. Nesting counts those blocks and `if`/`unless` blocks.
package struct ElixirGrammar: FunctionGrammar {
    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks = EndBlocks()
    /// The line of the last control word (`case`, `if`…) whose `do` has not come yet.
    private var pendingControl: Int32 = -1

    // Words as codes, compared without building a String per token.
    private let definers = WordSet(["def", "defp", "defmacro", "defguard"])
    /// `defmacrop` and `defguardp`: longer than a WordSet's eight bytes.
    private let longDefiners = [wordCode("defmacrop"), wordCode("defguardp")]
    private let controls = WordSet(["if", "unless", "case", "cond", "with", "for", "receive", "try"])
    private let doCode = wordCode("do")
    private let fnCode = wordCode("fn")
    private let endCode = wordCode("end")
    private let whenCode = wordCode("when")

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count { index = step(index) }
        return recorder.result()
    }

    private mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        let isWord = stream.tokens[index].kind == .word
        if isWord && isKey(index) { return index + 1 }
        if branches.contains(code) { recorder.addCondition() }
        if code == Code.arrow, blocks.innermost == .control { recorder.addCondition() }
        guard isWord else { return index + 1 }
        if definers.contains(code) || longDefiners.contains(code) { return definition(index) }
        if code == doCode {
            blocks.open(pendingControl == stream.line(index) ? .control : .plain, recorder: &recorder)
            pendingControl = -1
        } else if code == fnCode {
            blocks.open(.plain, recorder: &recorder)
        } else if code == endCode {
            blocks.close(line: stream.line(index), recorder: &recorder)
        } else if controls.contains(code) {
            pendingControl = stream.line(index)
        }
        return index + 1
    }

    /// A word used as a key (`do:`, `end: 2`), an atom (`:do`) or a field (`x.end`), not a keyword.
    private func isKey(_ index: Int) -> Bool {
        let touchingColon = stream.touchesNext(index) && stream.code(index + 1) == Code.colon
        let atom = index > 0 && stream.touchesNext(index - 1) && stream.code(index - 1) == Code.colon
        return touchingColon || atom || (index > 0 && stream.code(index - 1) == Code.dot)
    }

    /// `def name(…) [when …] do` or `, do:`: its name, then the body; returns where to go on.
    private mutating func definition(_ index: Int) -> Int {
        var cursor = index + 1
        guard cursor < stream.count, stream.tokens[cursor].kind == .word else { return cursor }
        var name = stream.text(cursor)
        cursor += 1
        // `empty?`, `fetch!`: the mark is part of the name.
        if cursor < stream.count, stream.touchesNext(cursor - 1),
            stream.codes[cursor] == Code.question || stream.codes[cursor] == Code.exclamation
        {
            name += stream.text(cursor)
            cursor += 1
        }
        var depth = 0
        var line = stream.line(index)
        while cursor < stream.count {
            let code = stream.codes[cursor]
            if depth == 0 && stream.line(cursor) != line {
                // The head goes on only with a guard on the next line; otherwise it had no body.
                guard code == whenCode else { return cursor }
                line = stream.line(cursor)
            }
            depth += Code.depthChange(code)
            if depth == 0 && code == doCode && stream.tokens[cursor].kind == .word {
                recorder.begin(name: name, line: stream.line(index))
                if isKey(cursor) { return oneLiner(from: cursor + 2) }
                blocks.open(.method, recorder: &recorder)
                return cursor + 1
            }
            cursor += 1
        }
        return cursor
    }

    /// A `, do: expr` body: up to the end of the line where its brackets close.
    private mutating func oneLiner(from start: Int) -> Int {
        var cursor = start
        var depth = 0
        while cursor < stream.count {
            let code = stream.codes[cursor]
            depth += Code.depthChange(code)
            if branches.contains(code) && !(stream.tokens[cursor].kind == .word && isKey(cursor)) { recorder.addCondition() }
            let lastOnLine = cursor + 1 >= stream.count || stream.line(cursor + 1) != stream.line(cursor)
            if lastOnLine && depth <= 0 {
                recorder.end(line: stream.line(cursor))
                return cursor + 1
            }
            cursor += 1
        }
        recorder.end(line: stream.line(stream.count - 1))
        return cursor
    }
}
