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

    /// A site naming the file it imports reaches what that file and the files it forwards to pass on, then what those
    /// modules pass on; a site naming none reaches all its module passes on.
    @Test func aSiteNamingItsFileReachesOnlyThatFilesReexports() {
        var reexports = ModuleReexports()
        for (file, module, target) in [("ui/index.ts", 1, 2), ("ui/more.ts", 1, 3), ("core/index.ts", 2, 4)] {
            reexports.add(module, reexports: target)
            reexports.add(file: file, reexports: target)
        }
        reexports.add(file: "ui/index.ts", forwards: "ui/all.ts")
        reexports.add(file: "ui/all.ts", forwards: "ui/more.ts")
        let sites: [(from: Int, to: Int, file: String)] = [(0, 1, "a.ts"), (0, 1, "b.ts"), (0, 1, "c.ts"), (0, 1, "d.ts")]

        let added = reexports.sites(adding: sites, targets: ["ui/types.ts", "ui/index.ts", nil])
            .map { "\($0.file) \($0.to)" }

        #expect(reexports.reached(throughFile: "ui/all.ts", of: 1) == [3])
        #expect(added == ["b.ts 2", "b.ts 3", "b.ts 4", "c.ts 2", "c.ts 3", "c.ts 4", "d.ts 2", "d.ts 3", "d.ts 4"])
    }
}
