import FunctionTokens
import Lexing

/// Functions in Dart: top-level functions, methods, constructors (named, factory, with initializer lists),
/// getters, setters, operators, local functions and block-bodied closures.
///
/// Dart has no function keyword, and lizard has no Dart reader; the rule is C's: a name, a parameter list and
/// a body make a function. The body is a block (`{…}`, after an optional `async`, `async*` or `sync*`) or an
/// expression (`=> …;`, ended by its `;`); a constructor's initializer list (`: x = 0 {…}`) comes before its
/// block. A declaration without a body (abstract, external, `;`-ended constructors, redirecting factories)
/// is not reported. A function starts on its name's line (a getter's too; an operator's is `operator ==`)
/// and ends on the `}` or `;` that closes its body.
///
/// Where a name before `(` is not a declaration: after an `=` in the same statement (an initializer), after
/// `.` inside code (a call), in a class header (`extension type E(int x)`) and in a switch expression's body,
/// whose object patterns (`Square(length: var l) =>`) read like functions. A closure with a block body
/// (`(e) {…}`, `() async {…}`) is a function of its own named `(anonymous)`, as lizard names JavaScript's; an
/// expression closure (`(a) => a.length`) is part of the function around it.
///
/// Complexity: the language's `branch_tokens`, plus a `?` with white space before it (a conditional; `T?`
/// is a nullable type) and each arm of a switch expression but `_ =>` (as `case` labels count, `default`
/// not).
struct DartGrammar: FunctionGrammar {
    /// What an open brace holds.
    private enum Context: UInt8 {
        case declarations, code, switchBody
    }

    private let stream: TokenStream
    private let branches: WordSet
    private var recorder = FunctionRecorder()
    private var blocks = BraceBlocks()
    /// Parallel to `blocks`; the file itself holds declarations.
    private var contexts: [Context] = []
    /// The context the next `{` at `pendingParenDepth` opens, announced by `class`, `switch`….
    private var pending: Context?
    private var pendingParenDepth = 0
    /// The index of the `{` that opens the body of the function just begun.
    private var bodyAt = -1
    /// Open expression bodies: the brace and parenthesis depths at which their `;` comes.
    private var expressionEnds: [(depth: Int, parenDepth: Int)] = []
    /// Whether an `=` came outside parentheses since the statement started.
    private var assigned = false

    private static let codeClass: UInt64 = 0x7373616C63  // wordCode("class")
    private static let codeMixin: UInt64 = 0x6E6978696D  // wordCode("mixin")
    private static let codeEnum: UInt64 = 0x6D756E65  // wordCode("enum")
    private static let codeExtension: UInt64 = 0x9F82D98C5190E81A  // wordCode("extension")
    private static let codeSwitch: UInt64 = 0x686374697773  // wordCode("switch")
    private static let codeGet: UInt64 = 0x746567  // wordCode("get")
    private static let codeAsync: UInt64 = 0x636E797361  // wordCode("async")
    private static let codeSync: UInt64 = 0x636E7973  // wordCode("sync")
    private static let codeOperator: UInt64 = 0x726F74617265706F  // wordCode("operator")
    private static let codeReturn: UInt64 = 0x6E7275746572  // wordCode("return")
    private static let codeUnderscore: UInt64 = 0x5F  // wordCode("_")

    /// Words that cannot name a function or stand before one: control words and expression keywords.
    /// (if, for, while, switch, catch, return, await, throw, yield, new, else, case, in, is, as, do, assert,
    /// super, this; literal codes: no lazy global in the hot loop.)
    private static func isReserved(_ code: UInt64) -> Bool {
        switch code {
        case 0x6669, 0x726F66, 0x656C696877, 0x686374697773, 0x6863746163, 0x6E7275746572, 0x7469617761,
            0x776F726874, 0x646C656979, 0x77656E, 0x65736C65, 0x65736163, 0x6E69, 0x7369, 0x7361, 0x6F64,
            0x747265737361, 0x7265707573, 0x73696874:
            true
        default:
            false
        }
    }

    init(stream: TokenStream, branches: WordSet) {
        self.stream = stream
        self.branches = branches
    }

    private var context: Context { contexts.last ?? .declarations }

    mutating func run() -> [FunctionFacts] {
        var index = 0
        while index < stream.count {
            countBranch(index)
            index = max(step(index), index + 1)
        }
        return recorder.result()
    }

    private mutating func countBranch(_ index: Int) {
        let code = stream.codes[index]
        if branches.contains(code) || (code == Code.question && stream.isPrecededBySpace(index)) {
            recorder.addCondition()
        }
    }

    /// Reads token `index`; returns the index of the next token to read.
    private mutating func step(_ index: Int) -> Int {
        let code = stream.codes[index]
        switch code {
        case Code.openBrace:
            open(index)
        case Code.closeBrace:
            close(index)
        case Code.openParen:
            if let next = function(at: index) { return next }
            blocks.openParen()
        case Code.closeParen:
            blocks.closeParen()
        case Code.semicolon:
            endStatement(index)
        case Code.equal:
            if blocks.parenDepth == 0 { assigned = true }
        case Code.fatArrow:
            if context == .switchBody && blocks.parenDepth == 0 && stream.code(index - 1) != Self.codeUnderscore {
                recorder.addCondition()
            }
        default:
            guard stream.tokens[index].kind == .word else { break }
            if isControlKeyword(code) { blocks.noteControlKeyword() }
            return word(index, code)
        }
        return index + 1
    }

    private mutating func word(_ index: Int, _ code: UInt64) -> Int {
        switch code {
        case Self.codeClass, Self.codeMixin, Self.codeEnum, Self.codeExtension:
            if context == .declarations && stream.code(index - 1) != Code.dot { announce(.declarations) }
        case Self.codeSwitch:
            announce(.switchBody)
        case Self.codeGet:
            if let next = getter(at: index) { return next }
        default:
            break
        }
        return index + 1
    }

    private mutating func announce(_ next: Context) {
        pending = next
        pendingParenDepth = blocks.parenDepth
    }

    private mutating func open(_ index: Int) {
        let isFunction = bodyAt == index
        var next = Context.code
        if !isFunction, let pending, pendingParenDepth == blocks.parenDepth { next = pending }
        bodyAt = -1
        pending = nil
        assigned = false
        blocks.open(isFunction: isFunction, recorder: &recorder)
        contexts.append(next)
    }

    private mutating func close(_ index: Int) {
        // An expression body the brace around it closes never met its `;`: dropped, as lizard drops them.
        while let last = expressionEnds.last, last.depth == blocks.depth {
            expressionEnds.removeLast()
            recorder.discard()
        }
        if blocks.close(line: stream.line(index), recorder: &recorder) != nil { contexts.removeLast() }
        assigned = false
        pending = nil
    }

    private mutating func endStatement(_ index: Int) {
        if let last = expressionEnds.last, last.depth == blocks.depth, last.parenDepth == blocks.parenDepth {
            expressionEnds.removeLast()
            recorder.end(line: stream.line(index))
        }
        blocks.endStatement()
        if blocks.parenDepth == 0 { assigned = false }
    }

    // MARK: - Declarations

    /// A `(` that opens a function's parameters: begins it and returns the index of its body's first token
    /// (the `{`, or the one after `=>`); nil when it is a call, a pattern or a type.
    private mutating func function(at open: Int) -> Int? {
        if let name = declaredName(before: open) {
            guard let afterParameters = closing(open) else { return nil }
            return begin(name.text, line: stream.line(name.start), signatureFrom: open, to: afterParameters,
                allowsInitializers: context == .declarations)
        }
        guard isClosureStart(open - 1), let afterParameters = closing(open) else { return nil }
        let body = skippingModifiers(afterParameters)
        guard stream.code(body) == Code.openBrace else { return nil }
        return begin("(anonymous)", line: stream.line(open), signatureFrom: open, to: afterParameters,
            allowsInitializers: false)
    }

    /// `get name {` or `get name =>` (with `async` or a generator's `*` between).
    private mutating func getter(at index: Int) -> Int? {
        guard context != .switchBody, blocks.parenDepth == 0, !assigned, stream.code(index - 1) != Code.dot,
            stream.isName(index + 1), !Self.isReserved(stream.codes[index + 1])
        else { return nil }
        return begin(stream.text(index + 1), line: stream.line(index), signatureFrom: index, to: index + 2,
            allowsInitializers: false)
    }

    /// Begins the function whose signature runs from `start` to `afterSignature` when a body follows.
    private mutating func begin(
        _ name: String, line: Int32, signatureFrom start: Int, to afterSignature: Int, allowsInitializers: Bool
    ) -> Int? {
        var body = skippingModifiers(afterSignature)
        let code = stream.code(body)
        if code == Code.colon && allowsInitializers {
            guard let block = initializerListEnd(from: body + 1) else { return nil }
            body = block
        } else if code != Code.openBrace && code != Code.fatArrow {
            return nil
        }
        let call = name == "(anonymous)" ? stream.callContext(ofLiteralAt: start) : nil
        recorder.begin(name: name, line: line, call: call)
        // The signature's tokens are read here, not by `run`: their branches (default values) are the function's.
        for skipped in (start + 1)..<body { countBranch(skipped) }
        guard stream.code(body) == Code.fatArrow else {
            bodyAt = body
            return body
        }
        expressionEnds.append((blocks.depth, blocks.parenDepth))
        return body + 1
    }

    /// The name before a declaration's `(` and where it starts, when what stands before fits a declaration.
    private func declaredName(before open: Int) -> (text: String, start: Int)? {
        guard context != .switchBody, pending != .declarations, blocks.parenDepth == 0, !assigned, open > 0 else {
            return nil
        }
        if let start = operatorStart(before: open) {
            let symbols = ((start + 1)..<open).map { stream.text($0) }.joined()
            return isDeclarationContext(before: start) ? ("operator " + symbols, start) : nil
        }
        var last = open - 1
        if stream.codes[last] == Code.greater {
            guard let less = typeParametersStart(closingAt: last) else { return nil }
            last = less - 1
        }
        guard last >= 0, stream.isName(last), !Self.isReserved(stream.codes[last]) else { return nil }
        var start = last
        var text = stream.text(last)
        if context == .declarations && last >= 2 && stream.codes[last - 1] == Code.dot && stream.isName(last - 2) {
            start = last - 2  // a named constructor: `Point.origin(`
            text = stream.text(start) + "." + text
        } else if last > 0 && stream.codes[last - 1] == Code.dot {
            return nil
        }
        return isDeclarationContext(before: start) ? (text, start) : nil
    }

    /// Whether the token before a declaration's first token can precede one: a statement's start, a word
    /// that is a type or a modifier, or the end of a type (`>`, `?`, `]`, `)`).
    private func isDeclarationContext(before start: Int) -> Bool {
        guard start > 0 else { return true }
        let code = stream.codes[start - 1]
        switch code {
        case Code.semicolon, Code.openBrace, Code.closeBrace, Code.greater, Code.question, Code.closeBracket,
            Code.closeParen:
            return true
        default:
            return stream.isName(start - 1) && !Self.isReserved(code)
        }
    }

    /// Whether the token at `index` can stand before a closure's parameter list: an argument, a value.
    private func isClosureStart(_ index: Int) -> Bool {
        guard index >= 0 else { return false }
        switch stream.codes[index] {
        case Code.openParen, Code.comma, Code.colon, Code.equal, Code.openBracket, Code.fatArrow, Self.codeReturn,
            Code.question:
            return true
        default:
            return stream.codes[index] == 0x3F3F  // wordCode("??")
        }
    }

    /// The index of `operator` when the tokens before `open` are `operator` and an operator (`==`, `[]=`, `~/`).
    private func operatorStart(before open: Int) -> Int? {
        var index = open - 1
        while index >= 0 && index >= open - 4 {
            if stream.codes[index] == Self.codeOperator { return index < open - 1 ? index : nil }
            guard stream.tokens[index].kind != .word else { return nil }
            index -= 1
        }
        return nil
    }

    /// The index of the `<` opening the type parameters that the `>` at `close` ends.
    private func typeParametersStart(closingAt close: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= 0 && index > close - 64 {
            switch stream.codes[index] {
            case Code.greater: depth += 1
            case Code.less:
                depth -= 1
                if depth == 0 { return index }
            case Code.semicolon, Code.openBrace, Code.closeBrace, Code.openParen: return nil
            default: break
            }
            index -= 1
        }
        return nil
    }

    /// The index after the `)` matching the `(` at `open`; nil when the file ends first or the list is longer
    /// than any parameter list (a call's arguments: a widget tree), which keeps the pass linear on such files.
    private func closing(_ open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < stream.count && index - open < 4_096 {
            let code = stream.codes[index]
            if code == Code.openParen {
                depth += 1
            } else if code == Code.closeParen {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    /// Past `async`, `async*` and `sync*`.
    private func skippingModifiers(_ index: Int) -> Int {
        let code = stream.code(index)
        guard code == Self.codeAsync || code == Self.codeSync else { return index }
        return stream.code(index + 1) == Code.star ? index + 2 : index + 1
    }

    /// The `{` after a constructor's initializer list, nil when `;` ends it (a constructor without a body).
    private func initializerListEnd(from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < stream.count && index - start < 4_096 {
            switch stream.codes[index] {
            case Code.openParen, Code.openBracket: depth += 1
            case Code.closeParen, Code.closeBracket: depth -= 1
            case Code.openBrace where depth == 0: return index
            case Code.semicolon where depth == 0, Code.closeBrace where depth == 0: return nil
            default: break
            }
            index += 1
        }
        return nil
    }
}
