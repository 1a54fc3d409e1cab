/// The ordered stages that repay a repository's debt, with the interest left after each.
public struct RemediationPlan: Hashable, Sendable {
    /// Stages in the order to do them (every stage after the stages it needs).
    public var stages: [PlanStage]
    /// Stages planned before `--stages` cut the list.
    public var totalStages: Int
    /// The largest change a stage may make, in lines.
    public var budget: Int
    /// Interest per month before the first stage.
    public var interestBefore: Double
    /// Interest per month left after each shown stage; point 0 is before any stage.
    public var series: [Point]
    /// Findings no stage addresses (hotspots, instability, ownership…), by rule, with their interest.
    public var unplanned: [Unplanned]

    /// One point of the cumulative interest series.
    public struct Point: Hashable, Sendable {
        public var stage: Int
        public var interestHoursPerMonth: Double
        public var principalHours: Double

        /// Creates a point.
        public init(stage: Int, interestHoursPerMonth: Double, principalHours: Double) {
            self.stage = stage
            self.interestHoursPerMonth = interestHoursPerMonth
            self.principalHours = principalHours
        }
    }

    /// Findings of one rule the plan leaves alone.
    public struct Unplanned: Hashable, Sendable {
        public var rule: String
        public var findings: Int
        public var interestHoursPerMonth: Double
        /// Why some of these findings got no stage, one line each, when the planner can say (a hidden coupling
        /// between Go packages no shared home may serve); empty for rules it has no stage kind for.
        public var reasons: [String]

        /// Creates the entry of one rule.
        public init(rule: String, findings: Int, interestHoursPerMonth: Double, reasons: [String] = []) {
            self.rule = rule
            self.findings = findings
            self.interestHoursPerMonth = interestHoursPerMonth
            self.reasons = reasons
        }
    }

    /// Whether the repository has no debt at all (no findings).
    public var isDebtFree: Bool

    /// Creates a plan (PlanAssembly's `Planner` makes them).
    public init(
        stages: [PlanStage], totalStages: Int, budget: Int, interestBefore: Double, series: [Point],
        unplanned: [Unplanned], isDebtFree: Bool
    ) {
        self.stages = stages
        self.totalStages = totalStages
        self.budget = budget
        self.interestBefore = interestBefore
        self.series = series
        self.unplanned = unplanned
        self.isDebtFree = isDebtFree
    }
}
