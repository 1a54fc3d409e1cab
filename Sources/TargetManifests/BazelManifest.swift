import BuildManifests
import ManifestSyntax
import ModuleGraph

/// Reads Bazel's `BUILD` and `BUILD.bazel` as Starlark tokens (StarlarkCalls), never run: one module per package.
///
/// A package is the folder of a BUILD file (`BUILD.bazel` wins over `BUILD` beside it, as in Bazel) and owns that
/// folder; longest-root ownership leaves the subfolders holding their own BUILD file to their packages, as Bazel
/// does. The repository-root package owns only the files its rules list (BazelSources; a list named by a top-level
/// assignment of the file is read, one named by a loaded or computed variable is a warning), never the root itself: its
/// folder is every other build's, the docs, scripts and CI files (Catch2's root BUILD.bazel is its library). Its name is its label: `//absl/strings`, `//` for the root; below a nested workspace (a folder with
/// `MODULE.bazel`, `WORKSPACE` or `WORKSPACE.bazel`, whose labels start at it) the workspace folder comes first:
/// `cpp-tutorial/stage1//main`. Dependencies are the labels of any call's `deps`, `implementation_deps`,
/// `runtime_deps` and `exports` (macros, every `select` branch and the file's top-level assignments they name, as
/// `deps = TEST_DEPS`, included; `data` is no dependency), each by its
/// package when a BUILD file marks it, `@repo` for another repository's; labels of the package itself, and of a
/// folder with no BUILD file, are left out. A Go rule's `importpath` is an import name, as is a Python package's
/// dotted path (`absl.flags`). The files only test rules list (`cc_test`, `testonly = True`) are its test files.
public struct BazelManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["BUILD", "BUILD.bazel"] }

    static let buildFiles = ["BUILD.bazel", "BUILD"]
    static let workspaceFiles = ["MODULE.bazel", "WORKSPACE", "WORKSPACE.bazel"]
    private static let dependencyKeywords = ["deps", "implementation_deps", "runtime_deps", "exports"]

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        // Bazel reads BUILD.bazel when both are there.
        if ManifestText.fileName(of: path) == "BUILD" && context.contains(ManifestContext.join(folder, "BUILD.bazel")) {
            return ([], [])
        }
        let file = StarlarkCalls(bytes)
        let workspace = Self.workspace(of: folder, context: context)
        let rules = file.calls.filter(\.isRule)
        let roots = folder.isEmpty ? BazelSources.files(file.calls, folder: folder, workspace: workspace, context: context) : [folder]
        let module = ModuleDeclaration(
            name: Self.name(workspace: workspace, folder: folder), ecosystem: "bazel", kind: Self.kind(of: rules),
            roots: roots, dependencies: dependencies(file.calls, workspace: workspace, folder: folder, context: context),
            importNames: Self.importNames(file.calls, workspace: workspace, folder: folder, context: context),
            manifest: path, line: rules.first?.line ?? 1,
            testFiles: file.testFiles(folder: folder, workspace: workspace, exists: context.contains))
        let unread = folder.isEmpty ? BazelSources.unreadWarnings(file, path: path) : []
        return ([module], ManifestText.warnings(file.problems, path: path) + unread)
    }

    /// The package's label: `//` and its path from its workspace's folder, the workspace's folder before it when that
    /// is not the repository root.
    static func name(workspace: String, folder: String) -> String {
        workspace + "//" + relative(folder, to: workspace)
    }

    /// A Go rule's `importpath`s, and the dotted path Python code imports the package by (`absl/flags` →
    /// `absl.flags`: Bazel puts the workspace root on the path) when its folder holds `.py` files and every segment is
    /// an identifier.
    static func importNames(
        _ calls: [StarlarkCalls.Call], workspace: String, folder: String, context: ManifestContext
    ) -> [String] {
        var names = Set(calls.flatMap { $0.strings("importpath").map(\.text) })
        let parts = relative(folder, to: workspace).split(separator: "/")
        let isIdentifier = { (part: Substring) in
            part.first.map { !$0.isNumber } == true && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
        let start = folder.count + 1
        if !parts.isEmpty && parts.allSatisfy(isIdentifier)
            && context.paths(under: folder).contains(where: { $0.hasSuffix(".py") && !$0.dropFirst(start).contains("/") })
        {
            names.insert(parts.joined(separator: "."))
        }
        return names.sorted()
    }

    /// `folder`'s path from `workspace`, which holds it (`""` for the workspace itself).
    static func relative(_ folder: String, to workspace: String) -> String {
        workspace.isEmpty ? folder : String(folder.dropFirst(min(folder.count, workspace.count + 1)))
    }

    /// The nearest folder at or above `folder` holding a workspace file; the repository root when none does.
    static func workspace(of folder: String, context: ManifestContext) -> String {
        if workspaceFiles.contains(where: { context.contains(ManifestContext.join(folder, $0)) }) { return folder }
        return context.ancestors(of: folder, holding: workspaceFiles).first ?? ""
    }

    /// Test when its rules are tests (`*_test`, `*_tests`, `*test_suite`) and none is a library or binary;
    /// executable when it has `*_binary` rules and no `*_library`; else a library (also a package of only
    /// `filegroup`s, `config_setting`s or unknown macros).
    static func kind(of rules: [StarlarkCalls.Call]) -> ModuleDeclaration.Kind {
        let names = rules.map(\.name)
        let libraries = names.contains { $0.hasSuffix("_library") }
        let binaries = names.contains { $0.hasSuffix("_binary") }
        if !libraries && !binaries && names.contains(where: StarlarkCalls.isTestName) {
            return .test
        }
        return binaries && !libraries ? .executable : .library
    }

    /// The packages and repositories the dependency labels name, sorted, the package itself left out.
    private func dependencies(
        _ calls: [StarlarkCalls.Call], workspace: String, folder: String, context: ManifestContext
    ) -> [String] {
        let labels = calls.flatMap { call in Self.dependencyKeywords.flatMap { call.strings($0) } }
        let names = labels.compactMap { literal -> String? in
            switch BazelLabel(literal.text) {
            case .package(let relative):
                let target = ManifestContext.join(workspace, relative)
                return target != folder && Self.isPackage(target, context: context) ? Self.name(workspace: workspace, folder: target) : nil
            case .external(let repository): return "@" + repository
            case .samePackage, nil: return nil
            }
        }
        return Set(names).sorted()
    }

    /// Whether `folder` holds a BUILD file.
    static func isPackage(_ folder: String, context: ManifestContext) -> Bool {
        buildFiles.contains { context.contains(ManifestContext.join(folder, $0)) }
    }
}

extension BazelManifest {
    /// Ecosystems whose modules a Bazel package never displaces.
    private static let displaced: Set<String> = ["bazel", "cmake", "folder"]

    /// `modules` where Bazel packages and another build's modules describe the same folders once.
    ///
    /// A `CMakeLists.txt` beside a BUILD file describes that package again (abseil builds with both): its targets
    /// are left out. A Bazel package yields to the module of another manifest (a Go package, a Cargo crate, a
    /// configured module) whose root is its folder or, below the repository root, holds it: a Go repository whose
    /// BUILD files gazelle writes keeps its Go packages and their import paths.
    public static func withoutSecondDescriptions(_ modules: [ModuleDeclaration]) -> [ModuleDeclaration] {
        let packages = Set(modules.filter { $0.ecosystem == "bazel" }.flatMap(\.roots))
        guard !packages.isEmpty else { return modules }
        let otherRoots = Set(modules.filter { !displaced.contains($0.ecosystem) }.flatMap(\.roots))
        return yieldingListedFiles(modules.filter { module in
            switch module.ecosystem {
            case "cmake": !packages.contains(ManifestContext.folder(of: module.manifest))
            case "bazel": !module.roots.contains { isHeld($0, by: otherRoots) }
            default: true
            }
        })
    }

    /// `modules` where the files a Bazel package lists (the root package's roots) and a CMake target owns too are the
    /// target's alone, so the two builds do not count them twice.
    ///
    /// A package left with no file, or one target owning most of its files, is a second description of that target
    /// (Catch2's `//` is its `Catch2` library, whose CMakeLists.txt leaves out one header the package's glob lists): it
    /// is left out, the files no target owns go to that target, and the dependencies on it name that target.
    private static func yieldingListedFiles(_ modules: [ModuleDeclaration]) -> [ModuleDeclaration] {
        let targets = modules.filter { $0.ecosystem == "cmake" }
        guard !targets.isEmpty else { return modules }
        let ownership = ModuleOwnership(modules: targets)
        var replaced: [String: String] = [:]
        var gained: [String: [String]] = [:]
        var result: [ModuleDeclaration] = []
        for module in modules {
            let folder = ManifestContext.folder(of: module.manifest)
            let files = module.roots.filter { $0 != folder }
            guard module.ecosystem == "bazel", !files.isEmpty else {
                result.append(module)
                continue
            }
            var counts: [String: Int] = [:]
            for file in files { if let owner = ownership.owner(of: file) { counts[targets[owner].name, default: 0] += 1 } }
            var kept = module
            kept.roots = module.roots.filter { $0 == folder || ownership.owner(of: $0) == nil }
            if let (target, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }).map({ ($0.key, $0.value) }),
                kept.roots.isEmpty || 2 * count > files.count
            {
                replaced[module.name] = target
                gained[target, default: []] += kept.roots.filter { $0 != folder }
            } else {
                result.append(kept)
            }
        }
        return replaced.isEmpty ? result : replacing(result, replaced, gained: gained)
    }

    /// `modules` with the dependencies on the `replaced` packages naming their targets, and the targets holding the
    /// files they `gained` from them.
    private static func replacing(
        _ modules: [ModuleDeclaration], _ replaced: [String: String], gained: [String: [String]]
    ) -> [ModuleDeclaration] {
        var gained = gained
        return modules.map { module in
            var renamed = module
            if module.ecosystem == "cmake", let files = gained.removeValue(forKey: module.name) {
                renamed.roots = Array(Set(module.roots + files)).sorted()
            }
            renamed.dependencies = Set(module.dependencies.map { replaced[$0] ?? $0 }).subtracting([module.name]).sorted()
            renamed.testDependencies = Set(module.testDependencies.map { replaced[$0] ?? $0 }).subtracting([module.name]).sorted()
            return renamed
        }
    }

    /// Whether `folder` is one of `roots` or lies below one that is not the repository root.
    private static func isHeld(_ folder: String, by roots: Set<String>) -> Bool {
        if roots.contains(folder) { return true }
        var current = folder
        while !current.isEmpty {
            current = ManifestContext.folder(of: current)
            if !current.isEmpty && roots.contains(current) { return true }
        }
        return false
    }
}
