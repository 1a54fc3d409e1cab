import DebtModel

/// Compares a head's figures with a base's and decides what fails.
///
/// Checks, in order:
/// - findings on files and functions: a new finding at error severity in a new file (clean as you code)
///   or a changed file (new debt); an existing error finding in a changed file whose value got worse
///   (clean as you code). Unchanged files only warn: their findings moved with history, not this change;
///   so do history metrics (hotspot, ownership), which any change to a file moves;
/// - findings on modules: a new error finding, or a warning pushed to error (new debt); a module new in the head
///   whose files were mostly one base module's is judged against that module's finding (`predecessors`), and one
///   of mostly moved code only warns when the split lowers the interest of the modules it touches (`SplitAccount`);
/// - pairs: any new hidden coupling (new debt);
/// - ratchets (`GateComparison+Ratchets.swift`): module size over budget, cycles, module interest.
/// A problem whose rule does not enforce yet (`RuleGate`) is reported as a warning with the reason.
public struct GateComparison: Sendable {
    /// Rules by id (the head's effective rules).
    public var rules: [String: Rule]
    /// Rule states by rule id, or by finding key where an override gives one subject its own; missing enforces.
    public var states: [String: RuleGate]
    public var tolerances: GateTolerances

    public init(rules: [Rule], states: [String: RuleGate], tolerances: GateTolerances) {
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.states = states
        self.tolerances = tolerances
    }

    /// The verdict on `head` against `base`; `changedFiles` are the paths that differ between them. Files the
    /// change moved (`moves`, git's renames, and same-named files: `Baseline.followingMoves`) are compared with
    /// their old selves.
    public func compare(
        base recorded: Baseline, head: Baseline, changedFiles: Set<String>, moves: [String: String] = [:]
    ) -> GateVerdict {
        compare(base: recorded, head: head, changes: Changes(files: changedFiles, moves: moves))
    }

    /// What changed between the two sides, as git sees it.
    public struct Changes: Sendable {
        /// Paths that differ.
        public var files: Set<String>
        /// Files moved: old path → new path.
        public var moves: [String: String]
        /// Files deleted; nil when unknown (then a changed file the head does not measure counts as deleted).
        public var deleted: Set<String>?

        public init(files: Set<String>, moves: [String: String] = [:], deleted: Set<String>? = nil) {
            self.files = files
            self.moves = moves
            self.deleted = deleted
        }
    }

    /// The verdict on `head` against `base` given what changed between them.
    public func compare(base recorded: Baseline, head: Baseline, changes: Changes) -> GateVerdict {
        let changedFiles = changes.files
        let base = recorded.followingMoves(to: head, known: changes.moves)
        var problems: [GateProblem] = []
        var improvements: [GateImprovement] = []
        let predecessors = base.predecessors(in: head)
        let delta = cost(base: base, head: head)
        let moved = InterestMoved(base: base, head: head, changedFiles: changedFiles, net: delta.netInterest)
        let split = SplitAccount(gate: self, base: base, head: head, moved: moved)
        for key in head.findings.keys.sorted() {
            guard let finding = head.findings[key] else { continue }
            let old = base.findings[key]
            switch finding.kind {
            case .file, .function:
                problems += judgeFileFinding(finding, old: old, base: base, changedFiles: changedFiles)
            case .module:
                // A module split off another (or renamed) is judged against the finding its code had there.
                let inherited = old ?? predecessors[finding.subject].flatMap { origin in
                    var there = finding
                    there.subject = origin
                    return base.findings[there.key]
                }
                problems += judgeModuleFinding(finding, old: inherited).map { problem in
                    split.judged(problem, module: finding.subject)
                }
            case .pair:
                if old == nil { problems.append(newCoupling(finding)) }
            }
            // A figure measured from history (a hotspot's rank) moves when other files change: no gain either.
            if let old, isBetter(finding.value, than: old.value, rule: finding.rule),
                !Self.historyMetrics.contains(finding.metric)
            {
                improvements.append(GateImprovement(
                    subject: finding.displaySubject, figure: finding.rule, base: old.value, head: finding.value))
            }
        }
        improvements += vanished(base: base, head: head, changes: changes)
        problems += ratchetProblems(
            base: base, head: head, changedFiles: changedFiles, moved: moved, improvements: &improvements)
        return GateVerdict(problems: problems, improvements: improvements, cost: delta)
    }

    /// The findings gone from the head that were repaid. A file the change deleted takes its debt with it; one
    /// merely no longer scanned (excluded) does not, nor does a rule the head turned off, and a figure measured
    /// from history that vanished (a file moved in the work tree has no history yet, a shallow clone little) was
    /// not paid.
    private func vanished(base: Baseline, head: Baseline, changes: Changes) -> [GateImprovement] {
        var improvements: [GateImprovement] = []
        for (key, old) in base.findings where head.findings[key] == nil {
            let deleted = old.path.map { path in
                head.files[path] == nil && (changes.deleted?.contains(path) ?? changes.files.contains(path))
            } ?? false
            let paid = stillMeasured(old, in: head) && !Self.historyMetrics.contains(old.metric)
                && rules[old.rule]?.mode != .off
            guard deleted || paid else { continue }
            improvements.append(GateImprovement(
                subject: old.displaySubject, figure: "\(old.rule) (\(deleted ? "file deleted" : "paid"))", base: old.value,
                head: 0))
        }
        return improvements
    }

    /// Metrics measured from history (and relative to the rest of the repository): touching a file moves
    /// them, so on files and functions they warn instead of failing.
    static let historyMetrics: Set<MetricID> = [.hotspotScore, .mainAuthorShare, .authorCount, .revisions]

    private func judgeFileFinding(
        _ finding: FindingFigures, old: FindingFigures?, base: Baseline, changedFiles: Set<String>
    ) -> [GateProblem] {
        let problems = judgeFileCode(finding, old: old, base: base, changedFiles: changedFiles)
        guard Self.historyMetrics.contains(finding.metric) else { return problems }
        return problems.map { problem in
            var softened = problem
            softened.movedWithHistory = true
            if softened.status == .failure {
                softened.status = .warning
                softened.note = "\(finding.metric.rawValue) is measured from history: any change to the file moves it"
            }
            return softened
        }
    }

    private func judgeFileCode(
        _ finding: FindingFigures, old: FindingFigures?, base: Baseline, changedFiles: Set<String>
    ) -> [GateProblem] {
        let path = finding.path ?? ""
        let isNewFile = base.files[path] == nil
        let isChanged = isNewFile || changedFiles.contains(path)
        let over = overText(finding)
        guard let old else {
            guard isChanged else {
                guard finding.severity == .error else { return [] }
                var found = problem(.newDebt, finding, "new finding in a file this change did not touch: \(over)")
                found.status = .warning
                found.note = "the file did not change; history or repository-wide figures moved"
                return [found]
            }
            let check: GateProblem.Check = isNewFile ? .cleanAsYouCode : .newDebt
            let what = isNewFile ? "new file breaks a rule" : "new debt"
            var found = problem(check, finding, "\(what): \(over)")
            if finding.severity == .warning {
                found.status = .warning
                found.note = found.note ?? "warning severity"
            }
            return [found]
        }
        guard isChanged else { return [] }
        let pushed = old.severity == .warning && finding.severity == .error
        let worse = isWorse(finding.value, than: old.value, rule: finding.rule)
        guard pushed || worse else { return [] }
        if pushed {
            return [problem(.newDebt, finding, "pushed over the error threshold: \(over) (was \(format(old.value)))",
                base: old.value)]
        }
        var found = problem(
            .cleanAsYouCode, finding,
            "made worse: \(finding.rule) \(format(old.value)) → \(format(finding.value))", base: old.value)
        if finding.severity == .warning {
            found.status = .warning
            found.note = found.note ?? "warning severity"
        } else if found.status == .failure {
            // Splitting a function in a file already over its threshold adds a line or two: say how to allow it.
            found.note = "beyond its error threshold it may only shrink; gate: { finding_value: { absolute: N } } "
                + "in .accrue.yml lets it grow by N"
        }
        return [found]
    }

    private func judgeModuleFinding(_ finding: FindingFigures, old: FindingFigures?) -> [GateProblem] {
        // Cycles and size are judged by their ratchets, which know the whole cycle and the budget.
        guard finding.metric != .moduleCycles, finding.severity == .error else { return [] }
        let over = overText(finding)
        guard let old else { return [problem(.newDebt, finding, "new debt: \(over)")] }
        guard old.severity == .warning else { return [] }
        return [problem(.newDebt, finding, "pushed over the error threshold: \(over) (was \(format(old.value)))",
            base: old.value)]
    }

    /// A new hidden coupling. Co-change is measured from history (a run of commits touching both, even for
    /// comments, makes one), so at warning severity it warns, as history figures on files do; at error it fails.
    private func newCoupling(_ finding: FindingFigures) -> GateProblem {
        var found = problem(
            .newDebt, finding, "new hidden coupling: \(finding.displaySubject) change together "
                + "(\(format(finding.value)) %) without importing each other")
        if found.status == .failure && finding.severity == .warning {
            found.status = .warning
            found.note = "measured from history: a coupling fails the gate at error severity"
        }
        return found
    }

    /// A problem about a finding; a warning with the reason when its rule does not enforce yet.
    func problem(
        _ check: GateProblem.Check, _ finding: FindingFigures, _ message: String, base: Double? = nil
    ) -> GateProblem {
        let state = state(of: finding)
        return GateProblem(
            check: check, status: state.enforcing ? .failure : .warning, rule: finding.rule,
            subject: finding.displaySubject, location: finding.location, message: message, base: base,
            head: finding.value, note: state.reason, key: finding.key)
    }

    /// The finding's own state (a per-path override) if there is one, else its rule's.
    func state(of finding: FindingFigures) -> RuleGate {
        states[finding.key] ?? states[finding.rule] ?? .enforcing
    }

    /// Whether the base's subject is still there at the head (else the finding left with its subject).
    private func stillMeasured(_ finding: FindingFigures, in head: Baseline) -> Bool {
        switch finding.kind {
        case .file, .function: head.files[finding.path ?? ""] != nil
        case .module: finding.modules.allSatisfy { head.modules[$0] != nil }
        case .pair: finding.modules.allSatisfy { head.modules[$0] != nil }
        }
    }

    func isWorse(_ value: Double, than old: Double, rule id: String) -> Bool {
        let allowance = tolerances.findingValue.slack(over: old)
        switch rules[id]?.direction ?? .higherIsWorse {
        case .higherIsWorse: return value - old > allowance + 1e-9
        case .lowerIsWorse: return old - value > allowance + 1e-9
        }
    }

    func isBetter(_ value: Double, than old: Double, rule id: String) -> Bool {
        switch rules[id]?.direction ?? .higherIsWorse {
        case .higherIsWorse: value < old - 1e-9
        case .lowerIsWorse: value > old + 1e-9
        }
    }

    /// `file-size 1100 > error 1000`, `ownership-fragmentation 0.2 < error 0.3`.
    func overText(_ finding: FindingFigures) -> String {
        guard let rule = rules[finding.rule] else { return "\(finding.rule) \(format(finding.value))" }
        let relation = rule.direction == .higherIsWorse ? ">" : "<"
        let limit = finding.severity == .error ? rule.thresholds.error : rule.thresholds.warning
        return "\(finding.rule) \(format(finding.value)) \(relation) \(finding.severity.rawValue) \(format(limit))"
    }
}

/// A figure for messages: integers without decimals, others with up to three.
func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return grouped(Int(value)) }
    var text = String(value.roundedForBaseline)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}
