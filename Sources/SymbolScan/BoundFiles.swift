/// The files of one module that leave it together or not at all: their declarations cannot be parted by a module
/// boundary (`Declaration.boundName`).
///
/// Files holding bound declarations of one name are joined: a Kotlin `expect` and its `actual`s, the parts of a C#
/// `partial` type, the files a Rust `mod` may be (`#[path]` under `cfg_attr`), an OCaml `.ml` and its `.mli`. A Go
/// method or Rust inherent `impl` joins its file to the files declaring the type it extends (in
/// the file declaring the type it binds nothing more); a type declared nowhere in the module binds nothing. With the
/// crate's `RustModuleTree`, a Rust `impl` binds to the file its path names (`impl super::Foo`, `impl crate::a::Foo`),
/// or the one its file's `use` lines name (`use crate::body::Foo;`), not to every file declaring a `Foo`. The
/// joining is transitive: a file of several bound names brings all their files.
///
/// A Rust `impl Trait for Type` lives in the crate of the trait or of the type (the orphan rule, `BoundFiles+Orphans`):
/// with only one of them the module's, the file is joined to that one's file; with both, it moves with or after one of
/// them (`anchors`).
public struct BoundFiles: Sendable {
    /// Each set of two files or more bound to each other, as indices into the files given, ascending; in order of their
    /// first file.
    public let groups: [[Int]]
    private let groupOfFile: [Int: Int]
    /// The files' paths, when given, and the index of each.
    let paths: [String]
    let indexOfPath: [String: Int]
    /// Per file holding a Rust trait `impl` whose trait and type are both the module's, the files declaring them: it
    /// may move only with or after one of them, and cannot stay once all have gone.
    public let anchors: [Int: [Int]]

    /// The bound files among files with these declarations, declared names and paths (each by file, in one order; the
    /// names and paths may be left out), in a Rust crate with module tree `rust`.
    public init(
        declarations: [[Declaration]], declaredNames: [[String]] = [], paths: [String] = [], rust: RustModuleTree? = nil
    ) {
        self.paths = paths
        indexOfPath = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var sets = DisjointSets(count: declarations.count)
        let sorted = Sorted(declarations)
        for files in sorted.counterparts.values { sets.join(files) }
        // The files one `mod` may be (`#[cfg_attr(…, path)]`, ripgrep's `imp` as disabled.rs or enabled.rs) build as one.
        if let rust { for files in Self.alternatives(paths, in: rust) { sets.join(files) } }
        for files in Self.interfacePairs(paths, indexOfPath) { sets.join(files) }
        let locator = ImplLocator(declarations, declaredNames, paths: paths, indexOfPath: indexOfPath, tree: rust)
        anchors = Self.bindImpls(sorted, locator: locator, into: &sets)
        var members: [Int: [Int]] = [:]
        for file in declarations.indices { members[sets.root(file), default: []].append(file) }
        groups = members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        groupOfFile = Dictionary(uniqueKeysWithValues: groups.enumerated().flatMap { group, files in
            files.map { ($0, group) }
        })
    }

    /// Joins each Go method's or Rust `impl`'s file to the files of the type it extends or, for a trait's, of the one
    /// of trait and type the module declares; returns the files anchored to both.
    private static func bindImpls(_ sorted: Sorted, locator: ImplLocator, into sets: inout DisjointSets) -> [Int: [Int]] {
        for (file, declaration) in sorted.extensions {
            let declaring = locator.typeFiles(of: declaration, in: file)
            if !declaring.contains(file) { sets.join([file] + declaring) }
        }
        var anchors: [Int: Set<Int>] = [:]
        for (file, declaration) in sorted.traitImpls {
            switch locator.orphanRule(of: declaration, in: file) {
            case .with(let files): sets.join([file] + files)
            case .afterOneOf(let files): anchors[file, default: []].formUnion(files)
            case nil: break
            }
        }
        return anchors.mapValues { $0.sorted() }
    }

    /// The binding declarations of a module's files, by what they bind.
    private struct Sorted {
        /// Files by the name their modifier binds them to the others of (`expect`/`actual`, `partial`).
        var counterparts: [String: [Int]] = [:]
        /// A Go method or Rust inherent `impl` with its file.
        var extensions: [(file: Int, declaration: Declaration)] = []
        /// A Rust `impl Trait for Type` with its file.
        var traitImpls: [(file: Int, declaration: Declaration)] = []

        init(_ declarations: [[Declaration]]) {
            for (file, list) in declarations.enumerated() {
                for declaration in list {
                    if let bound = declaration.boundName, declaration.hasCounterparts {
                        counterparts[bound, default: []].append(file)
                    } else if declaration.boundName != nil {
                        extensions.append((file, declaration))
                    } else if declaration.trait != nil {
                        traitImpls.append((file, declaration))
                    }
                }
            }
        }
    }

    /// Each interface file with its implementation (OCaml's `x.mli` and `x.ml`, ReasonML's `.rei`, F#'s `.fsi`), by
    /// index into `paths`: one compilation unit, which dune builds from one library's folder (base's split had sent
    /// src/char.mli to one new library and left src/char.ml behind: 78 of its 175 moves).
    static func interfacePairs(_ paths: [String], _ indexOfPath: [String: Int]) -> [[Int]] {
        paths.enumerated().compactMap { index, path in
            guard path.hasSuffix(".mli") || path.hasSuffix(".rei") || path.hasSuffix(".fsi"),
                let implementation = indexOfPath[String(path.dropLast())]
            else { return nil }
            return [implementation, index]
        }
    }

    /// The files declared as one module of one file, by index into `paths`, where there are several.
    private static func alternatives(_ paths: [String], in tree: RustModuleTree) -> [[Int]] {
        var byModule: [RustModuleTree.Parent: [Int]] = [:]
        for (index, path) in paths.enumerated() {
            if let parent = tree.parent(of: path) { byModule[parent, default: []].append(index) }
        }
        return byModule.values.filter { $0.count > 1 }
    }

    /// The files bound to file `index`, itself included; nil when it is bound to none.
    public func group(of index: Int) -> [Int]? { groupOfFile[index].map { groups[$0] } }

    /// The paths of the files bound to the file at `path`, itself included; nil when it is bound to none.
    public func group(of path: String) -> [String]? { indexOfPath[path].flatMap(group(of:))?.map { paths[$0] } }

    /// `files` without the members of every group that cannot move: one of whose files is not among them, or whose
    /// files together are over `limit` lines (`lines` by file), more than one stage can move.
    public func movable(_ files: Set<Int>, lines: [Int], limit: Int) -> Set<Int> {
        var result = files
        for group in groups where !group.allSatisfy(files.contains) || group.reduce(0, { $0 + lines[$1] }) > limit {
            result.subtract(group)
        }
        return result
    }

    /// `files` with every group they touch whole: grown by its missing files when `allowed` holds them all, else
    /// without its files.
    public func whole(_ files: Set<Int>, allowing allowed: Set<Int>) -> Set<Int> {
        var result = files
        for group in groups where group.contains(where: files.contains) && !group.allSatisfy(files.contains) {
            if group.allSatisfy({ files.contains($0) || allowed.contains($0) }) {
                result.formUnion(group)
            } else {
                result.subtract(group)
            }
        }
        return result
    }

    /// `paths` with every group they touch whole (`whole(_:allowing:)`, by the paths given: others are left out).
    public func whole(paths: Set<String>, allowing allowed: Set<String>) -> Set<String> {
        let indices = { (paths: Set<String>) in Set(paths.compactMap { indexOfPath[$0] }) }
        return Set(whole(indices(paths), allowing: indices(allowed)).map { self.paths[$0] })
    }

    /// The forms of `files` that hold every group they touch whole: grown by the rest of it (of `allowed`), and without
    /// it; one form when they hold every group whole already.
    public func forms(of files: [Int], allowing allowed: Set<Int>) -> [[Int]] {
        let files = Set(files)
        return Set([whole(files, allowing: allowed), whole(files, allowing: [])]).map { $0.sorted() }
    }

    /// `items` in their order, those of one key gathered into one piece at the place of the first of them: the pieces
    /// that move as one. `key` gives an item's group (the first file of its `group(of:)`, a declaration's name among
    /// its namesakes), nil for an item alone.
    public static func together<Item, Key: Hashable>(_ items: [Item], key: (Item) -> Key?) -> [[Item]] {
        var pieces: [[Item]] = []
        var pieceOfKey: [Key: Int] = [:]
        for item in items {
            guard let key = key(item) else {
                pieces.append([item])
                continue
            }
            if let piece = pieceOfKey[key] {
                pieces[piece].append(item)
            } else {
                pieceOfKey[key] = pieces.count
                pieces.append([item])
            }
        }
        return pieces
    }
}

/// Union-find over `0..<count`.
private struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    mutating func join(_ elements: [Int]) {
        guard let first = elements.first else { return }
        for element in elements.dropFirst() { parent[root(element)] = root(first) }
    }
}
