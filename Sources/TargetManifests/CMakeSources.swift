import BuildManifests
import Foundation
import ManifestSyntax
import ModuleGraph

/// The source files a CMake target lists as literal text, turned into module roots.
///
/// Arguments are paths relative to the `CMakeLists.txt` folder once `${CMAKE_CURRENT_SOURCE_DIR}`,
/// `${CMAKE_CURRENT_LIST_DIR}`, `${PROJECT_SOURCE_DIR}` and the variables of CMakeVariables are replaced. An
/// argument left with a `$` (a variable set by a function or in another file, a generator expression), an absolute
/// path or a `FILE_SET` cannot be read: the target owns the files it does list, and a target in a `CMakeLists.txt`
/// below the repository root also keeps that folder (the root would be every file the other targets leave). Files in
/// the build folder (`${CMAKE_CURRENT_BINARY_DIR}/x.h`) are generated and skipped. A header in the same folder with
/// the stem of a listed source (`core.c` → `core.h`), and the folders `target_include_directories` names (not the
/// manifest's or above), belong to the target too; a target of a project of its own below the root (a `project()` in
/// its file: an example or test build), and a test, own only those inside its folder, as `../../include` is the
/// headers they use (nlohmann/json's tests/cuda_example took the library's include/, fmt's `noexception-test` in
/// test/ its `${PROJECT_SOURCE_DIR}/include`).
struct CMakeSources {
    /// Keywords of `add_library`, `add_executable` and `target_sources` that are not sources.
    static let keywords: Set<String> = [
        "STATIC", "SHARED", "MODULE", "OBJECT", "INTERFACE", "PUBLIC", "PRIVATE", "WIN32", "MACOSX_BUNDLE",
        "EXCLUDE_FROM_ALL",
    ]
    /// What `${CMAKE_CURRENT_BINARY_DIR}` and its kin stand for: files made there are generated, never tracked.
    static let buildFolder = "<build>"
    private static let headerExtensions = ["h", "hh", "hpp", "hxx"]

    /// Every argument given as sources that could be read, in order.
    private(set) var arguments: [String] = []
    /// The first source argument that could not be read.
    private(set) var unresolved: String?

    /// Folders named by `target_include_directories` (a `$<BUILD_INTERFACE:…>` unwrapped, a trailing `/` dropped):
    /// their files are the target's too, unless the folder is the manifest's own or above it.
    private(set) var includes: [String] = []

    /// Adds the arguments of `command` (`add_library`, `add_executable`, `target_sources` or
    /// `target_include_directories`), keywords dropped. An include folder's `$<BUILD_INTERFACE:…>` is unwrapped, and
    /// what it holds is a list whose `$<SEMICOLON>`s separate folders (googletest's
    /// `string(REPLACE ";" "$<SEMICOLON>" dirs "${gtest_build_include_dirs}")`).
    mutating func add(_ arguments: ArraySlice<String>, from command: String) {
        guard command == "target_include_directories" else { return add(arguments) }
        for argument in arguments where !Self.keywords.contains(argument) {
            var list = Substring(argument)
            if list.hasPrefix("$<BUILD_INTERFACE:") && list.hasSuffix(">") {
                list = Substring(list.dropFirst(18).dropLast().replacingOccurrences(of: "$<SEMICOLON>", with: ";"))
            }
            for var folder in list.split(separator: ";") {
                // `${PROJECT_SOURCE_DIR}/include/` names the folder `include`.
                while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
                if !folder.contains("$") && !folder.hasPrefix("/") { includes.append(String(folder)) }
            }
        }
    }

    /// Adds source `arguments` (each a list: `"${SOURCES}"` quoted names them all, `$<$<BOOL:…>:a.c;b.c>` too),
    /// generator expressions unwrapped; a `FILE_SET`, `$` or absolute path is unresolved.
    private mutating func add(_ arguments: ArraySlice<String>) {
        let sources = arguments.flatMap { CMakeVariables.elements(of: CMakeScript.generatorValue($0)) }
        for argument in sources.map(CMakeScript.generatorValue)
        where !Self.keywords.contains(argument) && !argument.isEmpty && !argument.hasPrefix(Self.buildFolder) {
            let isRead = !argument.contains("$") && !argument.hasPrefix("/") && argument != "FILE_SET"
            if isRead { self.arguments.append(argument) } else { unresolved = unresolved ?? argument }
        }
    }

    /// Whether the target names no source and no include folder: an `INTERFACE` library carrying only usage
    /// requirements (nlohmann/json's `_json_test_interface__cpp_17`, made by a helper for its flags).
    var namesNothing: Bool { arguments.isEmpty && includes.isEmpty && unresolved == nil }

    /// The tracked files the sources name (with their same-stem headers) and the include folders; the manifest's
    /// folder too, below the repository root, when a source could not be read or none is tracked, unless
    /// `keepsFolder` is false.
    func roots(folder: String, includesInside: Bool, keepsFolder: Bool = true, context: ManifestContext) -> [String] {
        var roots = Set<String>()
        for argument in arguments {
            let path = ManifestContext.join(folder, argument)
            guard context.contains(path) else { continue }
            roots.insert(path)
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { continue }
            for header in Self.headerExtensions.map({ path[..<dot] + "." + $0 }) where context.contains(header) {
                roots.insert(header)
            }
        }
        if (unresolved != nil || roots.isEmpty) && !folder.isEmpty && keepsFolder { roots.insert(folder) }
        return roots.union(includeRoots(folder: folder, onlyInside: includesInside, context: context)).sorted()
    }

    /// The warning for a target at the repository root whose sources could not all be read: it owns only its
    /// listed files, and the rest goes to the modules made for unowned source.
    private func unreadWarning(_ target: ModuleDeclaration) -> ManifestWarning? {
        guard let unresolved, ManifestContext.folder(of: target.manifest).isEmpty else { return nil }
        return ManifestWarning(
            path: target.manifest, line: target.line,
            message: "target \(target.name): sources '\(unresolved.prefix(60))' cannot be read as text; "
                + "it owns only the files it lists by name, not the repository root")
    }

    /// The include folders holding tracked files, other than the manifest's folder and those above it; with
    /// `onlyInside` (a subproject's target, a test), only those below its folder.
    private func includeRoots(folder: String, onlyInside: Bool, context: ManifestContext) -> [String] {
        includes.map { ManifestContext.join(folder, $0) }.filter {
            !ManifestContext.isInside(folder, $0) && (!onlyInside || ManifestContext.isInside($0, folder))
                && context.hasFiles(under: $0)
        }
    }

    /// The warnings for one file's `targets`: each root target's unread sources (`sources` by target name), then
    /// the targets that share their folder as root (the alphabetically first owns its files).
    static func warnings(_ targets: [ModuleDeclaration], sources: [String: CMakeSources], folder: String) -> [ManifestWarning] {
        let unread = targets.compactMap { sources[$0.name]?.unreadWarning($0) }
        let sharing = targets.filter { $0.roots.contains(folder) }.sorted { $0.name < $1.name }
        guard let owner = sharing.first else { return unread }
        let shown = folder.isEmpty ? "." : folder
        return unread + sharing.dropFirst().map {
            ManifestWarning(
                path: $0.manifest, line: $0.line,
                message: "targets \(owner.name) and \($0.name) share folder \(shown); \(shown)'s files counted to \(owner.name)")
        }
    }
}
