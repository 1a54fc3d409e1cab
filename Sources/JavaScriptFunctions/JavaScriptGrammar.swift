import FunctionTokens
import SourceScan

/// Functions in JavaScript and TypeScript: `function` declarations and expressions, arrow functions,
/// object and class methods.
///
/// Follows lizard's `TypeScriptStates`, where every bracket opens a nested reader ("frame" here):
/// - `function name(…) {…}` and methods start at the `(` of their parameters; arrow functions start at
///   `=>`, or at the `(` in `name = (…) =>`. A default parameter value (`a = 1`) adds one.
/// - A braced body ends at its `}`; an expression body ends with its frame, at `;`, or at the first token
///   on a new line that continues nothing (`.then` and `(` continue it).
/// - `{` after a function head or a control head (`if (…)`, `else`, `do`, `try`) is a block; any other
///   `{` is an object literal or class body, whose `name(…) {` members are methods.
/// - `x = (…)` that turns out not to be a function (no `{` or `=>` after it) is dropped with the branches
///   it held, as lizard drops them.
/// Branches inside template literal interpolations do not count (lizard reads them as opaque text).
package struct JavaScriptGrammar: FunctionGrammar {
    enum Kind {
        case top, block, object, paren, array, body
    }

    enum Mode {
        case global, functionHead, parameters, afterParameters, conditionHead, statementOrBlock
        case typeExpression, generic, computedName, field, arrow
    }

    /// What a skipped TypeScript type belongs to, which decides the tokens that end it.
    enum TypeContext {
        /// `x: T` in a binding or parameter: ends at `=`, at a `{` or `=>` after a whole type, or with its line.
        case annotation
        /// `f(…): T`: as an annotation; a function whose return type is followed by neither `{` nor `=>` is a
        /// signature, not a function.
        case returnType
        /// `declare …`, `interface …`, `abstract …` members: `=`, `{…}` and `=>` are part of it.
        case declaration
    }

    /// One nested reader: its bracket, what lizard's instance tracks, and its state.
    struct Frame {
        var kind: Kind
        var mode = Mode.global
        /// A function started here and not yet ended (lizard's `started_function`).
        var started = false
        /// The function's `{` belongs to this frame's function: closing the body ends it.
        var isCallbackBody = false
        var lastTokens = TokenRange.none
        var functionName = TokenRange.none
        var previous: UInt64 = 0
        var inPropertyValue = false
        var ternaryDepth = 0
        var modifierSeen = false
        var getterPrefix = false
        /// For a parenthesis that may be arrow parameters: the enclosing complexity when it opened.
        var complexityAtOpen = 0
        var defaults = 0
        var initializing = false
        /// The condition head of `if (…)`: its close expects a statement or block.
        var isConditionHead = false
        /// The block after a condition head, `else`, `do` or `try`: its close forgets the previous token.
        var isStatementBlock = false
        /// `=>` was read: the next token starts the arrow function, taking these parameters' branches.
        var arrowParameters: (index: Int, complexity: Int, defaults: Int)?
        var parameterTokens = 0
        var isBindingCandidate = false
        /// Parameters: bracket depth and defaults seen.
        var depth = 0
        var angleDepth = 0
        /// Where a `<…>` of type parameters returns: a function head's, or the members' `.global`.
        var modeAfterGeneric = Mode.global
        /// A skipped type: what it belongs to, whether what was read so far is a whole type (a newline may end
        /// it), and whether its last token closed a parenthesis (so `=>` continues a function type).
        var typeContext = TypeContext.annotation
        var isTypeComplete = false
        var isTypeAfterGroup = false
        var isTypeParameterGroup = false
        /// `case` or `default` was read: the next `:` ends a label, read as lizard reads it.
        var isCaseLabel = false
        /// `class` was read: the next `{` here opens a class body, whose `name: T` members are typed fields.
        var isClassHead = false
        var isClassBody = false
    }

    struct TokenRange: Equatable {
        var first: Int
        var last: Int
        static let none = TokenRange(first: -1, last: -1)
        var isNone: Bool { first < 0 }
    }

    let stream: TokenStream
    let branches: WordSet
    var recorder = FunctionRecorder()
    var frames: [Frame] = [Frame(kind: .top)]
    /// A closed parenthesis right before `=>`: its branches and defaults move to the arrow function.
    var closedParen: (index: Int, complexity: Int, defaults: Int)?
    var previousEndLine: Int32 = 0

    static let codeFunction: UInt64 = 0x6E6F6974636E7566  // wordCode("function")
    static let codeAsync: UInt64 = 0x636E797361  // wordCode("async")
    static let codeStatic: UInt64 = 0x636974617473  // wordCode("static")
    static let codeNew: UInt64 = 0x77656E  // wordCode("new")
    static let codeAwait: UInt64 = 0x7469617761  // wordCode("await")
    static let codeGet: UInt64 = 0x746567  // wordCode("get")
    static let codeSet: UInt64 = 0x746573  // wordCode("set")
    static let codeElse: UInt64 = 0x65736C65  // wordCode("else")
    static let codeDo: UInt64 = 0x6F64  // wordCode("do")
    static let codeTry: UInt64 = 0x797274  // wordCode("try")
    static let codeOptionalDot: UInt64 = 0x2E3F  // wordCode("?.")
    static let codeCase: UInt64 = 0x65736163  // wordCode("case")
    static let codeDefault: UInt64 = 0x746C7561666564  // wordCode("default")
    /// Whether `code` is one of if, switch, for, while, catch (literal codes: no lazy global in the hot loop).
    static func conditionHeadsContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x686374697773, 0x726F66, 0x656C696877, 0x6863746163: true
        default: false
        }
    }
    /// Whether `code` is one of const, let, var, return, throw, yield, await (literal codes: no lazy global in the hot loop).
    static func bindingKeywordsContains(_ code: UInt64) -> Bool {
        switch code {
        case 0x74736E6F63, 0x74656C, 0x726176, 0x6E7275746572, 0x776F726874, 0x646C656979, 0x7469617761: true
        default: false
        }
    }

    package init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    package mutating func run() -> [FunctionFacts] {
        var regexEnd = -1
        for index in 0..<stream.count {
            // The rest of a regular expression literal: opaque, as in lizard.
            if Int(stream.tokens[index].start) < regexEnd { continue }
            let code = stream.codes[index]
            if code == Code.slash, let end = regexLiteralEnd(index) { regexEnd = end }
            if branches.contains(code) {
                if code != Code.question || !isOptionalName(index) { recorder.addCondition() }
            } else if code == Self.codeOptionalDot && isTernaryBeforeNumber(index) {
                recorder.addCondition()
            }
            step(index)
            previousEndLine = endLine(index)
        }
        // A signature whose return type runs to the end of the file (`.d.ts`) has no body.
        if top.mode == .typeExpression && top.typeContext == .returnType && top.started { abandon() }
        // lizard ends one function at the end of the file: the innermost, if the top reader started one.
        if frames[0].started { recorder.end(line: previousEndLine) }
        return recorder.result()
    }

    // MARK: - The reader

    mutating func step(_ index: Int) {
        switch top.mode {
        case .global: global(index)
        case .functionHead: functionHead(index)
        case .parameters: parameters(index)
        case .afterParameters: afterParameters(index)
        case .conditionHead: conditionHead(index)
        case .statementOrBlock: statementOrBlock(index)
        case .typeExpression: typeExpression(index)
        case .generic: generic(index)
        case .computedName:
            // The member is named by its whole key, `[ActionTypes.Open]`, not by its `[`.
            if stream.codes[index] == Code.closeBracket {
                top.mode = .global
                if !top.lastTokens.isNone { top.lastTokens.last = index }
            }
        case .field:
            let code = stream.codes[index]
            top.mode = .global
            if code == Code.openParen || code == Code.openBracket {
                top.functionName = .none
                top.previous = Code.dot
                global(index)
            } else if !top.lastTokens.isNone && top.lastTokens.last == index - 2 {
                top.lastTokens.last = index
            } else {
                top.lastTokens = TokenRange(first: index - 1, last: index)
            }
        case .arrow:
            // lizard starts an arrow function at the token after `=>`.
            top.mode = .global
            if !top.started {
                let moved = top.arrowParameters
                if let moved { recorder.addCondition(-moved.complexity) }
                begin(at: index)
                if let moved { recorder.addCondition(moved.complexity + moved.defaults) }
            }
            top.arrowParameters = nil
            top.functionName = .none
            top.modifierSeen = false
            global(index)
        }
    }

    mutating func global(_ index: Int) {
        let code = stream.codes[index]
        let arrowParen = closedParen
        closedParen = nil
        if stream.tokens[index].kind == .word && readsKeyword(index) { return }
        if code == Code.question {
            countTernary(index)
        } else if code == Code.colon && top.ternaryDepth > 0 {
            top.ternaryDepth -= 1
            top.lastTokens = TokenRange(first: index, last: index)
            top.previous = code
            return
        }
        if top.kind == .object && objectMember(index) { return }
        if code == Code.dot || code == Self.codeOptionalDot {
            top.mode = .field
            top.previous = Code.dot
            return
        }
        let newline = isNewline(index)
        if code == Self.codeFunction {
            if top.started && top.kind != .object { endStarted(line: stream.line(index)) }
            top.mode = .functionHead
        } else if Self.conditionHeadsContains(code) && stream.tokens[index].kind == .word {
            top.mode = .conditionHead
        } else if (code == Self.codeElse || code == Self.codeDo || code == Self.codeTry)
            && stream.tokens[index].kind == .word
        {
            top.mode = .statementOrBlock
        } else if code == Code.fatArrow {
            top.arrowParameters = arrowParen.flatMap { $0.index == index - 1 ? $0 : nil }
            top.mode = .arrow
        } else if code == Code.equal {
            if isIdentifierLike(top.lastTokens) { top.functionName = top.lastTokens }
        } else if code == Code.openParen {
            openParen(index)
        } else if code == Code.openBracket && ![Code.dot, Code.closeParen, Code.closeBracket, Code.closeBrace].contains(top.previous) {
            let isOperand = top.previous != 0 && (isOperandCode(top.previous))
            if !isOperand || Self.bindingKeywordsContains(top.previous) {
                openFrame(.array)
                top.isBindingCandidate = true
            }
        } else if code == Code.openBrace {
            if top.started {
                openFrame(.body, callbackBody: true)
            } else {
                let isClassBody = top.isClassHead
                top.isClassHead = false
                openFrame(.object)
                top.isClassBody = isClassBody
            }
        } else if code == Code.closeBrace || code == Code.closeParen
            || (code == Code.closeBracket && top.kind == .array)
        {
            closeFrame(at: index)
            return
        } else if newline || code == Code.semicolon {
            top.functionName = .none
            if top.started { endStarted(line: endLine(index)) }
            top.modifierSeen = false
            top.inPropertyValue = false
            top.previous = 0
        }
        if top.kind != .object && code == Code.colon {
            beginColonType()
            top.previous = code
            return
        }
        if top.kind == .object && code == Code.comma { top.inPropertyValue = false }
        top.lastTokens = TokenRange(first: index, last: index)
        if top.previous != Code.dot && top.previous != Self.codeNew { top.previous = code }
    }

    /// Whether a previous token is an operand (so a following `[` is a subscript, not an array).
    func isOperandCode(_ code: UInt64) -> Bool {
        let first = UInt8(truncatingIfNeeded: code)
        return (first | 0x20 >= 97 && first | 0x20 <= 122) || (first >= 48 && first <= 57) || first == 95
            || first == 36 || first == 35 || first == 39 || first == 34 || first == 96 || first >= 0x80
    }

    /// Parameters: each `=` at the top of a binding adds one; `)` moves on to the body.
    mutating func parameters(_ index: Int) {
        let code = stream.codes[index]
        top.parameterTokens += 1
        if top.parameterTokens == 1 && code == Code.openParen {
            // `((…))`: a grouped expression, not parameters.
            abandon()
            top.mode = .global
            openFrame(.paren)
            top.isBindingCandidate = true
            return
        }
        if code == Self.codeFunction && top.defaults == 0 {
            abandon()
            top.mode = .global
            global(index)
            return
        }
        if code == Code.openParen || code == Code.openBracket || code == Code.openBrace {
            top.depth += 1
        } else if code == Code.closeParen || code == Code.closeBracket || code == Code.closeBrace {
            top.depth -= 1
            if top.depth == 0 { top.mode = .afterParameters }
        } else if code == Code.comma {
            top.initializing = false
        } else if code == Code.equal && !top.initializing {
            top.initializing = true
            top.defaults += 1
            recorder.addCondition()
        }
    }

    /// Object literal and class body members; true when the token was consumed here.
    mutating func objectMember(_ index: Int) -> Bool {
        let code = stream.codes[index]
        if code == Self.codeGet || code == Self.codeSet {
            top.getterPrefix = true
            return true
        }
        if top.getterPrefix {
            top.getterPrefix = false
            top.lastTokens = TokenRange(first: index, last: index)
            if code == Code.openBracket { top.mode = .computedName }
            return true
        }
        if code == Code.openBracket {
            top.mode = .computedName
            top.lastTokens = TokenRange(first: index, last: index)
            return true
        }
        if code == Code.colon {
            memberColon()
            return true
        }
        if code == Code.less {
            top.mode = .generic
            top.angleDepth = 1
            return true
        }
        if code == Code.openParen {
            if top.previous == Code.dot || top.previous == Self.codeNew
                || (top.inPropertyValue && (top.functionName.isNone || !sameText(top.lastTokens, top.functionName)))
            {
                openFrame(.paren)
                frames[frames.count - 2].previous = code
                return true
            }
            if !top.started {
                // `field = (…) =>` keeps the field's name. lizard's `_function(name)` forgets `static` and
                // `async`, so the `{` of `static get x() {` opens the body.
                if top.lastTokens.isNone || stream.codes[top.lastTokens.first] != Code.equal || top.functionName.isNone {
                    top.functionName = top.lastTokens
                }
                top.modifierSeen = false
            }
            startParameters(index)
            return true
        }
        if top.modifierSeen && code != Code.star && code != Self.codeFunction && code != Code.fatArrow {
            if code == Code.equal {
                top.modifierSeen = false
                return false
            }
            top.lastTokens = TokenRange(first: index, last: index)
            return true
        }
        return false
    }
}
