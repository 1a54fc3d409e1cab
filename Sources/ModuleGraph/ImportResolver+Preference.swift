/// Which module wins when an import matches what several modules own: the same header tracked twice (nlohmann/json's
/// `include/nlohmann/json.hpp` and the amalgamation `single_include/nlohmann/json.hpp`), a class file or a Ruby
/// library in two packages. Candidates of another build than the importer's are out first (`isReachable`).
extension ImportResolver {
    /// Among the modules owning what an import names (of the importer's build), the importer's own, else one it
    /// declares a dependency on, else the first: deterministic. For imports that name a module, a folder or a
    /// namespace rather than one file (`preferred(files:from:own:)` is the rule for files).
    func preferred(_ owners: Set<Int>, own: Int?) -> Int? {
        guard let own else { return owners.min() }
        let owners = owners.filter { isReachable($0, from: own) }
        if owners.contains(own) { return own }
        // penpot's library declares frontend, whose `app.util.object` the exporter defines too.
        let declared = Set(modules[own].dependencies)
        return owners.sorted().first { declared.contains(modules[$0].name) } ?? owners.min()
    }

    /// The module owning the best of the tracked `files` an import in `file` (of module `own`) matches, nil when
    /// none is owned. In order: a module with a copy accrue scans (not left out as generated, an amalgamation,
    /// vendored…: what the scan measures is what the edge points to); the importer's own module; one its manifest
    /// declares a dependency on; the one whose copy shares the most leading folders with `file` (the nearest);
    /// the lowest index (the first declared). One owner, the common case, costs no ranking.
    func preferred(files: [String], from file: String, own: Int?) -> Int? {
        let owners = files.map { ownership.owner(of: $0, for: own) }
        guard let first = owners.lazy.compactMap({ $0 }).first else { return nil }
        if owners.allSatisfy({ $0 == nil || $0 == first }) { return first }
        var best: (owner: Int, rank: Rank)?
        for (path, owner) in zip(files, owners) {
            guard let owner, isReachable(owner, from: own) else { continue }
            let rank = Rank(
                isScanned: !unscanned.contains(path), isOwn: owner == own,
                isDeclared: own.map { modules[$0].dependencies.contains(modules[owner].name) } ?? false,
                sharedFolders: Self.sharedFolders(path, file), index: owner)
            if best.map({ rank > $0.rank }) ?? true { best = (owner, rank) }
        }
        return best?.owner
    }

    /// How a candidate file ranks for an importer: greater is better.
    struct Rank: Comparable {
        var isScanned: Bool
        var isOwn: Bool
        var isDeclared: Bool
        var sharedFolders: Int
        /// The owner's index: lower is better.
        var index: Int

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            (lhs.isScanned ? 1 : 0, lhs.isOwn ? 1 : 0, lhs.isDeclared ? 1 : 0, lhs.sharedFolders, -lhs.index)
                < (rhs.isScanned ? 1 : 0, rhs.isOwn ? 1 : 0, rhs.isDeclared ? 1 : 0, rhs.sharedFolders, -rhs.index)
        }
    }

    /// The number of leading folders `a` and `b` have in common (`src/x/a.h`, `src/y/b.c`: 1), on UTF-8 bytes.
    package static func sharedFolders(_ a: String, _ b: String) -> Int {
        var count = 0
        for (x, y) in zip(a.utf8, b.utf8) {
            guard x == y else { break }
            if x == UInt8(ascii: "/") { count += 1 }
        }
        return count
    }
}
