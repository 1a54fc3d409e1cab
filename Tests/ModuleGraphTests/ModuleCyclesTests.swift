import ModuleGraph
import Testing

@Suite struct ModuleCyclesTests {
    private func graph(_ names: [String], _ sites: [(String, String, Int)]) -> ModuleGraph {
        let modules = names.map { ModuleDeclaration(name: $0, ecosystem: "config", roots: [$0], manifest: "", line: 0) }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var list: [(from: Int, to: Int, file: String)] = []
        for (from, to, count) in sites {
            let a = index[from] ?? 0
            let b = index[to] ?? 0
            for site in 0..<count { list.append((a, b, "\(from)/f\(site).swift")) }
        }
        return ModuleGraph(modules: modules, sites: list)
    }

    @Test func aThreeModuleCycleIsCutAtItsWeakestEdge() {
        let modules = graph(["A", "B", "C", "D"], [("A", "B", 3), ("B", "C", 2), ("C", "A", 1), ("C", "D", 5)])

        let cycles = modules.cycles()

        #expect(cycles.count == 1)
        #expect(cycles[0].modules == [0, 1, 2])
        #expect(cycles[0].cut.map { modules.edges[$0].from } == [2])
    }

    @Test func twoCyclesSharingAnEdgeAreBrokenByThatEdge() {
        let modules = graph(["A", "B", "C"], [("A", "B", 1), ("B", "A", 4), ("B", "C", 4), ("C", "A", 4)])
        // A→B lies on both cycles (A→B→A and A→B→C→A): cutting it alone breaks both.

        let cut = modules.cycles()[0].cut.map { (modules.edges[$0].from, modules.edges[$0].to) }

        #expect(cut.count == 1 && cut[0] == (0, 1))
    }

    @Test func aComponentNeedingMoreThanThreeCutsLosesItsLightEdgesNotAHeavyOne() {
        // A hub importing four modules heavily, each importing it back once: four light edges break it. A
        // depth-first search from S1 (the first module) walks S1 → H and cuts the heavy H → S1 as a back edge.
        let modules = graph(["S1", "H", "S2", "S3", "S4"], [
            ("S1", "H", 1), ("H", "S1", 10), ("H", "S2", 10), ("S2", "H", 1), ("H", "S3", 10), ("S3", "H", 1),
            ("H", "S4", 10), ("S4", "H", 1),
        ])

        let cut = modules.cycles()[0].cut.map { modules.edges[$0] }

        #expect(cut.map(\.to) == [1, 1, 1, 1])
        #expect(cut.reduce(0) { $0 + $1.sites } == 4)
    }

    @Test func aLargeComponentsCutHasNoEdgeItDoesNotNeed() {
        // 48 edges (past the exhaustive search): twelve modules in a ring, each importing the next, the next but
        // one, and the modules three and five ahead. Whatever the heuristic cuts, putting any cut edge back must
        // close a cycle, and the rest must have none.
        let names: [String] = (0..<12).map { "M\($0)" }
        var sites: [(String, String, Int)] = []
        for index in 0..<12 {
            for (offset, weight) in [(1, 1 + index % 3), (2, 2), (3, 3), (5, 1 + index % 2)] {
                sites.append((names[index], names[(index + offset) % 12], weight))
            }
        }
        let modules = graph(names, sites)
        let cycle = modules.cycles()[0]
        let pairs = { (kept: [Int]) -> [(Int, Int)] in kept.map { (modules.edges[$0].from, modules.edges[$0].to) } }

        #expect(cycle.edges.count > 40)
        for edge in cycle.cut {
            let rest = Set(cycle.cut).subtracting([edge])
            #expect(hasCycle(pairs(cycle.edges.filter { !rest.contains($0) })), "edge \(edge) was not needed")
        }
        #expect(!hasCycle(pairs(cycle.edges.filter { !cycle.cut.contains($0) })))
    }

    private func hasCycle(_ pairs: [(Int, Int)]) -> Bool {
        var indegree: [Int: Int] = [:]
        var outgoing: [Int: [Int]] = [:]
        for (from, to) in pairs {
            indegree[to, default: 0] += 1
            indegree[from, default: 0] += 0
            outgoing[from, default: []].append(to)
        }
        var ready = indegree.filter { $0.value == 0 }.map(\.key)
        var seen = 0
        while let node = ready.popLast() {
            seen += 1
            for target in outgoing[node] ?? [] {
                indegree[target, default: 0] -= 1
                if indegree[target] == 0 { ready.append(target) }
            }
        }
        return seen < indegree.count
    }

    @Test func anAcyclicGraphHasNoCycles() {
        #expect(graph(["A", "B", "C"], [("A", "B", 1), ("B", "C", 1), ("A", "C", 1)]).cycles().isEmpty)
    }

    @Test func aLongChainIsWalkedWithoutRecursion() {
        let names = (0..<20_000).map { "M\($0)" }
        let chain = (0..<19_999).map { (names[$0], names[$0 + 1], 1) } + [(names[19_999], names[0], 1)]

        let cycles = graph(names, chain).cycles()

        #expect(cycles.count == 1 && cycles[0].modules.count == 20_000)
    }
}
