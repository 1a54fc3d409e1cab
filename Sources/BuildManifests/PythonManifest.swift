import ManifestSyntax
import ModuleGraph
import TOMLText
/// Reads Python projects as text: `pyproject.toml`, `setup.cfg` and `setup.py` (never run).
///
/// One module per project folder, named by the project name; its import names are the top-level
/// packages. Packages come from the first of: `[tool.setuptools] packages`, `[tool.poetry] packages`,
/// `setup.cfg` `packages =`, `setup.py` `packages=[…]`; else (and for `find:`/`find_packages()`) the
/// packages found at the project root or under `src/` (or the `package-dir`, `where` or maturin
/// `python-source` root), namespace packages included (see `PythonPackages`).
/// With several of these files in one folder, the first of pyproject.toml, setup.cfg, setup.py speaks
/// for all of them and reads the others. Python files outside the packages it ships are test code
/// (`PythonUnshippedFiles`). The module files its entry points name (`[project.scripts]`, `[options.entry_points]`…:
/// ManifestSyntax's `PythonEntryPoints`) are its target files, which an installed command or a plugin host imports by
/// their dotted path: a split keeps them, as it keeps a Cargo `[[bin]]` path.
public struct PythonManifest: ManifestReader {
    public init() {}

    private static let names = ["pyproject.toml", "setup.cfg", "setup.py"]

    public var manifestNames: Set<String> { Set(Self.names) }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let folder = ManifestContext.folder(of: path)
        let name = ManifestText.fileName(of: path)
        let present = Self.names.filter { $0 == name || context.contains(ManifestContext.join(folder, $0)) }
        guard present.first == name else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }

        var facts = PythonProjectFacts()
        var warnings: [ManifestWarning] = []
        for file in present {
            let filePath = ManifestContext.join(folder, file)
            warnings += Self.merge(file, file == name ? bytes : context.read(filePath), at: filePath, into: &facts)
        }

        var discovered = PythonPackages(folder: folder, sourceRoot: facts.sourceRoot, context: context)
        discovered.removeAll(inside: facts.sourceOnly, of: folder)
        let topLevel = discovered.importNames(declared: facts.packages, findsPackages: facts.findsPackages, modules: facts.modules)
        guard facts.name != nil || !topLevel.isEmpty else { return ([], warnings) }
        let fallbackName = folder.isEmpty ? topLevel.sorted().first ?? "root" : ManifestText.fileName(of: folder)
        var module = ModuleDeclaration(
            name: facts.name ?? fallbackName, ecosystem: "python", roots: roots(of: facts, in: folder, discovered),
            dependencies: facts.dependencies.sorted(), importNames: topLevel.sorted(),
            manifest: facts.nameManifest ?? path, line: facts.nameLine ?? 1,
            testFiles: Set(PythonUnshippedFiles.paths(of: facts, in: folder, packages: discovered, importNames: topLevel, context: context)
                + PythonUnshippedFiles.sourceOnlyPaths(of: facts, in: folder, context: context)).sorted())
        module.targetFiles = Set(facts.entryPoints.compactMap { discovered.file(ofModule: $0, in: context) }).sorted()
        return ([module], warnings)
    }

    /// One of the project's manifests (pyproject.toml, setup.cfg, setup.py) merged into `facts`, with its warnings;
    /// nothing when it cannot be read.
    private static func merge(
        _ file: String, _ bytes: [UInt8]?, at path: String, into facts: inout PythonProjectFacts
    ) -> [ManifestWarning] {
        guard let bytes else { return [] }
        guard !ManifestText.looksBinary(bytes) else { return [ManifestText.binaryWarning(path)] }
        let problems: [(line: Int, message: String)]
        switch file {
        case "pyproject.toml": problems = facts.merge(pyproject: TOMLDocument(bytes), path: path)
        case "setup.cfg": problems = facts.merge(setupConfig: String(decoding: bytes, as: UTF8.self), path: path)
        default: problems = facts.merge(setupScript: ManifestTokens(bytes, grammar: ManifestTokens.python).items, path: path)
        }
        return ManifestText.warnings(problems, path: path)
    }

    /// The project folder, and the declared source root when that lies elsewhere than the folder or its `src/`
    /// (google/benchmark's `package-dir = { "" = "bindings/python" }`: the package there is this project's, which a
    /// Bazel package describing that folder yields to, not a module importing it); for a maturin project, whose
    /// folder is also its Cargo crate's, only where its Python lives: the `python-source` folder, else the packages
    /// at its root (the crate keeps the Rust).
    private func roots(of facts: PythonProjectFacts, in folder: String, _ discovered: PythonPackages) -> [String] {
        guard facts.isMaturin else {
            guard let source = facts.sourceRoot.map({ ManifestContext.join(folder, $0) }),
                source != folder, source != ManifestContext.join(folder, "src"),
                ManifestContext.isInside(source, folder)
            else { return [folder] }
            return [folder, source]
        }
        if let source = facts.pythonSource { return [ManifestContext.join(folder, source)] }
        let packages = Set(discovered.found.map(\.folder))
        return packages.isEmpty ? [folder] : packages.sorted()
    }
}
