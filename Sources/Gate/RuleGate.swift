import DebtModel

/// Whether a rule fails the gate now, or only warns (and why).
///
/// A rule in `mode: warn` only warns. `enforce_after: DAY` warns until the head commit's day reaches DAY;
/// `enforce_after_commits: N` warns until N commits have been made since the baseline's commit. Both are
/// measured from the repository, never from the wall clock.
public struct RuleGate: Hashable, Sendable {
    public var enforcing: Bool
    /// Why the rule only warns; nil when it enforces.
    public var reason: String?

    public init(enforcing: Bool, reason: String? = nil) {
        self.enforcing = enforcing
        self.reason = reason
    }

    /// What the gate does with findings of a rule that always enforces (the gate's own ratchets).
    public static let enforcing = RuleGate(enforcing: true)

    /// The rule's state at the head commit's day, `commitsSinceBaseline` after the baseline (nil: unknown).
    public static func state(of rule: Rule, day: CalendarDay?, commitsSinceBaseline: Int?) -> RuleGate {
        if rule.mode == .warn { return RuleGate(enforcing: false, reason: "rule \(rule.id) is in warn mode") }
        if let after = rule.enforcement.after, day.map({ $0 < after }) ?? true {
            return RuleGate(enforcing: false, reason: "rule \(rule.id) is enforced from \(after)")
        }
        if let count = rule.enforcement.afterCommits {
            guard let commitsSinceBaseline else {
                return RuleGate(
                    enforcing: false,
                    reason: "rule \(rule.id) is enforced after \(count) commits since the baseline; "
                        + "the baseline's commit is not in this clone")
            }
            if commitsSinceBaseline < count {
                return RuleGate(
                    enforcing: false,
                    reason: "rule \(rule.id) is enforced after \(count) commits since the baseline "
                        + "(\(commitsSinceBaseline) so far)")
            }
        }
        return .enforcing
    }
}
