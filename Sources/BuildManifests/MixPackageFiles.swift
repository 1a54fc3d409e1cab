import ManifestSyntax
import SourceScan

/// What a Hex package ships, read from its `mix.exs`: the `files:` of its `package` (`~w(assets/js lib priv)`,
/// `["lib", "mix.exs"]`, joined by `++`), or Hex's defaults (`lib`, `priv`, `src`, `c_src`, `mix.exs`…) where it
/// lists none, and the `elixirc_paths` it compiles (phoenix's `installer/lib` for its docs).
///
/// Only a project with a `package` ships to Hex; nil for any other (an application's `assets/` and `rel/` are its
/// code). Glob entries (`README*`, `CHANGELOG*`) name no code and are left out.
enum MixPackageFiles {
    static let hexDefaults = ["lib", "priv", "src", "c_src", "mix.exs", ".formatter.exs"]

    /// The package's files and compiled paths, relative to the project's folder; nil when it declares no package.
    static func paths(_ items: [ManifestTokens.Item]) -> [String]? {
        guard MixManifest.keyword("package", in: items) != nil else { return nil }
        var paths = Set(MixManifest.keyword("files", in: items).map { lists(items, from: $0 + 2) } ?? hexDefaults)
        if let index = MixManifest.keyword("elixirc_paths", in: items) { paths.formUnion(lists(items, from: index + 2)) }
        paths.formUnion(compiledPathClauses(items))
        return paths.filter { !$0.contains("*") && !$0.isEmpty }
            .map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
            .sorted()
    }

    /// `defp elixirc_paths(:test), do: ["lib", "test/support"]`: each clause's list.
    private static func compiledPathClauses(_ items: [ManifestTokens.Item]) -> [String] {
        items.indices.dropFirst().filter { items[$0].text == "elixirc_paths" && items[$0 - 1].text == "defp" }.flatMap {
            index in
            items[index...].prefix(24).firstIndex { $0.text == "do" }.map { lists(items, from: $0 + 2) } ?? []
        }
    }

    /// The entries of the list at `start` (`[…]` of strings or a `~w(…)` word list) and of the lists `++` joins to
    /// it.
    private static func lists(_ items: [ManifestTokens.Item], from start: Int) -> [String] {
        var entries: [String] = []
        var index = start
        while index < items.count {
            guard let (list, end) = list(items, at: index) else { break }
            entries += list
            index = end
            if index < items.count, items[index].text == "++" {
                index += 1
            } else if index + 1 < items.count, items[index].text == "+", items[index + 1].text == "+" {
                index += 2
            } else {
                break
            }
        }
        return entries
    }

    /// One list at `index` and the position after it.
    private static func list(_ items: [ManifestTokens.Item], at index: Int) -> ([String], Int)? {
        if items[index].text == "[" {
            var strings: [String] = []
            var at = index + 1
            while at < items.count, items[at].text != "]" {
                if items[at].kind == .string { strings.append(items[at].unquoted) }
                at += 1
            }
            return (strings, at + 1)
        }
        // `~w(a b/c)`: the words between the delimiters, each glued from the tokens no space separates.
        guard items[index].text == "~", index + 2 < items.count, items[index + 1].text == "w",
            let close = ["(": ")", "[": "]", "{": "}"][items[index + 2].text]
        else { return nil }
        var words: [String] = []
        var at = index + 3
        while at < items.count, items[at].text != close {
            if items[at].isSpaced || words.isEmpty {
                words.append(items[at].text)
            } else {
                words[words.count - 1] += items[at].text
            }
            at += 1
        }
        return (words, at + 1)
    }
}
