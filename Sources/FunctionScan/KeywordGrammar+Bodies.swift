import FunctionTokens
import Lexing

/// Kotlin's and Scala's expression bodies (`fun f(): Int = expr`, `def f = expr`), as lizard reads Kotlin's.
///
/// The body runs from the `=` to the next declaration at its level (`fun`, `val`, `class`…, not after a `.`),
/// a `;` at its level, or the `}` closing the block it is declared in. Its last line is that of its last
/// token, leaving out the annotations and modifiers (`@Test`, `private`) that open the next declaration's
/// lines. Bodies nest (`= object : I { override fun f() = 1 }`); one stack, no recursion.
struct ExpressionBodies {
    private struct Body {
        var depth: Int
        var parenDepth: Int
        var lastLine: Int32
        var inPreamble = false
    }

    private var open: [Body] = []
    /// Declarations that end a body at its level.
    private let enders: WordSet
    /// Enders only as the first word of their line: Kotlin's property accessors (`get() = …`).
    private let lineEnders: WordSet
    /// `object Name` declares (an ender); Kotlin's `object : Base() {…}` is an expression.
    private let objectCode = wordCode("object")
    /// Words that open a declaration's lines: annotations follow `@`.
    private let modifiers: WordSet

    init(style: FunctionDetector.Style) {
        (enders, lineEnders, modifiers) = style == .scala ? Self.scala : Self.kotlin
    }

    /// Built once, not per file: a `WordSet` allocates.
    private static let kotlin = (
        WordSet(["fun", "class", "interface", "val", "var", "init", "constructor", "typealias"]), WordSet(["get", "set"]),
        WordSet([
            "private", "public", "protected", "internal", "override", "open", "abstract", "final", "suspend",
            "inline", "operator", "infix", "data", "sealed", "enum", "companion", "lateinit", "const",
            "tailrec", "external", "annotation", "inner", "value", "actual", "expect",
        ]))
    private static let scala = (
        WordSet(["def", "val", "var", "class", "trait", "type"]), WordSet([]),
        WordSet(["private", "protected", "override", "final", "implicit", "lazy", "sealed", "abstract"]))

    /// The `=` at `index` starts the body of the function being read.
    mutating func begin(at index: Int, in stream: TokenStream, depth: Int, parenDepth: Int) {
        open.append(Body(depth: depth, parenDepth: parenDepth, lastLine: stream.line(index)))
    }

    /// Before token `index` is read: ends the innermost body when the token closes, ends or follows it;
    /// otherwise the token is part of it. The `}` that closes a body's block is part of the body around it.
    @inline(__always)
    mutating func read(_ index: Int, in stream: TokenStream, depth: Int, parenDepth: Int,
                       recorder: inout FunctionRecorder) {
        while !open.isEmpty && readBody(index, in: stream, depth: depth, parenDepth: parenDepth, recorder: &recorder) {}
    }

    /// Whether the token ended the innermost body with a `}`, to be read again by the body around it.
    private mutating func readBody(_ index: Int, in stream: TokenStream, depth: Int, parenDepth: Int,
                                   recorder: inout FunctionRecorder) -> Bool {
        var body = open[open.count - 1]
        let code = stream.codes[index]
        let line = stream.line(index)
        if code == Code.closeBrace && depth <= body.depth {
            end(at: body.lastLine, recorder: &recorder)
            return true
        }
        if depth == body.depth && parenDepth == body.parenDepth {
            if code == Code.semicolon {
                end(at: line, recorder: &recorder)
                return false
            }
            let isFirstOnLine = index == 0 || stream.line(index - 1) != line
            if isEnder(index, code, in: stream, isFirstOnLine: isFirstOnLine) {
                end(at: body.lastLine, recorder: &recorder)
                return false
            }
            if isFirstOnLine {
                body.inPreamble = code == Code.at || (stream.tokens[index].kind == .word && modifiers.contains(code))
            }
        }
        if !body.inPreamble { body.lastLine = line }
        open[open.count - 1] = body
        return false
    }

    private func isEnder(_ index: Int, _ code: UInt64, in stream: TokenStream, isFirstOnLine: Bool) -> Bool {
        guard stream.tokens[index].kind == .word else { return false }
        let declares = code == objectCode ? stream.isName(index + 1) : enders.contains(code)
        guard declares || isFirstOnLine && lineEnders.contains(code) else { return false }
        let before = index > 0 ? stream.codes[index - 1] : 0
        return before != Code.dot && before != Code.colonColon && before != Code.questionDot
    }

    /// Whether token `index`, first on its line, opens a declaration: a declaring word, a modifier or an annotation.
    /// After a signature it means the signature had no body (`override fun f(): Buffer` in an `expect class`).
    func startsDeclaration(_ index: Int, in stream: TokenStream) -> Bool {
        let code = stream.codes[index]
        if code == Code.at { return true }
        return stream.tokens[index].kind == .word
            && (modifiers.contains(code) || isEnder(index, code, in: stream, isFirstOnLine: true))
    }

    private mutating func end(at line: Int32, recorder: inout FunctionRecorder) {
        open.removeLast()
        recorder.end(line: line)
    }

    /// The end of the file ends every open body at its last token.
    mutating func finish(recorder: inout FunctionRecorder) {
        while let body = open.last { end(at: body.lastLine, recorder: &recorder) }
    }
}

/// The arms of Kotlin's `when (x) {…}` and Rust's `match x {…}`: each arm but the first adds a path, as lizard
/// counts them (a `case` label elsewhere). An arm is a `->` (Kotlin) or `=>` (Rust) directly in the block, not
/// in a lambda or a block nested in it.
struct ArmBlocks {
    private let keyword: UInt64
    private let arrow: UInt64
    /// Where the keyword was read, until its `{` opens: block depth and parenthesis depth.
    private var pending: (depth: Int, parenDepth: Int)?
    /// The open arm blocks: their block depth and the arms read so far.
    private var open: [(depth: Int, arms: Int)] = []

    init(style: FunctionDetector.Style) {
        switch style {
        case .kotlin: (keyword, arrow) = (wordCode("when"), Code.arrow)
        case .rust: (keyword, arrow) = (wordCode("match"), Code.fatArrow)
        default: (keyword, arrow) = (0, 0)
        }
    }

    /// Before token `code` is read: whether it is the `{` of a `when`/`match`; a `}` closing one pops it.
    @inline(__always)
    mutating func before(_ code: UInt64, depth: Int, parenDepth: Int) -> Bool {
        guard keyword != 0 else { return false }
        if code == Code.closeBrace, let last = open.last, last.depth == depth { open.removeLast() }
        guard code == Code.openBrace, let pending, pending.depth == depth, pending.parenDepth == parenDepth
        else { return false }
        self.pending = nil
        return true
    }

    /// After token `code` was read: notes the keyword, the block it opened, or an arm.
    @inline(__always)
    mutating func after(_ code: UInt64, opensArms: Bool, depth: Int, parenDepth: Int, recorder: inout FunctionRecorder) {
        guard keyword != 0 else { return }
        if opensArms {
            open.append((depth, 0))
        } else if code == keyword {
            pending = (depth, parenDepth)
        } else if code == arrow, let last = open.last, last.depth == depth, parenDepth == 0 {
            open[open.count - 1].arms += 1
            if last.arms >= 1 { recorder.addCondition() }
        }
    }
}
