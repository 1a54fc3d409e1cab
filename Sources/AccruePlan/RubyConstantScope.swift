import ImportScan
import SymbolScan

/// Which of the files declaring a Ruby class or module's name a Ruby file means by it: those declaring a whole name
/// its constant paths may mean where they are written (`SymbolFacts.qualifiedDeclarations`, `qualifiers`): `Rack`
/// means puma's `module Puma::Rack` inside `module Puma` or written `Puma::Rack`, else only a top-level `Rack`. A
/// path whose first segment the file takes from a gem, a `require` of no `lib/` file among the files given (`require
/// 'rack/builder'`: `Rack`; `rspec/support`: `RSpec`), means no project declaration of that segment, nor one inside
/// the modules around it: only a deeper name written whole (`Rack::Handler::Puma`, added to the gem's module). A
/// segment the file declares a whole name under, or `require`s from the project too, is the project's. puma's
/// configuration.rb had used the vendored `Puma::Rack` by the rack gem's `::Rack::Builder`. Files of other
/// languages, and names no class or module declares (a `def`), are seen as before.
struct RubyConstantScope {
    private let facts: [String: SymbolFacts]
    /// Each Ruby file's whole names its paths may mean, but those of the first segments it takes from gems.
    private let meant: [String: Set<String>]

    init(files: [String], facts: [String: SymbolFacts], imports: (String) -> [ImportFacts]) {
        let project = Self.loadPaths(among: files)
        var meant: [String: Set<String>] = [:]
        for file in files where Self.isRuby(file) {
            guard let fileFacts = facts[file] else { continue }
            let own = Set(fileFacts.qualifiedDeclarations.map { Self.root(of: $0, separator: ":").lowercased() })
            let gems = Self.gemRoots(imports(file), project: project).subtracting(own)
            var names = Set<String>()
            for (first, candidates) in fileFacts.qualifiers {
                guard gems.contains(first.lowercased()) else {
                    names.formUnion(candidates)
                    continue
                }
                names.formUnion(candidates.filter { $0.hasPrefix(first + "::") })
            }
            meant[file] = names
        }
        self.facts = facts
        self.meant = meant
    }

    func sees(user: String, declarer: String, name: String) -> Bool {
        guard let meant = meant[user], Self.isRuby(declarer), let declared = facts[declarer]?.qualifiedDeclarations
        else { return true }
        let named = declared.filter { $0 == name || $0.hasSuffix("::" + name) }
        return named.isEmpty || meant.contains(RubyConstants.anyModule + name) || named.contains(where: meant.contains)
    }

    /// The first segments, lowercased without `_` and `-`, of the paths `imports` require from gems (`rack` of
    /// `require 'rack/builder'`), but those another `require` takes from `project`.
    static func gemRoots(_ imports: [ImportFacts], project: Set<String>) -> Set<String> {
        var (gems, own) = (Set<String>(), Set<String>())
        for site in imports where site.kind == .module {
            let first = root(of: site.path, separator: "/").lowercased().filter { $0 != "_" && $0 != "-" }
            if project.contains(site.path) { own.insert(first) } else { gems.insert(first) }
        }
        return gems.subtracting(own)
    }

    /// What a `require` names each Ruby file under a `lib/` folder by (`puma/rack/builder` of
    /// `lib/puma/rack/builder.rb`), as ModuleGraph's resolver reads a load path.
    static func loadPaths(among files: [String]) -> Set<String> {
        var paths = Set<String>()
        for file in files where file.hasSuffix(".rb") {
            let parts = file.dropLast(3).split(separator: "/", omittingEmptySubsequences: false)
            guard let lib = parts.lastIndex(of: "lib"), lib + 1 < parts.count else { continue }
            paths.insert(parts[(lib + 1)...].joined(separator: "/"))
        }
        return paths
    }

    private static func root(of path: String, separator: Character) -> String {
        String(path.prefix { $0 != separator })
    }

    private static func isRuby(_ file: String) -> Bool {
        file.hasSuffix(".rb") || file.hasSuffix(".rake") || file.hasSuffix(".ru") || file.hasSuffix("Rakefile")
    }
}
