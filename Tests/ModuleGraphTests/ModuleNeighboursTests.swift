import ModuleGraph
import Testing

@Suite struct ModuleNeighboursTests {
    @Test func importsBothWaysAndCycleMatesConnectButTestTargetsDoNot() {
        // Net → Store → Cache → Net is a cycle; App imports Net; AppTests imports App.
        let connected = ModuleNeighbours.connected(
            edges: [("Net", "Store"), ("Store", "Cache"), ("Cache", "Net"), ("App", "Net"), ("AppTests", "App")],
            cycles: [["Net", "Store", "Cache"]], tests: ["AppTests"])

        #expect(connected["Net"] == ["Store", "Cache", "App"])
        #expect(connected["Store"] == ["Net", "Cache"])  // Cache by its import, Net as a cycle mate
        #expect(connected["App"] == ["Net"])
        #expect(connected["AppTests"] == nil)
    }
}
