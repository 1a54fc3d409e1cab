/// One file's dependency on another of the same module: it uses names the other declares.
public struct FileDependency: Hashable, Sendable {
    /// The using file.
    public var from: String
    /// The declaring file.
    public var to: String
    /// How many distinct names `from` uses from `to` (the edge's weight).
    public var weight: Int
    /// Up to `SymbolGraph.namesKept` of those names, sorted: the evidence.
    public var names: [String]

    /// Creates a dependency.
    public init(from: String, to: String, weight: Int, names: [String]) {
        self.from = from
        self.to = to
        self.weight = weight
        self.names = names
    }
}

/// Links files by declarations and uses: a file depends on every file that declares a name it uses.
///
/// A name declared by more than `maximumDeclarers` files (`main`, `init`, a method name every type
/// has) says nothing about structure and is ignored (a Go file's platform variants count as one file:
/// `PlatformVariants`; a PHP name counts in each namespace apart), as are names the using file declares itself
/// and names shorter than three characters but for two starting with a capital (`DB`).
///
/// A name only its module's files can use (`SymbolFacts.moduleNames`, Rust's items without `pub`) links only the
/// files under the declaring file's `submoduleFolder(of:)`, or below it in the crate's `RustModuleTree` when one is
/// given (a module file a `#[path]` names elsewhere): pydantic-core's private `type Result<T>` in
/// src/serializers/ser.rs is no other serializer's dependency.
///
/// A file that extends a type another file declares (Swift `extension T`, Rust `impl T`) is part of that
/// type: its edge weighs `extensionWeight` more, so a split keeps the two together (tokens show the type's
/// name, not the members the extension shares with it).
public struct SymbolGraph: Sendable {
    /// Names listed per edge.
    public static let namesKept = 12
    /// What extending a type declared in another file adds to the edge: as much as this many shared names.
    public static let extensionWeight = 50
    /// Names declared by more files than this are ignored.
    public var maximumDeclarers = 4

    /// Creates the graph builder with the default limit.
    public init() {}

    /// Dependencies between `files`, sorted by (from, to); files with no facts are skipped. `tree` is their crate's
    /// module tree, for Rust; `visible` whether the file at its first path can mean the second's declaration of the
    /// name (PHP's namespaces).
    public func dependencies(
        _ files: [(path: String, facts: SymbolFacts)], tree: RustModuleTree? = nil,
        visible: (_ user: String, _ declarer: String, _ name: String) -> Bool = { _, _, _ in true }
    ) -> [FileDependency] {
        let declarers = declarers(of: files, tree: tree)
        let indices = tree == nil ? [:] : Dictionary(files.enumerated().map { ($1.path, $0) }) { first, _ in first }
        var result: [FileDependency] = []
        for (index, file) in files.enumerated() {
            var used = Self.used(by: index, file: file, declarers: declarers, tree: tree, visible: visible)
            if let tree { Self.addModulePaths(of: file, tree: tree, indices: indices, to: &used) }
            let extended = Set(file.facts.declarations.filter { $0.kind == "extension" || $0.kind == "impl" }.map(\.name))
            for (declarer, names) in used {
                let extensions = names.filter(extended.contains).count
                result.append(FileDependency(
                    from: file.path, to: files[declarer].path, weight: names.count + extensions * Self.extensionWeight,
                    names: Array(names.sorted().prefix(Self.namesKept))))
            }
        }
        return result.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// The names the file at `index` uses, by the file declaring them: not its own (its declarations shadow other
    /// files', a private `Result` alias too), only where it sees the declaration and names an extension's type.
    private static func used(
        by index: Int, file: (path: String, facts: SymbolFacts), declarers: [String: [Declarer]], tree: RustModuleTree?,
        visible: (_ user: String, _ declarer: String, _ name: String) -> Bool
    ) -> [Int: [String]] {
        let own = ownNames(file.facts)
        let words = Set(file.facts.uses)
        let members = Set(file.facts.memberUses)
        var used: [Int: [String]] = [:]
        for name in file.facts.uses where !own.contains(name) {
            for declarer in declarers[name] ?? []
            where declarer.file != index && declarer.sees(file.path, tree: tree)
                && visible(file.path, declarer.path, name) && declarer.owner.map(words.contains) != false
                && (!declarer.isField || members.contains(name))
            {
                used[declarer.file, default: []].append(name)
            }
        }
        return used
    }

    /// A Rust file's paths through the modules it declares (`message::Field` in field/mod.rs): uses of their files
    /// (prost-derive's field/message.rs, which a split had moved as an upper layer nothing else used).
    private static func addModulePaths(
        of file: (path: String, facts: SymbolFacts), tree: RustModuleTree, indices: [String: Int],
        to used: inout [Int: [String]]
    ) {
        guard !file.facts.pathRoots.isEmpty else { return }
        let roots = Set(file.facts.pathRoots)
        for child in tree.children(of: file.path) {
            guard let name = tree.parent(of: child)?.name, roots.contains(name), let index = indices[child],
                used[index]?.contains(name) != true
            else { continue }
            used[index, default: []].append(name)
        }
    }

    /// One file declaring a name, and the folder its module's names are kept to (nil for a name every file sees).
    private struct Declarer {
        let file: Int
        let path: String
        let folder: String?
        /// The type whose extension declares the name (`SymbolFacts.memberTypes`): a file must name it too.
        var owner: String?
        /// Whether the name is a Lua table's field (`SymbolFacts.fieldNames`): a file must write it after a dot.
        var isField = false

        /// Whether the file at `path` can use the name: it is in the folder, or below the declaring file in `tree`.
        func sees(_ user: String, tree: RustModuleTree?) -> Bool {
            guard let folder else { return true }
            return user.hasPrefix(folder) || tree?.isWithin(user, moduleOf: path) == true
        }
    }

    /// The files declaring each name of at least three characters, but for names more than `maximumDeclarers` files
    /// declare (their module names count).
    private func declarers(
        of files: [(path: String, facts: SymbolFacts)], tree: RustModuleTree?
    ) -> [String: [Declarer]] {
        var declarers: [String: [Declarer]] = [:]
        for (index, file) in files.enumerated() {
            let folder = tree?.submoduleFolder(of: file.path) ?? Self.submoduleFolder(of: file.path)
            let fields = Set(file.facts.fieldNames)
            for name in file.facts.declaredNames where Self.isLinkable(name) {
                declarers[name, default: []].append(Declarer(
                    file: index, path: file.path, folder: nil, owner: file.facts.memberTypes[name],
                    isField: fields.contains(name)))
            }
            for name in file.facts.moduleNames where Self.isLinkable(name) {
                declarers[name, default: []].append(Declarer(file: index, path: file.path, folder: folder))
            }
        }
        return declarers.compactMapValues { named in
            let kept = specific(named, namespaces: files.map(\.facts.namespace))
            return kept.isEmpty ? nil : kept
        }
    }

    /// The declarers of one name but those of a namespace where more than `maximumDeclarers` files declare it: PHP's
    /// namespaces tell its declarers apart (`SymbolFacts.namespace`; a file sees one through its `use` lines), so
    /// doctrine/dbal's `Doctrine\DBAL\Connection` links the 20 files importing it, though nine drivers declare a
    /// `Connection` of their own. Without namespaces, one group of all.
    private func specific(_ named: [Declarer], namespaces: [String?]) -> [Declarer] {
        let groups = Dictionary(grouping: named) { namespaces[$0.file] }
        let kept = groups.values.filter { Set($0.map { PlatformVariants.base(of: $0.path) }).count <= maximumDeclarers }
        return kept.count == groups.count ? named : kept.flatMap { $0 }.sorted { $0.file < $1.file }
    }

    /// Whether a declared name is specific enough to link files: three characters or more, or two starting with a
    /// capital (bbolt's `DB` and `Tx`, which every file of the package names; not a variable's `db`, `ok`).
    static func isLinkable(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count == 2 else { return utf8.count >= 3 }
        return utf8.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? false
    }

    /// The folder of a Rust file's submodules, whose files see its items without `pub`: its own folder for a
    /// `mod.rs` or a crate root (`lib.rs`, `main.rs`, a file Cargo finds as a target: `src/bin/x.rs`, `tests/x.rs`),
    /// else the folder named after it (`src/a/b.rs` → `src/a/b/`). ripgrep's `tests/tests.rs` declares `mod util;`
    /// for the tests beside it.
    public static func submoduleFolder(of path: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
        let stem = name.utf8.lastIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? String(name)
        return ["mod", "lib", "main"].contains(stem) || holdsTargets(folder) ? folder : folder + stem + "/"
    }

    /// Whether the files of `folder` are crate roots by Cargo's target discovery: `src/bin/`, and a package's
    /// `tests/`, `benches/` and `examples/` (not a module of that name under `src/`: axum's `src/routing/tests/`).
    static func holdsTargets(_ folder: String) -> Bool {
        let parts = folder.split(separator: "/")
        guard let last = parts.last else { return false }
        if last == "bin" { return parts.dropLast().last == "src" }
        return ["tests", "benches", "examples"].contains(last) && !parts.contains("src")
    }

    /// The names a file declares, those only it can use (Swift's `private`, what a module file does not export)
    /// included, extensions of other files' types not.
    static func ownNames(_ facts: SymbolFacts) -> Set<String> {
        let declared = facts.declarations.filter { !Declaration.extendingKinds.contains($0.kind) }.map(\.name)
        return Set(facts.declaredNames + facts.moduleNames).union(declared)
    }

    /// The names `facts` uses that `declared` provides (for cross-module callers and cycle cuts, from other modules'
    /// `declaredNames`: no module names, which no other crate sees), sorted.
    public func names(usedBy facts: SymbolFacts, from declared: Set<String>) -> [String] {
        let own = Self.ownNames(facts)
        return facts.uses.filter { declared.contains($0) && Self.isLinkable($0) && !own.contains($0) }
    }
}
