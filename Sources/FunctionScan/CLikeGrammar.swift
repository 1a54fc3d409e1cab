import FunctionTokens
import Lexing

/// Functions in C, C++, Objective-C, Java, C# and PHP: a name, a parenthesised parameter list, a braced body.
///
/// A port of lizard's `CLikeStates`: outside function bodies every identifier is a candidate name; a `(`
/// after it opens the parameters; after the `)` come qualifiers (`const`, `noexcept`, `throws`, `-> T`,
/// `[[attr]]`, K&R parameter declarations, a constructor's initializer list) and then either `{`, which
/// confirms the function, or anything else, which drops it. The body ends at the matching `}`. The
/// start line is the name's line; branch tokens before the body do not count (lizard resets them).
///
/// Faithful to lizard in its corners too (a C++ `[` at file scope starts a lambda reader; K&R parameters
/// are read back in order), because those decide which functions are seen at all.
struct CLikeGrammar: FunctionGrammar {
    enum State {
        case global, name, templateInName, operatorName, operatorNext, qualifiedName
        case parameters, afterParameters, throwSpec, untilBody, noexcept, oldStyleParameters
        case initializerList, oneInitializer, initializerParens, initializerBraces
        case body, attribute
        case lambdaCheck, lambdaCapture, lambdaParameters, lambdaParameterList, lambdaBody, lambdaBodySkip
        case objcDeclarationBegin, objcDeclaration, objcParameterType, objcParameter
        case phpFunction
    }

    let stream: TokenStream
    let branches: WordSet
    let style: FunctionDetector.Style
    var recorder = FunctionRecorder()
    var blocks = BraceBlocks()
    var state = State.global

    /// lizard's shared `br_count`: one counter for every bracket-reading state.
    var bracketCount = 0
    /// lizard's shared `bracket_stack` of `(`, `<`, `[`, `{` for parameters and lambdas.
    var bracketStack: [UInt64] = []
    /// The candidate function: its first name token, line and whether it is waiting for its `{`.
    var candidateName = 0
    var candidateLine: Int32 = 0
    var isConfirmed = false
    /// A PHP closure (`function (…) use (…) {`): it has no name token.
    var isAnonymous = false
    /// K&R parameter declarations: where the saved run of tokens starts.
    var savedStart = 0
    var objcParenDepth = 0
    /// The last token whose branch tokens were counted, and the last whose braces were tracked: K&R
    /// parameters are read twice, but each token counts once.
    var counted = -1
    var tracked = -1
    /// `&&` reads ahead to the next `=`, `;`, `{`, `}` or `)`: an `=` first makes it an rvalue reference.
    var rvalueScanEnd = -1

    static let codeIf: UInt64 = 0x6669  // wordCode("if")
    static let codeIfdef: UInt64 = 0x6665646669  // wordCode("ifdef")
    static let codeElif: UInt64 = 0x66696C65  // wordCode("elif")
    static let codeConst: UInt64 = 0x74736E6F63  // wordCode("const")
    static let codeThrow: UInt64 = 0x776F726874  // wordCode("throw")
    static let codeThrows: UInt64 = 0x73776F726874  // wordCode("throws")
    static let codeNoexcept: UInt64 = 0x7470656378656F6E  // wordCode("noexcept")
    static let codeOperator: UInt64 = 0x726F74617265706F  // wordCode("operator")
    static let codeVoid: UInt64 = 0x64696F76  // wordCode("void")
    static let codeTemplate: UInt64 = 0x6574616C706D6574  // wordCode("template")
    static let codeWhere: UInt64 = 0x6572656877  // wordCode("where")
    static let codeNew: UInt64 = 0x77656E  // wordCode("new")
    /// Whether `code` is one of struct, class, union (literal codes: no lazy global in the hot loop).
    static func namespaceWordsContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x746375727473, 0x7373616C63, 0x6E6F696E75: true
        default: false
        }
    }
    var nestingMode = NestingMode.global
    var templateDepth = 0

    init(stream: TokenStream, branches: WordSet, style: FunctionDetector.Style) {
        self.stream = stream
        self.branches = branches
        self.style = style
    }

    mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count {
            if stream.tokens[index].kind == .directive {
                if index > counted {
                    let word = stream.directiveWord(index)
                    if word == Self.codeIf || word == Self.codeIfdef || word == Self.codeElif {
                        recorder.addCondition()
                    }
                    counted = index
                    tracked = index
                }
                index = stream.endOfDirective(index)
                continue
            }
            if index > counted {
                countBranches(index)
                counted = index
            }
            let next = advance(index)
            if next > index && index > tracked {
                trackBraces(index)
                tracked = index
            }
            index = next
        }
        return recorder.result()
    }

    // MARK: - Complexity and blocks (each token once)

    @inline(__always)
    mutating func countBranches(_ index: Int) {
        let code = stream.codes[index]
        guard branches.contains(code), !isTypeQuestionMark(index, code) else { return }
        recorder.addCondition()
        if code == Code.andAnd && (style == .c || style == .cpp || style == .objc) && index > rvalueScanEnd {
            var ahead = index + 1
            while ahead < stream.count {
                let aheadCode = stream.codes[ahead]
                if aheadCode == Code.semicolon || aheadCode == Code.openBrace || aheadCode == Code.closeBrace
                    || aheadCode == Code.closeParen
                {
                    break
                }
                if aheadCode == Code.equal && isPlainAssignment(ahead) {
                    recorder.addCondition(-1)
                    break
                }
                ahead += 1
            }
            rvalueScanEnd = ahead
        }
    }

    /// lizard's nesting reader: `struct`/`class`/`union`/`namespace` heads and `template <…>` lists.
    enum NestingMode {
        case global, dot, namespaceHead, template
    }

    @inline(__always)
    mutating func trackBraces(_ index: Int) {
        let code = stream.codes[index]
        switch nestingMode {
        case .global:
            if code == Self.codeTemplate {
                nestingMode = .template
                templateDepth = 0
                return
            } else if code == Code.dot {
                nestingMode = .dot
                return
            } else if opensTypeHead(index, code) {
                nestingMode = .namespaceHead
                return
            }
        case .dot:
            nestingMode = .global
            return
        case .template:
            templateDepth += code == Code.less ? 1 : code == Code.greater ? -1 : 0
            if templateDepth == 0 { nestingMode = .global }
            return
        case .namespaceHead:
            if code == Code.openBrace {
                // A type or namespace body: a function confirmed just before it never opens (lizard).
                isConfirmed = false
                nestingMode = .global
            } else if code == Code.semicolon
                || (!hasParameterizedTypes && (code == Code.openParen || code == Code.closeParen))
            {
                nestingMode = .global
            }
        }
        switch code {
        case Code.openBrace:
            blocks.open(isFunction: isConfirmed, recorder: &recorder)
            isConfirmed = false
        case Code.closeBrace:
            isConfirmed = false
            blocks.close(line: stream.line(index), recorder: &recorder)
        case Code.openParen:
            blocks.openParen()
        case Code.closeParen:
            blocks.closeParen()
        case Code.semicolon:
            blocks.endStatement()
        default:
            if stream.tokens[index].kind == .word && isControlKeyword(code) { blocks.noteControlKeyword() }
        }
    }

    // MARK: - The state machine

    /// Processes token `index` in the current state; returns the index of the next token to read.
    mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        switch state {
        case .global:
            return global(index)
        case .name:
            if code == Code.openParen {
                state = .parameters
                return parameters(index)
            } else if code == Code.colonColon {
                state = .qualifiedName
            } else if code == Code.less {
                state = .templateInName
                return readBrackets(index, open: Code.less, close: Code.greater, then: .name)
            } else {
                state = .global
                return global(index)
            }
        case .templateInName:
            return readBrackets(index, open: Code.less, close: Code.greater, then: .name)
        case .qualifiedName:
            state = code == Self.codeOperator ? .operatorName : .name
        case .operatorName:
            if code != Code.openParen { state = .operatorNext }
        case .operatorNext:
            if code == Code.openParen {
                state = .parameters
                return parameters(index)
            } else if code == Code.semicolon || code == Code.openBrace || code == Code.closeBrace {
                state = .global
                return global(index)
            }
        case .parameters:
            return parameters(index)
        case .afterParameters:
            return afterParameters(index)
        case .throwSpec:
            bracketCount += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
            if bracketCount == 0 { state = .afterParameters }
        case .untilBody:
            if code == Code.semicolon || code == Code.openBrace {
                state = .afterParameters
                return afterParameters(index)
            }
        case .noexcept:
            if code == Code.openParen {
                state = .throwSpec
                return step(index)
            }
            state = .afterParameters
            return afterParameters(index)
        case .oldStyleParameters:
            return oldStyleParameters(index)
        case .initializerList, .oneInitializer, .initializerParens, .initializerBraces:
            return initializer(index)
        case .body:
            return body(index)
        case .attribute:
            return readBrackets(index, open: Code.openBracket, close: Code.closeBracket, then: .afterParameters)
        case .lambdaCheck, .lambdaCapture, .lambdaParameters, .lambdaParameterList, .lambdaBody, .lambdaBodySkip:
            return lambda(index)
        case .objcDeclarationBegin, .objcDeclaration, .objcParameterType, .objcParameter:
            return objcDeclaration(index)
        case .phpFunction:
            return phpFunctionName(index)
        }
        return index + 1
    }

    mutating func afterParameters(_ index: Int) -> Int {
        let code = stream.codes[index]
        if style == .objc && (code == Code.plus || code == Code.minus) {
            state = .global
            return index + 1
        }
        if qualifiesParameters(code) {
            return index + 1
        } else if opensParenthesizedSpecifier(index) {
            state = .throwSpec
        } else if runsUntilBody(code) {
            state = .untilBody
        } else if code == Self.codeNoexcept {
            state = .noexcept
        } else if code == Code.openParen {
            // `(*f(int))(char)`: the declarator goes on; the function restarts here.
            candidateLine = stream.line(index)
            state = .parameters
            return parameters(index)
        } else if code == Code.openBrace {
            // A C# or Java type's head with parentheses (`class C(int x) : Base(x) {`) opens its body, no function's.
            if nestingMode == .namespaceHead && hasParameterizedTypes {
                state = .global
                return index + 1
            }
            confirm()
            state = .body
            return step(index)
        } else if code == Code.colon {
            state = .initializerList
        } else if code == Code.openBracket {
            state = .attribute
            return step(index)
        } else if !stream.isName(index) {
            state = .global
            return global(index)
        } else {
            state = .oldStyleParameters
            savedStart = index
        }
        if style == .objc && state != .body {
            state = .objcDeclarationBegin
            candidateName = index
            candidateLine = stream.line(index)
        }
        return index + 1
    }

    /// What runs from the parameters up to the body: Java's `throws`, a trailing return type's `->`, PHP's `): ?int {`
    /// (a return type, not a C++ initializer list) and C#'s `where T : Base, new()`, which constrains a generic
    /// method's types (lizard named the method `new`, or lost it and read the `if (…) {` in its body as a function).
    private func runsUntilBody(_ code: UInt64) -> Bool {
        code == Self.codeThrows || code == Code.arrow || (code == Code.colon && style == .php)
            || (code == Self.codeWhere && style == .csharp)
    }

    mutating func lambda(_ index: Int) -> Int {
        let code = stream.codes[index]
        switch state {
        case .lambdaCheck:
            if code == Code.closeBracket {
                state = .lambdaParameters
            } else if code == Code.openBracket {
                state = .attribute
            } else {
                state = .lambdaCapture
            }
        case .lambdaCapture:
            if code == Code.closeBracket { state = .lambdaParameters }
        case .lambdaParameters:
            if code == Code.openParen {
                bracketStack.append(Code.openParen)
                state = .lambdaParameterList
            } else {
                state = .lambdaBody
                return lambda(index)
            }
        case .lambdaParameterList:
            if code == Code.openParen {
                bracketStack.append(code)
            } else if code == Code.closeParen {
                if bracketStack.last == Code.openParen {
                    bracketStack.removeLast()
                    if bracketStack.isEmpty { state = .lambdaBody }
                }
            } else if code == Code.less || code == Code.openBracket {
                bracketStack.append(code)
            } else if code == Code.greater && bracketStack.last == Code.less {
                bracketStack.removeLast()
            } else if code == Code.closeBracket && bracketStack.last == Code.openBracket {
                bracketStack.removeLast()
            }
        case .lambdaBody:
            if code == Code.openBrace {
                bracketStack.append(code)
                state = .lambdaBodySkip
            } else if code == Code.semicolon || code == Code.comma || code == Code.closeParen {
                state = .global
                return global(index)
            }
        case .lambdaBodySkip:
            if code == Code.openBrace {
                bracketStack.append(code)
            } else if code == Code.closeBrace && bracketStack.last == Code.openBrace {
                bracketStack.removeLast()
                if bracketStack.isEmpty { state = .global }
            }
        default:
            break
        }
        return index + 1
    }

    /// Objective-C method declarations: `- (void)move:(int)x by:(int)y {`.
    mutating func objcDeclaration(_ index: Int) -> Int {
        let code = stream.codes[index]
        switch state {
        case .objcDeclarationBegin:
            if code == Code.colon {
                state = .objcDeclaration
            } else if code == Code.openBrace {
                confirm()
                state = .body
                return step(index)
            } else {
                state = .global
            }
        case .objcDeclaration:
            if code == Code.openParen {
                objcParenDepth = 0
                state = .objcParameterType
            } else if code == Code.openBrace {
                confirm()
                state = .body
                return step(index)
            } else if code != Code.comma {
                state = .objcDeclarationBegin
            }
        case .objcParameterType:
            if code == Code.openParen {
                objcParenDepth += 1
            } else if code == Code.closeParen {
                if objcParenDepth > 0 { objcParenDepth -= 1 } else { state = .objcParameter }
            }
        case .objcParameter:
            state = .objcDeclaration
        default:
            break
        }
        return index + 1
    }
}
