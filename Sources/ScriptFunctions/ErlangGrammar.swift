import FunctionTokens
import SourceScan

/// Functions in Erlang: a function is all its clauses, from the first clause's head (a form that opens with an
/// atom and `(`) to the `.` ending the form; attributes (`-spec`, `-record`, `-define`…) are forms but no functions,
/// and an anonymous `fun (…) -> … end` is part of its function. lizard 1.24's Erlang reader ends a function at the
/// first `;` (a `case` clause's too) and reads a `-spec` as a function, so this is accrue's definition.
///
/// Complexity adds the language's branch tokens: `;` (each further clause of the function, a `case`, `if`,
/// `receive`, `try` or `fun`, and each alternative guard), `andalso`, `orelse` and `catch`. Nesting counts `case`,
/// `if`, `receive`, `try` and `maybe` blocks; `fun … end` and `begin … end` are plain blocks. A form ends at a `.`
/// followed by white space or the end of the file (`#state.field` and `1.5` end nothing); every block still open
/// there is closed with it, so an unbalanced `end` costs one form at most. A function whose form never ends is
/// dropped; an escript's `#!` line is skipped.
package struct ErlangGrammar: FunctionGrammar {
    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks = EndBlocks()
    /// Whether the next token opens a form.
    private var atFormStart = true

    private let controls = WordSet(["case", "if", "receive", "try", "maybe"])
    private let plainBlocks = WordSet(["begin"])
    private let funCode = wordCode("fun")
    private let endCode = wordCode("end")

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        var index = 0
        // An escript's `#!` line is no form.
        if stream.count > 1, stream.firstByte(0) == UInt8(ascii: "#"), stream.code(1) == Code.exclamation {
            while index < stream.count && stream.line(index) == stream.line(0) { index += 1 }
        }
        while index < stream.count {
            step(index)
            index += 1
        }
        return recorder.result()
    }

    private mutating func step(_ index: Int) {
        let code = stream.codes[index]
        if atFormStart {
            atFormStart = false
            if stream.isName(index), stream.code(index + 1) == Code.openParen, !recorder.isInFunction {
                recorder.begin(name: stream.text(index), line: stream.line(index))
            }
        }
        if branches.contains(code) { recorder.addCondition() }
        if code == Code.dot && !stream.touchesNext(index) {
            endForm(line: stream.line(index))
            return
        }
        guard stream.tokens[index].kind == .word else { return }
        if controls.contains(code) {
            blocks.open(.control, recorder: &recorder)
        } else if plainBlocks.contains(code) || (code == funCode && opensFun(after: index)) {
            blocks.open(.plain, recorder: &recorder)
        } else if code == endCode {
            blocks.close(line: stream.line(index), recorder: &recorder)
        }
    }

    /// `fun (…) ->` and the named `fun Loop(…) ->` open a block that `end` closes; `fun f/1` and `fun m:f/1` do not.
    private func opensFun(after index: Int) -> Bool {
        let next = stream.code(index + 1)
        if next == Code.openParen { return true }
        guard index + 2 < stream.count, stream.tokens[index + 1].kind == .word else { return false }
        let first = stream.firstByte(index + 1)
        let isVariable = first == UInt8(ascii: "_") || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
        return isVariable && stream.code(index + 2) == Code.openParen
    }

    /// A form's final `.` on `line`: a function open since its start ends; blocks left open close with it.
    private mutating func endForm(line: Int32) {
        while blocks.innermost != nil { blocks.close(line: line, recorder: &recorder) }
        if recorder.isInFunction { recorder.end(line: line) }
        atFormStart = true
    }
}
