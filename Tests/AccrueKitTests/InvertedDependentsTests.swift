@testable import AccruePlan
import Testing

@Suite struct InvertedDependentsTests {
    @Test func invertingOneDependentCanLeaveAnotherMoreStableAndBothAreInverted() {
        // accrue's AccrueKit: Ca 6, Ce 13, instability 0.684. AccrueReport (0.5) is more stable. Inverted alone,
        // AccrueKit's instability rises to 13/18 = 0.722, and AccrueTrend (0.71) becomes more stable than it.
        let dependents: [(name: String, instability: Double)] = [
            ("AccrueReport", 0.5), ("AccrueTrend", 0.71), ("AccruePlan", 0.727), ("AccrueGate", 0.8), ("Reporting", 0.86),
            ("accrue", 1.0),
        ]

        let inverted = PlanInputBuilder.invertedDependents(
            of: (afferent: 6, efferent: 13), stable: ["AccrueReport"], dependents: dependents)

        // Then 13/17 = 0.765 > AccruePlan's 0.727; then 13/16 = 0.8125 > AccrueGate's 0.8; then 13/15 = 0.867
        // > Reporting's 0.86; then 13/14 = 0.929 < accrue's 1.0: the fixed point.
        #expect(inverted == ["AccrueReport", "AccrueTrend", "AccruePlan", "AccrueGate", "Reporting"])
        #expect(PlanInputBuilder.invertedDependents(
            of: (afferent: 3, efferent: 1), stable: ["A"], dependents: [("A", 0.1), ("B", 0.9), ("C", 0.95)]) == ["A"])
    }

    @Test func onlyDependentsMoreStableByMoreThanTheRulesGapAreInverted() {
        // Ca 3, Ce 6: I = 0.667. With the rule's 0.1 gap, A (0.5) is beyond it; B (0.6) is within it until A is
        // inverted: 6/8 = 0.75, and 0.75 − 0.6 > 0.1; C (0.8) stays within it once B is too: 6/7 − 0.8 < 0.1.
        let dependents: [(name: String, instability: Double)] = [("A", 0.5), ("B", 0.6), ("C", 0.8)]

        #expect(PlanInputBuilder.invertedDependents(
            of: (afferent: 3, efferent: 6), stable: ["A"], dependents: dependents, margin: 0.1) == ["A", "B"])
        #expect(PlanInputBuilder.invertedDependents(
            of: (afferent: 3, efferent: 6), stable: ["A", "B", "C"], dependents: dependents) == ["A", "B", "C"])
    }
}
