import SourceScan

/// Which files can use a top-level declaration by name: not another file when a private modifier keeps it to its file
/// (Swift's `private func`), nor, in a JavaScript or TypeScript module (a file exporting anything), when the module
/// does not export it, inline (`export function`) or by an `export { a, b as c }` list or `export default a`. A file
/// exporting nothing (a CommonJS module, a script) shares every declaration. A Rust item without `pub` is its
/// module's: the files of its submodules can use it too, no other file.
package struct DeclarationVisibility {
    /// The files that can use a declaration by its name.
    enum Reach: Equatable {
        /// Its own file only.
        case file
        /// Its own file and those of its submodules (a Rust item without `pub`).
        case module
        /// Every file.
        case everyFile
    }

    /// The names an `export { … }` list or `export default NAME` exports; nil when the file exports nothing.
    let exported: Set<String>?
    let source: SymbolSource
    let grammar: DeclarationGrammar

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
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

    /// Which files can use the declaration of `name` whose keyword is at `index`.
    func reach(keywordAt index: Int, name: String) -> Reach {
        if isFilePrivate(keywordAt: index, name: name) { return .file }
        if let keyword = grammar.publicKeyword, !isPublic(keywordAt: index, keyword: keyword) { return .module }
        return .everyFile
    }

    /// Whether `pub` stands before the keyword at `index` on its line, after its attributes (`#[inline] pub fn`):
    /// `pub(crate)`, `pub(super)` and `pub(in path)` share the item beyond its module too, `pub(self)` does not.
    private func isPublic(keywordAt index: Int, keyword: String) -> Bool {
        // Back over qualifiers (`pub(crate) const unsafe extern "C" fn`), the restriction's path, no further than an
        // attribute's `]` or the end of an item before (`struct A; fn b`).
        for cursor in source.wordsBefore(index, within: 16, stoppingAt: ["]", ";", "}"])
        where source.text(source.tokens[cursor]) == keyword {
            return !(source.isPunct(cursor + 1, "(") && source.isWord(cursor + 2, "self"))
        }
        return false
    }

    /// Whether the declaration of `name` whose keyword is at `index` is the file's own.
    private func isFilePrivate(keywordAt index: Int, name: String) -> Bool {
        for cursor in source.wordsBefore(index, within: 6) {
            let word = source.text(source.tokens[cursor])
            if word == grammar.exportKeyword { return false }
            // `private(set) var` keeps only its setter private.
            if grammar.privateModifiers.contains(word), !source.isPunct(cursor + 1, "(") { return true }
        }
        return exported.map { !$0.contains(name) } ?? false
    }
}
