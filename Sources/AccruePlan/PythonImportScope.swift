import ImportScan
import SymbolScan

/// Which names a Python file takes from modules outside the project: those its `from m import name` lines bind from a
/// module that is no file of the repository (the standard library's `collections.abc`, a third party's), and those
/// it reaches only through such a module (`typing.Mapping` after `import typing`). Neither is a use of the
/// project's declaration of the name: marshmallow's `exceptions.py` and `utils.py` had been tied to `fields.py`'s
/// `class Mapping` by `typing.Mapping` and `from collections.abc import Mapping`. A module is the project's when
/// its first segment is a folder or a file stem of a Python file of the module being linked (`packages`): a name
/// imported from another of the repository's modules is no use of this one's declaration either, and one whose
/// module might be this one's is kept.
struct PythonImportScope {
    /// For each Python file among those given, the names its imports bind from outside the project.
    private let external: [String: Set<String>]
    private let facts: [String: SymbolFacts]

    init(files: [String], facts: [String: SymbolFacts], imports: (String) -> [ImportFacts]) {
        let packages = Self.packages(among: files)
        var external: [String: Set<String>] = [:]
        for file in files where file.hasSuffix(".py") {
            let names = Self.externalNames(imports(file), packages: packages)
            if !names.isEmpty { external[file] = names }
        }
        self.external = external
        self.facts = facts
    }

    /// Whether `user` can mean a declaration of `name` in the project: not where the name is bound only from outside
    /// the project, nor where the file writes it only after such a name.
    func sees(user: String, name: String) -> Bool {
        guard let bound = external[user] else { return true }
        if bound.contains(name) { return false }
        guard let roots = facts[user]?.qualifiers[name] else { return true }
        return !roots.allSatisfy(bound.contains)
    }

    /// The names `imports` bind from modules outside the project, but those another import binds from the project.
    static func externalNames(_ imports: [ImportFacts], packages: Set<String>) -> Set<String> {
        var (outside, inside) = (Set<String>(), Set<String>())
        for site in imports where site.kind == .module || site.kind == .relative {
            let first = site.path.split(separator: ".", maxSplits: 1).first.map(String.init) ?? site.path
            let isOutside = site.kind == .module && !packages.contains(first)
            // `import a.b` binds `a`, `import a.b as c` binds `c`, `from a import b, c` binds `b` and `c`.
            let bound = site.names.isEmpty ? [site.alias ?? first] : site.names.filter { $0 != "*" }
            if isOutside { outside.formUnion(bound) } else { inside.formUnion(bound) }
        }
        return outside.subtracting(inside)
    }

    /// The first segments a Python import of the project may start with: the folders holding Python files and their
    /// stems (`src/marshmallow/fields.py` gives `src`, `marshmallow` and `fields`).
    static func packages(among paths: [String]) -> Set<String> {
        var names = Set<String>()
        for path in paths where path.hasSuffix(".py") || path.hasSuffix(".pyi") {
            let parts = path.split(separator: "/")
            names.formUnion(parts.dropLast().map(String.init))
            if let last = parts.last { names.insert(String(last.prefix { $0 != "." })) }
        }
        return names
    }
}
