import FunctionTokens
import Lexing

/// CLikeGrammar's smaller states and helpers: names, plain assignments, the global state, parameter lists
/// (modern and K&R) and bracket runs.
extension CLikeGrammar {
    /// Whether the `=` at `index` is lizard's `=` token and not the tail of `+=`, `|=`, `===`…
    func isPlainAssignment(_ index: Int) -> Bool {
        let start = Int(stream.tokens[index].start)
        guard start > 0 else { return true }
        switch stream.bytes[start - 1] {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "^"),
            UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: "="):
            return false
        default:
            return true
        }
    }

    /// The function's `{`: it becomes a function in the recorder and its brace a function body.
    mutating func confirm() {
        if isAnonymous {
            recorder.begin(name: "(anonymous)", line: candidateLine, call: stream.callContext(ofLiteralAt: candidateName))
        } else {
            recorder.begin(name: nameText(), line: candidateLine)
        }
        isConfirmed = true
    }

    func nameText() -> String {
        guard candidateName < stream.count else { return "" }
        var text = stream.text(candidateName)
        if stream.codes[candidateName] == Code.tilde, candidateName + 1 < stream.count {
            text += stream.text(candidateName + 1)
        }
        var index = candidateName + 1
        while index + 1 < stream.count && stream.codes[index] == Code.colonColon {
            text += "::" + stream.text(index + 1)
            index += 2
        }
        return index == candidateName + 1 ? text + testMacroArguments(after: candidateName) : text
    }

    /// A C or C++ test framework's macro names its test by its arguments: doctest's and Catch2's
    /// `TEST_CASE("convenience functions")`, GoogleTest's `TEST(Suite, Name)`, Boost's `BOOST_AUTO_TEST_CASE(name)`.
    /// lizard names them all `TEST_CASE` or `TEST`; the plans' and dashboards' names say which test it is. The
    /// arguments up to the first string literal, when the name is upper case and each argument is one identifier or
    /// string literal (a literal cut at 60 bytes); "" otherwise (`FOO(int x)` is no test).
    func testMacroArguments(after name: Int) -> String {
        guard style == .c || style == .cpp || style == .objc, name + 2 < stream.count,
            stream.codes[name + 1] == Code.openParen, Self.isMacroName(stream.text(name))
        else { return "" }
        var arguments: [String] = []
        var index = name + 2
        while index + 1 < stream.count, arguments.count < 4 {
            guard let argument = macroArgument(at: index) else { return "" }
            arguments.append(argument)
            let next = stream.codes[index + 1]
            if next == Code.closeParen || stream.tokens[index].kind == .string {
                return "(" + arguments.joined(separator: ", ") + ")"
            }
            guard next == Code.comma else { return "" }
            index += 2
        }
        return ""
    }

    /// One identifier or string literal (cut at 60 bytes); nil for anything else.
    private func macroArgument(at index: Int) -> String? {
        let kind = stream.tokens[index].kind
        guard kind == .string || stream.isName(index) else { return nil }
        let text = stream.text(index)
        return kind == .string && text.utf8.count > 60 ? String(text.prefix(59)) + "…\"" : text
    }

    /// Upper-case letters, digits and `_`, with a letter among them.
    static func isMacroName(_ text: String) -> Bool {
        let isLetter = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        return text.utf8.contains(where: isLetter) && text.utf8.allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_")
        }
    }

    /// A `?` written against what precedes it in Java or C# is part of a type, not a ternary: Java's wildcard
    /// (`Class<?>`, `List<? extends T>`), C#'s nullable (`string? name`, `int?[]`). Their ternaries are spaced.
    /// PHP's nullable types, `?:` and `?->` (`isPHPNonTernary`).
    @inline(__always)
    func isTypeQuestionMark(_ index: Int, _ code: UInt64) -> Bool {
        guard code == Code.question else { return false }
        if style == .php { return isPHPNonTernary(index) }
        return (style == .java || style == .csharp) && !stream.isPrecededBySpace(index)
    }

    static let codeRecord: UInt64 = 0x64726F636572  // wordCode("record")
    static let codeClass: UInt64 = 0x7373616C63  // wordCode("class")
    static let codeStruct: UInt64 = 0x746375727473  // wordCode("struct")

    /// Java's `record Point(int x, int y) {` and C#'s primary constructors (`record R(…)`, `class C(…)`) declare
    /// types, whose methods are the functions.
    func namesTypeWithParameters(_ index: Int) -> Bool {
        guard (style == .java || style == .csharp), index > 0 else { return false }
        let before = stream.codes[index - 1]
        return before == Self.codeRecord || before == Self.codeClass || before == Self.codeStruct
    }

    func startsName(_ index: Int) -> Bool {
        stream.isName(index) || (stream.codes[index] == Code.tilde && stream.tokens[index].kind == .punct)
    }

    /// Most tokens are inside function bodies, where only braces matter: no call into the state machine.
    @inline(__always)
    mutating func advance(_ index: Int) -> Int {
        state == .body ? body(index) : step(index)
    }

    @inline(__always)
    mutating func body(_ index: Int) -> Int {
        let code = stream.codes[index]
        bracketCount += code == Code.openBrace ? 1 : code == Code.closeBrace ? -1 : 0
        if bracketCount == 0 { state = .global }
        return index + 1
    }

    /// A constructor's initializer list, `: a(1), b{2}`, up to the body's `{`. A `;` ends what only looked like
    /// one: C#'s `Ctor(int a) : base(a) => A = a;` has an expression body, not a braced one, and no C++ initializer
    /// list holds a `;` (lizard reads on to the next function's `{` and gives it this one's name).
    mutating func initializer(_ index: Int) -> Int {
        let code = stream.codes[index]
        if state == .initializerParens || state == .initializerBraces { return initializerArguments(index) }
        if code == Code.semicolon {
            state = .global
            return global(index)
        }
        if state == .initializerList && code == Code.openBrace {
            confirm()
            state = .body
            return step(index)
        }
        if state == .oneInitializer && (code == Code.openParen || code == Code.openBrace) {
            state = code == Code.openParen ? .initializerParens : .initializerBraces
            return step(index)
        }
        state = .oneInitializer
        return index + 1
    }

    /// One initializer's `(…)` or `{…}`, back to the list once balanced.
    private mutating func initializerArguments(_ index: Int) -> Int {
        let code = stream.codes[index]
        let parens = state == .initializerParens
        let (open, close) = parens ? (Code.openParen, Code.closeParen) : (Code.openBrace, Code.closeBrace)
        bracketCount += code == open ? 1 : code == close ? -1 : 0
        if bracketCount == 0 { state = .initializerList }
        return index + 1
    }

    mutating func global(_ index: Int) -> Int {
        let code = stream.codes[index]
        if style == .php { return phpGlobal(index) }
        if let next = accessorBody(index) { return next }
        if startsCandidate(index) {
            candidateName = index
            candidateLine = stream.line(index)
            state = code == Self.codeOperator ? .operatorName : .name
            if code == Code.tilde && index + 1 < stream.count { return index + 2 }
        } else if code == Code.openBracket && style != .java && style != .csharp {
            state = .lambdaCheck
        } else if style == .objc && code == Code.openParen {
            state = .parameters
            return parameters(index)
        }
        return index + 1
    }

    /// lizard's `read_inside_brackets_then`: counts `open`/`close` and moves to `then` when balanced.
    mutating func readBrackets(_ index: Int, open: UInt64, close: UInt64, then next: State) -> Int {
        let code = stream.codes[index]
        bracketCount += code == open ? 1 : code == close ? -1 : 0
        if bracketCount == 0 { state = next }
        return index + 1
    }

    mutating func parameters(_ index: Int) -> Int {
        let code = stream.codes[index]
        bracketCount += code == Code.openParen ? 1 : code == Code.closeParen ? -1 : 0
        if code == Code.openParen || code == Code.less {
            bracketStack.append(code)
        } else if code == Code.closeParen || code == Code.greater {
            if bracketStack.popLast() == nil { state = .global }
        }
        if bracketCount == 0 { state = .afterParameters }
        return index + 1
    }

    /// K&R parameter declarations (`int f(a) int a; {`), or a macro after the parameters (`f() LOCKED {`).
    mutating func oldStyleParameters(_ index: Int) -> Int {
        let code = stream.codes[index]
        if code == Code.semicolon {
            state = .afterParameters
        } else if code == Code.openBrace {
            if index - savedStart == 1 {
                return afterParameters(index)
            }
            state = .global
            return savedStart
        } else if code == Code.openParen {
            state = .global
            return savedStart
        }
        return index + 1
    }

    /// Whether token `index` may name a function. C#'s `new` names none: a class's `where T : Folder, new() {`
    /// constraint read as a function `new` hid every method of the class, as did a property's `=> new() { … }`
    /// (lizard reads both so).
    private func startsCandidate(_ index: Int) -> Bool {
        guard startsName(index), !namesTypeWithParameters(index) else { return false }
        return style != .csharp || stream.codes[index] != Self.codeNew
    }

    // MARK: - C# accessors

    /// At the `{` of a C# accessor's body: begins its function and reads on in the body; nil anywhere else.
    private mutating func accessorBody(_ index: Int) -> Int? {
        guard style == .csharp, stream.codes[index] == Code.openBrace, let name = accessorName(opening: index) else {
            return nil
        }
        recorder.begin(name: name, line: stream.line(index - 1))
        isConfirmed = true
        state = .body
        return step(index)
    }

    /// The name of the C# accessor whose body `{` at `index` opens (`get {`, `set {`, `init {`, `add {`, `remove {`
    /// inside a property's, indexer's or event's braces), as the compiler names its method: `get_Name`, `set_Name`
    /// (`init` too), `add_Changed`, `get_Item` for an indexer. lizard reads no accessor, and takes the `if (…) {`,
    /// `foreach (…) {` and `lock (…) {` inside a block-bodied one for functions of their own (jellyfin: 189 `if`s);
    /// their complexity was lost. Nil for any other `{`.
    func accessorName(opening index: Int) -> String? {
        guard index >= 2, stream.tokens[index - 1].kind == .word else { return nil }
        let keyword = stream.text(index - 1)
        guard let prefix = Self.accessorPrefixes[keyword] else { return nil }
        // An accessor follows its property's `{`, the previous accessor, an attribute or an access modifier.
        let before = stream.codes[index - 2]
        guard before == Code.openBrace || before == Code.closeBrace || before == Code.semicolon
            || before == Code.closeBracket || Self.accessorModifiers.contains(stream.text(index - 2))
        else { return nil }
        return prefix + (memberName(enclosing: index - 1) ?? "")
    }

    private static let accessorPrefixes = [
        "get": "get_", "set": "set_", "init": "set_", "add": "add_", "remove": "remove_",
    ]
    private static let accessorModifiers: Set<String> = ["private", "protected", "internal", "public"]

    /// The property or event whose braces hold token `index`: the word before the unmatched `{` (`Item` after an
    /// indexer's `]`); nil past 256 tokens or at anything else.
    private func memberName(enclosing index: Int) -> String? {
        var depth = 0
        var cursor = index - 1
        while cursor > 0, index - cursor < 256 {
            let code = stream.codes[cursor]
            if code == Code.openBrace && depth == 0 { return nameBefore(cursor) }
            depth += code == Code.closeBrace ? 1 : code == Code.openBrace ? -1 : 0
            cursor -= 1
        }
        return nil
    }

    /// The member a `{` at `index` opens: the word before it, `Item` after an indexer's `]`.
    private func nameBefore(_ index: Int) -> String? {
        if stream.codes[index - 1] == Code.closeBracket { return "Item" }
        return stream.tokens[index - 1].kind == .word ? stream.text(index - 1) : nil
    }
}
