import ImportScan

/// What a dotted name in a Python string names (ImportScan's `PythonDottedStrings`): a module file or package of the
/// repository, or a name one binds at top level.
public struct PythonReference: Hashable, Sendable {
    /// The module owning `file` (an index into the resolver's modules).
    public var module: Int
    /// The file the name's module part names: `a/b/c.py`, or the package's `a/b/c/__init__.py`.
    public var file: String
    /// That module part, dotted (`scrapy.downloadermiddlewares.cookies`).
    public var modulePath: String
    /// The name after it, which `file` binds at top level (`CookiesMiddleware`); nil when the string names the
    /// module itself (`"mysite.urls"`). Of an object reference, the attribute path's first name (`app` of
    /// `"app.main:app"`).
    public var name: String?
    /// Of an object reference (`"app.main:app"`, `"pkg.mod:Class.method"`), the attribute path after its colon;
    /// nil for a dotted name.
    public var attribute: String?

    public init(module: Int, file: String, modulePath: String, name: String?, attribute: String? = nil) {
        self.module = module
        self.file = file
        self.modulePath = modulePath
        self.name = name
        self.attribute = attribute
    }
}

/// Python strings naming the repository's code (a `.path` import:
/// `"scrapy.downloadermiddlewares.cookies.CookiesMiddleware"`, `ROOT_URLCONF = "mysite.urls"`), which a framework
/// imports at run time.
///
/// Resolved as an absolute import is: the module answering to the longest dotted prefix (`longestPrefix`, the
/// importer's own ecosystem first), then in it the module file `a/b/c.py` or package `a/b/c/__init__.py` the whole
/// name spells, else the one all but its last segment spells when that file binds the last segment at top level
/// (`pythonTopLevelNames`: `class`, `def`, an assignment, an import; ImportScan's `PythonTopLevelNames`). A Django app
/// list's one word (`"polls"`) is its first case: a top-level package or module. An object reference
/// (`"app.main:app"`) names the module file or package its part before the colon spells; with one word there
/// (`"main:app"`, a shape `"user:password"` and Django's URL names `"polls:index"` share) only where that file binds
/// the attribute's first name. Anything else names nothing: `"setup.py"` (no module answers to `setup`, and `py` is
/// no name setup.py binds), `"scrapy.cfg"`, a log message, a version, another distribution's
/// `"django.contrib.auth.backends.ModelBackend"`.
extension ImportResolver {
    /// What the string import `facts` in `file` (written in `language`) names, in a module the file's may use; nil
    /// for any other import, or a string naming nothing of the repository.
    public func pythonReference(_ facts: ImportFacts, in file: String, language: String? = nil) -> PythonReference? {
        let importer = Importer(module: ownership.owner(of: file), language: language)
        guard facts.kind == .path, let reference = pythonReference(facts.path, from: importer),
            isReachable(reference.module, from: importer.module)
        else { return nil }
        return reference
    }

    /// A string's module for the module graph: another module's only (its own module's is no import, as a JVM
    /// class's qualified name is not).
    func resolvePythonString(_ facts: ImportFacts, from importer: Importer) -> Int? {
        pythonReference(facts.path, from: importer, ownModule: false)?.module
    }

    /// What `path` names; with `ownModule` false, nil as soon as its module is the importer's (no file read).
    private func pythonReference(_ path: String, from importer: Importer, ownModule: Bool = true) -> PythonReference? {
        if let colon = path.firstIndex(of: ":") {
            let attribute = path[path.index(after: colon)...]
            return objectReference(String(path[..<colon]), String(attribute), from: importer, ownModule: ownModule)
        }
        let segments = path.split(separator: ".")
        guard let module = longestPrefix(path, separator: ".", from: importer), ownModule || module != importer.module
        else { return nil }
        if let file = pythonFile(segments[...], in: module) {
            return PythonReference(module: module, file: file, modulePath: path, name: nil)
        }
        let name = String(segments[segments.count - 1])
        guard let file = pythonFile(segments.dropLast(), in: module), pythonTopLevelNames(file).contains(name) else {
            return nil
        }
        let modulePath = segments.dropLast().joined(separator: ".")
        return PythonReference(module: module, file: file, modulePath: modulePath, name: name)
    }

    /// What the object reference `modulePath:attribute` names: the module file or package `modulePath` spells; with
    /// one word before the colon, only where that file binds the attribute's first name.
    private func objectReference(
        _ modulePath: String, _ attribute: String, from importer: Importer, ownModule: Bool
    ) -> PythonReference? {
        let segments = modulePath.split(separator: ".")
        guard let module = longestPrefix(modulePath, separator: ".", from: importer),
            ownModule || module != importer.module, let file = pythonFile(segments[...], in: module)
        else { return nil }
        let name = String(attribute.prefix { $0 != "." })
        guard segments.count >= 2 || pythonTopLevelNames(file).contains(name) else { return nil }
        return PythonReference(module: module, file: file, modulePath: modulePath, name: name, attribute: attribute)
    }

    /// The module file `a/b/c.py` or package `a/b/c/__init__.py` of `module` that `segments` spell, below any folder
    /// (a source root: `src/`, a Django project's folder); the one nearest the top when several do.
    private func pythonFile(_ segments: ArraySlice<Substring>, in module: Int) -> String? {
        guard let last = segments.last else { return nil }
        let spelled = segments.joined(separator: "/")
        let endings = [spelled + ".py", spelled + "/__init__.py"]
        let files = (pythonFiles[String(last)] ?? []).filter { path in
            endings.contains { path == $0 || path.hasSuffix("/" + $0) } && ownership.owner(of: path) == module
        }
        return files.min { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
    }

    /// Module name → the tracked files that are a module of that name: `name.py`, and `name/__init__.py` (a package).
    static func pythonFileIndex(_ paths: [String]) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for path in paths where path.hasSuffix(".py") {
            let parts = path.split(separator: "/")
            guard let file = parts.last else { continue }
            let stem = file.dropLast(3)
            let name = stem == "__init__" ? (parts.count >= 2 ? parts[parts.count - 2] : "") : stem
            if !name.isEmpty { index[String(name), default: []].append(path) }
        }
        return index
    }
}
