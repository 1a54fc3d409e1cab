import Foundation

/// How a Python split is spelled: the new module is a distribution beside the old one, with its own
/// `pyproject.toml` and an import package named after it; what others use of it is exported by that package's
/// `__init__.py`. (A distribution's name is spelled with `-`, its import package with `_`.)
extension ModuleNaming {
    /// `async_byte_stream` for `async-byte-stream`.
    static func pythonImportName(_ name: String) -> String { name.replacingOccurrences(of: "-", with: "_") }

    /// `async-byte-stream` for `async_byte_stream`.
    static func pythonDistributionName(_ name: String) -> String { name.replacingOccurrences(of: "_", with: "-") }

    /// The folder of the module's `pyproject.toml` (or `setup.py`): its distribution's folder ("" at the top).
    static func pythonDistributionFolder(_ module: some ModuleLayout) -> String {
        module.manifest.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The new distribution's folder: a sibling of the module's (`async_byte_stream` beside a `pyproject.toml` at
    /// the top, `packages/b` beside `packages/a`), never inside it.
    static func pythonFolder(for name: String, module: some ModuleLayout) -> String {
        let parent = pythonDistributionFolder(module).split(separator: "/").dropLast().joined(separator: "/")
        return parent.isEmpty ? name : parent + "/" + name
    }

    /// The import package holding `path`: the outermost package folder among the module's roots (`httpx`, not
    /// `httpx/_transports`), else the top folder below the distribution's folder or its `src/` (`src/black`); nil for
    /// a file at the top (a script).
    static func pythonPackage(of path: String, in module: some ModuleLayout) -> String? {
        let base = pythonDistributionFolder(module)
        let packages = module.roots.filter { $0 != base && !$0.isEmpty && path.hasPrefix($0 + "/") }
        if let outermost = packages.min(by: { $0.count < $1.count }) { return outermost }
        guard base.isEmpty || path.hasPrefix(base + "/") else { return nil }
        let parts = path.dropFirst(base.isEmpty ? 0 : base.count + 1).split(separator: "/").dropLast()
        let depth = parts.first == "src" ? 2 : 1
        guard parts.count >= depth else { return nil }
        return ([base].filter { !$0.isEmpty } + parts.prefix(depth).map(String.init)).joined(separator: "/")
    }

    /// Where a moved Python file goes: the same path below the new distribution's import package as below
    /// the old one's, a `src/` layout kept (`httpx/_transports/base.py` → `transports/transports/_transports/base.py`;
    /// `src/black/linegen.py` → `linegen/src/linegen/linegen.py`). Nil for a file outside any import package.
    static func pythonDestination(
        of path: String, fileName: String, folder: String, module: some ModuleLayout
    ) -> String? {
        guard let package = pythonPackage(of: path, in: module) else { return nil }
        let base = pythonDistributionFolder(module)
        let inBase = base.isEmpty ? Substring(package) : package.dropFirst(base.count + 1)
        let layout = inBase.split(separator: "/").dropLast().joined(separator: "/")
        let below = path.dropFirst(package.count + 1).split(separator: "/").dropLast().joined(separator: "/")
        let importName = pythonImportName(folder.split(separator: "/").last.map(String.init) ?? folder)
        return [folder, layout, importName, below, fileName].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// The step that creates the new distribution, with the dependency pointing the right way.
    static func pythonDeclaration(of name: String, folder: String, user: String, used: String) -> String {
        "Create the distribution `\(folder)/pyproject.toml` (`name = \"\(pythonDistributionName(name))\"`) with the import "
            + "package `\(pythonImportName(name))` (an `__init__.py`), and add `\(pythonDistributionName(used))` to "
            + "\(user)'s dependencies"
    }

    /// Python has no visibility to grant: the names are exported by the new package's `__init__.py`, and a
    /// leading underscore, which marks a name private, is dropped.
    static func pythonExports(of names: [String], from module: String) -> String {
        let hidden = names.filter { $0.hasPrefix("_") && !$0.hasPrefix("__") }
        let renamed = hidden.isEmpty ? "" : " (drop the leading underscore of \(listed(hidden)): it marks a name private)"
        return "Export \(listed(names)) from `\(pythonImportName(module))/__init__.py`\(renamed)"
    }
}
