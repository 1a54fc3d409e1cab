import SymbolScan

/// Which of the files declaring a module's last segment an Elixir file means by it: those declaring the module it
/// names whole, its `alias` lines expanded (`SymbolFacts.qualifiedDeclarations`, `qualifiedUses`). tesla's
/// `Tesla.Error` had tied its users to compression.ex, which nests a `defmodule Error`, and the standard library's
/// `JSON` to `Tesla.Middleware.JSON`. Files of other languages, and names no module declares, are seen as before.
struct ElixirAliasScope {
    private let facts: [String: SymbolFacts]
    /// Each Elixir file's whole uses.
    private let uses: [String: Set<String>]

    init(files: [String], facts: [String: SymbolFacts]) {
        var uses: [String: Set<String>] = [:]
        for file in files where file.hasSuffix(".ex") || file.hasSuffix(".exs") {
            if let used = facts[file]?.qualifiedUses { uses[file] = Set(used) }
        }
        self.facts = facts
        self.uses = uses
    }

    func sees(user: String, declarer: String, name: String) -> Bool {
        guard let used = uses[user], let declared = facts[declarer]?.qualifiedDeclarations, !declared.isEmpty else {
            return true
        }
        let named = declared.filter { $0 == name || $0.hasSuffix("." + name) }
        return named.isEmpty || named.contains(where: used.contains)
    }
}
