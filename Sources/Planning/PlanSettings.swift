/// What the planner may do: the size of a stage, how many stages to show, what to focus on.
public struct PlanSettings: Hashable, Sendable {
    /// The largest change a stage may make, in changed lines (moved or edited): a reviewable pull request.
    public var budget: Int
    /// Stages to keep after ordering; nil keeps all.
    public var stageLimit: Int?
    /// A module name or a repository-relative path prefix; only stages about it are kept.
    public var target: String?
    /// How much one change set touching two files weighs against one name used between them.
    public var coChangeWeight: Double

    /// Creates settings; 400 changed lines per stage by default.
    public init(budget: Int = 400, stageLimit: Int? = nil, target: String? = nil, coChangeWeight: Double = 1) {
        self.budget = max(20, budget)
        self.stageLimit = stageLimit
        self.target = target
        self.coChangeWeight = coChangeWeight
    }
}
