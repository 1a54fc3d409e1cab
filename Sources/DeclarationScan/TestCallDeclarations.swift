import SourceScan

/// A JavaScript or TypeScript test file's top-level test calls (`describe('app.respond', () => { … })`, `test(…)`,
/// `it(…)`): its units, each a region named after its title (`appRespond`), naming nothing other files use.
///
/// Before, a test file declared only its `require`s and constants, so koa's respond.test.js was split by moving its
/// four `require` lines, and mobx's reaction.js by moving `const utils = require(…)` with the 65 lines of `test(…)`
/// calls after it.
package struct TestCallDeclarations {
    let source: SymbolSource
    let grammar: DeclarationGrammar

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
    }

    package func find() -> [FoundDeclaration] {
        guard !grammar.testCalls.isEmpty else { return [] }
        let tokens = source.tokens
        var found: [FoundDeclaration] = []
        for index in tokens.indices where tokens[index].kind == .word && source.startsInColumnOne(index) {
            let word = source.text(tokens[index])
            guard grammar.testCalls.contains(word), let open = callOpening(after: index) else { continue }
            found.append(FoundDeclaration(
                name: title(after: open) ?? word, kind: word, startLine: Int(tokens[index].line), declaresName: false))
        }
        return found
    }

    /// The `(` of the call at `index`: right after the word, or after a modifier (`describe.skip(`, `test.each`).
    private func callOpening(after index: Int) -> Int? {
        if source.isPunct(index + 1, "(") { return index + 1 }
        guard source.isPunct(index + 1, "."), source.isWord(index + 2), source.isPunct(index + 3, "(") else {
            return nil
        }
        return index + 3
    }

    /// The call's title as a camel-case name of its first four words (`app.respond` → `appRespond`, `doesn't` →
    /// `doesnt`; the quotes dropped); nil when the first argument is no string.
    private func title(after open: Int) -> String? {
        guard open + 1 < source.tokens.count, source.tokens[open + 1].kind == .string else { return nil }
        let text = source.text(source.tokens[open + 1]).filter { $0 != "'" && $0 != "’" }
        let words = text.split { !($0.isLetter || $0.isNumber) }.prefix(4)
        guard let first = words.first else { return nil }
        return first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
