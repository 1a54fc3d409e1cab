import SourceScan

/// Elixir's modules by their whole names: those a file declares (`defmodule Tesla.Error`; one nested in another takes
/// its parent's name before its own, `Tesla.Middleware.Compression.Error`) and those it names (`Tesla.Error`,
/// `JSON`), each expanded by the file's `alias` lines (`alias Tesla.Middleware.Compression` makes `Compression.Error`
/// `Tesla.Middleware.Compression.Error`; `alias A.{B, C}`, `alias A.B, as: D`). A use means a declaration only where
/// the whole names agree: tesla's `Tesla.Error` had used the `Error` compression.ex nests, and the standard library's
/// `JSON` the project's `Tesla.Middleware.JSON` (AccruePlan's `ElixirAliasScope`).
package struct ElixirAliases {
    let source: SymbolSource
    let grammar: DeclarationGrammar

    package init(source: SymbolSource, grammar: DeclarationGrammar) {
        self.source = source
        self.grammar = grammar
    }

    /// The whole names of the modules the file declares and of those it names, sorted.
    package func find() -> (declared: [String], used: [String]) {
        var (declared, written) = (Set<String>(), [[String]]())
        var aliases: [String: [String]] = [:]
        var modules: [(name: [String], depth: Int)] = []
        var depth = 0
        var index = 0
        while index < source.tokens.count {
            if let change = blockChange(at: index) {
                depth = max(0, depth + change)
                while let last = modules.last, depth < last.depth { modules.removeLast() }
                index += 1
                continue
            }
            guard let (segments, end) = chain(at: index, current: modules.last?.name) else {
                index += 1
                continue
            }
            if isWord(before: index, grammar.declaring) {
                let name = (modules.last?.name ?? []) + segments
                declared.insert(name.joined(separator: "."))
                modules.append((name, depth + 1))
            } else if isWord(before: index, ["alias"]) {
                addAliases(segments, end: end, to: &aliases)
            }
            written.append(segments)
            index = end
        }
        let used = written.map { segments in (aliases[segments[0]].map { $0 + segments.dropFirst() } ?? segments) }
        return (declared.sorted(), Set(used.map { $0.joined(separator: ".") }).sorted())
    }

    /// +1 for a `do` or `fn` opening a block, -1 for an `end`, nil for any other token (`EndBlockDepth`).
    private func blockChange(at index: Int) -> Int? {
        guard source.isWord(index), !source.isKeyAtomOrField(index) else { return nil }
        if source.isWord(index, "end") { return -1 }
        return source.isWord(index, "do") || source.isWord(index, "fn") ? 1 : nil
    }

    /// Whether the word before `index` is one of `words`, as a keyword (not `x.alias`, `:alias`).
    private func isWord(before index: Int, _ words: Set<String>) -> Bool {
        index > 0 && source.isWord(index - 1) && words.contains(source.text(source.tokens[index - 1]))
            && !source.isKeyAtomOrField(index - 1)
    }

    /// The alias starting at `index` (`Tesla.Middleware.JSON`; `__MODULE__.Error` in the module `current`) and the
    /// index after it; nil where none starts, or where it continues one before it.
    private func chain(at index: Int, current: [String]?) -> (segments: [String], end: Int)? {
        guard !(index > 0 && source.isPunct(index - 1, ".")) else { return nil }
        var segments: [String]
        if source.isWord(index, "__MODULE__") {
            guard let current else { return nil }
            segments = current
        } else {
            guard isCapitalized(index), !source.isKeyAtomOrField(index) else { return nil }
            segments = [source.text(source.tokens[index])]
        }
        var cursor = index + 1
        while touches(cursor - 1, cursor), source.isPunct(cursor, "."), touches(cursor, cursor + 1),
            isCapitalized(cursor + 1)
        {
            segments.append(source.text(source.tokens[cursor + 1]))
            cursor += 2
        }
        return (segments, cursor)
    }

    /// Records what `alias` followed by `segments`, ending at `end`, binds: the last segment, the names in a
    /// `.{B, C}` after it, or the name after `, as:`.
    private func addAliases(_ segments: [String], end: Int, to aliases: inout [String: [String]]) {
        if source.isPunct(end, "."), source.isPunct(end + 1, "{") {
            for inner in listed(from: end + 2) { if let last = inner.last { aliases[last] = segments + inner } }
        } else if source.isPunct(end, ","), source.isWord(end + 1, "as"), source.isPunct(end + 2, ":"),
            isCapitalized(end + 3)
        {
            aliases[source.text(source.tokens[end + 3])] = segments
        } else if let last = segments.last {
            aliases[last] = segments
        }
    }

    /// The aliases listed from `start` to the `}` closing a `.{B, C.D}`.
    private func listed(from start: Int) -> [[String]] {
        var (result, cursor) = ([[String]](), start)
        while cursor < source.tokens.count, !source.isPunct(cursor, "}") {
            guard isCapitalized(cursor), !source.isPunct(cursor - 1, "."),
                let (inner, next) = chain(at: cursor, current: nil)
            else {
                cursor += 1
                continue
            }
            result.append(inner)
            cursor = next
        }
        return result
    }

    private func touches(_ first: Int, _ second: Int) -> Bool {
        second < source.tokens.count && source.tokens[first].end == Int(source.tokens[second].start)
    }

    private func isCapitalized(_ index: Int) -> Bool {
        guard source.isWord(index) else { return false }
        let first = source.bytes[Int(source.tokens[index].start)]
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }
}
