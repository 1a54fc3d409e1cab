import ManifestSyntax
import ModuleGraph

/// Reads Clojure builds as data (never run): each `deps.edn` (the Clojure CLI's) and each Leiningen `project.clj`
/// declares one module owning its folder, ecosystem `clojure`.
///
/// A `deps.edn` names no project, so its module is named by its folder (`root` at the repository's root); its
/// declared dependencies are the folders its `:local/root` coordinates name, anywhere in the file (`:deps`, an
/// alias's `:extra-deps`), by those folders' names: penpot's `backend` depends on `{:local/root "../common"}`, a
/// Polylith project on its components. A `deps.edn` whose `:paths` (default `src`) and aliases' `:extra-paths` hold
/// no Clojure or Java code assembles others (kind `other`: a Polylith project, penpot's root for clojure-lsp) or,
/// naming no local root, is tooling and declares nothing. A `project.clj`
/// is a module when its first form is `(defproject group/name "version" …)`: named `name`, an `executable` with a
/// `:main`, its `:dependencies` by artifact name, kind `other` when its `:source-paths` (default `src`) and
/// `:java-source-paths` hold no code (ring's root, which only runs its sub-projects), the files in its and its
/// profiles' `:test-paths` its test files; a `project.clj` below a `src/` or `test/` folder is a namespace's
/// source file (Polylith's `polylith.clj.core.change.project`), no build, and one whose first form is something else
/// declares nothing. Where both sit in one folder, Leiningen's project is the module. Build files below a `resources/`
/// folder are data a program ships (Polylith's templates), not builds.
public struct ClojureManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["deps.edn", "project.clj"] }

    public func handles(path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let name = parts.last, manifestNames.contains(String(name)) else { return false }
        return name != "project.clj" || !parts.dropLast().contains { $0 == "src" || $0 == "test" }
    }

    /// File endings of the code a Clojure build compiles.
    static let codeExtensions: [String] = [".clj", ".cljc", ".cljs", ".java"]

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !path.split(separator: "/").dropLast().contains("resources") else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        if ManifestText.fileName(of: path) == "project.clj" {
            return Self.leiningen(path, bytes: bytes, folder: folder, context: context)
        }
        let lein = ManifestContext.join(folder, "project.clj")
        if context.contains(lein), let project = context.read(lein), Self.defproject(SExpressions(project, edn: true)) != nil {
            return ([], [])
        }
        let parsed = SExpressions(bytes, edn: true)
        var warnings = ManifestText.warnings(parsed.problems, path: path)
        guard let map = parsed.nodes.first(where: { $0.atom == nil }) else {
            warnings.append(ManifestWarning(path: path, line: 1, message: "deps.edn holds no map"))
            return ([], warnings)
        }
        let locals = Self.localRoots(in: map).map { ManifestContext.join(folder, $0) }.filter { $0 != folder }
        let hasCode = Self.hasCode(in: Self.sourcePaths(in: map), folder: folder, context: context)
        guard hasCode || !locals.isEmpty else { return ([], warnings) }
        let dependencies = Set(locals.map { Self.moduleName(ofFolder: $0, context: context) }).sorted()
        let module = ModuleDeclaration(
            name: Self.name(ofFolder: folder), ecosystem: "clojure", kind: hasCode ? .library : .other, roots: [folder],
            dependencies: dependencies, manifest: path, line: map.line)
        return ([module], warnings)
    }

    /// Whether any of `sources` (folders relative to `folder`) holds Clojure or Java code.
    static func hasCode(in sources: [String], folder: String, context: ManifestContext) -> Bool {
        sources.contains { source in
            context.paths(under: ManifestContext.join(folder, source)).contains { file in
                codeExtensions.contains { file.hasSuffix($0) }
            }
        }
    }

    /// A `deps.edn` module's name: its folder's, `root` for the repository's root.
    static func name(ofFolder folder: String) -> String {
        folder.isEmpty ? "root" : ManifestText.fileName(of: folder)
    }

    /// The name of the module in `folder`: its Leiningen project's artifact where a `project.clj` declares one (which
    /// speaks for the folder: clj-kondo's `analysis/` names the root, the project `clj-kondo`, by
    /// `{:local/root ".."}`), else its `deps.edn`'s folder name.
    static func moduleName(ofFolder folder: String, context: ManifestContext) -> String {
        let project = ManifestContext.join(folder, "project.clj")
        guard context.contains(project), let bytes = context.read(project),
            let coordinate = defproject(SExpressions(bytes, edn: true))?.items[1].atom
        else { return name(ofFolder: folder) }
        return artifact(coordinate)
    }

    /// The folders a `deps.edn` puts on the class path: its `:paths` (`["src"]` when it names none) and every alias's
    /// `:extra-paths`.
    static func sourcePaths(in map: SExpressions.Node) -> [String] {
        var paths = map.value(of: ":paths").map { $0.items.compactMap(\.atom) } ?? ["src"]
        for alias in map.value(of: ":aliases")?.items ?? [] {
            paths += alias.value(of: ":extra-paths")?.items.compactMap(\.atom) ?? []
        }
        return paths
    }

    /// Every `:local/root "path"` value in the map and the maps nested in it.
    static func localRoots(in node: SExpressions.Node) -> [String] {
        var found: [String] = []
        var pending = [node]
        while let next = pending.popLast() {
            let items = next.items
            for (index, item) in items.enumerated() {
                if item.atom == ":local/root", index + 1 < items.count, let root = items[index + 1].atom {
                    found.append(root)
                } else if item.atom == nil {
                    pending.append(item)
                }
            }
        }
        return found
    }

    /// `(defproject group/name "version" …)`: the form, when the file's first form is one.
    static func defproject(_ parsed: SExpressions) -> SExpressions.Node? {
        guard let first = parsed.nodes.first, first.head == "defproject", first.items.count >= 2 else { return nil }
        return first
    }

    /// A Leiningen project: the module `defproject` declares, or nothing for a source file named `project.clj`.
    static func leiningen(_ path: String, bytes: [UInt8], folder: String, context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let parsed = SExpressions(bytes, edn: true)
        guard let project = defproject(parsed), let coordinate = project.items[1].atom else { return ([], []) }
        let options = SExpressions.Node.list(Array(project.items.dropFirst(3)), line: project.line)
        let dependencies = (options.value(of: ":dependencies")?.items ?? []).compactMap { $0.items.first?.atom }
        let sources = (options.value(of: ":source-paths").map { $0.items.compactMap(\.atom) } ?? ["src"])
            + (options.value(of: ":java-source-paths")?.items.compactMap(\.atom) ?? [])
        let kind: ModuleDeclaration.Kind = !hasCode(in: sources, folder: folder, context: context)
            ? .other : options.value(of: ":main") == nil ? .library : .executable
        var module = ModuleDeclaration(
            name: artifact(coordinate), ecosystem: "clojure", kind: kind, roots: [folder],
            dependencies: Set(dependencies.map(artifact)).sorted(), manifest: path, line: project.line)
        let tests = testPaths(options).filter { !sources.contains($0) }.map { ManifestContext.join(folder, $0) }
        module.testFiles = Set(tests.flatMap { context.paths(under: $0) }).sorted()
        return ([module], ManifestText.warnings(parsed.problems, path: path))
    }

    /// The folders a Leiningen project's tests are read from: its `:test-paths` and each profile's (reitit's
    /// `:perf {:test-paths ["perf-test/clj"]}`, its benchmarks).
    static func testPaths(_ options: SExpressions.Node) -> [String] {
        let profiles = (options.value(of: ":profiles")?.items ?? []).filter { $0.atom == nil }
        return ([options] + profiles).flatMap { $0.value(of: ":test-paths")?.items.compactMap(\.atom) ?? [] }
    }

    /// `group/name` → `name`; a bare `name` is its own group.
    static func artifact(_ coordinate: String) -> String {
        coordinate.split(separator: "/").last.map(String.init) ?? coordinate
    }
}

extension ClojureManifest {
    /// How a Leiningen `project.clj` names projects, by artifact: its own `defproject`'s coordinate and those of its
    /// `:dependencies`, each as a dependency vector writes it (`ring/ring-core "1.15.5"`, `commons-io "2.21.0"`), without
    /// the version where the text gives none as a string (`~version`, `~(slurp "VERSION")`); empty when its first form is
    /// no `defproject`. Read as text: a plan spells the project split off it in its group and version.
    public static func leiningenCoordinates(_ bytes: [UInt8]) -> [String: String] {
        guard let project = defproject(SExpressions(bytes, edn: true)) else { return [:] }
        let text = String(decoding: bytes, as: UTF8.self)
        let options = SExpressions.Node.list(Array(project.items.dropFirst(3)), line: project.line)
        var result: [String: String] = [:]
        // The project's own coordinate last: it wins over a dependency on an artifact of its name.
        for form in (options.value(of: ":dependencies")?.items ?? []) + [project] {
            let items = form.head == "defproject" ? Array(form.items.dropFirst()) : form.items
            guard let coordinate = items.first?.atom else { continue }
            // The parser drops a string's quotes: a version is one the text writes in quotes.
            let version = items.dropFirst().first?.atom.flatMap { text.contains("\"\($0)\"") ? $0 : nil }
            result[artifact(coordinate)] = version.map { "\(coordinate) \"\($0)\"" } ?? coordinate
        }
        return result
    }
}
