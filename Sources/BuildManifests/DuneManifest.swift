import ManifestSyntax
import ModuleGraph

/// Reads a dune project (OCaml) as text (never run): from its `dune-project`, every `dune` file of the project's
/// folders (not those of a project nested in it), one module per folder declaring a `library`, `executable(s)` or
/// `test(s)`. A stanza owns the files of its folder, not those of its subfolders unless the folder says
/// `(include_subdirs unqualified)` or `qualified`: a folder with files below it that no deeper stanza owns lists its
/// `dune` file and its own OCaml files and stubs as its roots (`roots(of:)`). The `dune` files of folders `(data_only_dirs …)` names, or `(dirs …)` leaves
/// out, are not read. A `(subdir path …)` stanza's stanzas (nested ones too) describe the folder `path` below its
/// `dune` file as if written in a `dune` file there, merged with that folder's own (`stanzaGroups`).
///
/// The projects and `dune` files of cram tests' folders (`foo.t/`) are the tests' fixtures and declare nothing. A
/// folder's module is named by its library's `name` (else `public_name`), else by its executable's `public_name` or
/// `name` (`main` by its folder's; a name left out, as dune 3 allows, is the public name's), else its test's (a name
/// taken already gives way to the folder's path); it is a `library`, `executable` or `test` in that order. Its
/// declared dependencies are the `libraries` of its stanzas (`(re_export x)` too; `(select …)` alternatives are not
/// read), a project's library named by its public name (`ocamlformat-lib`) resolved to its module. A folder whose
/// stanzas are all tests holds test code. The declared dependencies are module edges besides those the code's imports
/// make (`DeclaredReferences`), as the compiler allows no other and code can use a library without naming it. A
/// library's import names are its OCaml module names: a wrapped library is its name capitalized (`dune_engine` is
/// `Dune_engine`, whatever its `public_name`), an unwrapped one (`(wrapped false)`, or in `(transition …)`) also each
/// of its modules (`process.ml` is `Process`).
public struct DuneManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["dune-project"] }

    /// One folder's stanzas.
    struct Folder {
        var path: String
        var manifest: String
        var libraries: [(name: String, publicName: String?, line: Int)] = []
        var executables: [(name: String, publicName: String?, line: Int)] = []
        var tests: [(name: String, line: Int)] = []
        var dependencies: [String] = []
        /// Whether a library of the folder exposes its modules by their own names (`(wrapped false)`).
        var isUnwrapped = false
        /// The folder's `(include_subdirs …)` mode: `no` (dune's default), `unqualified` or `qualified`.
        var includeSubdirs = "no"

        /// Whether its stanzas own the OCaml files of its subfolders too.
        var includesSubfolders: Bool { includeSubdirs != "no" }
    }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !Self.isCramTest(path) else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        var warnings = ManifestText.warnings(SExpressions(bytes).problems, path: path)
        let project = ManifestContext.folder(of: path)
        let all = context.paths(under: project)
        let nested = all.filter { ManifestText.fileName(of: $0) == "dune-project" && $0 != path }.map(ManifestContext.folder(of:))
        var files: [(path: String, folder: String, nodes: [SExpressions.Node])] = []
        for file in all where ManifestText.fileName(of: file) == "dune" && !Self.isCramTest(file) {
            let folder = ManifestContext.folder(of: file)
            guard !nested.contains(where: { ManifestContext.isInside(folder, $0) }), let bytes = context.read(file) else { continue }
            guard !ManifestText.looksBinary(bytes) else {
                warnings.append(ManifestText.binaryWarning(file))
                continue
            }
            let parsed = SExpressions(bytes)
            warnings += ManifestText.warnings(parsed.problems, path: file)
            files += Self.stanzaGroups(parsed.nodes, folder: folder).map { (file, $0.folder, $0.nodes) }
        }
        // The `dune` files of data-only and excluded folders are not read by dune.
        let unread = files.flatMap { Self.unreadFolders($0.nodes, folder: $0.folder) }
        let described = files.filter { file in !unread.contains { ManifestContext.isInside(file.folder, $0) } }
            .map { Self.stanzas($0.nodes, folder: $0.folder, manifest: $0.path) }
            .filter { !$0.libraries.isEmpty || !$0.executables.isEmpty || !$0.tests.isEmpty }
        return (Self.modules(Self.merged(described), context: context).sortedForOutput(), warnings)
    }

    /// A `dune` file's stanzas by the folder they describe: its own folder's, then each `(subdir path …)`'s, whose
    /// stanzas (and nested `subdir`s) describe `path` below it.
    static func stanzaGroups(
        _ nodes: [SExpressions.Node], folder: String
    ) -> [(folder: String, nodes: [SExpressions.Node])] {
        var own: [SExpressions.Node] = []
        var below: [(folder: String, nodes: [SExpressions.Node])] = []
        for node in nodes {
            guard node.head == "subdir", let path = node.items.dropFirst().first?.atom else {
                own.append(node)
                continue
            }
            below += stanzaGroups(Array(node.items.dropFirst(2)), folder: ManifestContext.join(folder, path))
        }
        return [(folder, own)] + below
    }

    /// One `Folder` per folder: the stanzas a `subdir` elsewhere gives a folder join those of its own `dune` file.
    /// The one declaring the folder's first library (else executable, else test) comes first, so that the module's
    /// name, manifest and line are its.
    static func merged(_ folders: [Folder]) -> [Folder] {
        let rank = { (folder: Folder) in !folder.libraries.isEmpty ? 0 : !folder.executables.isEmpty ? 1 : 2 }
        var result: [Folder] = []
        var index: [String: Int] = [:]
        for folder in folders {
            guard let at = index[folder.path] else {
                index[folder.path] = result.count
                result.append(folder)
                continue
            }
            let (first, second) = rank(folder) < rank(result[at]) ? (folder, result[at]) : (result[at], folder)
            var joined = first
            joined.libraries += second.libraries
            joined.executables += second.executables
            joined.tests += second.tests
            joined.dependencies += second.dependencies
            joined.isUnwrapped = first.isUnwrapped || second.isUnwrapped
            if first.includeSubdirs == "no" { joined.includeSubdirs = second.includeSubdirs }
            result[at] = joined
        }
        return result
    }

    static func stanzas(_ nodes: [SExpressions.Node], folder: String, manifest: String) -> Folder {
        let includeSubdirs = nodes.last { $0.head == "include_subdirs" }?.items.dropFirst().first?.atom
        var result = Folder(path: folder, manifest: manifest, includeSubdirs: includeSubdirs ?? "no")
        for node in nodes {
            let names = ((node.field("name") ?? []) + (node.field("names") ?? [])).compactMap(\.atom)
            let publicNames = ((node.field("public_name") ?? []) + (node.field("public_names") ?? [])).compactMap(\.atom)
            switch node.head {
            case "library":
                guard let name = names.first ?? publicNames.first else { continue }
                result.libraries.append((name, publicNames.first, node.line))
                result.isUnwrapped = result.isUnwrapped || isUnwrapped(node)
            case "executable", "executables":
                // Since dune 3.0 an executable may omit its name: its public name is its name
                // (`(executable (public_name calc))`, dune's own tutorials).
                let names = names.isEmpty ? publicNames.filter { $0 != "-" } : names
                result.executables += names.enumerated().map { index, name in
                    let publicName = index < publicNames.count && publicNames[index] != "-" ? publicNames[index] : nil
                    return (name, publicName, node.line)
                }
            case "test", "tests":
                result.tests += names.map { ($0, node.line) }
            default:
                continue
            }
            result.dependencies += (node.field("libraries") ?? []).compactMap { item in
                item.atom ?? (item.head == "re_export" ? item.items.dropFirst().first?.atom : nil)
            }
        }
        return result
    }

    /// Whether a library stanza exposes its modules by their own names: `(wrapped false)`, or `(wrapped (transition
    /// …))`, which keeps both.
    private static func isUnwrapped(_ library: SExpressions.Node) -> Bool {
        let wrapped = library.field("wrapped")?.first
        return wrapped?.atom == "false" || wrapped?.head == "transition"
    }

    /// One module per folder, named and its dependencies resolved across the project's folders.
    private static func modules(_ folders: [Folder], context: ManifestContext) -> [ModuleDeclaration] {
        let named = names(of: folders)
        // A project's library by its name or its public name.
        var local: [String: String] = [:]
        for (folder, name, _) in named {
            for library in folder.libraries {
                local[library.name] = name
                if let publicName = library.publicName { local[publicName] = name }
            }
        }
        let roots = roots(of: named.map(\.folder), context: context)
        return zip(named, roots).map { named, roots in
            let (folder, name, line) = named
            let isTest = folder.libraries.isEmpty && folder.executables.isEmpty
            let kind: ModuleDeclaration.Kind = !folder.libraries.isEmpty ? .library : isTest ? .test : .executable
            return ModuleDeclaration(
                name: name, ecosystem: "dune", kind: kind, roots: roots,
                dependencies: Set(folder.dependencies.map { local[$0] ?? $0 }).subtracting([name]).sorted(),
                importNames: importNames(of: folder, context: context), manifest: folder.manifest, line: line,
                testFiles: isTest ? ownFiles(of: folder, context: context).filter(isOCaml) : [])
        }
    }

    /// Each folder's roots: the folder itself when that gives it no file dune does not give it, else the files
    /// directly in it. A stanza owns the files of its folder, and those of its subfolders only under
    /// `(include_subdirs unqualified)` or `(include_subdirs qualified)`. A folder root owns every file below it that
    /// no deeper root owns, so it fits a folder whose every subfolder file lies in a deeper folder root; the others
    /// (ocaml/dune's `test/`, whose executable is not the cram tests below it) list their `dune` file and the OCaml
    /// files and foreign stubs beside it, and the rest of their subfolders goes to what owns it otherwise.
    private static func roots(of folders: [Folder], context: ManifestContext) -> [[String]] {
        var folderRoots = Set<String>()
        var roots = Array(repeating: [String](), count: folders.count)
        // Deepest first: a folder's root depends on those below it.
        for index in folders.indices.sorted(by: { depth(folders[$0].path) > depth(folders[$1].path) }) {
            let folder = folders[index].path
            let isWhole = folders[index].includesSubfolders || context.paths(under: folder).allSatisfy { path in
                var above = ManifestContext.folder(of: path)
                while above != folder {
                    if folderRoots.contains(above) { return true }
                    above = ManifestContext.folder(of: above)
                }
                return ManifestContext.folder(of: path) == folder
            }
            if isWhole { folderRoots.insert(folder) }
            let built = ownFiles(of: folders[index], context: context).filter { isOCaml($0) || isStub($0) }
            // A `subdir`'s stanzas lie in a `dune` file above: that file is not the folder's.
            let manifest = folders[index].manifest
            let own = ManifestContext.folder(of: manifest) == folder ? [manifest] : []
            roots[index] = isWhole ? [folder] : (own + built).sorted()
        }
        return roots
    }

    /// The tracked files a folder's stanzas own: those directly in it, or all below it with `include_subdirs`.
    private static func ownFiles(of folder: Folder, context: ManifestContext) -> [String] {
        let below = context.paths(under: folder.path)
        return folder.includesSubfolders ? Array(below) : below.filter { ManifestContext.folder(of: $0) == folder.path }
    }

    private static func depth(_ folder: String) -> Int {
        folder.isEmpty ? 0 : folder.utf8.count { $0 == UInt8(ascii: "/") } + 1
    }

    /// The subfolders whose `dune` files dune does not read: `(data_only_dirs a b)` (`ignored_subdirs`, its old
    /// spelling) and those `(dirs :standard \ a b)` leaves out, by literal name (globs are not matched).
    static func unreadFolders(_ nodes: [SExpressions.Node], folder: String) -> [String] {
        nodes.flatMap { node -> [String] in
            let arguments = node.items.dropFirst().flatMap { $0.atom == nil ? $0.items : [$0] }.compactMap(\.atom)
            let names: ArraySlice<String> = switch node.head {
            case "data_only_dirs", "ignored_subdirs": arguments[...]
            case "dirs": arguments.drop { $0 != "\\" }.dropFirst()
            default: []
            }
            return names.filter { !$0.hasPrefix(":") && !$0.contains { "*?[{".contains($0) } }
                .map { ManifestContext.join(folder, $0) }
        }
    }

    /// Each folder's module name and the line declaring it: its library's, else its executable's (`main` by its
    /// folder's), else its test's; a name taken already gives way to the folder's path.
    private static func names(of folders: [Folder]) -> [(folder: Folder, name: String, line: Int)] {
        var taken = Set(folders.flatMap { $0.libraries.map(\.name) })
        return folders.compactMap { folder in
            if let library = folder.libraries.first { return (folder, library.name, library.line) }
            let folderName = ManifestText.fileName(of: folder.path)
            let candidate = folder.executables.first.map { executable in
                (executable.publicName ?? (executable.name == "main" && !folderName.isEmpty ? folderName : executable.name),
                 executable.line)
            } ?? folder.tests.first.map { ($0.name, $0.line) }
            guard let (name, line) = candidate else { return nil }
            let unique = taken.contains(name) && !folder.path.isEmpty ? folder.path : name
            taken.insert(unique)
            return (folder, unique, line)
        }
    }

    /// The module names OCaml code uses for a folder's libraries: each library's name capitalized, and an unwrapped
    /// library's modules (the OCaml files directly in its folder) by theirs.
    private static func importNames(of folder: Folder, context: ManifestContext) -> [String] {
        var names = Set(folder.libraries.map { moduleName($0.name) })
        if folder.isUnwrapped {
            // `(include_subdirs unqualified)` puts its subfolders' modules beside the folder's own.
            let subfolders = folder.includeSubdirs == "unqualified"
            for path in context.paths(under: folder.path)
            where isOCaml(path) && (subfolders || ManifestContext.folder(of: path) == folder.path) {
                names.insert(moduleName(String(ManifestText.fileName(of: path).prefix { $0 != "." })))
            }
        }
        // A public name standing for a missing name (`ocamlformat-lib`) names no module.
        return names.filter { !$0.contains("-") && !$0.contains(".") }.sorted()
    }

    /// `dune_engine` → `Dune_engine`: an OCaml module name from a library or file name.
    static func moduleName(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Whether the path lies in a cram test's folder (`test-cases/foo.t/dune`): a fixture the test builds in a
    /// sandbox, which dune does not build as part of the project.
    static func isCramTest(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { $0.hasSuffix(".t") }
    }

    /// Whether the file may be a stanza's foreign stub (`foreign_stubs`: C, C++; `js_of_ocaml` JavaScript).
    static func isStub(_ path: String) -> Bool {
        [".c", ".h", ".cc", ".cpp", ".cxx", ".hh", ".hpp", ".js"].contains { path.hasSuffix($0) }
    }

    static func isOCaml(_ path: String) -> Bool {
        [".ml", ".mli", ".mll", ".mly"].contains { path.hasSuffix($0) }
    }
}
