@testable import AccrueTrend
import Foundation
import Testing

@Suite struct TrendSamplerTests {
    private let day: TimeInterval = 86_400

    @Test func noSampleBeforeSinceEvenAfterAQuietSpell() {
        // Newest first: the head, then nothing for 100 days, then older commits.
        let head = Date(timeIntervalSince1970: 1_700_000_000)
        let line = [("c", head), ("b", head - 100 * day), ("a", head - 130 * day)].map { (id: $0.0, date: $0.1) }

        let chosen = TrendSampler.choose(line, since: head - 60 * day, every: .seconds(30 * day))

        // The grid lines 30 and 60 days back fall in the window, but the newest commit before them (b) does not.
        #expect(chosen.map(\.id) == ["c"])
        #expect(TrendSampler.choose(line, since: nil, every: .seconds(30 * day)).map(\.id) == ["a", "b", "c"])
    }
}
