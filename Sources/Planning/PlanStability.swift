/// What a plan needs to stabilize a depended-upon module that is unstable (an `instability` finding).
///
/// Its file-level structure (files, the uses between them, its callers) is the module's `PlanModule`;
/// this adds the module-level edges that make it unstable.
public struct PlanStability: Hashable, Sendable {
    /// The unstable module.
    public var module: String
    /// Modules that ship and import it (its afferent coupling), sorted.
    public var dependents: [String]
    /// Files of those modules that use names it declares, with the names: what a stable core must hold.
    public var callers: [Caller]
    /// Its imports of modules of this repository (its efferent coupling), one per imported module: where the
    /// module's files import it and which of its names they use (`from` is the unstable module).
    public var outgoing: [PlanCycle.Cut]
    /// The imports of it by dependents more stable than it by more than the rule's warning gap, one per such
    /// dependent (`to` is the unstable module): the Stable Dependencies Principle's violations, without which the
    /// finding does not apply. With them, the dependents that become so as those are inverted (its instability
    /// rises).
    public var stableDependents: [PlanCycle.Cut]
    /// Of those, the dependents more stable than it now; the others become so as the first are inverted.
    public var moreStableNow: Set<String>
    /// The instability of its most stable dependent, which the finding's gap is measured from (0 when unknown:
    /// the gap is then the instability itself).
    public var floor: Double

    /// Creates the input for one module.
    public init(
        module: String, dependents: [String], callers: [Caller], outgoing: [PlanCycle.Cut],
        stableDependents: [PlanCycle.Cut] = [], moreStableNow: Set<String>? = nil, floor: Double = 0
    ) {
        self.module = module
        self.dependents = dependents
        self.callers = callers
        self.outgoing = outgoing
        self.stableDependents = stableDependents
        self.moreStableNow = moreStableNow ?? Set(stableDependents.map(\.from))
        self.floor = floor
    }
}
