import SourceScan

/// Elixir's `do … end` and `fn … end` blocks, which nest as braces do elsewhere (`DeclarationGrammar.endBlocks`).
///
/// Only a declaration outside every block is a region, and its own `end` closes it; one inside a block (a module
/// nested in another, or one a test or a `quote` defines) names something but is no part a plan can move.
/// A word used as a key (`do:`), an atom (`:end`) or a field (`x.end`) opens and closes nothing.
package struct EndBlockDepth {
    private var depth = 0
    /// The top-level declaration whose block is open.
    private var openRegion: Int?

    /// A top-level declaration was found at `index` in `found`: the next block to close at depth zero ends it.
    mutating func opened(region index: Int) { openRegion = index }

    /// Where scanning goes on when the token at `index` opens or closes a block or lies inside one (a keyword of
    /// `declaring` there only declares a name, through `declare`); nil when the keyword grammar reads it.
    mutating func step(
        _ source: SymbolSource, at index: Int, declaring: Set<String>, found: inout [FoundDeclaration],
        declare: (Int, inout [FoundDeclaration]) -> Int
    ) -> Int? {
        if let change = Self.change(source, at: index) {
            depth = max(0, depth + change)
            if depth == 0, let open = openRegion {
                found[open].endLine = Int(source.tokens[index].line)
                openRegion = nil
            }
            return index + 1
        }
        guard depth > 0 else { return nil }
        guard source.isWord(index), declaring.contains(source.text(source.tokens[index])) else { return index + 1 }
        let before = found.count
        let next = declare(index, &found)
        for nested in before..<found.count { found[nested].isRegion = false }
        return next
    }

    /// +1 for a `do` or `fn` opening a block, -1 for an `end`, nil for any other token.
    private static func change(_ source: SymbolSource, at index: Int) -> Int? {
        let change = source.isWord(index, "end") ? -1 : source.isWord(index, "do") || source.isWord(index, "fn") ? 1 : 0
        return change == 0 || source.isKeyAtomOrField(index) ? nil : change
    }
}

extension SymbolSource {
    /// Whether the word at `index` is a key (`do:`), an atom (`:do`) or a field (`x.end`), touching its punctuation.
    func isKeyAtomOrField(_ index: Int) -> Bool {
        let key = index + 1 < tokens.count && tokens[index].end == Int(tokens[index + 1].start) && isPunct(index + 1, ":")
        let atom = index > 0 && tokens[index - 1].end == Int(tokens[index].start) && isPunct(index - 1, ":")
        return key || atom || (index > 0 && isPunct(index - 1, "."))
    }
}
