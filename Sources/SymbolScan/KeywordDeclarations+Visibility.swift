import SourceScan

/// Which top-level declarations other files can use by name: not one a private modifier keeps to its file (Swift's
/// `private func`), nor, in a JavaScript or TypeScript module (a file exporting anything), one it does not export,
/// inline (`export function`) or by an `export { a, b as c }` list or `export default a`. A file exporting nothing
/// (a CommonJS module, a script) shares every declaration.
struct DeclarationVisibility {
    /// The names an `export { … }` list or `export default NAME` exports; nil when the file exports nothing.
    let exported: Set<String>?
    let source: SymbolSource
    let grammar: DeclarationGrammar

    init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
        guard let keyword = grammar.exportKeyword else {
            exported = nil
            return
        }
        var names: Set<String>?
        for index in source.tokens.indices where source.isWord(index) && source.text(source.tokens[index]) == keyword {
            names = names ?? []
            names?.formUnion(Self.listed(after: index, in: source))
        }
        exported = names
    }

    /// `export { a, b as c }` → a, b; `export default a` and TypeScript's `export = a` → a.
    private static func listed(after index: Int, in source: SymbolSource) -> [String] {
        if source.isWord(index + 1, "default") || source.isPunct(index + 1, "="), source.isWord(index + 2) {
            return [source.text(source.tokens[index + 2])]
        }
        guard source.isPunct(index + 1, "{") else { return [] }
        var names: [String] = []
        var cursor = index + 2
        while cursor < source.tokens.count, !source.isPunct(cursor, "}") {
            // The local name: the word after `{` or `,`, not the one after `as`.
            if source.isWord(cursor), !source.isWord(cursor - 1, "as") { names.append(source.text(source.tokens[cursor])) }
            cursor += 1
        }
        return names
    }

    /// Whether the declaration of `name` whose keyword is at `index` is the file's own.
    func isFilePrivate(keywordAt index: Int, name: String) -> Bool {
        let line = source.tokens[index].line
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 6, source.tokens[cursor].line == line {
            if source.isWord(cursor) {
                let word = source.text(source.tokens[cursor])
                if word == grammar.exportKeyword { return false }
                // `private(set) var` keeps only its setter private.
                if grammar.privateModifiers.contains(word), !source.isPunct(cursor + 1, "(") { return true }
            }
            cursor -= 1
        }
        return exported.map { !$0.contains(name) } ?? false
    }
}
