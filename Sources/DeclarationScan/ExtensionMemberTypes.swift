import SourceScan

/// The types declared directly inside a top-level Swift `extension X { … }`: `extension HTTPConnectionPool { final
/// class Manager … }` declares `Manager`, which other files name (`HTTPConnectionPool.Manager(…)`, a bare
/// `StateMachine(…)` inside another extension). They are no regions of their own (the extension's region holds them),
/// but they name what the file declares: async-http-client's HTTPConnectionPool+Manager.swift had been split off as an
/// upper layer that nothing used. A `private` or `fileprivate` one is its file's. Each has the extended type as its
/// `owner`: another file means it only where it names that type too (`SymbolFacts.memberTypes`).
package struct ExtensionMemberTypes {
    let source: SymbolSource
    let grammar: DeclarationGrammar

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
    }

    /// The member types, as declarations that only declare a name.
    package func find() -> [FoundDeclaration] {
        guard !grammar.extensionMemberTypes.isEmpty else { return [] }
        var found: [FoundDeclaration] = []
        var depth = 0
        var pending: String?
        var extended: String?
        for index in source.tokens.indices {
            if source.isPunct(index, "{") {
                if depth == 0 { (extended, pending) = (pending, nil) }
                depth += 1
            } else if source.isPunct(index, "}") {
                depth = max(0, depth - 1)
            } else if depth == 0, isKeyword(index, "extension") {
                pending = extendedType(after: index)
            } else if depth == 1, let owner = extended, var declaration = memberType(at: index) {
                declaration.owner = owner
                found.append(declaration)
            }
        }
        return found
    }

    /// Whether the word at `index` is `keyword`, not a member (`x.extension`).
    private func isKeyword(_ index: Int, _ keyword: StaticString) -> Bool {
        source.isWord(index, keyword) && (index == 0 || !source.isPunct(index - 1, "."))
    }

    /// The type `extension` at `index` extends: the last word of its dotted name (`Foo.Bar` → `Bar`).
    private func extendedType(after index: Int) -> String? {
        var cursor = index + 1
        guard source.isWord(cursor) else { return nil }
        while source.isPunct(cursor + 1, "."), source.isWord(cursor + 2) { cursor += 2 }
        return source.text(source.tokens[cursor])
    }

    /// The type whose keyword is the word at `index` (`class`, `struct`, `enum`…, past `final` and `indirect`), if any.
    private func memberType(at index: Int) -> FoundDeclaration? {
        guard source.isWord(index), index == 0 || !source.isPunct(index - 1, ".") else { return nil }
        let keyword = source.text(source.tokens[index])
        guard grammar.extensionMemberTypes.contains(keyword) else { return nil }
        var cursor = index + 1
        while source.isWord(cursor + 1), grammar.skipped.contains(source.text(source.tokens[cursor])) { cursor += 1 }
        guard source.isWord(cursor) else { return nil }
        let name = source.text(source.tokens[cursor])
        guard !grammar.declaring.contains(name) else { return nil }
        let isPrivate = source.wordsBefore(index, within: 6).contains { cursor in
            grammar.privateModifiers.contains(source.text(source.tokens[cursor])) && !source.isPunct(cursor + 1, "(")
        }
        return FoundDeclaration(
            name: name, kind: keyword, startLine: Int(source.tokens[index].line), isRegion: false,
            declaresName: !isPrivate)
    }
}
