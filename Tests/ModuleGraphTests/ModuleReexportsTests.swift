import ModuleGraph
import Testing

@Suite struct ModuleReexportsTests {
    @Test func reExportsAreFollowedTransitivelyAndCyclesEnd() {
        var reexports = ModuleReexports()
        reexports.add(1, reexports: 2)
        reexports.add(2, reexports: 3)
        reexports.add(3, reexports: 1)
        reexports.add(4, reexports: 4)

        #expect(reexports.reached(through: 1) == [2, 3])
        #expect(reexports.reached(through: 4) == [])
        #expect(reexports.reached(through: 0) == [])
    }

    @Test func eachFileReachesWhatItImportsPassesOnOnceAndNeverItself() {
        var reexports = ModuleReexports()
        reexports.add(1, reexports: 2)
        reexports.add(2, reexports: 0)
        let sites: [(from: Int, to: Int, file: String)] = [
            (0, 1, "a.swift"), (0, 1, "a.swift"), (3, 1, "b.swift"), (3, 2, "b.swift"), (3, 1, "c.swift"), (1, 1, "d.swift"),
        ]

        let added = reexports.sites(adding: sites).map { "\($0.from)->\($0.to) \($0.file) via \($0.via)" }

        // Module 0 reaches 2 through 1, not itself; b.swift imports 2 itself, so only its 0 is added; 1's import of
        // itself adds nothing (its own edge to 2 is its import of 2).
        #expect(added == [
            "0->2 a.swift via 1", "3->0 b.swift via 1", "3->0 c.swift via 1", "3->2 c.swift via 1",
        ])
    }
}
