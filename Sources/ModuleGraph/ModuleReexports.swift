/// The modules a module passes on to its importers (Swift's `@_exported import`, Rust's `pub use`, JavaScript's
/// `export … from`), and the import sites that reach them through it.
///
/// A file importing B, where B re-exports C, uses C's names without importing C: when C changes, the file may have
/// to change, as if it imported C. So every site of the edge A → B is a site of A → C too, and of whatever C
/// re-exports in turn. Without this, moving a module's types into a new module and re-exporting it (the forwarding
/// step of a split, `ModuleNaming.forwarding`) would hide every dependent from the new module.
public struct ModuleReexports: Sendable {
    /// By module index, the modules it re-exports directly.
    public private(set) var direct: [Int: Set<Int>] = [:]

    public init() {}

    /// Records that `module` re-exports `target` (a self-import re-exports nothing).
    public mutating func add(_ module: Int, reexports target: Int) {
        if module != target { direct[module, default: []].insert(target) }
    }

    public var isEmpty: Bool { direct.isEmpty }

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
    /// `to` passes on, unless `file` imports it itself or it is `from`; `via` is `to`. Each added site once;
    /// none for a self-import.
    public func sites(
        adding sites: [(from: Int, to: Int, file: String)]
    ) -> [(from: Int, to: Int, file: String, via: Int)] {
        guard !isEmpty else { return [] }
        struct Key: Hashable {
            var from: Int
            var to: Int
            var file: String
        }
        var taken = Set(sites.map { Key(from: $0.from, to: $0.to, file: $0.file) })
        var memo: [Int: [Int]] = [:]
        var added: [(from: Int, to: Int, file: String, via: Int)] = []
        // A module's import of itself (a Rust `crate::` path) passes nothing on: what it re-exports it imports.
        for site in sites where site.from != site.to && direct[site.to] != nil {
            let reached = memo[site.to] ?? reached(through: site.to)
            memo[site.to] = reached
            for target in reached where target != site.from {
                if taken.insert(Key(from: site.from, to: target, file: site.file)).inserted {
                    added.append((site.from, target, site.file, site.to))
                }
            }
        }
        return added
    }
}
