import FunctionTokens
import Lexing

/// Functions in Rust (`fn`), Kotlin (`fun`) and Scala (`def`): a keyword, a name, parameters, a body.
///
/// The golike part of lizard: a function starts at its keyword's line and ends at the `}` closing its
/// body. A declaration without a body (a trait, interface or `expect` member) is not reported: it ends at a `;`, a
/// `}`, or, in Kotlin and Scala, a declaration opening a later line. Kotlin's and Scala's
/// expression bodies (`fun f() = expr`) are functions too (see `ExpressionBodies`). The arms of Kotlin's
/// `when {…}` and Rust's `match x {…}` add one each but the first, as `case` labels do elsewhere; so do Rust's
/// `let … else` and Kotlin's `?:` (which the lexer reads as `?` and `:`), as lizard counts them.
struct KeywordGrammar: FunctionGrammar {
    private enum State {
        case global, functionName, expectParameters, typeParameters, parameters, expectBody
    }

    private let stream: TokenStream
    private let branches: WordSet
    private let style: FunctionDetector.Style
    private let keyword: UInt64
    private var recorder = FunctionRecorder()
    private var blocks = BraceBlocks()
    private var state = State.global
    private var bracketCount = 0
    /// Whether the function being read has its name yet.
    private var isNamed = true
    private var expressions: ExpressionBodies
    private var arms: ArmBlocks
    /// Kotlin's `?:` when the language counts it.
    private let countsElvis: Bool
    private let elseCode = wordCode("else")
    private var endsStatementsAtLines: Bool { style != .rust }

    init(stream: TokenStream, branches: WordSet, style: FunctionDetector.Style) {
        self.stream = stream
        self.branches = branches
        self.style = style
        switch style {
        case .kotlin: keyword = wordCode("fun")
        case .scala: keyword = wordCode("def")
        default: keyword = wordCode("fn")
        }
        expressions = ExpressionBodies(style: style)
        arms = ArmBlocks(style: style)
        countsElvis = style == .kotlin && branches.contains(wordCode("?:"))
    }

    mutating func run() -> [FunctionFacts] {
        for index in 0..<stream.count {
            let code = stream.codes[index]
            if branches.contains(code) || isExtraBranch(index, code) { recorder.addCondition() }
            expressions.read(index, in: stream, depth: blocks.depth, parenDepth: blocks.parenDepth, recorder: &recorder)
            if endsStatementsAtLines && code != Code.openBrace && index > 0 && stream.line(index - 1) != stream.line(index) {
                // Kotlin and Scala end statements with lines: `if (x) return` leaves no `{` to wait for.
                blocks.endStatement()
            }
            let opensArms = arms.before(code, depth: blocks.depth, parenDepth: blocks.parenDepth)
            step(index)
            arms.after(code, opensArms: opensArms, depth: blocks.depth, parenDepth: blocks.parenDepth, recorder: &recorder)
        }
        expressions.finish(recorder: &recorder)
        return recorder.result()
    }

    /// Kotlin's `?:` (two tokens) and Rust's `let … else` (an `else` that follows no `}` of an `if`).
    @inline(__always)
    private func isExtraBranch(_ index: Int, _ code: UInt64) -> Bool {
        if countsElvis {
            return code == Code.question && stream.touchesNext(index) && stream.code(index + 1) == Code.colon
        }
        return style == .rust && code == elseCode && index > 0 && stream.codes[index - 1] != Code.closeBrace
    }

    private mutating func step(_ index: Int) {
        let code = stream.codes[index]
        switch state {
        case .global:
            global(index)
        case .functionName:
            // Kotlin's `fun <T> name(…)`: the type parameters come before the name.
            isNamed = code != Code.less
            if isNamed { recorder.rename(stream.text(index)) }
            state = .expectParameters
            if code == Code.less || code == Code.openBracket || code == Code.openParen { step(index) }
        case .expectParameters:
            expectParameters(index, code)
        case .typeParameters:
            if code == Code.less || code == Code.openBracket { bracketCount += 1 }
            if code == Code.greater || code == Code.closeBracket { bracketCount -= 1 }
            if bracketCount == 0 { state = .expectParameters }
        case .parameters:
            bracketCount += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
            if bracketCount == 0 { state = .expectBody }
        case .expectBody:
            expectBody(index, code)
        }
    }

    /// After the name: parameters, type parameters, a receiver's `.`, or the name after `fun <T>`.
    private mutating func expectParameters(_ index: Int, _ code: UInt64) {
        if code == Code.openParen || code == Code.less || code == Code.openBracket {
            bracketCount = 0
            state = code == Code.openParen ? .parameters : .typeParameters
            step(index)
        } else if code == Code.dot {
            state = .functionName
        } else if style == .scala && (code == Code.colon || code == Code.equal) {
            // Scala's `def size: Int = …` and `def now = …` take no parameter list.
            state = .expectBody
            if code == Code.equal { step(index) }
        } else if stream.tokens[index].kind != .word {
            abandon(index)
        } else if !isNamed {
            recorder.rename(stream.text(index))
            isNamed = true
        }
    }

    private mutating func expectBody(_ index: Int, _ code: UInt64) {
        if code == Code.openBrace {
            state = .global
            blocks.open(isFunction: true, recorder: &recorder)
        } else if code == Code.equal && style != .rust {
            // Rust's `=` in a signature is a generic binding (`impl Future<Output = u8>`), never a body.
            state = .global
            expressions.begin(at: index, in: stream, depth: blocks.depth, parenDepth: blocks.parenDepth)
        } else if code == Code.semicolon || code == Code.closeBrace || code == keyword
            || endsStatementsAtLines && index > 0 && stream.line(index - 1) != stream.line(index)
                && expressions.startsDeclaration(index, in: stream) {
            // No body: an abstract, interface or `expect` member (Kotlin and Scala end it with a line, not a `;`),
            // so a declaration on a later line is not its body, nor is the next `{` (a class's, in okio's Buffer.kt).
            abandon(index)
        }
    }

    /// Kotlin's `else ->` labels the last arm of a `when`: its block is an arm's, not an `else` block.
    private func isArmLabel(_ index: Int, _ code: UInt64) -> Bool {
        style == .kotlin && code == elseCode && stream.code(index + 1) == Code.arrow
    }

    private mutating func abandon(_ index: Int) {
        recorder.discard()
        state = .global
        global(index)
    }

    private mutating func global(_ index: Int) {
        let code = stream.codes[index]
        if code == keyword {
            recorder.begin(name: "", line: stream.line(index))
            state = .functionName
        } else if code == Code.openBrace {
            blocks.open(isFunction: false, recorder: &recorder)
        } else if code == Code.closeBrace {
            blocks.close(line: stream.line(index), recorder: &recorder)
        } else if code == Code.openParen {
            blocks.openParen()
        } else if code == Code.closeParen {
            blocks.closeParen()
        } else if code == Code.semicolon {
            blocks.endStatement()
        } else if stream.tokens[index].kind == .word && isControlKeyword(code) && !isArmLabel(index, code) {
            blocks.noteControlKeyword()
        }
    }
}

