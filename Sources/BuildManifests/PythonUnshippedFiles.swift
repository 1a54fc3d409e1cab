import ManifestSyntax
import ModuleGraph

/// The Python files in a project's folder that its distribution does not ship: test code, as examples, benchmarks
/// and build logic are (`test_paths`).
///
/// A distribution ships its packages (and the single-file modules at its top). Python files in other folders of the
/// project, an integration suite's graphs (langgraph-sdk's `integration/graph/`, which imports langgraph and so
/// closed a cycle of three distributions), scripts or documentation helpers, build nothing a user imports: their
/// imports are no edges of the distribution, and their lines are no part of its budget. Only where every package the
/// project answers to was found in its folder (a declared package discovery misses leaves its files unknown); files
/// at the top of the project folder or of its source root stay code, as setuptools' flat layout may ship them.
enum PythonUnshippedFiles {
    private static let manifestNames = ["pyproject.toml", "setup.cfg", "setup.py"]

    /// The unshipped `.py` files of the project in `folder`, sorted, whose import names are `importNames` (packages
    /// and its single-file modules); none when a package is not among those found, or for a maturin project (whose
    /// folder is its crate's too).
    static func paths(
        of facts: PythonProjectFacts, in folder: String, packages: PythonPackages, importNames: Set<String>,
        context: ManifestContext
    ) -> [String] {
        let found = packages.found.filter { importNames.contains($0.name) }
        guard !facts.isMaturin, !found.isEmpty, importNames.subtracting(facts.modules).subtracting(found.map(\.name)).isEmpty
        else { return [] }
        let shipped = found.map { $0.folder + "/" }
        let bases = Set(facts.sourceRoot.map { [ManifestContext.join(folder, $0)] } ?? [folder, ManifestContext.join(folder, "src")])
        return context.paths(under: folder).filter { path in
            guard path.hasSuffix(".py"), !shipped.contains(where: { path.hasPrefix($0) }) else { return false }
            let parent = ManifestContext.folder(of: path)
            return !bases.contains(parent) && !isInNestedProject(parent, below: folder, context: context)
        }
    }

    /// Every file below the paths only the project's source distribution takes (pdm-backend's `source-includes`:
    /// fastapi's `docs_src/` examples and `scripts/`), whatever its language, sorted: no wheel ships them.
    static func sourceOnlyPaths(of facts: PythonProjectFacts, in folder: String, context: ManifestContext) -> [String] {
        facts.sourceOnly.flatMap { path in
            let full = ManifestContext.join(folder, path)
            return context.contains(full) ? [full] : context.paths(under: full)
        }.sorted()
    }

    /// Whether a folder between `folder` (excluded) and `parent` (included) holds a Python project of its own.
    private static func isInNestedProject(_ parent: String, below folder: String, context: ManifestContext) -> Bool {
        var current = parent
        while current != folder, !current.isEmpty {
            if manifestNames.contains(where: { context.contains(ManifestContext.join(current, $0)) }) { return true }
            current = ManifestContext.folder(of: current)
        }
        return false
    }
}
