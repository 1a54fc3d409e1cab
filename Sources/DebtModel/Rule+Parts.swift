extension Rule {
    /// A minimum another metric must reach for the rule to apply (`author_count` at least 4).
    public struct Condition: Codable, Hashable, Sendable {
        public var metric: MetricID
        public var atLeast: Double

        public init(metric: MetricID, atLeast: Double) {
            self.metric = metric
            self.atLeast = atLeast
        }

        private enum CodingKeys: String, CodingKey {
            case metric
            case atLeast = "at_least"
        }
    }

    /// What fixing one finding costs: `baseHours + hoursPerUnit × units`, units counted by `basis`.
    public struct Effort: Codable, Hashable, Sendable {
        /// What one unit of effort is.
        public enum Basis: String, Codable, CaseIterable, Hashable, Sendable {
            /// The metric's value beyond the warning threshold (lines, complexity points, levels).
            case excess
            /// Import sites on the edges to cut (cycles).
            case importSite = "import_site"
            /// No units: a flat cost per finding.
            case finding
            /// A hidden coupling's share of the links its group needs: a group of modules that change together
            /// pairwise needs one shared home the others import, (modules − 1) links, shared by its pairs.
            case groupLink = "group_link"
            /// The files of the modules that ship and import the module (its dependents' files): each takes the
            /// interfaces in place of the concrete types it uses (main-sequence distance).
            case dependentFile = "dependent_file"
        }

        public var basis: Basis
        public var baseHours: Double
        public var hoursPerUnit: Double
        public var rationale: String
        public var source: String

        public init(basis: Basis, baseHours: Double, hoursPerUnit: Double, rationale: String = "", source: String = "") {
            self.basis = basis
            self.baseHours = baseHours
            self.hoursPerUnit = hoursPerUnit
            self.rationale = rationale
            self.source = source
        }

        private enum CodingKeys: String, CodingKey {
            case basis, rationale, source
            case baseHours = "base_hours"
            case hoursPerUnit = "hours_per_unit"
        }
    }

    /// Which changes a module finding's interest is paid on (docs/model.md, "Interest").
    public enum ActivityBasis: String, Codable, CaseIterable, Hashable, Sendable {
        /// Every change to the module's code files, one per file a commit touches: more context for every
        /// change (module-size).
        case moduleChanges = "module_changes"
        /// Only the changes that cross the module's boundary: made in a commit that also changes a module it
        /// imports, is imported by or shares a cycle with (the ripple of instability and cycles).
        case crossingChanges = "crossing_changes"
        /// No changes: the finding charges no interest and has no payback; it is a signal with a principal. For a
        /// rule whose metric already counts the changes interest is paid on (a hotspot's score is its change
        /// frequency rank times its complexity rank), so that friction on it would count them twice.
        case none
    }

    /// Samples that must and must not trigger the rule; each maps metrics to values (convention 9).
    public struct Examples: Codable, Hashable, Sendable {
        public var triggering: [[MetricID: Double]]
        public var nonTriggering: [[MetricID: Double]]

        public init(triggering: [[MetricID: Double]], nonTriggering: [[MetricID: Double]]) {
            self.triggering = triggering
            self.nonTriggering = nonTriggering
        }

        private enum CodingKeys: String, CodingKey {
            case triggering
            case nonTriggering = "non_triggering"
        }
    }

    /// When a gate starts failing on the rule: after a day, or after so many more commits. Both nil: now.
    public struct Enforcement: Hashable, Sendable {
        public var after: CalendarDay?
        public var afterCommits: Int?

        public init(after: CalendarDay? = nil, afterCommits: Int? = nil) {
            self.after = after
            self.afterCommits = afterCommits
        }
    }
}
