import DebtModel

/// One rule broken by one subject, priced: what fixing it costs once and what leaving it costs monthly.
///
/// Every term of both formulas is kept, so a person can redo the arithmetic (`accrue explain`).
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var subject: Subject
    public var metric: MetricID
    public var value: Double
    public var severity: Severity
    public var thresholds: Thresholds
    public var principal: Principal
    public var interest: Interest

    /// Hours to bring the subject within the rule: `baseHours + hoursPerUnit × units`.
    public struct Principal: Hashable, Sendable {
        public var basis: Rule.Effort.Basis
        public var baseHours: Double
        public var hoursPerUnit: Double
        public var units: Double
        public var hours: Double { baseHours + hoursPerUnit * units }
    }

    /// Hours per month the finding adds to the changes that touch its subject:
    /// `changesPerMonth × share × baselineHoursPerChange × friction × saturation`, with
    /// `friction = min(frictionPerSpan × span, maximumFriction) × scale`,
    /// `span = (value − warning) / |error − warning|` (beyond warning, in threshold spans) and
    /// `saturation = min(1, maximumFriction / the friction all findings on the same change add)`.
    public struct Interest: Hashable, Sendable {
        public var changesPerMonth: Double
        /// The share of those changes that land on the subject (a function's share of its file; else 1).
        public var share: Double = 1
        public var baselineHoursPerChange: Double
        public var span: Double
        public var frictionPerSpan: Double
        public var maximumFriction: Double
        /// The rule's `friction_scale` metric of the subject, 0 to 1 (1 when the rule has none): the share of the
        /// friction this subject meets (main-sequence distance: the share of the other modules importing it).
        public var scale: Double = 1
        public var scaleMetric: MetricID?
        /// The share of this friction that fits under `maximumFriction` once the frictions of every finding a
        /// change meets are added (a file's and its functions' findings, weighted by their shares; a module's
        /// findings): `min(1, maximumFriction / that sum)`. 1 when they add up to no more (see `DebtAccountant`).
        public var saturation: Double = 1
        /// The commits behind `changesPerMonth`, each once, oldest first (a module counts one change per file
        /// a commit touches, so it can have more changes than commits).
        public var commits: [String]
        /// Which changes `changesPerMonth` counts: a module rule's `activity` (every change to a file or
        /// function subject, the shared changes of a pair: `moduleChanges`).
        public var activity: Rule.ActivityBasis = .moduleChanges

        public var friction: Double { min(frictionPerSpan * span, maximumFriction) * scale }
        public var hoursPerMonth: Double { changesPerMonth * share * baselineHoursPerChange * friction * saturation }
    }

    /// Months until the interest saved repays the principal; nil when the finding charges no interest.
    public var paybackMonths: Double? {
        let monthly = interest.hoursPerMonth
        return monthly > 0 ? principal.hours / monthly : nil
    }
}
