import FileScanning
import Manifests
import ModuleGraph

/// Declared against used dependencies: what a module imports without declaring it, what it declares and never uses.
extension ModuleAnalyzer {
    /// Of the local modules `module` imports by name (not by a JS/TS path, relative or a tsconfig alias, which no
    /// manifest can declare), those it does not declare, in ecosystems whose manifests list local dependencies.
    /// What its toolchain provides, what only its tests need and, for a test module, what its workspace root
    /// declares need none.
    func undeclared(_ importedByName: Set<String>, declared: Set<String>, by module: ModuleDeclaration) -> [String] {
        guard declaresDependencies(module) else { return [] }
        return importedByName.subtracting(declared).subtracting(module.testDependencies)
            .subtracting(module.providedDependencies)
            .subtracting(module.kind == .test ? module.workspaceDependencies : []).sorted()
    }

    /// Of an npm workspace root's declared dependencies, those its members import without declaring them: the root
    /// installs them for its members (vite's root declares `vite` for its playgrounds), so they are used.
    func usedByMembers(of index: Int, _ modules: [ModuleDeclaration], _ graph: ModuleGraph) -> Set<String> {
        let root = modules[index]
        // Its manifest's folder: a root's roots may be narrowed to the files it holds (`scripts`, `eslint.config.js`).
        let folder = ManifestContext.folder(of: root.manifest)
        guard root.ecosystem == "npm", root.kind == .other else { return [] }
        return Set(graph.edges.compactMap { edge in
            let (member, name) = (modules[edge.from], modules[edge.to].name)
            guard edge.from != index, member.workspaceDependencies.contains(name), !member.dependencies.contains(name),
                folder.isEmpty || member.manifest.hasPrefix(folder + "/")
            else { return nil }
            return name
        })
    }

    /// Of the declared dependencies no code imports, those no tool configuration at the module's root names either
    /// (bloc_lint, included by each package's analysis_options.yaml), and, in PHP, whose autoloaded global functions
    /// the module's code does not call (symfony/deprecation-contracts' `trigger_deprecation()`).
    func unused(
        _ candidates: Set<String>, by module: ModuleDeclaration, code: [String],
        context: (functions: [String: [String]], configs: [String], source: FileSource)
    ) -> [String] {
        guard !candidates.isEmpty, let root = module.roots.first else { return candidates.sorted() }
        let read = { (path: String) in context.source.read(path) }
        let left = candidates.subtracting(ToolConfigReferences.named(candidates, in: root, configs: context.configs, read: read))
        return left.filter { name in
            guard module.ecosystem == "composer", let functions = context.functions[name] else { return true }
            return !ComposerFunctions.calls(functions, in: code, read: read)
        }.sorted()
    }

    /// Ecosystems whose manifests list dependencies between local modules; a Clojure project only when it declares
    /// some (a Polylith brick's `deps.edn` declares none: its project wires the bricks together).
    func declaresDependencies(_ module: ModuleDeclaration) -> Bool {
        if module.ecosystem == "clojure" { return !module.dependencies.isEmpty }
        return ["swiftpm", "xcode", "cargo", "npm", "maven", "gradle", "sbt", "cmake", "pub", "bazel", "cabal", "mix", "dune", "otp"]
            .contains(module.ecosystem)
    }
}

/// What stands in for a module's declarations: its twins, the modules whose files it compiles, the folder modules.
struct DeclarationEquivalents {
    private let twins: [String: Set<String>]
    private let ownership: ModuleOwnership
    /// A folder module is no build's target: no manifest can declare it (zstd's tools include `contrib/` headers).
    private let undeclarable: Set<String>

    init(_ modules: [ModuleDeclaration]) {
        ownership = ModuleOwnership(modules: modules)
        twins = Self.twins(modules, ownership)
        undeclarable = Set(modules.filter { $0.ecosystem == "folder" }.map(\.name))
    }

    /// `names` with their twins.
    func withTwins(_ names: Set<String>) -> Set<String> {
        twins.isEmpty ? names : names.union(names.flatMap { twins[$0] ?? [] })
    }

    /// The modules the module at `index` may import undeclared: the folder modules, and those owning files it lists
    /// among its own sources, since it compiles them itself (zstd's `fullbench` builds `programs/benchzstd.c`, the
    /// `zstd` program's).
    func needNoDeclaration(by index: Int, _ modules: [ModuleDeclaration]) -> Set<String> {
        undeclarable.union(modules[index].roots.compactMap { root in
            ownership.owner(of: root).flatMap { $0 == index ? nil : modules[$0].name }
        })
    }

    /// Modules a build describes twice with the same sources: CMake's `add_library(libzstd_static STATIC ${Sources})`
    /// beside `add_library(libzstd_shared SHARED ${Sources} ${PlatformDependResources})`. Ownership gives the files
    /// to one of them, so a program linking the other imported what it did not declare and never imported what it
    /// did; a module all of whose roots another owns is that other, for what each declares and uses.
    private static func twins(_ modules: [ModuleDeclaration], _ ownership: ModuleOwnership) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (index, module) in modules.enumerated() where !module.roots.isEmpty && !module.roots.contains("") {
            let owners = Set(module.roots.map { ownership.owner(of: $0) })
            guard owners.count == 1, let owner = owners.first ?? nil, owner != index else { continue }
            result[module.name, default: []].insert(modules[owner].name)
            result[modules[owner].name, default: []].insert(module.name)
        }
        return result
    }
}
