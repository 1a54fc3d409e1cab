extension ModuleGraph {
    /// A cut for components too large to search: the better of two heuristics, each pruned of the edges it
    /// did not need. Eades, Lin and Smyth's ordering (1993), weighted by import sites: modules that import
    /// nothing left go last, modules nothing left imports go first, and otherwise the module whose outgoing
    /// sites most exceed its incoming ones goes next; the cut is the edges pointing back against that order.
    /// The back edges of a depth-first search are the other. Pruning puts back every cut edge, heaviest first,
    /// whose return closes no cycle, so no edge of the result is redundant.
    func orderingCut(_ inside: [Int], backEdges: [Int]) -> [Int] {
        let candidates = [eadesLinSmythCut(inside), backEdges].map { pruned($0, inside: inside) }
        return candidates.min { cost($0) < cost($1) } ?? backEdges
    }

    /// Fewest edges, then fewest import sites.
    private func cost(_ cut: [Int]) -> (Int, Int) {
        (cut.count, cut.reduce(0) { $0 + edges[$1].sites })
    }

    private func pruned(_ cut: [Int], inside: [Int]) -> [Int] {
        var kept = Set(cut)
        for edge in cut.sorted(by: { (edges[$0].sites, $0) > (edges[$1].sites, $1) }) {
            kept.remove(edge)
            if !isAcyclic(inside, removing: kept) { kept.insert(edge) }
        }
        return kept.sorted()
    }

    private func eadesLinSmythCut(_ inside: [Int]) -> [Int] {
        let order = eadesLinSmythOrder(inside)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return inside.filter { position[edges[$0].from, default: 0] > position[edges[$0].to, default: 0] }
    }

    /// Sinks go last and sources first, as removing modules makes new ones; otherwise the module whose
    /// outgoing import sites most exceed its incoming ones (among the modules left) goes next.
    private func eadesLinSmythOrder(_ inside: [Int]) -> [Int] {
        var (outgoing, incoming) = ([Int: [Int]](), [Int: [Int]]())
        var (outCount, inCount, delta) = ([Int: Int](), [Int: Int](), [Int: Int]())
        for edge in inside {
            let (from, to, sites) = (edges[edge].from, edges[edge].to, edges[edge].sites)
            outgoing[from, default: []].append(edge)
            incoming[to, default: []].append(edge)
            outCount[from, default: 0] += 1
            inCount[to, default: 0] += 1
            delta[from, default: 0] += sites
            delta[to, default: 0] -= sites
        }
        var left = Set(delta.keys)
        // Takes `node` out; returns its neighbours still left, which may have become sinks or sources.
        func remove(_ node: Int) -> [Int] {
            left.remove(node)
            var touched: [Int] = []
            for edge in outgoing[node] ?? [] where left.contains(edges[edge].to) {
                let target = edges[edge].to
                inCount[target, default: 0] -= 1
                delta[target, default: 0] += edges[edge].sites
                touched.append(target)
            }
            for edge in incoming[node] ?? [] where left.contains(edges[edge].from) {
                let source = edges[edge].from
                outCount[source, default: 0] -= 1
                delta[source, default: 0] -= edges[edge].sites
                touched.append(source)
            }
            return touched
        }
        var (front, back): ([Int], [Int]) = ([], [])
        var pending = left.sorted(by: >)
        while !left.isEmpty {
            while let node = pending.popLast() {
                guard left.contains(node) else { continue }
                let isSink = outCount[node, default: 0] == 0
                guard isSink || inCount[node, default: 0] == 0 else { continue }
                if isSink { back.append(node) } else { front.append(node) }
                pending += remove(node)
            }
            guard let next = left.max(by: { (delta[$0, default: 0], -$0) < (delta[$1, default: 0], -$1) }) else { break }
            front.append(next)
            pending += remove(next)
        }
        return front + back.reversed()
    }
}
