/// One module a build manifest declares: a target, crate, package or workspace member.
public struct ModuleDeclaration: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case library
        case executable
        case test
        case plugin
        case other
    }

    /// The module's name as the manifest spells it (a SwiftPM target, a crate, a Go import path).
    public var name: String
    /// Which manifest grammar declared it: `swiftpm`, `cargo`, `go`, `npm`, `maven`, `gradle`, `python`,
    /// `cmake`, `xcode`, `folder` (the fallback) or `config` (`.accrue.yml`).
    public var ecosystem: String
    public var kind: Kind
    /// Repository-relative folders whose files belong to the module (`""` is the repository root).
    public var roots: [String]
    /// Declared dependencies, by name: other modules' names or external packages.
    public var dependencies: [String]
    /// The names code uses to import this module (`import X`, a crate name, a Go import path,
    /// an npm package name, a Python package). Empty means: imports cannot name it.
    public var importNames: [String]
    /// The repository-relative manifest path, and the line where the module is declared.
    public var manifest: String
    public var line: Int
    /// Repository-relative paths of files the manifest builds only for tests (Bazel's `testonly` rules and
    /// `*_test` rules): test code wherever they lie, whatever `test_paths` says. Not encoded: the module report's
    /// `test_files` lists them.
    public var testFiles: [String] = []
    /// Repository-relative paths of the files the manifest names as its targets' roots beyond the layout its build
    /// finds by itself (Cargo's `[lib]`, `[[bin]]`, `[[test]]`, `[[bench]]` and `[[example]]` `path`s: a Rust crate
    /// root's modules sit beside it; the module files a Python project's entry points name, `flask/cli.py` of
    /// `flask = "flask.cli:main"`, which an installed command imports). Not encoded.
    public var targetFiles: [String] = []
    /// The crate's build script (Cargo's `build.rs` beside its manifest, or the file `[package] build = "…"` names;
    /// none for `build = false`): a crate of its own, compiled to run the build, whose `mod` files beside it in a
    /// folder of its own (bat's `build/`) belong to no library crate either. Not encoded.
    public var buildScripts: [String] = []
    /// Repository-relative folders and files its build loads as its code, where the manifest names them apart from
    /// its roots (Composer's `autoload` PSR-4, PSR-0, classmap and files paths, and its `bin` commands); empty where it
    /// names none. Its other files (flysystem's `bin/` scripts, `phpunit.php` bootstrap and `test_files/`) are the
    /// repository's tooling, counted with its tests: their imports make no edge (they closed a cycle through every
    /// adapter package), their lines no part of its size. Not encoded.
    public var loadedPaths: [String] = []
    /// Modules only its tests depend on, as the manifest declares them (sbt's `dependsOn(testkit % Test)`): they
    /// make no edge, but its tests' imports of them are declared. Not encoded.
    public var testDependencies: [String] = []
    /// The names its code imports dependencies by where they differ from the dependencies' own import names, to the
    /// declared dependency names (`dependencies`): Cargo's `foo = { package = "real-name", … }` makes `use foo::…`
    /// import the crate `real-name`. Not encoded.
    public var importAliases: [String: String] = [:]
    /// Modules the toolchain gives its code without a declaration (a Mix project's Elixir applications, `elixir`,
    /// `logger`, `ex_unit`…, which no `deps` can list): its imports of them are declared. Not encoded.
    public var providedDependencies: [String] = []
    /// Declared dependencies its manifest itself puts to use, so that no import need show them: a Cargo feature
    /// forwarding to one (mdBook's `search = ["mdbook-html/search"]`, `"dep?/x"`, `"dep:x"`). Never unused. Not
    /// encoded.
    public var manifestUses: [String] = []
    /// What the root `package.json` of its npm, yarn or pnpm workspace declares: the package manager installs those
    /// at the root, where its members' code resolves them too. Its test modules, never published, may import them
    /// undeclared (vite's playgrounds import `vite`, a root dev-dependency). Not encoded.
    public var workspaceDependencies: [String] = []
    /// The folder of the build declaring it, where builds in one repository are separate (sbt: a build nested in
    /// another, cats' `scalafix/`, uses the outer one's published artifacts, not its projects; Gradle: each settings
    /// file's build, spock's `build-logic/` tests with Spock from Maven Central, not `:spock-core`); nil where no such
    /// boundary is known. Declared names and imports resolve only to modules of the same build, of a build it
    /// includes, or of none (`sharesBuild(with:)`). Not encoded.
    public var build: String?
    /// The folders of the builds its build includes (Gradle's composite builds, `includeBuild("…")`), whose projects
    /// its code may use: Gradle substitutes them for their published coordinates. An included build does not see the
    /// including one's. Not encoded.
    public var includedBuilds: [String] = []
    /// Languages beyond its ecosystem's whose code imports it by name (its `bindingNames`): a pyo3 crate that maturin
    /// builds into a Python extension module is imported from Python (`pydantic_core._pydantic_core`). Not encoded.
    public var bindingLanguages: [String] = []
    /// Of its `importNames`, those code in `bindingLanguages` imports it by (the extension module's); the others are
    /// its own language's (a crate's library name, which is often the Python package's: drillan/quantforge's
    /// `quantforge`). Not encoded.
    public var bindingNames: [String] = []
    /// The frameworks it builds (`Shared` of an Xcode target's `Shared.framework`), through which C-family code includes
    /// its headers (`#import <Shared/Shared.h>`, the header lying anywhere in its folders): such an include resolves to
    /// it when no tracked file's path ends in the included path. Not encoded.
    public var frameworkNames: [String] = []

    public init(
        name: String, ecosystem: String, kind: Kind = .library, roots: [String], dependencies: [String] = [],
        importNames: [String] = [], manifest: String, line: Int, testFiles: [String] = []
    ) {
        self.name = name
        self.ecosystem = ecosystem
        self.kind = kind
        self.roots = roots
        self.dependencies = dependencies
        self.importNames = importNames
        self.manifest = manifest
        self.line = line
        self.testFiles = testFiles
    }

    /// Whether `path`, a file of the module, lies outside the paths its build loads (`loadedPaths`), when it names any.
    public func isTooling(_ path: String) -> Bool {
        !loadedPaths.isEmpty && !loadedPaths.contains { $0.isEmpty || path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Whether code of this module may use `other`: not when each belongs to a different separate build, unless its
    /// build includes the other's.
    public func sharesBuild(with other: ModuleDeclaration) -> Bool {
        isInSameBuild(as: other) || other.build.map(includedBuilds.contains) == true
    }

    /// Whether its manifest may name `other` as a project of its own build (Gradle's `project(":x")`): not one of
    /// another separate build, included or not.
    public func isInSameBuild(as other: ModuleDeclaration) -> Bool {
        guard let build, let otherBuild = other.build else { return true }
        return build == otherBuild
    }

    private enum CodingKeys: String, CodingKey {
        case name, ecosystem, kind, roots, dependencies, manifest, line
        case importNames = "import_names"
    }
}

/// A manifest that could not be read fully: named by file and line, never fatal.
public struct ManifestWarning: Hashable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): \(message)" }
}

/// What a manifest reader sees: every tracked path, and a way to read a manifest's bytes.
public struct ManifestContext: Sendable {
    /// Every tracked path, sorted (repository-relative, `/`-separated).
    public var paths: [String]
    /// Reads a tracked file's bytes (manifests only; nil when unreadable).
    public var read: @Sendable (String) -> [UInt8]?

    public init(paths: [String], read: @escaping @Sendable (String) -> [UInt8]?) {
        self.paths = paths
        self.read = read
    }

    /// The folder part of a path (`""` for a file at the root).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Whether `path` is `folder` or lies below it (everything lies inside the root, `""`).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        folder.isEmpty || path == folder || path.hasPrefix(folder + "/")
    }

    /// Joins a folder and a relative path, normalising `./` and `..` (never above the root) and dropping empty
    /// segments: a folder written `src/` joins to `src`, the form module roots and ownership compare with
    /// (`add_subdirectory(src/)`, Cargo's `exclude = ["examples/"]`, SwiftPM's `path: "Sources/X/"`).
    public static func join(_ folder: String, _ relative: String) -> String {
        // Fast path for the common `./x/y` and `x/y`.
        if let plain = plainRelative(relative), !folder.hasSuffix("/") {
            return folder.isEmpty ? String(plain) : folder + "/" + plain
        }
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(String(part))
        }
        return parts.joined(separator: "/")
    }

    /// `relative` without its leading `./`, when it has no `.`/`..` segments, empty segments, leading or trailing `/`.
    private static func plainRelative(_ relative: String) -> Substring? {
        var rest = Substring(relative)
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        let plain = !rest.isEmpty && rest != "." && !rest.hasPrefix("/") && !rest.hasSuffix("/.") && !rest.hasSuffix("/")
        return plain && !rest.contains("..") && !rest.contains("/./") && !rest.contains("//") ? rest : nil
    }

    /// Whether any tracked path lies under `folder`.
    public func hasFiles(under folder: String) -> Bool {
        if folder.isEmpty { return !paths.isEmpty }
        let prefix = folder + "/"
        var low = 0
        var high = paths.count
        while low < high {
            let mid = (low + high) / 2
            if paths[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        return low < paths.count && paths[low].hasPrefix(prefix)
    }
}

/// Reads one kind of manifest. Implementations never execute anything; they parse text.
public protocol ManifestReader: Sendable {
    /// The file names this reader reads (`Package.swift`, `Cargo.toml`).
    var manifestNames: Set<String> { get }
    /// File name endings this reader reads whatever precedes them (`csproj` for `Polly.Core.csproj`); most have none.
    var manifestExtensions: Set<String> { get }
    /// File name beginnings this reader reads whatever follows (`Package@swift-` for SwiftPM's version-specific
    /// manifests, `Package@swift-5.9.swift`); most have none. `handles(path:)` has the last word on such a name.
    var manifestPrefixes: Set<String> { get }
    /// Whether this reader handles the manifest at `path` (by its file name).
    func handles(path: String) -> Bool
    /// The modules the manifest declares, and warnings for what could not be read.
    func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    )
}

extension ManifestReader {
    public var manifestExtensions: Set<String> { [] }
    public var manifestPrefixes: Set<String> { [] }

    /// Whether the path's file name is one of `manifestNames`, starts with one of `manifestPrefixes` or ends in one
    /// of `manifestExtensions`.
    public func handles(path: String) -> Bool {
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        if manifestNames.contains(name) || manifestPrefixes.contains(where: { name.hasPrefix($0) }) { return true }
        guard !manifestExtensions.isEmpty, let dot = name.lastIndex(of: ".") else { return false }
        return manifestExtensions.contains(String(name[name.index(after: dot)...]))
    }
}

/// A manifest that lists other manifests without declaring their modules: a .NET solution lists projects, each of
/// which declares itself. It declares no module (`read` gives only its warnings); discovery records each manifest it
/// lists as listed by it (`ModuleDiscovery`'s `listedBy`), as it records the members a workspace root declares.
public protocol ManifestListing: ManifestReader {
    /// The repository-relative paths of the manifests the manifest at `path` lists (tracked or not), in its order.
    func listed(manifest path: String, bytes: [UInt8], context: ManifestContext) -> [String]
}
