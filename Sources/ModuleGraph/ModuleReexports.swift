/// The modules a module passes on to its importers (Swift's `@_exported import`, Rust's `pub use`, JavaScript's
/// `export … from`), and the import sites that reach them through it.
///
/// A file importing B, where B re-exports C, uses C's names without importing C: when C changes, the file may have
/// to change, as if it imported C. So every site of the edge A → B is a site of A → C too, and of whatever C
/// re-exports in turn. Without this, moving a module's types into a new module and re-exporting it (the forwarding
/// step of a split, `ModuleNaming.forwarding`) would hide every dependent from the new module.
///
/// JavaScript and TypeScript re-export file by file: an import of a package's `types.ts` gets what `types.ts`
/// passes on, not what its `index.ts` does. Where an import site names the file it imports (`sites(adding:targets:)`)
/// and that file's re-exports are recorded (`add(file:reexports:)`, `add(file:forwards:)`), it reaches only those;
/// where it does not (a package imported by its bare name, whose entry point is its build's choice), all its module
/// passes on.
public struct ModuleReexports: Sendable {
    /// By module index, the modules it re-exports directly.
    public private(set) var direct: [Int: Set<Int>] = [:]
    /// By file, the modules other than its own that its re-exports name.
    public private(set) var byFile: [String: Set<Int>] = [:]
    /// By file, the files of its own module it re-exports (`export * from "./types"`).
    public private(set) var forwards: [String: Set<String>] = [:]

    public init() {}

    /// Records that `module` re-exports `target` (a self-import re-exports nothing).
    public mutating func add(_ module: Int, reexports target: Int) {
        if module != target { direct[module, default: []].insert(target) }
    }

    /// Records that `file` re-exports module `target`, another than its own.
    public mutating func add(file: String, reexports target: Int) { byFile[file, default: []].insert(target) }

    /// Records that `file` re-exports `other`, a file of its own module.
    public mutating func add(file: String, forwards other: String) {
        if file != other { forwards[file, default: []].insert(other) }
    }

    public var isEmpty: Bool { direct.isEmpty }

    /// Everything an import of `file` reaches: the modules it and the files it forwards to re-export, and what those
    /// pass on; `own` (the file's module) left out. Sorted.
    public func reached(throughFile file: String, of own: Int) -> [Int] {
        var files: Set<String> = [file]
        var pending = [file]
        var modules: Set<Int> = []
        while let next = pending.popLast() {
            modules.formUnion(byFile[next, default: []])
            for other in forwards[next, default: []] where files.insert(other).inserted { pending.append(other) }
        }
        for module in modules { modules.formUnion(reached(through: module)) }
        modules.remove(own)
        return modules.sorted()
    }

    /// Everything importing `module` reaches: what it re-exports, and what those re-export in turn; `module`
    /// itself left out. Sorted.
    public func reached(through module: Int) -> [Int] {
        guard direct[module] != nil else { return [] }
        var seen: Set<Int> = [module]
        var pending = [module]
        while let next = pending.popLast() {
            for target in direct[next, default: []] where seen.insert(target).inserted { pending.append(target) }
        }
        seen.remove(module)
        return seen.sorted()
    }

    /// The sites re-exports add to `sites`: for each `(from, to, file)`, one `(from, reached, file)` per module
    /// `to` passes on (the file `targets` names for the site, when it names one, passes on), unless `file` imports
    /// it itself or it is `from`; `via` is `to`. Each added site once; none for a self-import.
    public func sites(
        adding sites: [(from: Int, to: Int, file: String)], targets: [String?] = []
    ) -> [(from: Int, to: Int, file: String, via: Int)] {
        guard !isEmpty else { return [] }
        struct Key: Hashable {
            var from: Int
            var to: Int
            var file: String
        }
        var taken = Set(sites.map { Key(from: $0.from, to: $0.to, file: $0.file) })
        var memo: [Int: [Int]] = [:]
        var fileMemo: [String: [Int]] = [:]
        var added: [(from: Int, to: Int, file: String, via: Int)] = []
        // A module's import of itself (a Rust `crate::` path) passes nothing on: what it re-exports it imports.
        for (index, site) in sites.enumerated() where site.from != site.to && direct[site.to] != nil {
            let reached: [Int]
            if index < targets.count, let file = targets[index] {
                reached = fileMemo[file] ?? self.reached(throughFile: file, of: site.to)
                fileMemo[file] = reached
            } else {
                reached = memo[site.to] ?? self.reached(through: site.to)
                memo[site.to] = reached
            }
            for target in reached where target != site.from {
                if taken.insert(Key(from: site.from, to: target, file: site.file)).inserted {
                    added.append((site.from, target, site.file, site.to))
                }
            }
        }
        return added
    }
}
