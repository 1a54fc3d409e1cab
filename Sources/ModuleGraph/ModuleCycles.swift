/// Cycles between modules: strongly connected components, each with the edges to cut to break it.
public struct ModuleCycle: Hashable, Sendable {
    /// Module indices in the component, sorted.
    public var modules: [Int]
    /// Edges (indices into the graph's `edges`) inside the component.
    public var edges: [Int]
    /// The smallest set of edges whose removal leaves the component acyclic, fewest import sites first.
    public var cut: [Int]
}

extension ModuleGraph {
    /// Every strongly connected component with more than one module, sorted by its first module.
    ///
    /// Tarjan's algorithm, written iteratively so deep graphs cannot overflow the stack.
    public func cycles() -> [ModuleCycle] {
        let successors = successors()
        var index = Array(repeating: -1, count: modules.count)
        var lowlink = Array(repeating: 0, count: modules.count)
        var onStack = Array(repeating: false, count: modules.count)
        var stack: [Int] = []
        var next = 0
        var components: [[Int]] = []
        func visit(_ node: Int) {
            (index[node], lowlink[node], next) = (next, next, next + 1)
            stack.append(node)
            onStack[node] = true
        }
        // `node`'s successors are done: its parent's lowlink takes its own, and a root pops its component.
        func finish(_ node: Int, parent: Int?) {
            if let parent { lowlink[parent] = min(lowlink[parent], lowlink[node]) }
            guard lowlink[node] == index[node] else { return }
            var component: [Int] = []
            while let member = stack.popLast() {
                onStack[member] = false
                component.append(member)
                if member == node { break }
            }
            if component.count > 1 { components.append(component.sorted()) }
        }
        for root in 0..<modules.count where index[root] < 0 {
            visit(root)
            var work: [(node: Int, child: Int)] = [(root, 0)]
            while var frame = work.popLast() {
                guard frame.child < successors[frame.node].count else {
                    finish(frame.node, parent: work.last?.node)
                    continue
                }
                let target = successors[frame.node][frame.child]
                frame.child += 1
                work.append(frame)
                if index[target] < 0 {
                    visit(target)
                    work.append((target, 0))
                } else if onStack[target] {
                    lowlink[frame.node] = min(lowlink[frame.node], index[target])
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }.map { component in
            let members = Set(component)
            let inside = edges.indices.filter { members.contains(edges[$0].from) && members.contains(edges[$0].to) }
            return ModuleCycle(modules: component, edges: inside, cut: minimumCut(inside))
        }
    }

    /// The fewest edges (then the fewest import sites) whose removal makes `inside` acyclic.
    ///
    /// Exhaustive over subsets of up to three edges when the component is small; otherwise the best of two
    /// heuristics, pruned (`orderingCut`).
    private func minimumCut(_ inside: [Int]) -> [Int] {
        let byWeight = inside.sorted { (edges[$0].sites, $0) < (edges[$1].sites, $1) }
        if inside.count <= 40 {
            for size in 1...min(3, inside.count) {
                var best: [Int]?
                var bestWeight = Int.max
                forEachSubset(of: byWeight, size: size) { subset in
                    let weight = subset.reduce(0) { $0 + edges[$1].sites }
                    if weight < bestWeight && isAcyclic(inside, removing: Set(subset)) {
                        best = subset
                        bestWeight = weight
                    }
                }
                if let best { return best.sorted() }
            }
        }
        return orderingCut(inside, backEdges: backEdges(inside))
    }

    /// A cut for large components: the back edges of a depth-first search that follows heavy edges first,
    /// so light edges tend to be the ones left closing cycles. Removing every back edge leaves no cycle.
    /// Linear in the component's size; not always minimal.
    private func backEdges(_ inside: [Int]) -> [Int] {
        var outgoing: [Int: [Int]] = [:]
        for edge in inside { outgoing[edges[edge].from, default: []].append(edge) }
        for key in outgoing.keys {
            outgoing[key]?.sort { (edges[$0].sites, $1) > (edges[$1].sites, $0) }
        }
        var state: [Int: UInt8] = [:]  // 1 = on the path, 2 = done
        var cut: [Int] = []
        for start in outgoing.keys.sorted() where state[start] == nil {
            var work: [(node: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while var frame = work.popLast() {
                let list = outgoing[frame.node] ?? []
                if frame.next == list.count {
                    state[frame.node] = 2
                    continue
                }
                let edge = list[frame.next]
                frame.next += 1
                work.append(frame)
                let target = edges[edge].to
                switch state[target] {
                case 1: cut.append(edge)
                case 2: break
                default:
                    state[target] = 1
                    work.append((target, 0))
                }
            }
        }
        return cut.sorted()
    }

    private func forEachSubset(of items: [Int], size: Int, _ body: ([Int]) -> Void) {
        var chosen: [Int] = []
        func choose(from start: Int) {
            if chosen.count == size {
                body(chosen)
                return
            }
            guard start < items.count else { return }
            for index in start..<items.count {
                chosen.append(items[index])
                choose(from: index + 1)
                chosen.removeLast()
            }
        }
        choose(from: 0)
    }

    func isAcyclic(_ inside: [Int], removing: Set<Int>) -> Bool {
        var indegree: [Int: Int] = [:]
        var outgoing: [Int: [Int]] = [:]
        for edge in inside where !removing.contains(edge) {
            indegree[edges[edge].to, default: 0] += 1
            indegree[edges[edge].from, default: 0] += 0
            outgoing[edges[edge].from, default: []].append(edges[edge].to)
        }
        var ready = indegree.filter { $0.value == 0 }.map(\.key)
        var visited = 0
        while let node = ready.popLast() {
            visited += 1
            for target in outgoing[node] ?? [] {
                indegree[target, default: 0] -= 1
                if indegree[target] == 0 { ready.append(target) }
            }
        }
        return visited == indegree.count
    }
}
