import ManifestSyntax
import ModuleGraph
import TOMLText

/// A Cargo crate that maturin builds into a Python extension module: its folder's pyproject.toml names maturin as its
/// build backend (or has a `[tool.maturin]` table). Python imports the crate by the extension's dotted name.
enum PythonExtension {
    /// The crate `module` made importable from Python by the extension's names, when maturin builds its folder.
    static func bind(_ module: inout ModuleDeclaration, folder: String, libName: String, context: ManifestContext) {
        guard let binding = names(folder: folder, libName: libName, context: context) else { return }
        module.importNames += binding.filter { !module.importNames.contains($0) }
        module.bindingLanguages = ["Python"]
    }

    /// The names Python imports the extension by, or nil when maturin does not build the crate's folder: maturin's
    /// `module-name` (`pydantic_core._pydantic_core`), else the crate's library name, also inside the package of that
    /// name (a mixed Rust and Python project puts the extension in its package: `x.x`).
    static func names(folder: String, libName: String, context: ManifestContext) -> [String]? {
        let path = ManifestContext.join(folder, "pyproject.toml")
        guard let bytes = context.read(path), !ManifestText.looksBinary(bytes) else { return nil }
        var facts = PythonProjectFacts()
        _ = facts.merge(pyproject: TOMLDocument(bytes), path: path)
        guard facts.isMaturin else { return nil }
        if let name = facts.maturinModuleName { return [name] }
        return [libName, "\(libName).\(libName)"]
    }
}
