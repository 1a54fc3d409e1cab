/// A measurement the rules judge, spelled as in `rules/debt/*.yaml` (`metric:` and example keys).
///
/// The enum is the registry: a rule naming a metric not listed here fails to load.
public enum MetricID: String, Codable, CaseIterable, Hashable, Sendable, Comparable, CodingKeyRepresentable {
    /// Code lines of a module's non-test files (cloc's code lines).
    case moduleCodeLines = "module_code_lines"
    /// Code lines of one file.
    case fileCodeLines = "file_code_lines"
    /// Lines of one function, declaration to closing brace, without the lines of functions nested in it (judged on
    /// their own, as complexity leaves them out).
    case functionLines = "function_lines"
    /// McCabe's cyclomatic complexity of one function, counted as lizard counts it.
    case cyclomaticComplexity = "cyclomatic_complexity"
    /// The deepest stack of control blocks in one function (the body itself is 0).
    case nestingDepth = "nesting_depth"
    /// Import edges to cut to make a module's strongly connected component acyclic (0: in no cycle).
    case moduleCycles = "module_cycles"
    /// Change coupling degree (percent of shared revisions) of two modules that do not import each other.
    case hiddenCouplingDegree = "hidden_coupling_degree"
    /// A module's instability, I = Ce / (Ca + Ce), 0 (stable) to 1.
    case instability
    /// A module's distance from the main sequence, D = |A + I − 1|, 0 to 1 (needs abstractness).
    case mainSequenceDistance = "main_sequence_distance"
    /// Modules of this repository that import a module (Ca).
    case afferentCoupling = "afferent_coupling"
    /// The share of the repository's other modules that ship and import a module, Ca ÷ (modules that ship − 1),
    /// 0 to 1: how far a change to it may have to be carried.
    case dependentShare = "dependent_share"
    /// Modules of this repository a module imports (Ce).
    case efferentCoupling = "efferent_coupling"
    /// Modules that ship and import a module while being more stable than it (lower instability): the
    /// dependencies that break the Stable Dependencies Principle.
    case stableDependents = "stable_dependents"
    /// How much more unstable a module is than the most stable module that ships and imports it, I − min I of
    /// its dependents (0 when none is more stable): the size of the Stable Dependencies Principle's violation.
    case instabilityGap = "instability_gap"
    /// The main author's share of the changes to a file, 0 to 1.
    case mainAuthorShare = "main_author_share"
    /// Distinct authors (after .mailmap) who changed a file.
    case authorCount = "author_count"
    /// Change frequency rank times complexity rank within the repository, 0 to 1.
    case hotspotScore = "hotspot_score"
    /// Change sets that touched the subject in the history window.
    case revisions

    public static func < (lhs: MetricID, rhs: MetricID) -> Bool { lhs.rawValue < rhs.rawValue }
}
