import ManifestSyntax
import ModuleGraph
import TOMLText

/// A Cargo crate that maturin builds into a Python extension module. Python imports the crate by the extension's
/// dotted name, and by no other of its import names (`bindingNames`).
///
/// maturin builds what a pyproject.toml naming it as its build backend (or with a `[tool.maturin]` table) points at,
/// as maturin resolves it: the Cargo.toml its `manifest-path` names, relative to the pyproject's folder
/// (pyca/cryptography's root pyproject builds `src/rust/Cargo.toml`, drillan/quantforge's
/// `bindings/python/Cargo.toml`), else `rust/Cargo.toml` in a src layout (with a `python-source`, or a package in
/// `src/<project name>/`: pendulum), else the Cargo.toml beside it. `bindings = "bin"` builds a program, which Python
/// does not import. The pyprojects read are the crate's folder's and its ancestors'; the others only for a `cdylib`
/// crate (a `manifest-path` leaving the pyproject's folder, `../rust/Cargo.toml`), as that reads every pyproject of
/// the repository.
enum PythonExtension {
    /// The crate `module` (declared by `manifest`) made importable from Python by the extension's names, when maturin
    /// builds it.
    static func bind(
        _ module: inout ModuleDeclaration, manifest: String, libName: String, isCDylib: Bool, context: ManifestContext
    ) {
        guard let binding = names(manifest: manifest, libName: libName, isCDylib: isCDylib, context: context)
        else { return }
        module.importNames += binding.filter { !module.importNames.contains($0) }
        module.bindingLanguages = ["Python"]
        module.bindingNames = binding
    }

    /// The names Python imports the extension by, or nil when maturin builds no extension of the crate: maturin's
    /// dotted `module-name` (`pydantic_core._pydantic_core`), else that name or the crate's library name, inside the
    /// package of that name when the Python source holds one (a mixed Rust and Python project: `x.x`), else at the
    /// top. (A library crate answers to its library name anyway, as Rust code uses it.)
    static func names(manifest: String, libName: String, isCDylib: Bool, context: ManifestContext) -> [String]? {
        guard let project = project(building: manifest, searchingAll: isCDylib, context: context),
            project.facts.maturinBindings != "bin"
        else { return nil }
        let name = project.facts.maturinModuleName ?? libName
        if name.contains(".") { return [name] }
        let package = ManifestContext.join(pythonRoot(of: project, context: context), name)
        return context.hasFiles(under: package) ? ["\(name).\(name)"] : [name]
    }

    /// A pyproject.toml maturin reads: its folder and what it says.
    typealias Project = (folder: String, facts: PythonProjectFacts)

    /// The maturin project building the crate at `manifest`: the one beside it or in an ancestor folder, nearest first,
    /// else, when `searchingAll`, one anywhere whose `manifest-path` names it.
    private static func project(building manifest: String, searchingAll: Bool, context: ManifestContext) -> Project? {
        let folder = ManifestContext.folder(of: manifest)
        var nearby = context.contains(ManifestContext.join(folder, "pyproject.toml")) ? [folder] : []
        nearby += context.ancestors(of: folder, holding: ["pyproject.toml"])
        let builds = { (project: Project) in target(of: project, context: context) == manifest }
        let beside = nearby.lazy.compactMap { maturin(at: $0, context: context) }
        if let found = beside.first(where: builds) { return found }
        guard searchingAll else { return nil }
        let others = context.folders(holding: "pyproject.toml").filter { !nearby.contains($0) }
        let pointing = others.lazy.compactMap { maturin(at: $0, context: context, naming: "manifest-path") }
        return pointing.first(where: builds)
    }

    /// The pyproject.toml in `folder` when maturin builds it and its text holds `naming` (a cheap test before parsing).
    private static func maturin(at folder: String, context: ManifestContext, naming: String = "maturin") -> Project? {
        let path = ManifestContext.join(folder, "pyproject.toml")
        guard let bytes = context.read(path), !ManifestText.looksBinary(bytes),
            bytes.firstRange(of: Array(naming.utf8)) != nil
        else { return nil }
        var facts = PythonProjectFacts()
        _ = facts.merge(pyproject: TOMLDocument(bytes), path: path)
        return facts.isMaturin ? (folder, facts) : nil
    }

    /// The Cargo.toml maturin builds for `project`: its `manifest-path`, else `rust/Cargo.toml` in a src layout, else
    /// the one beside it.
    static func target(of project: Project, context: ManifestContext) -> String {
        if let path = project.facts.maturinManifestPath { return ManifestContext.join(project.folder, path) }
        let rust = ManifestContext.join(project.folder, "rust/Cargo.toml")
        let isSrcLayout = project.facts.pythonSource != nil || srcPackage(of: project, context: context) != nil
        if context.contains(rust) && isSrcLayout { return rust }
        return ManifestContext.join(project.folder, "Cargo.toml")
    }

    /// The folder Python packages live in: `python-source`, else `src/` in a src layout, else the project's folder.
    private static func pythonRoot(of project: Project, context: ManifestContext) -> String {
        if let source = project.facts.pythonSource { return ManifestContext.join(project.folder, source) }
        if context.contains(ManifestContext.join(project.folder, "rust/Cargo.toml")),
            srcPackage(of: project, context: context) != nil
        {
            return ManifestContext.join(project.folder, "src")
        }
        return project.folder
    }

    /// `src/<project name, - as _>`, when it holds an `__init__.py` (maturin's src layout).
    private static func srcPackage(of project: Project, context: ManifestContext) -> String? {
        guard let name = project.facts.name else { return nil }
        let package = ManifestContext.join(project.folder, "src/" + String(name.map { $0 == "-" ? "_" : $0 }))
        return context.contains(ManifestContext.join(package, "__init__.py")) ? package : nil
    }
}
