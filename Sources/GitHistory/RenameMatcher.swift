import LineDiff
import GitCore

/// Pairs deleted and added files of one commit into renames.
///
/// Exact renames (same blob id) are always paired, preferring the same file name. Similar renames
/// use git's default of 50%: the share of lines the two blobs have in common, relative to the
/// larger one. git measures shared bytes in 64-byte chunks, so borderline pairs can differ;
/// following a file's history only needs the clear cases.
struct RenameMatcher {
    /// One path's change before counting; `previousPath` is set once paired.
    struct Candidate {
        var path: String
        var previousPath: String?
        var old: TreeDelta.Side?
        var new: TreeDelta.Side?
    }

    let threshold: Int
    /// Similarity is looked for only when unpaired deleted × added files ≤ limit² (git's `diff.renameLimit`).
    let limit: Int

    init(threshold: Int, limit: Int = 1000) {
        self.threshold = threshold
        self.limit = limit
    }

    /// The candidates with renames merged into single entries, in the original order.
    mutating func pair(
        _ candidates: [Candidate], similarity: Bool, load: (TreeDelta.Side, String) -> LineRecords?
    ) -> [Candidate] {
        let deleted = candidates.indices.filter { candidates[$0].new == nil && RenameMatcher.isFile(candidates[$0].old) }
        let added = candidates.indices.filter { candidates[$0].old == nil && RenameMatcher.isFile(candidates[$0].new) }
        guard !deleted.isEmpty, !added.isEmpty else { return candidates }
        var sourceOf: [Int: Int] = [:]  // added index → deleted index
        var used = Set<Int>()

        // Exact: same blob id; prefer the same file name.
        var byBlob: [ObjectID: [Int]] = [:]
        for index in deleted {
            guard let old = candidates[index].old else { continue }
            byBlob[old.id, default: []].append(index)
        }
        for index in added {
            guard let new = candidates[index].new, let sources = byBlob[new.id] else { continue }
            let open = sources.filter { !used.contains($0) }
            let name = RenameMatcher.fileName(candidates[index].path)
            guard let source = open.first(where: { RenameMatcher.fileName(candidates[$0].path) == name }) ?? open.first
            else { continue }
            sourceOf[index] = source
            used.insert(source)
        }

        if similarity {
            let openAdded = added.filter { sourceOf[$0] == nil }
            let openDeleted = deleted.filter { !used.contains($0) }
            // git's diff.renameLimit: beyond limit² pairs, only exact renames.
            if openAdded.count * openDeleted.count <= limit * limit {
                for pair in similarPairs(candidates, added: openAdded, deleted: openDeleted, load: load)
                where sourceOf[pair.added] == nil && !used.contains(pair.deleted) {
                    sourceOf[pair.added] = pair.deleted
                    used.insert(pair.deleted)
                }
            }
        }

        guard !sourceOf.isEmpty else { return candidates }
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count - sourceOf.count)
        for index in candidates.indices where !used.contains(index) {
            var candidate = candidates[index]
            if let source = sourceOf[index] {
                candidate.previousPath = candidates[source].path
                candidate.old = candidates[source].old
            }
            result.append(candidate)
        }
        return result
    }

    /// Added × deleted pairs at least `threshold` % similar, best first (ties by position, so the outcome does
    /// not depend on hashing).
    private func similarPairs(
        _ candidates: [Candidate], added: [Int], deleted: [Int], load: (TreeDelta.Side, String) -> LineRecords?
    ) -> [(score: Int, added: Int, deleted: Int)] {
        var scored: [(score: Int, added: Int, deleted: Int)] = []
        var loaded: [Int: [UInt64]] = [:]
        func sortedLines(_ index: Int) -> [UInt64]? {
            if let cached = loaded[index] { return cached }
            let candidate = candidates[index]
            guard let side = candidate.new ?? candidate.old, let records = load(side, candidate.path), !records.isBinary
            else { return nil }
            let sorted = records.hashes.sorted()
            loaded[index] = sorted
            return sorted
        }
        for a in added {
            guard let newLines = sortedLines(a), !newLines.isEmpty else { continue }
            for d in deleted {
                guard let oldLines = sortedLines(d), !oldLines.isEmpty else { continue }
                let larger = max(newLines.count, oldLines.count)
                let smaller = min(newLines.count, oldLines.count)
                guard smaller * 100 >= larger * threshold else { continue }
                let score = RenameMatcher.common(oldLines, newLines) * 100 / larger
                if score >= threshold { scored.append((score, a, d)) }
            }
        }
        scored.sort { ($0.score, -$0.added, -$0.deleted) > ($1.score, -$1.added, -$1.deleted) }
        return scored
    }

    private static func isFile(_ side: TreeDelta.Side?) -> Bool {
        guard let side else { return false }
        return side.mode == 0o100644 || side.mode == 0o100755 || side.mode == 0o120000
    }

    private static func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    /// The size of the multiset intersection of two sorted arrays.
    private static func common(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
