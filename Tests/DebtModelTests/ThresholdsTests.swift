import DebtModel
import Testing

@Suite struct ThresholdsTests {
    private let upward = Rule(
        id: "file-size", title: "File too long", metric: .fileCodeLines, scope: .file, direction: .higherIsWorse,
        thresholds: Thresholds(warning: 400, error: 1000))
    private let downward = Rule(
        id: "ownership", title: "Fragmented ownership", metric: .mainAuthorShare, scope: .file,
        direction: .lowerIsWorse, thresholds: Thresholds(warning: 0.5, error: 0.3),
        appliesWhen: [Rule.Condition(metric: .authorCount, atLeast: 4)])

    @Test(arguments: [(400.0, nil), (401, .warning), (1000, .warning), (1000.5, .error), (0, nil)] as [(Double, Severity?)])
    func higherIsWorseTriggersStrictlyAboveEachThreshold(value: Double, expected: Severity?) {
        #expect(upward.evaluate(value) == expected)
    }

    @Test(arguments: [(0.5, nil), (0.49, .warning), (0.3, .warning), (0.29, .error), (1, nil)] as [(Double, Severity?)])
    func lowerIsWorseTriggersStrictlyBelowEachThreshold(value: Double, expected: Severity?) {
        #expect(downward.evaluate(value) == expected)
    }

    @Test func equalThresholdsHaveNoWarningBand() {
        let cycle = Rule(
            id: "module-cycle", title: "Cycle", metric: .moduleCycles, scope: .module, direction: .higherIsWorse,
            thresholds: Thresholds(warning: 0, error: 0))

        #expect(cycle.evaluate(0) == nil)
        #expect(cycle.evaluate(1) == .error)
    }

    @Test func orderDependsOnDirection() {
        #expect(Thresholds(warning: 1, error: 2).isOrdered(for: .higherIsWorse))
        #expect(!Thresholds(warning: 1, error: 2).isOrdered(for: .lowerIsWorse))
        #expect(Thresholds(warning: 0.5, error: 0.3).isOrdered(for: .lowerIsWorse))
        #expect(Thresholds(warning: 3, error: 3).isOrdered(for: .lowerIsWorse))
    }

    @Test func aConditionBelowItsMinimumKeepsTheRuleSilent() throws {
        let fewAuthors: [MetricID: Double] = [.mainAuthorShare: 0.1, .authorCount: 3]
        let manyAuthors: [MetricID: Double] = [.mainAuthorShare: 0.1, .authorCount: 4]

        #expect(try downward.evaluate(fewAuthors) == nil)
        #expect(try downward.evaluate(manyAuthors) == .error)
    }

    @Test func aSampleWithoutTheConditionMetricIsAnError() {
        #expect(throws: RuleEvaluationError.missingMetric(rule: "ownership", metric: .authorCount)) {
            try downward.evaluate([.mainAuthorShare: 0.1])
        }
    }

    @Test func warnModeCapsAtWarningAndOffSilences() throws {
        var rule = upward
        rule.mode = .warn
        let huge: [MetricID: Double] = [.fileCodeLines: 5000]

        #expect(try rule.evaluate(huge) == .warning)
        rule.mode = .off
        #expect(try rule.evaluate(huge) == nil)
    }
}
