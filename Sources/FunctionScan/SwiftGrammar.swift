import FunctionTokens
import Lexing

/// Functions in Swift: `func`, `init`, `subscript`, `deinit` and property accessors (`get`, `set`,
/// `willSet`, `didSet`).
///
/// Follows lizard's `SwiftStates`: a function starts at its keyword's line and its branch tokens count
/// from there (default arguments included) to the `}` closing its body; protocol bodies are skipped.
/// Closures are not functions: their branches count for the enclosing one. A `?` counts only as a ternary,
/// that is with white space before it (`a ? b : c`, not `x?.y`, `try?` or `Int?`); `??` never counts.
/// A keyword used as an argument label (`foo(for: x)`) is not a branch.
struct SwiftGrammar: FunctionGrammar {
    private enum State {
        case global, functionName, expectParameters, typeParameters, parameters, expectBody
        case accessorHead, protocolBody, skipNext
    }

    private enum AccessorStep {
        case name, parameter, parameterName, parameterEnd, effects, errorType
    }

    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks = BraceBlocks()
    private var state = State.global
    private var bracketCount = 0
    private var typeOpen: UInt64 = 0
    private var typeClose: UInt64 = 0
    /// Whether the `{` ending the current declaration opens a function body.
    private var bodyIsFunction = false
    private var accessorIndex = 0
    private var accessorStep = AccessorStep.name
    /// The last token read in the global state (`.init(…)` and `.get` are not declarations).
    private var previousGlobal: UInt64 = 0
    private var counted = -1

    private static let codeFunc: UInt64 = 0x636E7566  // wordCode("func")
    private static let codeInit: UInt64 = 0x74696E69  // wordCode("init")
    private static let codeDeinit: UInt64 = 0x74696E696564  // wordCode("deinit")
    private static let codeGet: UInt64 = 0x746567  // wordCode("get")
    private static let codeSet: UInt64 = 0x746573  // wordCode("set")
    private static let codeWillSet: UInt64 = 0x7465536C6C6977  // wordCode("willSet")
    private static let codeDidSet: UInt64 = 0x746553646964  // wordCode("didSet")
    private static let codeProtocol: UInt64 = 0x6C6F636F746F7270  // wordCode("protocol")
    private static let codeLet: UInt64 = 0x74656C  // wordCode("let")
    private static let codeVar: UInt64 = 0x726176  // wordCode("var")
    private static let codeCase: UInt64 = 0x65736163  // wordCode("case")
    private static let codeAsync: UInt64 = 0x636E797361  // wordCode("async")
    private static let codeThrows: UInt64 = 0x73776F726874  // wordCode("throws")
    /// Directives whose whole line lizard reads as one token.
    /// Whether `code` is one of if, elseif, else, endif, warning, error (literal codes: no lazy global in the hot loop).
    private static func lineDirectivesContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x666965736C65, 0x65736C65, 0x6669646E65, 0x676E696E726177, 0x726F727265: true
        default: false
        }
    }

    init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count {
            if stream.tokens[index].kind == .directive {
                let word = stream.directiveWord(index)
                if Self.lineDirectivesContains(word) || stream.tokens[index].equals("#sourceLocation", in: stream.bytes) {
                    counted = max(counted, index)
                    index = stream.endOfDirective(index)
                    continue
                }
            }
            if index > counted {
                countBranch(index)
                counted = index
            }
            index = step(index)
        }
        return recorder.result()
    }

    // MARK: - Complexity

    private mutating func countBranch(_ index: Int) {
        let code = stream.codes[index]
        guard branches.contains(code) else { return }
        if code == Code.question {
            if stream.isPrecededBySpace(index) { recorder.addCondition() }
            return
        }
        if stream.tokens[index].kind == .word && (isLabel(index) || isEscaped(index)) { return }
        recorder.addCondition()
    }

    /// Whether the word at `index` is an argument label: `(for: x)`, `, if: y`.
    private func isLabel(_ index: Int) -> Bool {
        guard index > 0, index + 1 < stream.count else { return false }
        let before = stream.codes[index - 1]
        return (before == Code.openParen || before == Code.comma) && stream.codes[index + 1] == Code.colon
    }

    /// Whether the word is written in backticks (`` `default` ``), so it is a name, not a keyword.
    private func isEscaped(_ index: Int) -> Bool {
        let start = Int(stream.tokens[index].start)
        return start > 0 && stream.bytes[start - 1] == UInt8(ascii: "`")
    }

    // MARK: - Declarations

    private mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        switch state {
        case .global:
            return global(index)
        case .skipNext:
            // lizard skips any token after `let`, `var`, `case` and `,`; braces are kept, because skipping
            // the `{` of `f(x, { … })` would end the enclosing function at the closure's `}`.
            state = .global
            if code == Code.openBrace || code == Code.closeBrace || code == Code.openParen || code == Code.closeParen {
                return global(index)
            }
            previousGlobal = code
        case .functionName:
            if code == Code.backtick { return index + 1 }
            if code == Code.openBrace {
                state = .expectBody
                return step(index)
            }
            if code == Code.openParen {
                state = .parameters
                return step(index)
            }
            recorder.rename(stream.text(index))
            state = .expectParameters
            return index + operatorTokenCount(index)
        case .expectParameters:
            if code == Code.backtick {
                return index + 1
            } else if code == Code.openParen {
                state = .parameters
                return step(index)
            } else if code == Code.less || code == Code.openBracket {
                typeOpen = code
                typeClose = code == Code.less ? Code.greater : Code.closeBracket
                bracketCount = 0
                state = .typeParameters
                return step(index)
            }
            // Not a declaration after all; lizard keeps it open and credits it with what follows.
            state = .global
        case .typeParameters:
            bracketCount += code == typeOpen ? 1 : code == typeClose ? -1 : 0
            if bracketCount == 0 { state = .expectParameters }
        case .parameters:
            bracketCount += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
            if bracketCount == 0 { state = .expectBody }
        case .expectBody:
            if code == Code.openBrace {
                state = .global
                blocks.open(isFunction: true, recorder: &recorder)
            }
        case .accessorHead:
            return accessorHead(index)
        case .protocolBody:
            bracketCount += code == Code.openBrace ? 1 : code == Code.closeBrace ? -1 : 0
            if bracketCount == 0 && code == Code.closeBrace { state = .global }
        }
        return index + 1
    }

    private mutating func global(_ index: Int) -> Int {
        let code = stream.codes[index]
        defer { previousGlobal = code }
        // A word in backticks is a name, never a keyword: lizard reads `` `protocol` `` as one token.
        let isWord = stream.tokens[index].kind == .word
        if isWord && isEscaped(index) { return index + 1 }
        if isWord && previousGlobal != Code.dot && !isLabel(index)
            && (code == Self.codeInit || stream.tokens[index].equals("subscript", in: stream.bytes))
        {
            recorder.begin(name: stream.text(index), line: stream.line(index))
            state = .expectParameters
            // `init?(` and `init!(`: the mark belongs to the name.
            if stream.touchesNext(index) && (stream.code(index + 1) == Code.question || stream.code(index + 1) == Code.exclamation) {
                counted = max(counted, index + 1)
                return index + 2
            }
        } else if isWord && previousGlobal != Code.dot && isAccessor(code) {
            accessorIndex = index
            accessorStep = .name
            state = .accessorHead
        } else if code == Self.codeProtocol {
            bracketCount = 0
            state = .protocolBody
        } else if code == Self.codeLet || code == Self.codeVar || code == Self.codeCase || code == Code.comma {
            state = .skipNext
        } else if code == Self.codeFunc {
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
        } else if isWord && isControlKeyword(code) {
            blocks.noteControlKeyword()
        }
        return index + 1
    }

    private func isAccessor(_ code: UInt64) -> Bool {
        code == Self.codeGet || code == Self.codeSet || code == Self.codeWillSet || code == Self.codeDidSet
            || code == Self.codeDeinit
    }

    /// An accessor's head (`get`, `set(newValue)`, `get async throws(E)`) must end in `{`; anything else
    /// is an expression (`set.insert(x)`, `private(set)`), read again from the token after the word.
    private mutating func accessorHead(_ index: Int) -> Int {
        let code = stream.codes[index]
        let name = stream.codes[accessorIndex]
        let takesParameter = name == Self.codeSet || name == Self.codeWillSet || name == Self.codeDidSet
        var next: AccessorStep?
        if code == Code.openBrace && [.name, .parameterEnd, .effects].contains(accessorStep) {
            recorder.begin(name: stream.text(accessorIndex), line: stream.line(accessorIndex))
            blocks.open(isFunction: true, recorder: &recorder)
            state = .global
            previousGlobal = code
            return index + 1
        }
        switch accessorStep {
        case .name where code == Code.openParen && takesParameter: next = .parameter
        case .parameter where stream.isName(index): next = .parameterName
        case .parameterName where code == Code.closeParen: next = .parameterEnd
        case .name, .effects:
            if name == Self.codeGet && (code == Self.codeAsync || code == Self.codeThrows) {
                next = .effects
            } else if accessorStep == .effects && code == Code.openParen {
                next = .errorType
            }
        case .errorType where code != Code.closeBrace && code != Code.openBrace:
            next = code == Code.closeParen ? .effects : .errorType
        default:
            break
        }
        guard let next else {
            state = .global
            previousGlobal = name
            return accessorIndex + 1
        }
        accessorStep = next
        return index + 1
    }

    /// How many of our tokens make up the operator lizard reads as one name (`+=`, `===`, `<<=`).
    private func operatorTokenCount(_ index: Int) -> Int {
        guard stream.tokens[index].kind == .punct else { return 1 }
        let start = Int(stream.tokens[index].start)
        var length = 1
        for symbol in lizardOperators where symbol.count > Int(stream.tokens[index].length) {
            guard start + symbol.count <= stream.bytes.count else { continue }
            var matches = true
            for (offset, byte) in symbol.enumerated() where stream.bytes[start + offset] != byte {
                matches = false
                break
            }
            if matches {
                length = symbol.count
                break
            }
        }
        var count = 1
        while count < length, index + count < stream.count, Int(stream.tokens[index + count].start) < start + length {
            count += 1
        }
        return count
    }
}

/// The operators lizard's tokenizer reads as one token, in the order its pattern tries them.
let lizardOperators: [[UInt8]] = [
    "<<=", ">>=", "||", "&&", "===", "!==", "==", "!=", "<=", ">=", "->", "=>", "++", "--", "+=", "-=",
    "*=", "/=", "^=", "&=", "|=", "...", "::", ":=", "**", "??",
].map { Array($0.utf8) }
