import SourceScan

extension SymbolSource {
    /// The words written only after a `.`, each with the first words of the dotted paths ending in them, sorted
    /// (`typing.Mapping[str, Any]` gives `Mapping` → [`typing`], `collections.abc.Mapping` → [`collections`]; "" for a
    /// path starting at no word, `f().x`): what a Python file reaches through the names its imports bind. A word the
    /// file also writes bare (`Mapping` after `from collections.abc import`) is not among them.
    package func qualifiers() -> [String: [String]] {
        var bare = Set<String>()
        var roots: [String: Set<String>] = [:]
        for index in tokens.indices where tokens[index].kind == .word {
            let name = text(tokens[index])
            guard index > 0, isPunct(index - 1, ".") else {
                bare.insert(name)
                continue
            }
            guard !bare.contains(name) else { continue }
            var start = index
            while start > 1, isPunct(start - 1, "."), isWord(start - 2) { start -= 2 }
            roots[name, default: []].insert(start == index ? "" : text(tokens[start]))
        }
        var result: [String: [String]] = [:]
        for (name, first) in roots where !bare.contains(name) { result[name] = first.sorted() }
        return result
    }
}
