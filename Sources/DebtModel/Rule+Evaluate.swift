extension Rule {
    /// The severity of one measured value against the thresholds, ignoring `appliesWhen` and `mode`.
    public func evaluate(_ value: Double) -> Severity? {
        thresholds.severity(of: value, direction: direction)
    }

    /// The severity of a subject's measurements: nil when a condition is not met, the rule is `off`, or the
    /// value is within the thresholds; `warn` mode caps the result at warning.
    public func evaluate(_ sample: [MetricID: Double]) throws(RuleEvaluationError) -> Severity? {
        guard let value = sample[metric] else { throw .missingMetric(rule: id, metric: metric) }
        for condition in appliesWhen {
            guard let other = sample[condition.metric] else {
                throw .missingMetric(rule: id, metric: condition.metric)
            }
            if other < condition.atLeast { return nil }
        }
        guard let severity = evaluate(value) else { return nil }
        switch mode {
        case .enforce: return severity
        case .warn: return .warning
        case .off: return nil
        }
    }
}

/// A sample lacked a metric the rule needs.
public enum RuleEvaluationError: Error, Hashable, CustomStringConvertible {
    case missingMetric(rule: String, metric: MetricID)

    public var description: String {
        switch self {
        case .missingMetric(let rule, let metric): "rule '\(rule)' needs a value for '\(metric.rawValue)'"
        }
    }
}
