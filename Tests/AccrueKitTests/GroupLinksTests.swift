@testable import AccrueKit
import Testing

@Suite struct GroupLinksTests {
    private func pair(_ first: String, _ second: String) -> ModuleReport.ChangeCoupling {
        ModuleReport.ChangeCoupling(
            first: first, second: second, degree: 80, sharedRevisions: 5, firstRevisions: 6, secondRevisions: 6,
            hasImport: false, commits: [])
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
}
