/// One debt rule from `rules/debt/<id>.yaml`: a metric, its thresholds, why, and what fixing it costs.
public struct Rule: Codable, Hashable, Sendable, Identifiable {
    /// The schema version of the file (1).
    public var version: Int
    /// The rule's name, equal to its file name (`file-size`).
    public var id: String
    public var title: String
    public var metric: MetricID
    public var scope: Scope
    public var direction: Direction
    public var thresholds: Thresholds
    /// Other metrics that must reach a minimum before the rule judges a subject at all
    /// (`instability` only for modules with at least 3 dependents). Empty: always applies.
    public var appliesWhen: [Condition]
    /// One line on why the threshold matters.
    public var rationale: String
    /// Where the threshold comes from (a tool's default, a study), or "assumption".
    public var source: String
    public var remediation: String
    /// The principal's parameters: what fixing one finding costs, in hours.
    public var effort: Effort
    public var examples: Examples
    public var mode: RuleMode
    /// When a gate starts failing on this rule; nil fails at once. Carried for the gate, not used here.
    public var enforcement: Enforcement
    /// Which changes a module finding's interest is paid on (`activity:`; module rules only).
    public var activity: ActivityBasis
    /// A metric of the subject, 0 to 1, that the finding's friction is multiplied by (`friction_scale:`): how much
    /// of the full friction the finding's subject meets (`dependent_share` for main-sequence distance). nil: 1.
    public var frictionScale: MetricID?

    /// The values `friction_scale:` takes besides `none`: metrics that are shares, 0 to 1.
    public static let frictionScales: [MetricID] = [.dependentShare]

    public init(
        id: String, title: String, metric: MetricID, scope: Scope, direction: Direction, thresholds: Thresholds,
        appliesWhen: [Condition] = [], rationale: String = "", source: String = "", remediation: String = "",
        effort: Effort = Effort(basis: .finding, baseHours: 0, hoursPerUnit: 0),
        examples: Examples = Examples(triggering: [], nonTriggering: []), mode: RuleMode = .enforce,
        enforcement: Enforcement = Enforcement(), activity: ActivityBasis = .moduleChanges,
        frictionScale: MetricID? = nil, version: Int = 1
    ) {
        self.version = version
        self.id = id
        self.title = title
        self.metric = metric
        self.scope = scope
        self.direction = direction
        self.thresholds = thresholds
        self.appliesWhen = appliesWhen
        self.rationale = rationale
        self.source = source
        self.remediation = remediation
        self.effort = effort
        self.examples = examples
        self.mode = mode
        self.enforcement = enforcement
        self.activity = activity
        self.frictionScale = frictionScale
    }

    private enum CodingKeys: String, CodingKey {
        case version, id, title, metric, scope, direction, thresholds, rationale, source, remediation, effort
        case examples, mode, activity
        case appliesWhen = "applies_when"
        case frictionScale = "friction_scale"
        case enforceAfter = "enforce_after"
        case enforceAfterCommits = "enforce_after_commits"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        metric = try container.decode(MetricID.self, forKey: .metric)
        scope = try container.decode(Scope.self, forKey: .scope)
        direction = try container.decode(Direction.self, forKey: .direction)
        thresholds = try container.decode(Thresholds.self, forKey: .thresholds)
        appliesWhen = try container.decodeIfPresent([Condition].self, forKey: .appliesWhen) ?? []
        rationale = try container.decode(String.self, forKey: .rationale)
        source = try container.decode(String.self, forKey: .source)
        remediation = try container.decode(String.self, forKey: .remediation)
        effort = try container.decode(Effort.self, forKey: .effort)
        examples = try container.decode(Examples.self, forKey: .examples)
        mode = try container.decodeIfPresent(RuleMode.self, forKey: .mode) ?? .enforce
        enforcement = Enforcement(
            after: try container.decodeIfPresent(CalendarDay.self, forKey: .enforceAfter),
            afterCommits: try container.decodeIfPresent(Int.self, forKey: .enforceAfterCommits))
        activity = try container.decodeIfPresent(ActivityBasis.self, forKey: .activity) ?? .moduleChanges
        let scale = try container.decodeIfPresent(String.self, forKey: .frictionScale) ?? "none"
        if scale == "none" {
            frictionScale = nil
        } else if let metric = MetricID(rawValue: scale), Self.frictionScales.contains(metric) {
            frictionScale = metric
        } else {
            throw DecodingError.dataCorruptedError(
                forKey: .frictionScale, in: container,
                debugDescription: "expected none or one of \(Self.frictionScales.map(\.rawValue).joined(separator: ", "))")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(metric, forKey: .metric)
        try container.encode(scope, forKey: .scope)
        try container.encode(direction, forKey: .direction)
        try container.encode(thresholds, forKey: .thresholds)
        if !appliesWhen.isEmpty { try container.encode(appliesWhen, forKey: .appliesWhen) }
        try container.encode(rationale, forKey: .rationale)
        try container.encode(source, forKey: .source)
        try container.encode(remediation, forKey: .remediation)
        try container.encode(effort, forKey: .effort)
        try container.encode(examples, forKey: .examples)
        try container.encode(mode, forKey: .mode)
        try container.encodeIfPresent(enforcement.after, forKey: .enforceAfter)
        try container.encodeIfPresent(enforcement.afterCommits, forKey: .enforceAfterCommits)
        if activity != .moduleChanges { try container.encode(activity, forKey: .activity) }
        try container.encodeIfPresent(frictionScale, forKey: .frictionScale)
    }
}
