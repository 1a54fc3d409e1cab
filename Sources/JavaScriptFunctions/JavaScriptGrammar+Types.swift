import FunctionTokens
import SourceScan

/// TypeScript's types and declarations, read past so that nothing in them becomes a function.
///
/// - A type (after `:` in a binding, a parameter or a return type) ends at `;`, `,`, `=`, a closing bracket,
///   a `{` or `=>` after a whole type, or at a new line that does not continue it (`|`, `&`, `.`, `?`, `:`,
///   `extends`, `=>`). `(…) => T` inside it is a function type, not an arrow function.
/// - `f(…): T` followed by neither `{` nor `=>` is a signature (an overload, an interface or abstract member,
///   `declare function`): it is dropped, not left open to swallow the code after it.
/// - `interface X {…}`, `type X = …`, `declare …` and `abstract` class members are skipped whole.
/// - The `:` of `case x:` and `default:` ends a label: what follows is code. lizard 1.24 reads it as a type up to
///   the next bracket or `{ = ; ) =>`, so an unterminated `case L: return 1` swallows the `}`s after it and every
///   function to the file's next `(`, and a `case 1: {…}` block is skipped uncounted.
/// lizard 1.24 also keeps overload signatures as one-line functions, and reads an annotation up to the next `{`
/// whatever lines lie between. accrue differs from it on purpose in all three (Benchmarks/lizard-mended mends them
/// in lizard to compare the rest).
extension JavaScriptGrammar {
    static let codeInterface: UInt64 = 0xA0BC_8EB4_D76A_3890  // wordCode("interface")
    static let codeType: UInt64 = 0x65707974  // wordCode("type")
    static let codeDeclare: UInt64 = 0x6572_616C_6365_64  // wordCode("declare")
    static let codeAbstract: UInt64 = 0x7463_6172_7473_6261  // wordCode("abstract")
    static let codeClass: UInt64 = 0x7373_616C_63  // wordCode("class")

    /// Starts skipping a type of `context` at the token after its `:` or keyword.
    mutating func beginType(_ context: TypeContext) {
        top.mode = .typeExpression
        top.typeContext = context
        top.depth = 0
        top.isTypeComplete = false
        top.isTypeAfterGroup = false
    }

    /// Reads the keywords that change how what follows is read; true when the word at `index` was consumed.
    ///
    /// `static`, `async` and `new` are remembered for the next token, as lizard does; `case`, `default` and
    /// `class` mark the frame for the `:` or `{` to come.
    mutating func readsKeyword(_ index: Int) -> Bool {
        let code = stream.codes[index]
        switch code {
        case Self.codeStatic, Self.codeAsync:
            top.modifierSeen = true
        case Self.codeNew:
            break
        case Self.codeCase:
            top.isCaseLabel = true
            return false
        case Self.codeDefault:
            // `export default x` is no label: only `default:` is.
            top.isCaseLabel = stream.code(index + 1) == Code.colon
            return false
        case Self.codeClass:
            top.isClassHead = startsClassHead(index)
            return false
        default:
            return startsDeclaration(index)
        }
        top.previous = code
        return true
    }

    /// A `?` outside an object: a ternary, unless it makes a class field's name optional (`field?: T`), one
    /// token for lizard.
    mutating func countTernary(_ index: Int) {
        if !top.isClassBody || !isOptionalName(index) { top.ternaryDepth += 1 }
    }

    /// A `:` outside an object literal and outside a ternary starts a type, unless it ends `case x` or `default`.
    mutating func beginColonType() {
        guard top.isCaseLabel else {
            beginType(.annotation)
            return
        }
        top.isCaseLabel = false
    }

    /// A `:` in an object literal starts a property's value; in a class body, a field's type.
    mutating func memberColon() {
        if top.isClassBody {
            beginType(.annotation)
            return
        }
        if isIdentifierLike(top.lastTokens) { top.functionName = top.lastTokens }
        top.inPropertyValue = true
    }

    /// Skips `interface X …`, `type X = …`, `declare …` or an `abstract` member starting at the word at `index`.
    ///
    /// Each keyword must be followed on its line by a name (and `type X` by `=` or `<`), so the same words as
    /// JavaScript names (`type = 1`, `{ interface: 1 }`, `declare(x)`) are read as before.
    mutating func startsDeclaration(_ index: Int) -> Bool {
        let code = stream.codes[index]
        guard code == Self.codeInterface || code == Self.codeType || code == Self.codeDeclare
            || code == Self.codeAbstract
        else { return false }
        let next = index + 1
        guard next < stream.count, stream.tokens[next].kind == .word, stream.line(next) == stream.line(index)
        else { return false }
        if code == Self.codeType {
            let after = stream.code(next + 1)
            guard after == Code.equal || after == Code.less else { return false }
        }
        if code == Self.codeAbstract && (top.kind != .object || stream.codes[next] == Self.codeClass) {
            return false
        }
        if top.started && top.kind != .object { endStarted(line: stream.line(index)) }
        beginType(.declaration)
        return true
    }

    /// A TypeScript type or declaration, skipped up to the token that ends it (see the extension's summary).
    mutating func typeExpression(_ index: Int) {
        let code = stream.codes[index]
        let afterGroup = top.isTypeAfterGroup
        top.isTypeAfterGroup = false
        if top.depth > 0 {
            typeGroup(code)
        } else if top.isTypeComplete && isNewline(index) && !continuesType(code) {
            endType(index)
        } else {
            typeToken(index, afterGroup: afterGroup)
        }
    }

    /// A token inside brackets of a type: only the brackets count.
    mutating func typeGroup(_ code: UInt64) {
        if code == Code.openParen || code == Code.openBracket || code == Code.openBrace || code == Code.less {
            top.depth += 1
        } else if code == Code.closeParen || code == Code.closeBracket || code == Code.closeBrace
            || code == Code.greater
        {
            top.depth -= 1
            if top.depth == 0 {
                top.isTypeComplete = true
                top.isTypeAfterGroup = code == Code.closeParen && top.isTypeParameterGroup
            }
        }
    }

    /// A token of a type outside its brackets: it ends the type, opens a bracket or extends the type.
    mutating func typeToken(_ index: Int, afterGroup: Bool) {
        let code = stream.codes[index]
        let isDeclaration = top.typeContext == .declaration
        switch code {
        case Code.semicolon, Code.comma, Code.closeParen, Code.closeBracket, Code.closeBrace:
            endType(index)
        case Code.equal:
            if isDeclaration { top.isTypeComplete = false } else { endType(index) }
        case Code.fatArrow:
            if afterGroup || isDeclaration || !top.isTypeComplete { top.isTypeComplete = false } else { endType(index) }
        case Code.openBrace:
            if top.isTypeComplete && !isDeclaration { endType(index) } else { top.depth = 1 }
        case Code.openParen, Code.openBracket, Code.less:
            top.depth = 1
            top.isTypeParameterGroup = code == Code.openParen && opensParameters(index)
        default:
            top.isTypeComplete = !isTypeOperator(code)
        }
    }

    /// Ends a type on the token at `index`, which the reader then reads as usual.
    mutating func endType(_ index: Int) {
        top.mode = .global
        let code = stream.codes[index]
        if top.typeContext == .returnType && code != Code.openBrace && code != Code.fatArrow && top.started {
            abandon()
        }
        global(index)
    }

    /// Whether the `class` at `index` starts a class head (`class X`, `class {`), not a name (`class=`, `class:`).
    func startsClassHead(_ index: Int) -> Bool {
        let next = index + 1
        return next < stream.count && (stream.tokens[next].kind == .word || stream.codes[next] == Code.openBrace)
    }

    /// Whether the `(` at `index` opens a function type's parameters (`()`, `(a: T`, `(a,`, `(...a`, `({`),
    /// not a parenthesized type (`((a: T) => U)`, `(A | B)`).
    func opensParameters(_ index: Int) -> Bool {
        let next = stream.code(index + 1)
        if next == Code.closeParen || next == Code.dot || next == Code.openBrace || next == Code.openBracket {
            return true
        }
        guard index + 1 < stream.count, stream.tokens[index + 1].kind == .word else { return false }
        let after = stream.code(index + 2)
        return after == Code.colon || after == Code.comma || after == Code.question || after == Code.closeParen
            || after == Code.equal
    }

    /// Whether a token starting a line continues the type before it.
    func continuesType(_ code: UInt64) -> Bool {
        switch code {
        case 0x7C, Code.ampersand, Code.dot, Code.question, Code.colon, Code.fatArrow, 0x73646E65747865: true  // | extends
        default: false
        }
    }

    /// Whether a token inside a type leaves it unfinished (`A |`, `keyof`, `x is`): a newline does not end it.
    func isTypeOperator(_ code: UInt64) -> Bool {
        switch code {
        case 0x7C, Code.ampersand, Code.dot, Code.question, Code.colon, Code.minus, Code.plus,
            0x73646E65747865, 0x666F79656B, 0x666F65707974, 0x7265666E69, 0x7369, 0x73747265737361,
            0x796C6E6F64616572, 0x657571696E75, Self.codeNew:
            // | & . ? : - + extends keyof typeof infer is asserts readonly unique new
            true
        default: false
        }
    }
}
