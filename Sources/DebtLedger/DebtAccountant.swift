import DebtModel

/// Evaluates every rule on the subjects of its scope and prices what it finds.
///
/// Order: a observation is checked only against rules of its own scope; a rule whose metric the
/// observation lacks is skipped (not every language measures every metric). Findings come out sorted by
/// interest, then principal, then subject, so output never depends on input order.
public struct DebtAccountant: Sendable {
    public let rules: [Rule]
    public let model: ModelParameters
    /// The rule as it applies to one subject (per-path and per-module overrides); identity by default.
    public let adjust: @Sendable (Rule, Subject) -> Rule

    public init(
        rules: [Rule], model: ModelParameters, adjust: @escaping @Sendable (Rule, Subject) -> Rule = { rule, _ in rule }
    ) {
        self.rules = rules
        self.model = model
        self.adjust = adjust
    }

    public func findings(for observations: [Observation]) -> [Finding] {
        var findings: [Finding] = []
        let byScope = Dictionary(grouping: rules, by: \.scope)
        for observation in observations {
            for general in byScope[observation.subject.scope] ?? [] {
                let rule = adjust(general, observation.subject)
                guard observation.values[rule.metric] != nil,
                    rule.appliesWhen.allSatisfy({ observation.values[$0.metric] != nil }),
                    rule.frictionScale.map({ observation.values[$0] != nil }) ?? true,
                    let severity = try? rule.evaluate(observation.values),
                    let value = observation.values[rule.metric]
                else { continue }
                findings.append(price(rule, value: value, severity: severity, observation: observation))
            }
        }
        findings = Self.saturate(findings, maximumFriction: model.interest.maximumFriction.value)
        // Positions are sorted, not findings: moving a finding retains its evidence field by field.
        // Most interest first, then most principal (the comparisons a tuple `<` makes), then subject and rule.
        let interest = findings.map(\.interest.hoursPerMonth)
        let principal = findings.map(\.principal.hours)
        let order = findings.indices.sorted { a, b in
            if interest[a] != interest[b] { return interest[b] < interest[a] }
            if principal[a] != principal[b] { return principal[b] < principal[a] }
            return (findings[a].subject, findings[a].rule) < (findings[b].subject, findings[b].rule)
        }
        return order.map { findings[$0] }
    }

    private func price(_ rule: Rule, value: Double, severity: Severity, observation: Observation) -> Finding {
        let beyond = excess(value, rule)
        let width = abs(rule.thresholds.error - rule.thresholds.warning)
        let span = width > 0 ? beyond / width : 1
        // A module rule pays on the changes its `activity` names: all of the module's, or those that cross.
        // `activity: none`: a signal without interest, and no part of the friction a change meets.
        let signal = rule.activity == .none
        let crosses = rule.activity == .crossingChanges && rule.scope == .module
        let activity = crosses ? observation.crossing : observation.activity
        var interest = Finding.Interest(
            changesPerMonth: signal ? 0 : activity.changesPerMonth(halfLifeDays: model.interest.activityHalfLifeDays.value),
            share: observation.share, baselineHoursPerChange: model.interest.baselineHoursPerChange.value, span: span,
            frictionPerSpan: signal ? 0 : model.interest.frictionPerThresholdSpan.value,
            maximumFriction: model.interest.maximumFriction.value, commits: signal ? [] : activity.distinctCommits,
            activity: signal ? .none : crosses ? .crossingChanges : .moduleChanges)
        if let metric = rule.frictionScale, let value = observation.values[metric] {
            interest.scale = min(1, max(0, value))
            interest.scaleMetric = metric
        }
        return Finding(
            rule: rule.id, subject: observation.subject, metric: rule.metric, value: value, severity: severity,
            thresholds: rule.thresholds,
            principal: Finding.Principal(
                basis: rule.effort.basis, baseHours: rule.effort.baseHours, hoursPerUnit: rule.effort.hoursPerUnit,
                units: units(rule.effort.basis, beyond: beyond, observation)),
            interest: interest)
    }

    /// The units the principal's `hours_per_unit` is paid on, by the rule's effort basis.
    private func units(_ basis: Rule.Effort.Basis, beyond: Double, _ observation: Observation) -> Double {
        switch basis {
        case .excess: beyond
        case .importSite: Double(observation.importSites)
        case .finding: 0
        case .groupLink: observation.groupLinks
        case .dependentFile: Double(observation.dependentFiles)
        }
    }

    /// Caps the friction one change meets at `maximumFriction`, whatever the number of findings behind it.
    ///
    /// Code Red's 124 % is what low-quality code as a whole adds to a change, the sum of all its smells, so
    /// findings on one change add up, to at most the cap. A change to a file meets the file's findings and its
    /// functions' (each weighted by its share of the file); a change to a module, the module's findings; a
    /// pair's finding stands alone. When their frictions add up to more than the cap, each finding keeps its
    /// proportion of it: `saturation = maximumFriction / sum`.
    ///
    /// A module's findings saturate together whatever changes they are paid on: a crossing change meets them
    /// all, so the cap holds exactly there; a change that stays inside the module meets only the
    /// `module_changes` findings, each at its saturated friction, so it is charged no more than the cap
    /// (and less than its own findings' sum when a crossing rule took part of the cap).
    static func saturate(_ findings: [Finding], maximumFriction: Double) -> [Finding] {
        func change(_ subject: Subject) -> Subject {
            if case .function(let path, _, _) = subject { return .file(path) }
            return subject
        }
        var total: [Subject: Double] = [:]
        for finding in findings {
            total[change(finding.subject), default: 0] += finding.interest.share * finding.interest.friction
        }
        return findings.map { finding in
            var finding = finding
            let sum = total[change(finding.subject)] ?? 0
            if sum > maximumFriction { finding.interest.saturation = maximumFriction / sum }
            return finding
        }
    }

    /// How far the value is beyond the warning threshold, in the metric's units (never negative).
    private func excess(_ value: Double, _ rule: Rule) -> Double {
        switch rule.direction {
        case .higherIsWorse: max(0, value - rule.thresholds.warning)
        case .lowerIsWorse: max(0, rule.thresholds.warning - value)
        }
    }
}
