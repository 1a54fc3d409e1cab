import ManifestSyntax
import ModuleGraph
import TOMLText
/// Reads Python projects as text: `pyproject.toml`, `setup.cfg` and `setup.py` (never run).
///
/// One module per project folder, named by the project name; its import names are the top-level
/// packages. Packages come from the first of: `[tool.setuptools] packages`, `[tool.poetry] packages`,
/// `setup.cfg` `packages =`, `setup.py` `packages=[…]`; else (and for `find:`/`find_packages()`) the
/// folders holding `__init__.py` at the project root or under `src/` (or the `package-dir` root).
/// With several of these files in one folder, the first of pyproject.toml, setup.cfg, setup.py speaks
/// for all of them and reads the others.
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
            guard let fileBytes = file == name ? bytes : context.read(filePath) else { continue }
            guard !ManifestText.looksBinary(fileBytes) else {
                warnings.append(ManifestText.binaryWarning(filePath))
                continue
            }
            let problems: [(line: Int, message: String)]
            switch file {
            case "pyproject.toml": problems = facts.merge(pyproject: TOMLDocument(fileBytes), path: filePath)
            case "setup.cfg": problems = facts.merge(setupConfig: String(decoding: fileBytes, as: UTF8.self), path: filePath)
            default: problems = facts.merge(setupScript: ManifestTokens(fileBytes, grammar: ManifestTokens.python).items, path: filePath)
            }
            warnings += ManifestText.warnings(problems, path: filePath)
        }

        var packages = facts.packages ?? []
        if facts.packages == nil || facts.findsPackages {
            packages += discoveredPackages(in: folder, sourceRoot: facts.sourceRoot, context: context)
        }
        var topLevel = Set(packages.compactMap { $0.split(separator: ".").first.map(String.init) })
        topLevel.formUnion(facts.modules)
        guard facts.name != nil || !topLevel.isEmpty else { return ([], warnings) }
        let fallbackName = folder.isEmpty ? topLevel.sorted().first ?? "root" : ManifestText.fileName(of: folder)
        let module = ModuleDeclaration(
            name: facts.name ?? fallbackName, ecosystem: "python", roots: [folder],
            dependencies: facts.dependencies.sorted(), importNames: topLevel.sorted(),
            manifest: facts.nameManifest ?? path, line: facts.nameLine ?? 1)
        return ([module], warnings)
    }

    /// Top-level packages: folders holding `__init__.py` directly under the source root (the project
    /// folder, its `src/`, or a declared package-dir).
    private func discoveredPackages(in folder: String, sourceRoot: String?, context: ManifestContext) -> [String] {
        let bases = sourceRoot.map { [ManifestContext.join(folder, $0)] } ?? [folder, ManifestContext.join(folder, "src")]
        var found = Set<String>()
        for base in bases {
            let prefix = base.isEmpty ? "" : base + "/"
            for path in context.paths(under: base) where path.hasSuffix("/__init__.py") {
                let parts = path.dropFirst(prefix.count).split(separator: "/")
                if parts.count == 2, !parts[0].hasPrefix("."), parts[0] != "tests", parts[0] != "test" {
                    found.insert(String(parts[0]))
                }
            }
        }
        return found.sorted()
    }
}
