import ModuleGraph

/// A `file(GLOB NAME …)` or `file(GLOB_RECURSE NAME …)` command read as CMake reads it, evaluated against the tracked
/// paths, never the disk: `LIST_DIRECTORIES` (on by default for `GLOB`, off for `GLOB_RECURSE`) lists the folders
/// holding tracked files that match too, and `RELATIVE folder` gives the results relative to that folder
/// (`file(GLOB children RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)`, the folder names a
/// `foreach` then adds with `add_subdirectory`).
struct CMakeGlob {
    /// The variable the results go to.
    let name: String
    let recursive: Bool
    private(set) var listsFolders: Bool
    /// `RELATIVE`'s folder, relative to the manifest's folder.
    private(set) var relative: String?
    private(set) var patterns: [String] = []

    private static let flags: Set = ["CONFIGURE_DEPENDS", "FOLLOW_SYMLINKS"]
    private static let falseValues: Set = ["0", "OFF", "NO", "FALSE", "N", "IGNORE", "NOTFOUND", ""]

    /// The command's reading from its arguments (`GLOB`, the name, then options and patterns); nil for another
    /// `file` command.
    init?(_ arguments: [String]) {
        guard arguments.count > 1, arguments[0] == "GLOB" || arguments[0] == "GLOB_RECURSE" else { return nil }
        (name, recursive) = (arguments[1], arguments[0] == "GLOB_RECURSE")
        listsFolders = !recursive
        var rest = arguments.dropFirst(2)
        while let argument = rest.popFirst() {
            switch argument {
            case "LIST_DIRECTORIES": listsFolders = !Self.isFalse(rest.popFirst() ?? "")
            case "RELATIVE": relative = rest.popFirst() ?? ""
            case _ where Self.flags.contains(argument): continue
            default: patterns.append(argument)
            }
        }
    }

    /// Whether CMake reads `value` as false (`NAME-NOTFOUND` too).
    private static func isFalse(_ value: String) -> Bool {
        let upper = value.uppercased()
        return falseValues.contains(upper) || upper.hasSuffix("-NOTFOUND")
    }

    /// The paths matching, sorted per pattern as CMake lists them, for the `CMakeLists.txt` in `folder`: relative to
    /// `RELATIVE`'s folder, otherwise from the manifest's folder written with `./` or `../` (so that a file added with
    /// `add_subdirectory` sees them rebased). Nil when a pattern or the `RELATIVE` folder cannot be read as text (a
    /// variable left, an absolute path) or a result lies outside the `RELATIVE` folder.
    func paths(folder: String, context: ManifestContext) -> [String]? {
        guard !patterns.contains(where: { $0.hasPrefix("/") }) else { return nil }
        if let relative, relative.contains("$") || relative.hasPrefix("/") { return nil }
        let base = relative.map { ManifestContext.join(folder, $0) }
        let up = folder.isEmpty ? "./" : String(repeating: "../", count: folder.split(separator: "/").count)
        var found: [String] = []
        for pattern in patterns {
            let pattern = ManifestContext.join(folder, pattern)
            guard let paths = context.paths(globbing: pattern, recursive: recursive, folders: listsFolders) else { return nil }
            guard let base else {
                found += paths.map { up + $0 }
                continue
            }
            guard let relativePaths = Self.relative(paths, to: base) else { return nil }
            found += relativePaths
        }
        return found
    }

    /// `paths` relative to `base`; nil when one lies outside it (or is it).
    private static func relative(_ paths: [String], to base: String) -> [String]? {
        var result: [String] = []
        for path in paths {
            guard path != base && ManifestContext.isInside(path, base) else { return nil }
            result.append(String(path.dropFirst(base.isEmpty ? 0 : base.count + 1)))
        }
        return result
    }
}
