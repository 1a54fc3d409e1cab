import DebtModel

/// What `accrue baseline --update` changed.
public struct TighteningSummary: Hashable, Sendable {
    /// Figures lowered (or, for lower-is-worse findings, raised toward better).
    public var figuresTightened = 0
    /// Findings gone from the head, removed from the baseline.
    public var findingsPaid = 0
    /// Files and modules gone from the head, removed; new ones added (they passed the gate as new code).
    public var entriesRemoved = 0
    public var entriesAdded = 0

    public init() {}

    public var changedAnything: Bool { figuresTightened + findingsPaid + entriesRemoved + entriesAdded > 0 }
}

extension Baseline {
    /// The baseline tightened by `current`: a ratchet that clicks one way.
    ///
    /// Every figure becomes the better of the two; findings gone from `current` are removed; findings new in
    /// `current` are not added (that would accept new debt: regenerate the baseline without `--update` to do
    /// that on purpose). New files and modules are added with their figures, and files, modules and cycles
    /// gone are dropped. The commit stays: it is where `enforce_after_commits` counts from.
    public func tightened(with current: Baseline, rules: [Rule]) -> (baseline: Baseline, summary: TighteningSummary) {
        var summary = TighteningSummary()
        let directions = Dictionary(rules.map { ($0.id, $0.direction) }, uniquingKeysWith: { first, _ in first })
        func lower<T: Comparable>(_ old: T, _ new: T) -> T {
            if new < old { summary.figuresTightened += 1 }
            return min(old, new)
        }
        var modules: [String: ModuleFigures] = [:]
        for (name, now) in current.modules {
            guard let old = self.modules[name] else {
                modules[name] = now
                summary.entriesAdded += 1
                continue
            }
            modules[name] = ModuleFigures(
                codeLines: lower(old.codeLines, now.codeLines), files: lower(old.files, now.files),
                maxFileCodeLines: lower(old.maxFileCodeLines, now.maxFileCodeLines),
                maxComplexity: lower(old.maxComplexity, now.maxComplexity),
                maxFunctionLines: lower(old.maxFunctionLines, now.maxFunctionLines),
                maxNesting: lower(old.maxNesting, now.maxNesting), cycleCuts: lower(old.cycleCuts, now.cycleCuts),
                afferent: lower(old.afferent, now.afferent), efferent: lower(old.efferent, now.efferent),
                principalHours: lower(old.principalHours, now.principalHours),
                interestHoursPerMonth: lower(old.interestHoursPerMonth, now.interestHoursPerMonth),
                findings: lower(old.findings, now.findings), location: now.location)
        }
        var files: [String: FileFigures] = [:]
        for (path, now) in current.files {
            guard let old = self.files[path] else {
                files[path] = now
                summary.entriesAdded += 1
                continue
            }
            files[path] = FileFigures(
                module: now.module, codeLines: lower(old.codeLines, now.codeLines),
                functions: lower(old.functions, now.functions), maxComplexity: lower(old.maxComplexity, now.maxComplexity),
                maxFunctionLines: lower(old.maxFunctionLines, now.maxFunctionLines),
                maxNesting: lower(old.maxNesting, now.maxNesting), principalHours: lower(old.principalHours, now.principalHours),
                interestHoursPerMonth: lower(old.interestHoursPerMonth, now.interestHoursPerMonth),
                findings: lower(old.findings, now.findings))
        }
        summary.entriesRemoved = self.modules.keys.filter { current.modules[$0] == nil }.count
            + self.files.keys.filter { current.files[$0] == nil }.count
        var findings: [String: FindingFigures] = [:]
        for (key, old) in self.findings {
            guard var now = current.findings[key] else {
                summary.findingsPaid += 1
                continue
            }
            let lowerIsWorse = directions[old.rule] == .lowerIsWorse
            let value = lowerIsWorse ? max(old.value, now.value) : min(old.value, now.value)
            if value != old.value { summary.figuresTightened += 1 }
            now.value = value
            now.severity = lower(old.severity, now.severity)
            now.principalHours = lower(old.principalHours, now.principalHours)
            now.interestHoursPerMonth = lower(old.interestHoursPerMonth, now.interestHoursPerMonth)
            now.friction = lower(old.friction, now.friction)
            findings[key] = now
        }
        let known = self.cycles.map(Set.init)
        let cycles = current.cycles.filter { cycle in known.contains { Set(cycle).isSubset(of: $0) } }
        if cycles != self.cycles { summary.figuresTightened += 1 }
        var result = Baseline(
            commit: commit, figures: current.figures,
            totals: Totals(
                codeLines: lower(totals.codeLines, current.totals.codeLines),
                principalHours: lower(totals.principalHours, current.totals.principalHours),
                interestHoursPerMonth: lower(totals.interestHoursPerMonth, current.totals.interestHoursPerMonth),
                cycles: lower(totals.cycles, current.totals.cycles), findings: lower(totals.findings, current.totals.findings)),
            modules: modules, files: files, findings: findings, cycles: cycles)
        result.schema = Self.currentSchema
        return (result, summary)
    }
}
