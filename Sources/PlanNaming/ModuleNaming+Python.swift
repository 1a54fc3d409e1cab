import Foundation

/// How a Python split is spelled: the new module is a distribution beside the old one, with its own
/// `pyproject.toml` and an import package named after it; what others use of it is exported by that package's
/// `__init__.py`. (A distribution's name is spelled with `-`, its import package with `_`.)
extension ModuleNaming {
    /// `async_byte_stream` for `async-byte-stream`.
    static func pythonImportName(_ name: String) -> String { name.replacingOccurrences(of: "-", with: "_") }

    /// `async-byte-stream` for `async_byte_stream`, `langgraph-checkpoint-postgres-aio` for the package
    /// `langgraph.checkpoint.postgres_aio` in a namespace.
    static func pythonDistributionName(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-")
    }

    /// The folder of the module's `pyproject.toml` (or `setup.py`): its distribution's folder ("" at the top).
    static func pythonDistributionFolder(_ module: some ModuleLayout) -> String {
        module.manifest.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The new distribution's folder: a sibling of the module's (`async_byte_stream` beside a `pyproject.toml` at
    /// the top, `packages/b` beside `packages/a`), never inside it.
    /// A package in a namespace (`langgraph.checkpoint.postgres_aio`) gets its distribution's name as its folder
    /// (`libs/langgraph-checkpoint-postgres-aio`).
    static func pythonFolder(for name: String, module: some ModuleLayout) -> String {
        let parent = pythonDistributionFolder(module).split(separator: "/").dropLast().joined(separator: "/")
        let folder = name.contains(".") ? pythonDistributionName(name) : name
        return parent.isEmpty ? folder : parent + "/" + folder
    }

    /// The import package holding `path`: the outermost package folder among the module's roots (`httpx`, not
    /// `httpx/_transports`), else the top folder below the distribution's folder or its `src/` (`src/black`); nil for
    /// a file at the top (a script).
    static func pythonPackage(of path: String, in module: some ModuleLayout) -> String? {
        let base = pythonDistributionFolder(module)
        let packages = module.roots.filter { $0 != base && !$0.isEmpty && path.hasPrefix($0 + "/") }
        if let outermost = packages.min(by: { $0.count < $1.count }) { return outermost }
        if let namespaced = pythonNamespacedPackage(of: path, in: module) { return namespaced.path }
        guard base.isEmpty || path.hasPrefix(base + "/") else { return nil }
        let parts = path.dropFirst(base.isEmpty ? 0 : base.count + 1).split(separator: "/").dropLast()
        let depth = parts.first == "src" ? 2 : 1
        guard parts.count >= depth else { return nil }
        return ([base].filter { !$0.isEmpty } + parts.prefix(depth).map(String.init)).joined(separator: "/")
    }

    /// A regular package below a namespace package: its folder, the namespace's folders (below the distribution's
    /// folder or its `src/`) and its own name.
    package struct PythonNamespacedPackage: Hashable, Sendable {
        /// `libs/checkpoint-postgres/langgraph/checkpoint/postgres`.
        package var path: String
        /// `langgraph/checkpoint`.
        package var namespace: String
        /// `postgres`.
        package var name: String { path.split(separator: "/").last.map(String.init) ?? path }
    }

    /// The regular package holding `path` when it sits in a namespace package: the outermost folder of the unbroken
    /// chain of folders with an `__init__.py` around the file, when the folder above it has none and is not the
    /// distribution's top (or its `src/`). Nil for a file of a top-level package, or outside any package.
    package static func pythonNamespacedPackage(
        of path: String, in module: some ModuleLayout
    ) -> PythonNamespacedPackage? {
        guard module.ecosystem == "python" else { return nil }
        func parent(_ folder: String) -> String { folder.split(separator: "/").dropLast().joined(separator: "/") }
        var package = parent(path)
        guard module.packageFolders.contains(package) else { return nil }
        while module.packageFolders.contains(parent(package)), !parent(package).isEmpty { package = parent(package) }
        let base = pythonDistributionFolder(module)
        var top = base.isEmpty ? "" : base + "/"
        if package.hasPrefix(top + "src/") { top += "src/" }
        guard package.hasPrefix(top) else { return nil }
        let namespace = parent(String(package.dropFirst(top.count)))
        return namespace.isEmpty ? nil : PythonNamespacedPackage(path: package, namespace: namespace)
    }

    /// The package most of `files` are in, when that sits in a namespace package.
    package static func pythonNamespacedPackage(
        of files: [String], in module: some ModuleLayout
    ) -> PythonNamespacedPackage? {
        var counts: [PythonNamespacedPackage: Int] = [:]
        for path in files {
            if let package = pythonNamespacedPackage(of: path, in: module) { counts[package, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key.path) < ($1.value, $0.key.path) }?.key
    }

    /// The new module's name when its files sit in a namespace package: the new package beside theirs in the same
    /// namespace, so imports keep the namespace (`aio` of `langgraph/checkpoint/postgres/` →
    /// `langgraph.checkpoint.postgres_aio`; a name holding the package's, `postgres_saver`, stays as it is), never
    /// one of `taken` nor the package itself (numbered).
    package static func pythonNamespaced(_ name: String, in package: PythonNamespacedPackage, taken: Set<String>) -> String {
        // Without the distribution's name `parentPrefix` put before it: the namespace says whose it is.
        let distribution = (package.namespace.split(separator: "/") + [Substring(package.name)]).joined(separator: "_") + "_"
        let stem = String(pythonImportName(name).trimmingPrefix(distribution))
        let own = stem.split(separator: "_").contains { $0 == package.name } ? stem : package.name + "_" + stem
        let namespace = package.namespace.replacingOccurrences(of: "/", with: ".") + "."
        var candidate = namespace + own
        var suffix = 2
        let taken = Taken(taken)
        while taken.contains(candidate) || candidate == namespace + package.name {
            candidate = namespace + own + "\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// Where a moved Python file goes: the same path below the new distribution's import package as below
    /// the old one's, a `src/` layout kept (`src/black/linegen.py` → `linegen/src/linegen/linegen.py`), less the
    /// subpackage every moved file shares (`dropping`, `pythonSharedFolder`): that subpackage becomes the new import
    /// package (`httpx/_transports/base.py` → `transports/transports/base.py`, not `…/transports/_transports/base.py`).
    /// Nil for a file outside any import package.
    static func pythonDestination(
        of path: String, fileName: String, folder: String, module: some ModuleLayout, dropping shared: String = ""
    ) -> String? {
        guard let package = pythonPackage(of: path, in: module) else { return nil }
        let base = pythonDistributionFolder(module)
        let inBase = base.isEmpty ? Substring(package) : package.dropFirst(base.count + 1)
        let layout = inBase.split(separator: "/").dropLast().joined(separator: "/")
        var below = path.dropFirst(package.count + 1).split(separator: "/").dropLast().joined(separator: "/")
        if !shared.isEmpty, below == shared || below.hasPrefix(shared + "/") {
            below = String(below.dropFirst(shared.count).drop { $0 == "/" })
        }
        let distribution = folder.split(separator: "/").last.map(String.init) ?? folder
        var importName = pythonImportName(distribution)
        // In a namespace, the new package is the distribution's name after the namespace's.
        if let namespace = pythonNamespacedPackage(of: path, in: module)?.namespace {
            let prefix = pythonDistributionName(namespace.replacingOccurrences(of: "/", with: ".")) + "-"
            if distribution.hasPrefix(prefix) { importName = pythonImportName(String(distribution.dropFirst(prefix.count))) }
        }
        return [folder, layout, importName, below, fileName].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// The subpackage below their import package that all of `paths` share (`_transports` for httpx's
    /// `httpx/_transports/*.py`; `routing` for werkzeug's `src/werkzeug/routing/*.py`), empty when they sit in
    /// different import packages or at a package's top.
    static func pythonSharedFolder(of paths: [String], module: some ModuleLayout) -> String {
        var shared: [Substring]? = nil
        var sharedPackage: String? = nil
        for path in paths {
            guard let package = pythonPackage(of: path, in: module), sharedPackage == nil || sharedPackage == package
            else { return "" }
            sharedPackage = package
            let folders = path.dropFirst(package.count + 1).split(separator: "/").dropLast()
            shared = shared.map { Array(zip($0, folders).prefix { $0 == $1 }.map(\.0)) } ?? Array(folders)
        }
        return shared?.joined(separator: "/") ?? ""
    }

    /// The start of the step that creates the new distribution (`declaration` adds the dependencies).
    /// A package in a namespace keeps the namespace's folders without an `__init__.py`, shipped as the old
    /// distribution ships them.
    static func pythonCreation(of name: String, folder: String) -> String {
        let parts = name.split(separator: ".")
        let package = parts.count > 1
            ? "the package `\(name)` (an `__init__.py` in `\(parts.joined(separator: "/"))/`, none in the namespace "
                + "folders `\(parts.dropLast().joined(separator: "/"))/`: list `\(parts[0])` as the wheel's packages, as "
                + "the old distribution does)"
            : "the import package `\(pythonImportName(name))` (an `__init__.py`)"
        return "Create the distribution `\(folder)/pyproject.toml` (`name = \"\(pythonDistributionName(name))\"`) with "
            + package
    }

    /// Python has no visibility to grant: the names are exported by the new package's `__init__.py`, and a
    /// leading underscore, which marks a name private, is dropped.
    static func pythonExports(of names: [String], from module: String) -> String {
        let hidden = names.filter { $0.hasPrefix("_") && !$0.hasPrefix("__") }
        let renamed = hidden.isEmpty ? "" : " (drop the leading underscore of \(listed(hidden)): it marks a name private)"
        let package = pythonImportName(module).replacingOccurrences(of: ".", with: "/")
        return "Export \(listed(names)) from `\(package)/__init__.py`\(renamed)"
    }

    /// How callers keep working while they reach the moved names through the old package; a package in a namespace
    /// is not the distribution's name, so the packages the names left import them back.
    /// A published distribution's users import the names from the modules they were in (`from jinja2.nodes import
    /// Node`), so each of those modules imports them back, a moved module staying behind as a stub.
    static func pythonForwarding(of name: String, from module: String, published: Bool = false) -> String {
        let from = "`from \(pythonImportName(name)) import …`"
        if published {
            return "Import the moved names back into each module they leave (\(from); a module that moves whole stays "
                + "behind as a stub of such imports), so callers keep importing them from where they were"
        }
        guard name.contains(".") else {
            return "Import the moved names back into \(pythonImportName(module))'s `__init__.py` (\(from)), so callers keep working"
        }
        return "Import the moved names back into the `__init__.py` of the packages they leave (\(from)), so callers keep working"
    }
}
