import SourceScan

/// The extension members a C# file declares: a method whose first parameter is `this` (`static void AddCookies(this
/// CookieContainer c, …)`) and the methods and properties of a C# 14 `extension(T x) { … }` block. Another file calls
/// them as members (`container.AddCookies(…)`), which C# counts as uses, so their names are the file's to declare:
/// RestSharp's `Extensions/CookieContainerExtensions.cs` had been split off as an upper layer that nothing used while
/// `RestClient.Async.cs` called its `AddCookies`. They are no regions (their static class's region holds them); a
/// `private` one is its class's.
package struct CSharpExtensionMembers {
    let source: SymbolSource
    let grammar: DeclarationGrammar

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
    }

    package func find() -> [FoundDeclaration] {
        guard grammar.extensionMembers else { return [] }
        var found: [FoundDeclaration] = []
        var block = ExtensionBlock()
        for index in source.tokens.indices {
            if let name = block.step(source, at: index) ?? thisParameterMethod(at: index) {
                found.append(member(named: name))
            }
        }
        return found
    }

    /// The name of the method whose `(this` opens at `index` (past `ref`, `in` or `scoped`): `Name(this T x` or
    /// `Name<T>(this T x`, not a call passing `this` (`Foo(this)`, `Foo(this.x)`).
    private func thisParameterMethod(at index: Int) -> Int? {
        guard source.isPunct(index, "(") else { return nil }
        var cursor = index + 1
        while source.isWord(cursor + 1), Self.parameterModifiers.contains(source.text(source.tokens[cursor])) {
            cursor += 1
        }
        guard source.isWord(cursor, "this"), source.isWord(cursor + 1) || source.isPunct(cursor + 1, "(") else {
            return nil
        }
        return source.nameBefore(parametersAt: index)
    }

    private static let parameterModifiers: Set<String> = ["ref", "in", "scoped"]

    /// The declaration naming the word at `index`: the file's unless `private`.
    private func member(named index: Int) -> FoundDeclaration {
        let isPrivate = source.wordsBefore(index, within: 12, stoppingAt: [";", "{", "}", "]"]).contains {
            source.isWord($0, "private")
        }
        return FoundDeclaration(
            name: source.text(source.tokens[index]), kind: "extension member",
            startLine: Int(source.tokens[index].line),
            isRegion: false, declaresName: !isPrivate)
    }
}

/// Follows C# 14's `extension(T x) { … }` blocks token by token, and finds the members declared directly inside them.
private struct ExtensionBlock {
    /// The brace depth outside the block being read; nil outside every block.
    private var outer: Int?
    private var depth = 0
    private var parens = 0
    /// An `extension(…)` was read and its `{` has not come yet.
    private var pending = false
    /// Inside a member's initializer or expression body (`=>`, `=`), up to its `;`.
    private var inExpression = false

    /// Steps over the token at `index`; the index of a member's name when it names one.
    mutating func step(_ source: SymbolSource, at index: Int) -> Int? {
        if source.tokens[index].kind == .punct {
            punctuation(source, at: index)
            return nil
        }
        if parens == 0, source.isWord(index, "extension"), source.isPunct(index + 1, "("),
            index == 0 || !source.isPunct(index - 1, ".")
        {
            pending = true
        }
        guard let outer, depth == outer + 1, parens == 0, !inExpression else { return nil }
        return isMemberName(source, at: index) ? index : nil
    }

    private mutating func punctuation(_ source: SymbolSource, at index: Int) {
        parens = max(0, parens + Self.bracketChange(source, at: index))
        guard parens == 0 else { return }
        if source.isPunct(index, "{") {
            open()
        } else if source.isPunct(index, "}") {
            depth = max(0, depth - 1)
            if depth == outer { (outer, inExpression) = (nil, false) }
        } else if let outer, depth == outer + 1 {
            if source.isPunct(index, "=>") || source.isPunct(index, "=") { inExpression = true }
            if source.isPunct(index, ";") { inExpression = false }
        }
    }

    /// +1 for a `(` or `[`, -1 for a `)` or `]`, 0 for any other punctuation.
    private static func bracketChange(_ source: SymbolSource, at index: Int) -> Int {
        if source.isPunct(index, "(") || source.isPunct(index, "[") { return 1 }
        return source.isPunct(index, ")") || source.isPunct(index, "]") ? -1 : 0
    }

    /// A `{`: the block's own when an `extension(…)` is pending outside every block.
    private mutating func open() {
        if pending, outer == nil { outer = depth }
        pending = false
        depth += 1
    }

    /// A member's name: a word after its type (a word, or a type's closing `>`, `?`, `]` or `)`) and before its
    /// parameters, type parameters, accessors or expression body.
    private func isMemberName(_ source: SymbolSource, at index: Int) -> Bool {
        // A generic type (`Task<T> Name(`) is no name: type parameters are a method's only before its parameters.
        let generic = source.isPunct(index + 1, "<")
        let next = generic ? source.skipGroup(from: index + 1, open: "<", close: ">") : index + 1
        guard index > 0,
            source.isPunct(next, "(") || !generic && (source.isPunct(next, "{") || source.isPunct(next, "=>"))
        else { return false }
        if source.isWord(index - 1) { return !Self.notTypes.contains(source.text(source.tokens[index - 1])) }
        return source.isPunct(index - 1, ">") || source.isPunct(index - 1, "?") || source.isPunct(index - 1, "]")
            || source.isPunct(index - 1, ")")
    }

    /// Words before a name that make it no member's: an operator's (`operator +`) or an event's.
    private static let notTypes: Set<String> = ["operator", "new", "return", "await", "throw", "nameof", "typeof"]
}
