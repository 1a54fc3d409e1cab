/// Haskell modules by the file that defines them: `Text.Pandoc.Readers.Markdown` is
/// `…/Text/Pandoc/Readers/Markdown.hs` below some source folder (`src/`, a package's `hs-source-dirs`). A file's
/// module name is the longest tail of its path whose every part starts with a capital letter, which is where the
/// source folder (lower-case by convention) ends.
extension ImportResolver {
    /// The module name a `.hs`, `.lhs` or `.hsc` file defines (`Text.Pandoc.Class`), or nil for another file or a
    /// file whose name is not capitalized (`test-pandoc.hs`, a `Main` by `main-is`).
    package static func haskellModule(of path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), [".hs", ".lhs", ".hsc"].contains(path[dot...]) else { return nil }
        let parts = path[..<dot].split(separator: "/")
        let module = parts.reversed().prefix { $0.first.map { $0 >= "A" && $0 <= "Z" } ?? false }
        return module.isEmpty ? nil : module.reversed().joined(separator: ".")
    }

    /// Elixir aliases and Haskell module names: the module owning the file that defines them.
    func resolveDefinedModule(_ name: String, style: String?, own: Int?) -> Int? {
        style == "elixir" ? resolveElixir(name, own: own) : resolveHaskell(name, own: own)
    }

    /// `import Text.Pandoc.Class`: the module owning the file that defines it; nil outside the repository
    /// (`Data.Map`, a dependency's module).
    func resolveHaskell(_ name: String, own: Int?) -> Int? {
        haskellFiles[name].flatMap { preferred($0, own: own) }
    }
}
