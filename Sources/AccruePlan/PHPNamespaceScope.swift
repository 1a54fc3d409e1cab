import ImportScan
import SymbolScan

/// Which of the files declaring a name a PHP file can mean by it. PHP resolves a class or function name in the file's
/// own namespace, through its `use` imports, or as the file qualifies it, never in another namespace: PHP-Parser's
/// `Node\Param` and `Builder\Param`, laravel's `Contracts\Queue\Job` and `Queue\Jobs\Job`, had tied every file using
/// one to both (SymbolGraph links a name to each file declaring it). Files without a namespace, and other languages,
/// see every declarer.
struct PHPNamespaceScope {
    let facts: [String: SymbolFacts]
    let imports: (String) -> [ImportFacts]

    func sees(user: String, declarer: String, name: String) -> Bool {
        guard let declared = facts[declarer]?.namespace, let own = facts[user]?.namespace, declared != own else { return true }
        let full = "\\" + declared + "\\" + name
        for site in imports(user) where site.kind == .module {
            let path = site.path.hasPrefix("\\") ? String(site.path.dropFirst()) : site.path
            // The class or function itself, or a namespace the file names it through (`use GuzzleHttp\Psr7;`).
            if full == "\\" + path || declared == path || declared.hasPrefix(path + "\\") { return true }
        }
        return facts[user]?.qualifiedUses.contains { full.hasSuffix("\\" + $0) } ?? false
    }
}
