import BuildManifests
import ManifestSyntax
import ModuleGraph
import Foundation

/// Reads `CMakeLists.txt`: `add_library` and `add_executable` targets, with `target_link_libraries`
/// as their dependencies.
///
/// A target owns the files it lists as literal text (CMakeSources); one whose sources cannot all be read also keeps
/// the file's folder, unless that is the repository root (then a warning names it), and targets sharing a folder get
/// a warning. The commands are read by CMakeReading: `${VAR}` resolves through CMakeVariables (`project()`, the
/// current folder, `set()`, `list()`, `file(GLOB)`…), a call of a `function()` or `macro()` runs its body there
/// (CMakeFunctions), `include()` runs a tracked file, and `if` branches known not taken are skipped
/// (CMakeConditions). Target commands inside `foreach` are read once per loop item (CMakeLoops); a
/// target whose name stays unresolved (a loop whose items are unknown or that changes its variable) is skipped with a
/// warning; unresolved libraries and generator expressions are left out of the dependencies. Imported
/// and alias targets declare no code and are skipped; a link to an alias the same file declares is one to its
/// target. Each `CMakeLists.txt` declares its own targets (`add_subdirectory` is
/// followed by the caller reading that folder's file), starting with the variables of the file adding it.
public struct CMakeManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["CMakeLists.txt"] }

    private static let linkKeywords: Set<String> = [
        "PUBLIC", "PRIVATE", "INTERFACE", "LINK_PUBLIC", "LINK_PRIVATE", "LINK_INTERFACE_LIBRARIES",
        "debug", "optimized", "general",
    ]

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        let script = CMakeScript.parse(bytes)
        var targets = Targets(path: path, folder: folder, isSubproject: !folder.isEmpty && script.commands.contains { $0.name == "project" })
        targets.warnings = ManifestText.warnings(script.problems, path: path)
        var reading = CMakeReading(folder: folder, context: context, inheriting: CMakeReading.inherited(by: folder, context: context))
        reading.read(script.commands) { command, arguments, reading in
            guard CMakeLoops.targetCommands.contains(command.name) || command.name == "add_test" else { return true }
            // Inside a `foreach`, once for each item of the loops it names (libuv's `add_executable(${X} ${X}/main.c)`).
            let expand = { reading.variables.arguments(of: command.name, $0, quoted: command.quoted) }
            for arguments in reading.loops.instances(of: command, expanded: arguments, expand: expand) {
                targets.apply(command, arguments)
            }
            return true
        }
        let modules = targets.modules(context: context)
        return (modules.sortedForOutput(), targets.warnings + CMakeSources.warnings(modules, sources: targets.sources, folder: folder))
    }

    /// The targets one CMakeLists.txt declares, as its commands are read.
    private struct Targets {
        let path: String
        let folder: String
        /// Whether the file starts a project of its own below the repository root.
        let isSubproject: Bool
        var warnings: [ManifestWarning] = []
        var sources: [String: CMakeSources] = [:]
        var declared: [String: ModuleDeclaration] = [:]
        var order: [String] = []
        var links: [String: Set<String>] = [:]
        /// Targets an `add_test` runs.
        var tested: Set<String> = []
        /// Targets built only when asked for (`EXCLUDE_FROM_ALL`): curl's unit-test copy `curlu` of libcurl.
        var secondary: Set<String> = []
        /// `INTERFACE` libraries: the sources they list compile in the targets using them (Catch2's
        /// `Catch2_buildall_interface` lists every file of `Catch2`), so they are copies too.
        var interfaces: Set<String> = []
        /// `add_library(alias ALIAS target)`: a link to the alias is one to the target (google/benchmark's
        /// `target_link_libraries(benchmark_main PUBLIC benchmark::benchmark)`).
        var aliases: [String: String] = [:]

        /// Records what a target command (`CMakeLoops.targetCommands`, `add_test`) says, its arguments expanded.
        mutating func apply(_ command: CMakeScript.Command, _ arguments: [String]) {
            switch command.name {
            case "target_sources", "target_include_directories":
                if let name = arguments.first { sources[name]?.add(arguments.dropFirst(), from: command.name) }
            case "add_library", "add_executable": declare(command, arguments)
            case "add_test": tested.formUnion(CMakeManifest.testedTarget(arguments))
            default: link(arguments)
            }
        }

        mutating func declare(_ command: CMakeScript.Command, _ arguments: [String]) {
            guard let name = arguments.first, !name.isEmpty else {
                warnings.append(ManifestWarning(path: path, line: command.line, message: "\(command.name) without a target name"))
                return
            }
            if arguments.count > 2 && arguments[1] == "ALIAS" { aliases[name] = arguments[2] }
            if arguments.dropFirst().contains(where: { $0 == "IMPORTED" || $0 == "ALIAS" }) { return }
            guard isReadable(name, at: command.line), declared[name] == nil else { return }
            if arguments.contains("EXCLUDE_FROM_ALL") { secondary.insert(name) }
            if arguments.dropFirst().first == "INTERFACE" { interfaces.insert(name) }
            order.append(name)
            sources[name, default: CMakeSources()].add(arguments.dropFirst(), from: command.name)
            declared[name] = ModuleDeclaration(
                name: name, ecosystem: "cmake", kind: command.name == "add_library" ? .library : .executable,
                roots: [folder], manifest: path, line: command.line)
        }

        /// Whether `name` is a target name read as CMake would; warns when not.
        mutating func isReadable(_ name: String, at line: Int) -> Bool {
            // `add_executable(${test} …)` inside a foreach CMakeLoops could not unroll: the targets exist only when
            // CMake runs.
            if name.contains("${") {
                let message = "target name '\(name.prefix(60))' is computed; skipped"
                warnings.append(ManifestWarning(path: path, line: line, message: message))
                return false
            }
            // A name CMake refuses is a misreading: every branch read, a helper's arguments shifted by an empty one.
            guard CMakeLoops.isTargetName(name) else {
                let message = "target name '\(name.prefix(60))' is not one CMake accepts; skipped"
                warnings.append(ManifestWarning(path: path, line: line, message: message))
                return false
            }
            return true
        }

        mutating func link(_ arguments: [String]) {
            guard let name = arguments.first else { return }
            // A false constant is no library: libevent's `add_sample_prog(OFF …)` links `${ssl}` when it is a target.
            for dependency in arguments.dropFirst()
            where !CMakeManifest.linkKeywords.contains(dependency) && !dependency.contains("$") && !dependency.isEmpty
                && !(dependency == dependency.uppercased() && Int(dependency) == nil && CMakeConditions.isFalseConstant(dependency)) {
                links[name, default: []].insert(dependency)
            }
        }

        /// The declared targets in order, with their dependencies and roots; an executable that runs tests is a test.
        func modules(context: ManifestContext) -> [ModuleDeclaration] {
            withoutSecondaryCopies(order.compactMap { name -> ModuleDeclaration? in
                guard var module = declared[name] else { return nil }
                if module.kind == .executable && (tested.contains(name) || CMakeManifest.isTestName(name)) {
                    module.kind = .test
                }
                module.dependencies = Set((links[name] ?? []).map { aliases[$0] ?? $0 }).subtracting([name]).sorted()
                // A test's include folders outside its folder are the headers it tests (fmt's test/ targets).
                let isTest = module.kind == .test || tested.contains(name) || CMakeManifest.isTestName(name)
                let listed = sources[name, default: CMakeSources()]
                module.roots = listed.roots(
                    folder: folder, includesInside: isSubproject || isTest,
                    keepsFolder: !(interfaces.contains(name) && listed.namesNothing), context: context)
                return module
            })
        }

        /// A target built only on request, or an interface library listing sources, keeps none of the files a target
        /// built by default lists: those are the default target's, whatever the names' order (curl's lib/ was `curlu`,
        /// not `libcurl_object`). One left with no root of its own is a second description and is left out. A test
        /// compiling a library's files into itself (fmt's header-only tests list `test-main`'s) leaves them to it.
        private func withoutSecondaryCopies(_ modules: [ModuleDeclaration]) -> [ModuleDeclaration] {
            let secondary = secondary.union(interfaces.filter { sources[$0]?.arguments.isEmpty == false })
            let primary = Set(modules.filter { !secondary.contains($0.name) }.flatMap(\.roots))
            let libraries = Set(modules.filter { $0.kind == .library && !secondary.contains($0.name) }.flatMap(\.roots))
            return modules.compactMap { module in
                var kept = module
                if module.kind == .test {
                    kept.roots = module.roots.filter { $0 == folder || !libraries.contains($0) }
                    return kept.roots.isEmpty ? module : kept
                }
                guard secondary.contains(module.name) else { return module }
                kept.roots = module.roots.filter { !primary.contains($0) }
                return kept.roots.isEmpty ? nil : kept
            }
        }
    }

    /// The target `add_test(NAME n COMMAND target …)` or the old `add_test(n target …)` runs.
    static func testedTarget(_ arguments: [String]) -> [String] {
        if let index = arguments.firstIndex(of: "COMMAND") {
            return index + 1 < arguments.count ? [arguments[index + 1]] : []
        }
        return arguments.first != "NAME" && arguments.count > 1 ? [arguments[1]] : []
    }

    /// An executable named as a test runner: `tests`, `test_x`, `x_test`, `x_tests`, `x-test`, `x_unittests`….
    static func isTestName(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower == "test" || lower == "tests" || lower.hasPrefix("test_") || lower.hasPrefix("test-") { return true }
        return ["_test", "_tests", "-test", "-tests", "_unittest", "_unittests"].contains { lower.hasSuffix($0) }
    }
}
