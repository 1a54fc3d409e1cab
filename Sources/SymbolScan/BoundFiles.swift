/// The files of one module that leave it together or not at all: their declarations cannot be parted by a module
/// boundary (`Declaration.boundName`).
///
/// Files holding bound declarations of one name are joined: a Kotlin `expect` and its `actual`s, the parts of a C#
/// `partial` type. A Go method or Rust inherent `impl` joins its file to the files declaring the type it extends (in
/// the file declaring the type it binds nothing more); a type declared nowhere in the module binds nothing. The
/// joining is transitive: a file of several bound names brings all their files.
public struct BoundFiles: Sendable {
    /// Each set of two files or more bound to each other, as indices into the files given, ascending; in order of their
    /// first file.
    public let groups: [[Int]]
    private let groupOfFile: [Int: Int]
    /// The files' paths, when given, and the index of each.
    private let paths: [String]
    private let indexOfPath: [String: Int]

    /// The bound files among files with these declarations, declared names and paths (each by file, in one order; the
    /// names and paths may be left out).
    public init(declarations: [[Declaration]], declaredNames: [[String]] = [], paths: [String] = []) {
        self.paths = paths
        indexOfPath = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var sets = DisjointSets(count: declarations.count)
        var counterparts: [String: [Int]] = [:]
        var extensions: [(file: Int, type: String)] = []
        for (file, list) in declarations.enumerated() {
            for declaration in list {
                guard let bound = declaration.boundName else { continue }
                if declaration.hasCounterparts {
                    counterparts[bound, default: []].append(file)
                } else {
                    extensions.append((file, bound))
                }
            }
        }
        for files in counterparts.values { sets.join(files) }
        if !extensions.isEmpty {
            let declarers = Self.typeDeclarers(declarations, declaredNames)
            for (file, type) in extensions {
                let declaring = declarers[type] ?? []
                if !declaring.contains(file) { sets.join([file] + declaring) }
            }
        }
        var members: [Int: [Int]] = [:]
        for file in declarations.indices { members[sets.root(file), default: []].append(file) }
        groups = members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        groupOfFile = Dictionary(uniqueKeysWithValues: groups.enumerated().flatMap { group, files in
            files.map { ($0, group) }
        })
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

    /// The files declaring each name by a declaration that extends nothing, or among their declared names (the types
    /// of a Go `type ( … )` group after its first).
    private static func typeDeclarers(_ declarations: [[Declaration]], _ declaredNames: [[String]]) -> [String: [Int]] {
        var declarers: [String: Set<Int>] = [:]
        for (file, list) in declarations.enumerated() {
            for declaration in list where !Declaration.extendingKinds.contains(declaration.kind) {
                declarers[declaration.name, default: []].insert(file)
            }
        }
        for (file, names) in declaredNames.enumerated() {
            for name in names { declarers[name, default: []].insert(file) }
        }
        return declarers.mapValues { $0.sorted() }
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
