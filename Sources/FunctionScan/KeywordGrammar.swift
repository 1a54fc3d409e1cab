import FunctionTokens
import SourceScan

/// Functions in Rust (`fn`), Kotlin (`fun`) and Scala (`def`): a keyword, a name, parameters, a braced body.
///
/// The golike part of lizard: a function starts at its keyword's line and ends at the `}` closing its
/// body. A declaration without a body (a trait or interface method, `fun f() = expr`) is not reported.
struct KeywordGrammar {
    private enum State {
        case global, functionName, expectParameters, typeParameters, parameters, expectBody
    }

    private let stream: TokenStream
    private let branches: WordSet
    private let keyword: UInt64
    private var recorder = FunctionRecorder()
    private var blocks = BraceBlocks()
    private var state = State.global
    private var bracketCount = 0
    /// Whether the function being read has its name yet.
    private var isNamed = true

    init(stream: TokenStream, branches: WordSet, style: FunctionDetector.Style) {
        self.stream = stream
        self.branches = branches
        switch style {
        case .kotlin: keyword = wordCode("fun")
        case .scala: keyword = wordCode("def")
        default: keyword = wordCode("fn")
        }
    }

    mutating func run() -> [FunctionFacts] {
        for index in 0..<stream.count {
            if branches.contains(stream.codes[index]) { recorder.addCondition() }
            step(index)
        }
        return recorder.result()
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
            if code == Code.openBrace {
                state = .global
                blocks.open(isFunction: true, recorder: &recorder)
            } else if code == Code.semicolon || code == Code.equal || code == Code.closeBrace {
                abandon(index)
            }
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
        } else if stream.tokens[index].kind != .word {
            abandon(index)
        } else if !isNamed {
            recorder.rename(stream.text(index))
            isNamed = true
        }
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
        } else if stream.tokens[index].kind == .word && isControlKeyword(code) {
            blocks.noteControlKeyword()
        }
    }
}
