/// Two entities that change together, with code-maat's figures and the commits behind them.
public struct CouplingPair: Hashable, Sendable {
    /// The entity whose name sorts first.
    public var entity: String
    /// The entity whose name sorts second.
    public var coupled: String
    /// Shared change sets ÷ average change sets × 100, truncated (code-maat's `degree`).
    public var degree: Int
    /// The mean of the two entities' change-set counts.
    public var averageRevisions: Double
    /// Change sets containing `entity`.
    public var entityRevisions: Int
    /// Change sets containing `coupled`.
    public var coupledRevisions: Int
    /// Change sets containing both.
    public var sharedRevisions: Int
    /// Commit ids (hex) of the shared change sets, oldest first: the evidence.
    public var commits: [String]

    /// Creates a pair.
    public init(
        entity: String, coupled: String, degree: Int, averageRevisions: Double, entityRevisions: Int,
        coupledRevisions: Int, sharedRevisions: Int, commits: [String]
    ) {
        self.entity = entity
        self.coupled = coupled
        self.degree = degree
        self.averageRevisions = averageRevisions
        self.entityRevisions = entityRevisions
        self.coupledRevisions = coupledRevisions
        self.sharedRevisions = sharedRevisions
        self.commits = commits
    }

    /// code-maat's order (degree, then average revisions, both descending), then names for stability.
    public static func strongestFirst(_ a: CouplingPair, _ b: CouplingPair) -> Bool {
        if a.degree != b.degree { return a.degree > b.degree }
        if a.averageRevisions != b.averageRevisions { return a.averageRevisions > b.averageRevisions }
        return (a.entity, a.coupled) < (b.entity, b.coupled)
    }
}
