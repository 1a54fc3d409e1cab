/// The module tree of a Rust crate's files (a package's targets together): which file declares each module file, and
/// by which name.
///
/// A file's `mod x;` declarations (`SymbolFacts.moduleItems`) name their files as rustc finds them, `#[path]`
/// attributes and inline modules included (`RustModuleItem.candidates`): ripgrep's `crates/core/index/mod.rs` declares
/// `imp` twice, as `disabled.rs` and as `enabled.rs`. A file no declaration read names has its parent by Cargo's
/// default layout (`a/b.rs` and `a/b/mod.rs` are declared by `a.rs`, `a/mod.rs` or the crate root `a/lib.rs`,
/// `a/main.rs`), so files whose declarations were not read keep the tree they had. A crate root (`lib.rs`, `main.rs`,
/// a `build.rs` outside `src/`, a file of `src/bin/`, `tests/`, `benches/`, `examples/`, or a target Cargo.toml
/// names) has no parent unless a declaration names it.
///
/// Its files see each other's items without `pub` down the tree (`isWithin`), and resolve paths through it
/// (`target(of:from:)`): `super::Foo`, `crate::body::Body`, and what the file's `use` lines bind (`uses`).
public struct RustModuleTree: Hashable, Sendable {
    /// The module file a file is, by the file declaring it.
    public struct Parent: Hashable, Sendable {
        /// The module's name in the declaring file (`imp` of `#[path = "enabled.rs"] mod imp;`).
        public var name: String
        public var file: String
    }

    /// Each declared module file's parent.
    public private(set) var parents: [String: Parent] = [:]
    /// The crate roots among the files: by Cargo's default layout (`isDefaultRoot`) and the roots given.
    public private(set) var roots: Set<String> = []
    /// The files owning their folder: their submodules sit beside them (crate roots, `mod.rs`, files a `#[path]` named).
    private var owners: Set<String> = []
    private var childrenOf: [String: [String]] = [:]
    /// Per file, what its `use` lines bind: the local name to the path as written (`Foo` → `crate::body::Foo`, `Bar` of
    /// `use a::Foo as Bar` → `a::Foo`).
    public var uses: [String: [String: String]] = [:]

    /// The tree of `files` (a crate's paths; only `.rs` files count), from the `mod` items of those whose declarations
    /// were read, with `roots` the crate roots a manifest names beyond the default layout and, where it was read,
    /// `buildScripts` its build scripts: a `build.rs` outside them is no crate root (Cargo's `build = false`, or a
    /// script `build = "…"` names elsewhere).
    public init(
        files: [String], items: [String: [RustModuleItem]] = [:], roots: Set<String> = [],
        buildScripts: Set<String>? = nil
    ) {
        let rust = files.filter { $0.hasSuffix(".rs") }
        let all = Set(rust)
        self.roots = roots.intersection(all).union(rust.filter { Self.isDefaultRoot($0, buildScripts: buildScripts) })
        owners = self.roots.union(rust.filter { $0.hasSuffix("/mod.rs") || $0 == "mod.rs" })
        // Files a `#[path]` names own their folder, which moves where their own `mod` lines point: settle in a few rounds.
        for _ in 0..<4 {
            let (declared, named) = declaredParents(items, among: all)
            parents = declared
            if named.isSubset(of: owners) { break }
            owners.formUnion(named)
        }
        for file in rust where parents[file] == nil && !self.roots.contains(file) {
            if let parent = Self.defaultParent(of: file, among: all) { parents[file] = parent }
        }
        for (file, parent) in parents { childrenOf[parent.file, default: []].append(file) }
        for key in childrenOf.keys { childrenOf[key]?.sort() }
    }

    /// The parents the `mod` items name among `all`, and the files a `#[path]` names.
    private func declaredParents(
        _ items: [String: [RustModuleItem]], among all: Set<String>
    ) -> (parents: [String: Parent], named: Set<String>) {
        var parents: [String: Parent] = [:]
        var named = Set<String>()
        for file in items.keys.sorted() where all.contains(file) {
            for item in items[file] ?? [] {
                for path in files(of: item, declaredIn: file, among: all) where parents[path] == nil {
                    parents[path] = Parent(name: item.name, file: file)
                }
                if !item.paths.isEmpty { named.formUnion(files(of: item, declaredIn: file, among: all)) }
            }
        }
        return (parents, named)
    }

    /// The files among `all` that `item`, declared in `file`, names: the first of `x.rs` and `x/mod.rs` without a
    /// `#[path]`, each a `#[path]` names with one.
    private func files(of item: RustModuleItem, declaredIn file: String, among all: Set<String>) -> [String] {
        let folder = Self.folder(of: file)
        let stem = owners.contains(file) ? nil : Self.stem(of: file)
        let found = item.candidates(stem: stem).map { Self.normalized(folder.isEmpty ? $0 : folder + "/" + $0) }
            .filter { all.contains($0) && $0 != file }
        return item.paths.isEmpty ? Array(found.prefix(1)) : found
    }

    /// The file declaring `path`'s module, and the name it gives it; nil for a crate root or a file none declares.
    public func parent(of path: String) -> Parent? { parents[path] }

    /// `parent(of:)` as the name and the declaring file's path.
    public func declaration(of path: String) -> (name: String, parent: String)? {
        parents[path].map { ($0.name, $0.file) }
    }

    /// The module files `path` declares, sorted.
    public func children(of path: String) -> [String] { childrenOf[path] ?? [] }

    /// Whether `path` is a crate root no declaration names.
    public func isCrateRoot(_ path: String) -> Bool { roots.contains(path) && parents[path] == nil }

    /// Whether `path` is `file`'s module or one below it: it sees `file`'s items without `pub`.
    public func isWithin(_ path: String, moduleOf file: String) -> Bool {
        var current = path
        for _ in 0..<64 {
            if current == file { return true }
            guard let parent = parents[current] else { return false }
            current = parent.file
        }
        return false
    }

    /// The folder `path`'s submodules sit in by default (`SymbolGraph.submoduleFolder(of:)`, with the files owning their
    /// folder this tree knows), ending in `/` unless at the root.
    public func submoduleFolder(of path: String) -> String {
        let folder = Self.folder(of: path)
        let prefix = folder.isEmpty ? "" : folder + "/"
        return owners.contains(path) ? prefix : prefix + Self.stem(of: path) + "/"
    }

    // MARK: - Paths

    /// A crate root by Cargo's default layout: `lib.rs`, `main.rs`, a `build.rs` outside `src/` (one of
    /// `buildScripts` where they are known), and the files of `src/bin/` and of a package's `tests/`, `benches/` and
    /// `examples/` (`SymbolGraph.submoduleFolder(of:)`).
    static func isDefaultRoot(_ path: String, buildScripts: Set<String>? = nil) -> Bool {
        let parts = path.split(separator: "/")
        let name = parts.last ?? ""
        if name == "build.rs", let buildScripts {
            if buildScripts.contains(path) { return true }
        } else if name == "build.rs" {
            return !parts.dropLast().contains("src")
        }
        return name == "lib.rs" || name == "main.rs" || SymbolGraph.holdsTargets(folder(of: path) + "/")
    }

    /// The parent Cargo's default layout gives `path`: `a/x.rs` and `a/x/mod.rs` are module `x` of `a/lib.rs`,
    /// `a/main.rs`, `a.rs` or `a/mod.rs`, the first among `files`.
    static func defaultParent(of path: String, among files: Set<String>) -> Parent? {
        let isModFile = path.hasSuffix("/mod.rs")
        let module = isModFile ? folder(of: path) : String(path.dropLast(3))
        guard let name = module.split(separator: "/").last.map(String.init), !module.isEmpty else { return nil }
        let above = folder(of: module)
        let prefix = above.isEmpty ? "" : above + "/"
        let candidates = [prefix + "lib.rs", prefix + "main.rs", above + ".rs", prefix + "mod.rs"]
        return candidates.first { files.contains($0) && $0 != path }.map { Parent(name: name, file: $0) }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func stem(of path: String) -> String {
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        return name.hasSuffix(".rs") ? String(name.dropLast(3)) : name
    }

    /// `path` without `.` segments, each `..` taking the segment before it (never above the root).
    static func normalized(_ path: String) -> String {
        guard path.contains("./") || path.contains("//") else { return path }
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
