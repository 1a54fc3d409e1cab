import ModuleGraph

/// The packages a Python project provides under its source roots, by the dotted names code imports them by.
///
/// A regular package is a folder holding `__init__.py`; its import name is its dotted path from the source
/// root when its parent holds none. The parent is then a namespace package (PEP 420), shared by every
/// distribution putting packages in it (opentelemetry-api's `src/opentelemetry/trace/`, opentelemetry-sdk's
/// `src/opentelemetry/sdk/trace/`): no project answers to the namespace itself, each answers to the packages
/// it provides (`opentelemetry.trace`, `opentelemetry.sdk.trace`), and the longest one an import names wins.
/// A plain module directly in a namespace folder (`src/opentelemetry/util/types.py`) answers to its own
/// dotted name (`opentelemetry.util.types`) once the namespace holds a regular package of the project.
struct PythonPackages {
    /// Top-level packages, sorted: the import name and the folder holding it.
    private(set) var found: [(name: String, folder: String)] = []
    private var names = Set<String>()
    /// The folders packages are found in: the declared source root, else the project folder and its `src/`.
    private let bases: [String]

    /// Discovers the packages of the project in `folder`: under its declared `sourceRoot`, else in the folder
    /// itself (a flat layout) and its `src/`.
    init(folder: String, sourceRoot: String?, context: ManifestContext) {
        let bases = sourceRoot.map { [ManifestContext.join(folder, $0)] } ?? [folder, ManifestContext.join(folder, "src")]
        self.bases = bases
        for base in bases {
            // The project folder's `src/` is a base of its own, not a namespace package `src`.
            let inner = bases.filter { $0 != base && ManifestContext.isInside($0, base) }
            let paths = context.paths(under: base).filter { path in !inner.contains { path.hasPrefix($0 + "/") } }
            let layout = Layout(base: base, isFlat: sourceRoot == nil && base == folder, paths: paths, context: context)
            for (name, folder) in layout.packages() + layout.namespaceModules() where names.insert(name).inserted {
                found.append((name, folder))
            }
        }
        found.sort { $0.name < $1.name }
    }

    /// Drops the packages inside `paths` (relative to the project in `folder`): what only the source distribution
    /// takes ships no package.
    mutating func removeAll(inside paths: [String], of folder: String) {
        let prefixes = paths.map { ManifestContext.join(folder, $0) + "/" }
        found.removeAll { package in prefixes.contains { (package.folder + "/").hasPrefix($0) } }
        names = Set(found.map(\.name))
    }

    /// The tracked file the dotted module path `module` names below a source root: the module file `a/b/c.py`, else
    /// the package's `a/b/c/__init__.py`; nil when neither is there.
    func file(ofModule module: String, in context: ManifestContext) -> String? {
        let spelled = module.split(separator: ".").joined(separator: "/")
        return bases.lazy.flatMap { base in
            [spelled + ".py", spelled + "/__init__.py"].map { ManifestContext.join(base, $0) }
        }.first(where: context.contains)
    }

    /// The import names of a project: its declared packages (dotted names) as `importNames(ofDeclared:)` reads
    /// them, the discovered ones when it declares none or asks for discovery, and its single-file modules.
    func importNames(declared: [String]?, findsPackages: Bool, modules: [String]) -> Set<String> {
        var result = Set((declared ?? []).flatMap(importNames(ofDeclared:)))
        if declared == nil || findsPackages { result.formUnion(found.map(\.name)) }
        return result.union(modules)
    }

    /// The import names a declared package (`acme.core`, a dotted name) stands for: the discovered top-level
    /// package holding it, else the discovered packages inside it (a declared namespace), else its first segment.
    func importNames(ofDeclared package: String) -> [String] {
        if let holder = found.first(where: { package == $0.name || package.hasPrefix($0.name + ".") }) {
            return [holder.name]
        }
        let inside = found.filter { $0.name.hasPrefix(package + ".") }.map(\.name)
        if !inside.isEmpty { return inside }
        return package.split(separator: ".").first.map { [String($0)] } ?? []
    }
}

/// One source root's files: its package folders (holding `__init__.py`), relative to the root.
private struct Layout {
    let base: String
    let isFlat: Bool
    let paths: [String]
    let context: ManifestContext
    private let prefix: String
    private let packageFolders: Set<String>

    /// Folders directly under a flat-layout project (no `src/`, no declared root) that are never namespace
    /// packages: setuptools' flat-layout exclusions.
    private static let flatExclusions: Set<Substring> = [
        "ci", "bin", "debian", "doc", "docs", "documentation", "manpages", "news", "newsfragments", "changelog",
        "test", "tests", "unit_test", "unit_tests", "example", "examples", "scripts", "tools", "util", "utils",
        "python", "build", "dist", "venv", "env", "requirements", "tasks", "fabfile", "site_scons", "benchmark",
        "benchmarks", "exercise", "exercises", "htmlcov",
    ]

    private static let manifestNames = ["pyproject.toml", "setup.cfg", "setup.py"]

    init(base: String, isFlat: Bool, paths: [String], context: ManifestContext) {
        self.base = base
        self.isFlat = isFlat
        self.paths = paths
        self.context = context
        prefix = base.isEmpty ? "" : base + "/"
        packageFolders = Set(paths.filter { $0.hasSuffix("/__init__.py") }
            .map { [prefix] in ManifestContext.folder(of: String($0.dropFirst(prefix.count))) })
    }

    /// The top regular packages: each package folder's outermost package ancestor (itself included), by name.
    func packages() -> [(name: String, folder: String)] {
        var tops = Set<ArraySlice<Substring>>()
        for package in packageFolders where !package.isEmpty {
            let parts = package.split(separator: "/")
            guard let depth = (1...parts.count).first(where: { isPackage(parts[..<$0]) }) else { continue }
            if isImportable(parts[..<depth]) { tops.insert(parts[..<depth]) }
        }
        return tops.map { ($0.joined(separator: "."), prefix + $0.joined(separator: "/")) }
    }

    /// The plain modules of namespace folders (`opentelemetry/util/types.py`) whose top folder holds a
    /// regular package of this root.
    func namespaceModules() -> [(name: String, folder: String)] {
        let namespaces = Set(packages().compactMap { $0.name.contains(".") ? $0.name.split(separator: ".").first : nil })
        var modules: [(name: String, folder: String)] = []
        for path in paths where path.hasSuffix(".py") {
            let parts = path.dropFirst(prefix.count).split(separator: "/")
            guard parts.count >= 2, namespaces.contains(parts[0]),
                !(1..<parts.count).contains(where: { isPackage(parts[..<$0]) })
            else { continue }
            var dotted = parts
            dotted[dotted.count - 1] = parts[parts.count - 1].dropLast(3)
            guard dotted.allSatisfy(Self.isIdentifier), !crossesProject(parts.dropLast()) else { continue }
            modules.append((dotted.joined(separator: "."), prefix + parts.dropLast().joined(separator: "/")))
        }
        return modules
    }

    private func isPackage(_ parts: ArraySlice<Substring>) -> Bool {
        packageFolders.contains(parts.joined(separator: "/"))
    }

    /// Whether code can import a top package: not hidden or a test folder; inside a namespace, only through
    /// folders with identifier names, not an excluded flat-layout folder, and not another project's folder.
    private func isImportable(_ top: ArraySlice<Substring>) -> Bool {
        guard !top[0].hasPrefix("."), top[0] != "tests", top[0] != "test" else { return false }
        guard top.count > 1 else { return true }
        return top.allSatisfy(Self.isIdentifier) && !(isFlat && Self.flatExclusions.contains(top[0]))
            && !crossesProject(top.dropLast())
    }

    /// Whether one of `folders` (relative to the root, outermost first) holds another project's manifest.
    private func crossesProject(_ folders: ArraySlice<Substring>) -> Bool {
        var folder = base
        for part in folders {
            folder = folder.isEmpty ? String(part) : folder + "/" + part
            if Self.manifestNames.contains(where: { context.contains(folder + "/" + $0) }) { return true }
        }
        return false
    }

    private static func isIdentifier(_ name: Substring) -> Bool {
        guard let first = name.first, first == "_" || first.isLetter else { return false }
        return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
