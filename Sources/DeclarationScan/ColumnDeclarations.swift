import SourceScan

/// Declarations of indentation-structured languages (Python, Ruby, Haskell): a declaring keyword in column one,
/// `NAME = …` assignments in column one (module-level constants) and, where the grammar has them, type
/// signatures `name :: Type` in column one (functions) and types declared inside others (Ruby's `nestedTypes`); a Ruby
/// `class` or `module` declares the last segment of its path (`module Puma::Rack`: `Rack`).
package struct ColumnDeclarations {
    let source: SymbolSource
    let grammar: DeclarationGrammar

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
    }

    package func find() -> [FoundDeclaration] {
        let tokens = source.tokens
        var found: [FoundDeclaration] = []
        for index in tokens.indices where tokens[index].kind == .word {
            guard source.startsInColumnOne(index) else {
                if let nested = nestedType(at: index) { found.append(nested) }
                continue
            }
            let word = source.text(tokens[index])
            let line = Int(tokens[index].line)
            if grammar.declaring.contains(word) || grammar.skipped.contains(word) {
                if let declaration = keywordDeclaration(at: index, line: line) { found.append(declaration) }
            } else if grammar.signatures, source.isPunct(index + 1, "::") {
                // A signature and the equations after it are one region; another signature of the name (in a
                // `where` or an instance) is indented.
                if found.last?.name != word { found.append(FoundDeclaration(name: word, kind: "function", startLine: line)) }
            } else if source.isPunct(index + 1, "=") {
                found.append(FoundDeclaration(name: word, kind: "variable", startLine: line, isRegion: false))
            }
        }
        return found
    }

    /// A type declared inside another (`nestedTypes`): the keyword starts its line, and the name is the last segment
    /// of the path after it (`class Formatters::Loader`); nil for `class << self` and any other word.
    private func nestedType(at index: Int) -> FoundDeclaration? {
        let tokens = source.tokens
        guard !grammar.nestedTypes.isEmpty, index > 0, tokens[index - 1].line != tokens[index].line,
            grammar.nestedTypes.contains(source.text(tokens[index])), source.isWord(index + 1)
        else { return nil }
        return FoundDeclaration(
            name: source.text(tokens[lastSegment(from: index + 1)]), kind: source.text(tokens[index]),
            startLine: Int(tokens[index].line), isRegion: false)
    }

    /// The last word of the `::` path starting at the word at `index` (`Rack` of `Puma::Rack`).
    private func lastSegment(from index: Int) -> Int {
        var cursor = index
        while source.isPunct(cursor + 1, "::"), source.isWord(cursor + 2) { cursor += 2 }
        return cursor
    }

    /// `def name`, `async def name`, `type family Name`: the keyword's declaration; nil for `type instance …` or
    /// a keyword with no name after it.
    private func keywordDeclaration(at index: Int, line: Int) -> FoundDeclaration? {
        let tokens = source.tokens
        var cursor = index + 1
        var keyword = source.text(tokens[index])
        if grammar.skipped.contains(keyword), source.isWord(cursor) {
            keyword = source.text(tokens[cursor])
            cursor += 1
        }
        if source.isWord(cursor), grammar.passedAfterKeyword.contains(source.text(tokens[cursor])) { cursor += 1 }
        guard grammar.declaring.contains(keyword), source.isWord(cursor),
            !grammar.cancellingAfterKeyword.contains(source.text(tokens[cursor]))
        else { return nil }
        // Ruby's `module RSpec::Core` declares `Core`; SymbolScan's `RubyConstants` reads its whole name.
        if grammar.nestedTypes.contains(keyword) { cursor = lastSegment(from: cursor) }
        return FoundDeclaration(name: source.text(tokens[cursor]), kind: keyword, startLine: line)
    }
}
