import FunctionTokens
import SourceScan

/// Functions in OCaml, by layout as ocamlformat writes it: a function is a structure-level `let` (or `and`) binding
/// with parameters or a `fun`/`function` body, at the top level or in a `struct … end`, from its `let` to the last
/// line before the next line starting at its indentation or left of it (its closing `;;` included). A `let` on a
/// deeper line inside it is local (`let … in`) and part of it; a value (`let x = 5`, `let () = …`) is none. No
/// reference tool reads OCaml (lizard 1.24 has no reader), so this is accrue's definition.
///
/// Complexity adds each match, `function` or `try` arm after the first (a `|` not right after `with` or
/// `function`), each `when` guard, `if`, `while`, `for`, `&&` and `||`. Nesting is not measured (0): OCaml closes
/// none of those blocks with a token.
package struct OCamlGrammar: FunctionGrammar {
    private let stream: TokenStream
    /// The language's `branch_tokens` (`rules/languages.yaml`): one each.
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    /// The open function's indentation and the line of its last token so far.
    private var open: (indent: Int, lastLine: Int32)?

    private static let binders: Set<UInt64> = [wordCode("let"), wordCode("and")]
    private static let pipe = wordCode("|")
    private static let armStarts: Set<UInt64> = [wordCode("with"), wordCode("function")]
    /// Tokens that may start a line at the function's indentation and still be part of it (`;;` is two `;`).
    private static let continuations: Set<UInt64> = Set(["|", ")", "]", "}", ";"].map { wordCode($0) })
    /// `let rec f`, `let nonrec f`: the name comes after.
    private static let recursionMarks: Set<UInt64> = [wordCode("rec"), wordCode("nonrec")]
    /// Keywords that follow `let` or `and` and bind no function: `and type t = …`, `let open M in`, `let module
    /// M = struct … end in`, `let exception E in` (janestreet/base had 152 functions named `type`, 62 `open`).
    private static let keywords: Set<UInt64> = Set(
        ["type", "open", "module", "exception", "class", "external", "include", "val", "mutable", "private",
         "virtual", "method", "inherit", "constraint", "object", "struct", "sig", "functor", "in", "of", "then",
         "else", "begin", "end", "try", "match", "with", "when", "fun", "function", "if", "lazy", "assert", "new",
         "while", "for", "do", "done", "to", "downto", "true", "false"].map { wordCode($0) })
    private static let funStarts: Set<UInt64> = [wordCode("fun"), wordCode("function")]

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        for index in 0..<stream.count { step(index) }
        close()
        return recorder.result()
    }

    private mutating func step(_ index: Int) {
        let code = stream.code(index)
        if let indent = stream.indentation(index) {
            if let function = open,
                indent < function.indent || (indent == function.indent && !Self.continuations.contains(code))
            {
                close()
            }
            if open == nil, Self.binders.contains(code), let name = functionName(after: index) {
                recorder.begin(name: name, line: stream.line(index))
                open = (indent, stream.line(index))
                return
            }
        }
        guard open != nil else { return }
        open?.lastLine = stream.line(index)
        if branches.contains(code) || (code == Self.pipe && isArm(index)) { recorder.addCondition() }
        // `;;` starting a line ends the function with it.
        if code == Code.semicolon, stream.code(index + 1) == Code.semicolon, stream.indentation(index) != nil {
            open?.lastLine = stream.line(index + 1)
            close()
        }
    }

    /// Whether the `|` at `index` separates two arms: not a first arm's leading bar (after `with` or `function`),
    /// not an array's bracket (`[| … |]`).
    private func isArm(_ index: Int) -> Bool {
        if Self.armStarts.contains(stream.code(index - 1)) { return false }
        if stream.code(index - 1) == Code.openBracket && stream.touchesNext(index - 1) { return false }
        return !(stream.code(index + 1) == Code.closeBracket && stream.touchesNext(index))
    }

    private mutating func close() {
        guard let function = open else { return }
        recorder.end(line: function.lastLine)
        open = nil
    }

    /// The name a `let` or `and` at `index` binds when it binds a function: parameters before its `=`, or a `fun`
    /// or `function` right after it; nil for a value or a pattern.
    private func functionName(after index: Int) -> String? {
        var cursor = index + 1
        if Self.recursionMarks.contains(stream.code(cursor)) { cursor += 1 }
        guard cursor + 1 < stream.count, stream.isName(cursor), !Self.keywords.contains(stream.code(cursor)) else {
            return nil
        }
        let name = stream.text(cursor)
        let next = stream.code(cursor + 1)
        if next == Code.equal { return Self.funStarts.contains(stream.code(cursor + 2)) ? name : nil }
        return next == Code.colon ? nil : name
    }
}
