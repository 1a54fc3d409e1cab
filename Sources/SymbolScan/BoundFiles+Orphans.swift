import DeclarationScan
/// Rust's orphan rule over a module's files: an `impl Trait<A> for Type` must live in the crate of `Trait`, of `Type`
/// or of a type among the trait's arguments `A` (clap's `impl From<Id> for Str` is Id's crate's to write), where no
/// uncovered type parameter comes first and `Box`, `Pin` and references are seen through (`Declaration.orphanTypes`).
///
/// A split moves files from the module to a new crate. A file implementing the module's trait for a type of another
/// crate (`impl FromRequestParts<S> for Method`) or another crate's trait for the module's type (`impl fmt::Display
/// for Body`) is joined to the file declaring the module's one: either alone in the new crate would implement a foreign
/// trait for a foreign type. A file implementing the module's trait for the module's type (axum-core's `impl
/// FromRequest<S> for Body` in extract/request_parts.rs, with `FromRequest` in extract/mod.rs and `Body` in body.rs)
/// may move once one of them does, with it or after it, and must go once both have (`anchors`, `anchored`).
extension BoundFiles {
    /// `files` where every file with `anchors` moves with one of them: one none of whose anchors move stays (with its
    /// group), one all of whose anchors move joins (with its group) when `allowed` holds it, else they stay.
    public func anchored(_ files: Set<Int>, allowing allowed: Set<Int>) -> Set<Int> {
        var result = files
        for _ in 0..<8 {
            let before = result
            for (file, anchors) in self.anchors.sorted(by: { $0.key < $1.key }) {
                let members = Set(group(of: file) ?? [file])
                let moving = anchors.filter(result.contains)
                if result.contains(file), moving.isEmpty {
                    result.subtract(members)
                } else if !result.contains(file), !anchors.isEmpty, moving.count == anchors.count {
                    if members.isSubset(of: allowed) { result.formUnion(members) } else { result.subtract(anchors) }
                }
            }
            result = whole(result, allowing: [])
            if result == before { break }
        }
        return result
    }

    /// `anchored(_:allowing:)` by paths (those not given are left out).
    public func anchored(paths: Set<String>, allowing allowed: Set<String>) -> Set<String> {
        let indices = { (paths: Set<String>) in Set(paths.compactMap { indexOfPath[$0] }) }
        let known = Set(anchored(indices(paths), allowing: indices(allowed)).map { self.paths[$0] })
        return known.union(paths.filter { indexOfPath[$0] == nil })
    }

    /// The paths of the files the file at `path` moves with or after (`anchors`); empty for none.
    public func anchors(of path: String) -> [String] {
        indexOfPath[path].flatMap { anchors[$0] }?.map { paths[$0] } ?? []
    }

    /// `pieces` (each moving as one, in order) with every piece holding a file with anchors among them after the first
    /// piece holding one (`anchors(of:)`); the others keep their order.
    public func afterAnchors<Item>(_ pieces: [[Item]], path: (Item) -> String) -> [[Item]] {
        let present = Set(pieces.flatMap { $0.map(path) })
        var placed: [[Item]] = []
        var placedPaths = Set<String>()
        var waiting: [[Item]] = []
        func isReady(_ piece: [Item]) -> Bool {
            let own = Set(piece.map(path))
            return own.allSatisfy { file in
                let anchors = self.anchors(of: file).filter(present.contains)
                return anchors.isEmpty || anchors.contains { placedPaths.contains($0) || own.contains($0) }
            }
        }
        for piece in pieces {
            guard isReady(piece) else {
                waiting.append(piece)
                continue
            }
            placed.append(piece)
            placedPaths.formUnion(piece.map(path))
            while let next = waiting.firstIndex(where: isReady) {
                let piece = waiting.remove(at: next)
                placed.append(piece)
                placedPaths.formUnion(piece.map(path))
            }
        }
        return placed + waiting
    }
}

/// Finds the files of a module a Rust `impl` names its trait and type in.
struct ImplLocator {
    /// The files declaring each name by a declaration that extends nothing, or among their declared names (the types
    /// of a Go `type ( … )` group after its first): what a Go method or Rust inherent `impl` may extend.
    private var declarers: [String: [Int]] = [:]
    /// The files declaring each Rust trait, and each Rust type (`struct`, `enum`, `union`, `type`) or trait: a trait
    /// names a type too, its trait object (`dyn Error` in `impl Display for dyn Error`, `Box<dyn Error>`).
    private var traits: [String: [Int]] = [:]
    private var types: [String: [Int]] = [:]
    private let paths: [String]
    private let indexOfPath: [String: Int]
    private let tree: RustModuleTree?

    private static let typeKinds: Set<String> = ["struct", "enum", "union", "type", "trait"]

    /// What an `impl Trait for Type` of the module binds: the files of the one it holds with it, or those it moves
    /// with or after; nil when its file declares any, none is the module's, or the tree cannot tell.
    enum OrphanRule {
        case with([Int])
        case afterOneOf([Int])
    }

    init(
        _ declarations: [[Declaration]], _ declaredNames: [[String]], paths: [String], indexOfPath: [String: Int],
        tree: RustModuleTree?
    ) {
        (self.paths, self.indexOfPath, self.tree) = (paths, indexOfPath, tree)
        var declarers: [String: Set<Int>] = [:]
        for (file, list) in declarations.enumerated() {
            for declaration in list where !Declaration.extendingKinds.contains(declaration.kind) {
                declarers[declaration.name, default: []].insert(file)
                if declaration.kind == "trait" { traits[declaration.name, default: []].append(file) }
                if Self.typeKinds.contains(declaration.kind) { types[declaration.name, default: []].append(file) }
            }
        }
        for (file, names) in declaredNames.enumerated() {
            for name in names { declarers[name, default: []].insert(file) }
        }
        self.declarers = declarers.mapValues { $0.sorted() }
        traits = traits.mapValues { Array(Set($0)).sorted() }
        types = types.mapValues { Array(Set($0)).sorted() }
    }

    /// The files declaring the type an extension in `file` extends: where the tree cannot tell which, every declarer.
    func typeFiles(of declaration: Declaration, in file: Int) -> [Int] {
        let written = declaration.implementedType ?? declaration.name
        return located(written, among: declarers, from: file) ?? declarers[RustImplHeader.name(of: written)] ?? []
    }

    /// The orphan rule of an `impl Trait<A…> for Type` in `file`: the module's among trait, type and the trait's type
    /// arguments (Rust counts those too: `impl From<Id> for Str` is Id's crate's to write), as `orphanTypes` lists
    /// them, each give the files declaring it; with one, the file goes with it, with more, with or after one of them.
    func orphanRule(of declaration: Declaration, in file: Int) -> OrphanRule? {
        guard let trait = declaration.trait else { return nil }
        let typePaths = declaration.orphanTypes ?? []
        var sides: [[Int]] = []
        for (written, declarers) in [(trait, traits)] + typePaths.map({ ($0, types) }) {
            guard let files = located(written, among: declarers, from: file), !files.contains(file) else { return nil }
            if !files.isEmpty { sides.append(files) }
        }
        switch sides.count {
        case 0: return nil
        case 1: return .with(sides[0])
        default: return .afterOneOf(Array(Set(sides.joined())).sorted())
        }
    }

    /// The files among `declarers` of the path's name that `written`, in `file`, names: none when no file of the module
    /// declares the name or the path is another crate's; with the crate's tree, the file its path or `use` lines lead
    /// to (or those below that module, where it re-exports the name); without a tree, or for the file's own name, every
    /// declarer. Nil when the tree cannot tell: a bare name other files declare and no `use` line binds (a glob import,
    /// or an item a macro declares in the file itself: pin-project's `ResponseFuture` beside six others in axum).
    private func located(_ written: String, among declarers: [String: [Int]], from file: Int) -> [Int]? {
        let name = RustImplHeader.name(of: written)
        let all = declarers[name] ?? []
        guard !all.isEmpty, let tree, file < paths.count, !all.contains(file) || written != name else { return all }
        switch tree.target(of: written, from: paths[file]) {
        case .external:
            return []
        case .unknown:
            return nil
        case .local(let module, _):
            if let index = indexOfPath[module], all.contains(index) { return [index] }
            let below = all.filter { tree.isWithin(paths[$0], moduleOf: module) }
            return below.isEmpty ? all : below
        }
    }
}
