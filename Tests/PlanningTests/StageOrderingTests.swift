@testable import PlanAssembly
@testable import Planning
import Testing

@Suite struct StageOrderingTests {
    private func stage(_ id: String, group: String, saves: Double, hours: Double, needs: [String] = []) -> PlanStage {
        PlanStage(
            id: id, kind: .splitModule, title: id, why: "", steps: [], changedLines: 10, principalHours: hours,
            interestSavedHoursPerMonth: saves, needs: needs, checks: [], group: group)
    }

    @Test func aRepairThatAnotherNeedsRanksWithWhatTheySaveTogether() {
        // httpx: the first extraction leaves the module at the friction cap (saves nothing); the second, which
        // needs it, saves 15 h a month. A small file split saving 0.1 h for 4 h stands apart.
        let stages = [
            stage("file", group: "split", saves: 0.1, hours: 4),
            stage("first-1", group: "first", saves: 0, hours: 30),
            stage("first-2", group: "first", saves: 0, hours: 40, needs: ["first-1"]),
            stage("second-1", group: "second", saves: 7, hours: 60, needs: ["first-2"]),
            stage("second-2", group: "second", saves: 8, hours: 70, needs: ["second-1"]),
        ]

        let ordered = StageOrdering.ordered(stages).map(\.id)

        #expect(ordered == ["first-1", "first-2", "second-1", "second-2", "file"])
    }

    @Test func aRepairWorthMoreOnItsOwnKeepsItsOwnScore() {
        let stages = [
            stage("good", group: "good", saves: 10, hours: 10),
            stage("poor", group: "poor", saves: 0.1, hours: 50, needs: ["good"]),
            stage("middle", group: "middle", saves: 1, hours: 10),
        ]

        #expect(StageOrdering.ordered(stages).map(\.id) == ["good", "middle", "poor"])
    }

    @Test func aRepairKnowsTheRepairsThatNeedIt() {
        let stages = [
            stage("a", group: "first", saves: 0, hours: 1),
            stage("b", group: "second", saves: 1, hours: 1, needs: ["a"]),
            stage("c", group: "third", saves: 1, hours: 1, needs: ["b"]),
            stage("d", group: "other", saves: 1, hours: 1),
        ]

        let dependents = StageOrdering.dependents(stages)

        #expect(StageOrdering.reachable(from: "first", dependents: dependents) == ["second", "third"])
        #expect(StageOrdering.reachable(from: "third", dependents: dependents).isEmpty)
    }
}
