import ImportScan

/// A Python extension module built from another module (`bindingLanguages`): a pyo3 crate maturin builds into its
/// Python package, which imports it relatively (pydantic-core's `from ._pydantic_core import …`).
extension ImportResolver {
    /// The module of another ecosystem that a relative Python import in `file` names, when one answers to its
    /// absolute dotted name with a binding for Python; nil otherwise (a relative import stays in its module).
    func pythonBinding(_ facts: ImportFacts, in file: String, from importer: Importer) -> Int? {
        guard hasPythonBindings, let own = importer.module,
            let package = Self.pythonPackage(of: file, roots: modules[own].roots)
        else { return nil }
        let dots = facts.path.prefix { $0 == "." }.count
        guard dots >= 1, dots - 1 <= package.count else { return nil }
        let base = package.dropLast(dots - 1).joined(separator: ".")
        let rest = facts.path.dropFirst(dots)
        let named = rest.isEmpty ? facts.names.map { base + "." + $0 } : [base + "." + rest]
        return named.lazy.compactMap { self.named($0, from: importer) }
            .first { $0 != own && !self.modules[$0].bindingLanguages.isEmpty }
    }

    /// The dotted package of a Python file below the deepest of `roots` holding it (`python/pydantic_core/x.py` →
    /// `["pydantic_core"]`), or nil when no root holds it.
    static func pythonPackage(of file: String, roots: [String]) -> [Substring]? {
        let holding = roots.filter { $0.isEmpty || file.hasPrefix($0 + "/") }.max { $0.count < $1.count }
        guard let root = holding else { return nil }
        return file.dropFirst(root.isEmpty ? 0 : root.count + 1).split(separator: "/").dropLast().map { $0 }
    }
}
