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
