/// Groups a module's files into cohesive clusters no larger than a size cap.
///
/// The graph is undirected: the weight between two files is the names each uses from the other plus
/// `coChangeWeight` per change set that touched both. Clusters are grown by greedy modularity
/// (Clauset, Newman & Moore 2004): repeatedly merge the two adjacent clusters whose merge raises
/// modularity most, while the merged cluster stays within `cap` code lines. Files joined by no edge
/// stay alone. Deterministic: ties go to the lower cluster indices. Cost: O(files × edges).
package struct FileClustering {
    /// A group of files and how tied it is to the rest of the module.
    package struct Cluster: Hashable {
        /// Indices into the module's files, ascending.
        package var files: [Int]
        package var codeLines: Int
        /// Weight of the edges inside the cluster and of those leaving it.
        package var internalWeight: Double
        package var cutWeight: Double

        /// Share of the cluster's ties that lead out of it: 0 for a cluster nothing else touches.
        package var tiesRatio: Double {
            let total = internalWeight + cutWeight
            return total > 0 ? cutWeight / total : 0
        }
    }

    package let lines: [Int]
    /// Symmetric adjacency: file → neighbour → weight.
    package let adjacency: [[Int: Double]]

    package init(lines: [Int], adjacency: [[Int: Double]]) {
        self.lines = lines
        self.adjacency = adjacency
    }

    /// Connected parts within `cap` whole (a seam no edge crosses is the seam a person would cut);
    /// larger parts are divided by modularity.
    package func clusters(cap: Int) -> [Cluster] {
        var result: [Cluster] = []
        var large: [Int] = []
        for component in components() {
            if component.count > 1 && component.reduce(0, { $0 + lines[$1] }) <= cap {
                result.append(describe(component))
            } else {
                large += component
            }
        }
        return result + communities(among: Set(large), cap: cap)
    }

    /// Connected components, each sorted, ordered by their first file.
    package func components() -> [[Int]] {
        var seen = Array(repeating: false, count: lines.count)
        var result: [[Int]] = []
        for start in lines.indices where !seen[start] {
            var component: [Int] = []
            var stack = [start]
            seen[start] = true
            while let file = stack.popLast() {
                component.append(file)
                for neighbour in adjacency[file].keys where !seen[neighbour] {
                    seen[neighbour] = true
                    stack.append(neighbour)
                }
            }
            result.append(component.sorted())
        }
        return result
    }

    /// Greedy modularity over the files of `subset`, merges capped at `cap` code lines.
    private func communities(among subset: Set<Int>, cap: Int) -> [Cluster] {
        let total = adjacency.reduce(0.0) { $0 + $1.values.reduce(0, +) }  // 2m
        guard total > 0 else { return subset.sorted().map { describe([$0]) } }
        var members: [[Int]?] = lines.indices.map { subset.contains($0) ? [$0] : nil }
        var size = lines
        var degree = adjacency.map { $0.values.reduce(0, +) / total }  // a_i
        var links = adjacency.enumerated().map { index, row in
            subset.contains(index) ? row.filter { subset.contains($0.key) }.mapValues { $0 / total } : [:]
        }  // e_ij
        while true {
            var best: (gain: Double, first: Int, second: Int)?
            for first in links.indices where members[first] != nil {
                for (second, weight) in links[first] where second > first && size[first] + size[second] <= cap {
                    let gain = 2 * (weight - degree[first] * degree[second])
                    guard gain > 1e-12 else { continue }
                    if let current = best, (current.gain, -current.first, -current.second) >= (gain, -first, -second) {
                        continue
                    }
                    best = (gain, first, second)
                }
            }
            guard let merge = best else { break }
            let (keep, gone) = (merge.first, merge.second)
            let moving = members[gone] ?? []
            members[keep]?.append(contentsOf: moving)
            members[gone] = nil
            size[keep] += size[gone]
            degree[keep] += degree[gone]
            for (neighbour, weight) in links[gone] where neighbour != keep {
                links[keep][neighbour, default: 0] += weight
                links[neighbour][keep, default: 0] += weight
                links[neighbour][gone] = nil
            }
            links[keep][gone] = nil
            links[gone] = [:]
        }
        return members.compactMap { $0 }.map { describe($0.sorted()) }
    }

    /// Figures of a set of files: size, inside and outside weight.
    package func describe(_ files: [Int]) -> Cluster {
        let inside = Set(files)
        var internalWeight = 0.0
        var cutWeight = 0.0
        for file in files {
            for (neighbour, weight) in adjacency[file] {
                if inside.contains(neighbour) { internalWeight += weight / 2 } else { cutWeight += weight }
            }
        }
        return Cluster(
            files: files, codeLines: files.reduce(0) { $0 + lines[$1] }, internalWeight: internalWeight,
            cutWeight: cutWeight)
    }
}
