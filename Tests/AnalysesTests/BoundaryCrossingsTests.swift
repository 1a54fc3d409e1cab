import Analyses
import GitHistory
import Testing

/// Which file changes cross their module's boundary.
@Suite struct BoundaryCrossingsTests {
    typealias C = CommitLiterals
    let moduleOf = ["core/a": "Core", "core/b": "Core", "app/x": "App", "util/u": "Util", "other/o": "Other"]
    // App imports Core, Core imports Util; Other is connected to nothing.
    let connected: [String: Set<String>] = ["App": ["Core"], "Core": ["App", "Util"], "Util": ["Core"]]

    @Test func aChangeCrossesWhenItsCommitAlsoChangesAConnectedModule() {
        let commits = [
            C.commit(1, C.change("core/a"), C.change("core/b")),  // inside Core
            C.commit(2, C.change("core/a"), C.change("app/x")),  // Core ↔ App
            C.commit(3, C.change("app/x"), C.change("util/u")),  // App and Util are not connected
            C.commit(4, C.change("core/b"), C.change("other/o"), C.change("README.md")),  // Other is not connected
            C.commit(5, C.change("util/u"), C.change("core/b")),  // Util ↔ Core
        ]
        let crossing = BoundaryCrossings.commits(commits, moduleOf: moduleOf, connected: connected, largestChange: 30)

        #expect(crossing == ["core/a": [1], "app/x": [1], "util/u": [4], "core/b": [4]])
    }

    @Test func aMechanicalCommitCrossesNothing() {
        let commits = [C.commit(1, C.change("core/a"), C.change("app/x"), C.change("util/u"))]

        #expect(BoundaryCrossings.commits(commits, moduleOf: moduleOf, connected: connected, largestChange: 2).isEmpty)
        #expect(BoundaryCrossings.commits(commits, moduleOf: moduleOf, connected: connected, largestChange: 3).count == 3)
    }
}
