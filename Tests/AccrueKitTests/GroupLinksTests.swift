@testable import AccrueKit
import Testing

@Suite struct GroupLinksTests {
    private func pair(_ first: String, _ second: String, _ commits: [String] = []) -> ModuleReport.ChangeCoupling {
        ModuleReport.ChangeCoupling(
            first: first, second: second, degree: 80, sharedRevisions: 5, firstRevisions: 6, secondRevisions: 6,
            hasImport: false, commits: commits)
    }

    @Test func aGroupOfModulesCoupledPairwiseSharesOneLinkPerModuleButOne() {
        // a, b, c all coupled with each other (3 pairs, 2 links); d ↔ e alone (1 pair, 1 link).
        let groups = [[pair("a", "b"), pair("a", "c"), pair("b", "c")], [pair("d", "e")]]

        let links = Measurements.groupLinks(groups)

        #expect(links[.init(pair("a", "b"))] == 2.0 / 3)
        #expect(links[.init(pair("b", "c"))] == 2.0 / 3)
        #expect(links[.init(pair("d", "e"))] == 1)
        #expect(abs(links.values.reduce(0, +) - 3) < 1e-12)  // 2 + 1 links in all
    }

    @Test func aChangeSharedByAGroupWeighsItsLinksSharedByItsPairs() {
        // x touched a, b and c (three pairs, two links: 2/3 each); y only a and b (one link, one pair).
        let ab = pair("a", "b", ["x", "y"])
        let groups = [[ab, pair("a", "c", ["x"]), pair("b", "c", ["x"])], [pair("d", "e", ["z"])]]

        let weights = Measurements.changeLinks(groups)

        #expect(weights[.init(ab)]?["x"] == 2.0 / 3)
        #expect(weights[.init(ab)]?["y"] == 1)
        #expect(weights[.init(pair("b", "c"))]?["x"] == 2.0 / 3)
        #expect(weights[.init(pair("d", "e"))] == nil)  // a lone pair's changes weigh 1
    }
}
