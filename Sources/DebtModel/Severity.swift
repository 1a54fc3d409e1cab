/// How bad a finding is: `warning` reports, `error` fails the gate (unless the rule is in `warn` mode).
public enum Severity: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// Which way a metric gets worse.
public enum Direction: String, Codable, CaseIterable, Hashable, Sendable {
    /// Larger values are worse (lines, complexity); a rule triggers above its thresholds.
    case higherIsWorse = "higher_is_worse"
    /// Smaller values are worse (ownership share); a rule triggers below its thresholds.
    case lowerIsWorse = "lower_is_worse"
}

/// What a rule measures: one file, function, module, pair of modules, or the whole repository.
public enum Scope: String, Codable, CaseIterable, Hashable, Sendable {
    case file
    case function
    case module
    case pair
    case repository
}

/// How a rule's findings count: `enforce` as measured, `warn` caps them at warning (reports without
/// failing), `off` turns the rule off.
public enum RuleMode: String, Codable, CaseIterable, Hashable, Sendable {
    case enforce
    case warn
    case off
}
