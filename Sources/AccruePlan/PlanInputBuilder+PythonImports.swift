import AccrueKit
import ImportScan
import SymbolScan

extension PlanInputBuilder {
    /// The uses between a module's files: by the names they declare and use (PHP's within their namespaces, Rust's
    /// within their crate's module `tree`, Python's but those taken from modules outside the module's files,
    /// Elixir's by whole module names, Ruby's classes and modules by the whole names their paths may mean), among the
    /// files a split may move and the targets that stay, and by Python's relative imports.
    static func fileDependencies(
        of module: ModuleReport.Module, code: [String], symbols: [String: SymbolFacts], tree: RustModuleTree?,
        imports: @escaping (String) -> [ImportFacts]
    ) -> [FileDependency] {
        let kept = keptTargets(of: module, movable: code)
        let php = PHPNamespaceScope(facts: symbols, imports: imports)
        let python = PythonImportScope(files: code + kept, facts: symbols, imports: imports)
        let elixir = ElixirAliasScope(files: code + kept, facts: symbols)
        let ruby = RubyConstantScope(files: code + kept, facts: symbols, imports: imports)
        let files = read(code, symbols) + read(kept, symbols)
        let named = SymbolGraph().dependencies(files, tree: tree) { user, declarer, name in
            python.sees(user: user, name: name) && php.sees(user: user, declarer: declarer, name: name)
                && elixir.sees(user: user, declarer: declarer, name: name)
                && ruby.sees(user: user, declarer: declarer, name: name)
        }
        return withRelativeImports(named, files: code + kept, imports: imports)
    }

    /// `dependencies` with the module's Python relative imports as uses of the files they name: `from .version
    /// import __version__` in tqdm/__init__.py uses tqdm/version.py, whose `__version__` is an assignment no
    /// declaration names (tqdm's split had moved version.py and asyncio.py away as files "nothing there uses"). An
    /// import of a file the symbols already link adds nothing; one they miss weighs its names (at least one).
    static func withRelativeImports(
        _ dependencies: [FileDependency], files: [String], imports: (String) -> [ImportFacts]
    ) -> [FileDependency] {
        let present = Set(files)
        var linked = Set(dependencies.map { [$0.from, $0.to] })
        var added: [FileDependency] = []
        for file in files where file.hasSuffix(".py") {
            for facts in imports(file) where facts.kind == .relative {
                guard let target = pythonTarget(of: facts.path, from: file, among: present), target != file,
                    linked.insert([file, target]).inserted
                else { continue }
                added.append(FileDependency(
                    from: file, to: target, weight: max(1, facts.names.count),
                    names: Array(facts.names.sorted().prefix(SymbolGraph.namesKept))))
            }
        }
        guard !added.isEmpty else { return dependencies }
        return (dependencies + added).sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// The file a relative import (`.version`, `..utils.io`) names from `file`: a module or a package's
    /// `__init__.py`, when it is among `files`.
    private static func pythonTarget(of specifier: String, from file: String, among files: Set<String>) -> String? {
        let dots = specifier.prefix { $0 == "." }.count
        guard dots > 0 else { return nil }
        var folder = file.split(separator: "/").dropLast().map(String.init)
        for _ in 1..<dots {
            guard !folder.isEmpty else { return nil }
            folder.removeLast()
        }
        let rest = specifier.dropFirst(dots).split(separator: ".").map(String.init)
        guard !rest.isEmpty else { return nil }
        let base = (folder + rest).joined(separator: "/")
        return [base + ".py", base + "/__init__.py"].first(where: files.contains)
    }
}
