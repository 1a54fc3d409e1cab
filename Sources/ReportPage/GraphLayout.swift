/// A layered layout of a directed graph (Sugiyama-style, kept simple): back edges found by a depth-first
/// walk in name order are ignored for layering; each node sits one layer below its lowest importer; two
/// barycenter sweeps order each layer. Deterministic for the same input.
struct GraphLayout {
    /// Node index → layer (0 at the top) and position within the layer.
    var layer: [Int]
    var order: [Int]
    var layers: [[Int]]

    init(nodes: [String], edges: [(from: Int, to: Int)]) {
        var outgoing = Array(repeating: [Int](), count: nodes.count)
        for edge in edges where edge.from != edge.to { outgoing[edge.from].append(edge.to) }
        for index in outgoing.indices { outgoing[index].sort { nodes[$0] < nodes[$1] } }
        let byName = nodes.indices.sorted { nodes[$0] < nodes[$1] }
        let forward = Self.withoutBackEdges(outgoing, roots: byName)
        layer = Self.longestPathLayers(forward, sources: byName)
        var layers = Array(repeating: [Int](), count: nodes.isEmpty ? 0 : (layer.max() ?? 0) + 1)
        for node in byName { layers[layer[node]].append(node) }
        var incoming = Array(repeating: [Int](), count: nodes.count)
        for (source, targets) in forward.enumerated() { for target in targets { incoming[target].append(source) } }
        order = Array(repeating: 0, count: nodes.count)
        self.layers = layers
        renumber()
        for _ in 0..<2 { sweep(incoming, names: nodes) }
    }

    /// The edges left after a depth-first walk (roots in the given order) drops each edge that closes a cycle.
    private static func withoutBackEdges(_ outgoing: [[Int]], roots: [Int]) -> [[Int]] {
        var state = Array(repeating: 0, count: outgoing.count)  // 0 new, 1 on the stack, 2 done
        var forward = Array(repeating: [Int](), count: outgoing.count)
        for root in roots where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                guard top.next < outgoing[top.node].count else {
                    state[top.node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = outgoing[top.node][top.next]
                if state[target] == 1 { continue }
                forward[top.node].append(target)
                if state[target] == 0 {
                    state[target] = 1
                    stack.append((target, 0))
                }
            }
        }
        return forward
    }

    /// Each node's longest distance from a node nothing points to (Kahn's order over an acyclic graph).
    private static func longestPathLayers(_ forward: [[Int]], sources order: [Int]) -> [Int] {
        var indegree = Array(repeating: 0, count: forward.count)
        for targets in forward { for target in targets { indegree[target] += 1 } }
        var ready = order.filter { indegree[$0] == 0 }
        var layer = Array(repeating: 0, count: forward.count)
        var next = 0
        while next < ready.count {
            let node = ready[next]
            next += 1
            for target in forward[node] {
                layer[target] = max(layer[target], layer[node] + 1)
                indegree[target] -= 1
                if indegree[target] == 0 { ready.append(target) }
            }
        }
        return layer
    }

    /// Orders every layer below the first by the mean position of its importers (ties by name).
    private mutating func sweep(_ incoming: [[Int]], names: [String]) {
        for index in layers.indices.dropFirst() {
            let order = self.order
            func key(_ node: Int) -> Double {
                let neighbours = incoming[node]
                guard !neighbours.isEmpty else { return Double(order[node]) }
                return Double(neighbours.reduce(0) { $0 + order[$1] }) / Double(neighbours.count)
            }
            layers[index].sort { (key($0), names[$0]) < (key($1), names[$1]) }
            renumber()
        }
    }

    private mutating func renumber() {
        for row in layers { for (position, node) in row.enumerated() { order[node] = position } }
    }
}
