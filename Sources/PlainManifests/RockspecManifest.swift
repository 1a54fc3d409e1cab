import BuildManifests
import ModuleGraph

/// Reads a LuaRocks `.rockspec` as text (never run, `LuaTable`): one module of ecosystem `luarocks` per package,
/// owning the folder its build's paths are relative to.
///
/// The module is named by `package = '…'`, else by the file's name less its version (`foo-1.0-1.rockspec`). LuaRocks
/// reads the build's paths relative to the unpacked sources: the rockspec's folder, or the folder above a `rockspecs/`
/// folder holding versioned copies. The files it builds are `build.modules`' values (a path, or a table of `sources`),
/// `build.install`'s `lua`, `bin`, `lib` and `conf` entries and `copy_directories`, those of `build.platforms.*` too;
/// a `builtin` build (LuaRocks' default) naming no module installs `src/`, else `lua/`, else the folder's own `.lua`
/// files. A rockspec none of whose files is tracked builds a rock from sources elsewhere (luarocks' `binary/`
/// recipes for third-party rocks) and declares nothing; a `make` or `cmake` build naming nothing builds its folder when
/// its Makefile or CMakeLists.txt is tracked, a `command` build naming nothing declares nothing (luarocks'
/// `binary/luaposix-35.1-1.rockspec` runs a script of luaposix's own sources). Of several rockspecs of one package (versioned copies), the one whose folder is top-most declares it,
/// `scm` or `dev` versions before numbered ones, higher numbers first. Its declared dependencies are the rocks
/// `dependencies` names (not `lua`). Lua's `require` resolves to files, so the module needs no import names.
public struct RockspecManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { [] }
    public var manifestExtensions: Set<String> { ["rockspec"] }

    /// The folder names holding versioned rockspecs apart from the sources they describe.
    static let rockspecFolders: Set<String> = ["rockspecs", "rockspec", ".rockspecs", "rocks"]

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let spec = LuaTable(bytes)
        let name = Self.package(of: spec, path: path)
        guard !name.isEmpty, Self.isChosen(path, package: name, context: context) else { return ([], []) }
        let base = Self.base(of: path)
        guard Self.buildsTrackedFiles(spec, base: base, context: context) else { return ([], []) }
        let dependencies = spec["dependencies"]?.entries.compactMap { $0.value.string.map(Self.rockName) } ?? []
        let module = ModuleDeclaration(
            name: name, ecosystem: "luarocks", roots: [base],
            dependencies: Set(dependencies).subtracting(["lua", "", name]).sorted(), manifest: path,
            line: spec.assignments.last { $0.name == "package" }?.line ?? 1)
        return ([module], [])
    }

    /// `package = '…'`, else the file name less its `-version-revision.rockspec`.
    static func package(of spec: LuaTable, path: String) -> String {
        if let name = spec["package"]?.string { return ManifestText.trimmed(name) }
        return nameAndVersion(of: path).name
    }

    /// `telescope.nvim-scm-1.rockspec` → (`telescope.nvim`, `scm-1`); a name without two dashes is all name.
    static func nameAndVersion(of path: String) -> (name: String, version: String) {
        let stem = String(ManifestText.fileName(of: path).dropLast(".rockspec".count))
        let parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return (stem, "") }
        return (parts.dropLast(2).joined(separator: "-"), parts.suffix(2).joined(separator: "-"))
    }

    /// The rock a dependency names: `plenary.nvim` of `plenary.nvim >= 0.1`, lower-cased as LuaRocks matches it.
    static func rockName(_ dependency: String) -> String {
        String(ManifestText.trimmed(dependency).prefix { !" \t<>=~".contains($0) }).lowercased()
    }

    /// The folder the build's paths are relative to: the rockspec's, or the one above a `rockspecs/` folder.
    static func base(of path: String) -> String {
        let folder = ManifestContext.folder(of: path)
        return rockspecFolders.contains(ManifestText.fileName(of: folder).lowercased())
            ? ManifestContext.folder(of: folder) : folder
    }

    /// Whether `path` is the rockspec that declares `package`: of the tracked rockspecs naming it, the top-most
    /// one, then the newest (`scm`, `dev`, then the highest version), then the first by path.
    static func isChosen(_ path: String, package: String, context: ManifestContext) -> Bool {
        let rivals = context.paths.filter { $0 != path && $0.hasSuffix(".rockspec") }.filter { other in
            guard let bytes = context.read(other), !ManifestText.looksBinary(bytes) else { return false }
            return Self.package(of: LuaTable(bytes), path: other) == package
        }
        let key = { (path: String) in (depth(ManifestContext.folder(of: path)), RockVersion(nameAndVersion(of: path).version), path) }
        let own = key(path)
        return !rivals.contains { rival in
            let other = key(rival)
            if other.0 != own.0 { return other.0 < own.0 }
            if other.1 != own.1 { return own.1 < other.1 }
            return other.2 < own.2
        }
    }

    static func depth(_ folder: String) -> Int {
        folder.isEmpty ? 0 : folder.utf8.count { $0 == UInt8(ascii: "/") } + 1
    }

    /// Whether any file the build installs is tracked.
    static func buildsTrackedFiles(_ spec: LuaTable, base: String, context: ManifestContext) -> Bool {
        let build = spec["build"]
        let named = namedPaths(build)
        let isTracked = { (relative: String) -> Bool in
            let full = ManifestContext.join(base, relative)
            return context.paths.contains(full) || context.hasFiles(under: full)
        }
        if !named.isEmpty { return named.contains(where: isTracked) }
        let type = build?["type"]?.string ?? "builtin"
        guard type == "builtin" || type == "module" else {
            let buildFiles = ["make": ["Makefile", "makefile", "GNUmakefile"], "cmake": ["CMakeLists.txt"]][type] ?? []
            return buildFiles.contains(where: isTracked)
        }
        return isTracked("src") || isTracked("lua")
            || context.paths(under: base).contains { ManifestContext.folder(of: $0) == base && $0.hasSuffix(".lua") }
    }

    /// The paths a build section names: its modules' files, install entries and copied folders, its platforms' too.
    package static func namedPaths(_ build: LuaTable.Value?) -> [String] {
        guard let build else { return [] }
        var paths: [String] = []
        for module in build["modules"]?.entries ?? [] {
            paths += module.value.string.map { [$0] } ?? strings(module.value["sources"] ?? module.value)
        }
        for kind in ["lua", "bin", "lib", "conf"] { paths += strings(build["install"]?[kind]) }
        paths += strings(build["copy_directories"])
        for platform in build["platforms"]?.entries ?? [] { paths += namedPaths(platform.value) }
        return paths.filter { !$0.isEmpty }
    }

    /// A string, or a table's string values.
    static func strings(_ value: LuaTable.Value?) -> [String] {
        guard let value else { return [] }
        return value.string.map { [$0] } ?? value.entries.compactMap(\.value.string)
    }
}

/// A rock's version for picking the newest rockspec: `scm` and `dev` above any number, then numbers part by part.
struct RockVersion: Comparable {
    let isDevelopment: Bool
    let numbers: [Int]

    init(_ version: String) {
        let text = version.lowercased()
        isDevelopment = text.hasPrefix("scm") || text.hasPrefix("dev")
        numbers = text.split { $0 == "." || $0 == "-" }.map { Int($0.prefix { $0.isNumber }) ?? 0 }
    }

    static func < (lhs: RockVersion, rhs: RockVersion) -> Bool {
        if lhs.isDevelopment != rhs.isDevelopment { return rhs.isDevelopment }
        return lhs.numbers.lexicographicallyPrecedes(rhs.numbers)
    }
}
