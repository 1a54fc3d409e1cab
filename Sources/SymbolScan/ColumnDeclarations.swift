/// Declarations of indentation-structured languages (Python, Ruby): a declaring keyword in column one,
/// and `NAME = …` assignments in column one (module-level constants).
struct ColumnDeclarations {
    let source: SymbolSource
    let grammar: DeclarationGrammar

    func find() -> [FoundDeclaration] {
        let tokens = source.tokens
        var found: [FoundDeclaration] = []
        for index in tokens.indices where tokens[index].kind == .word && source.startsInColumnOne(index) {
            let word = source.text(tokens[index])
            let line = Int(tokens[index].line)
            if grammar.declaring.contains(word) || grammar.skipped.contains(word) {
                var cursor = index + 1
                var keyword = word
                if grammar.skipped.contains(word), source.isWord(cursor) {
                    keyword = source.text(tokens[cursor])
                    cursor += 1
                }
                guard grammar.declaring.contains(keyword), source.isWord(cursor) else { continue }
                found.append(FoundDeclaration(name: source.text(tokens[cursor]), kind: keyword, startLine: line))
            } else if source.isPunct(index + 1, "=") {
                found.append(FoundDeclaration(name: word, kind: "variable", startLine: line, isRegion: false))
            }
        }
        return found
    }
}
