import DebtModel

extension GateComparison {
    /// Figures that may only go down: a module's size once over budget, the cycles, a module's interest.
    func ratchetProblems(
        base: Baseline, head: Baseline, changedFiles: Set<String>, moved: InterestMoved,
        improvements: inout [GateImprovement]
    ) -> [GateProblem] {
        var problems: [GateProblem] = []
        let sizeRule = rules["module-size"]
        let added = interestAddedPerModule(base: base, head: head)
        for name in head.modules.keys.sorted() {
            guard let now = head.modules[name], let then = base.modules[name] else { continue }
            let subject = "module \(name)"
            // Only a module already over budget is ratcheted; crossing into the budget's warning band is a
            // new (warning) finding, and crossing the error threshold is new debt.
            if let sizeRule, Double(then.codeLines) > sizeRule.thresholds.warning,
                !tolerances.moduleSize.allows(from: Double(then.codeLines), to: Double(now.codeLines))
            {
                let state = states[sizeRule.id] ?? .enforcing
                problems.append(GateProblem(
                    check: .ratchet, status: state.enforcing ? .failure : .warning, rule: sizeRule.id,
                    subject: subject, location: now.location,
                    message: "module over its budget grew: \(grouped(then.codeLines)) → \(grouped(now.codeLines)) code lines "
                        + "(warning over \(format(sizeRule.thresholds.warning)), error over \(format(sizeRule.thresholds.error)); "
                        + "a tolerance, gate: { module_size: { absolute: N } } in .accrue.yml, lets it grow by N)",
                    base: Double(then.codeLines), head: Double(now.codeLines), note: state.reason,
                    key: "module-size module:\(name)"))
            }
            if now.codeLines < then.codeLines {
                improvements.append(GateImprovement(
                    subject: subject, figure: "code lines", base: Double(then.codeLines), head: Double(now.codeLines)))
            }
            if let problem = interestProblem(
                module: name, then: then, now: now, rise: added[name] ?? (enforced: 0, all: 0), moved: moved,
                base: base, head: head)
            {
                problems.append(problem)
            }
        }
        problems += cycleProblems(base: base, head: head, changedFiles: changedFiles, improvements: &improvements)
        return problems
    }

    /// What lets a module's interest rise without failing: the change lowered the repository's interest as a
    /// whole (`net` < 0) and none of the module's files changed. Extracting a module gives the libraries it uses one more
    /// dependent (their main-sequence distance rises) while the module it left sheds far more: interest moved, not added.
    struct InterestMoved {
        /// The modules owning a changed file, at the base or at the head.
        var touched: Set<String>
        /// Interest added minus interest removed by the change, h/month.
        var net: Double

        init(base: Baseline, head: Baseline, changedFiles: Set<String>, net: Double) {
            touched = Set(changedFiles.flatMap { [base.files[$0]?.module, head.files[$0]?.module].compactMap { $0 } })
            self.net = net
        }

        func excuses(_ module: String) -> Bool { net < -1e-9 && !touched.contains(module) }
    }

    /// The ratchet on the interest a change adds to one module, if it rose beyond its tolerance.
    private func interestProblem(
        module name: String, then: ModuleFigures, now: ModuleFigures, rise: (enforced: Double, all: Double),
        moved: InterestMoved, base: Baseline, head: Baseline
    ) -> GateProblem? {
        let slack = tolerances.moduleInterest.slack(over: then.interestHoursPerMonth)
        guard rise.all > slack + 1e-9 else { return nil }
        let excused = moved.excuses(name)
        let enforced = rise.enforced > slack + 1e-9 && !excused
        let note: String? =
            if excused {
                "interest moved, not added: none of the module's files changed, and this change lowers the "
                    + "repository's interest by \(format((-moved.net).roundedForBaseline)) h/month"
            } else if !enforced {
                "the rules adding it are not enforced yet or measure history"
            } else {
                nil
            }
        return GateProblem(
            check: .ratchet, status: enforced ? .failure : .warning, rule: "module-interest",
            subject: "module \(name)", location: now.location,
            message: "this change adds \(format(rise.all.roundedForBaseline)) h/month of interest to the "
                + "module (tolerance \(format(slack.roundedForBaseline)) h/month)"
                + interestSources(of: name, base: base, head: head),
            base: then.interestHoursPerMonth, head: then.interestHoursPerMonth + rise.all, note: note,
            key: "module-interest module:\(name)")
    }

    private func cycleProblems(
        base: Baseline, head: Baseline, changedFiles: Set<String>, improvements: inout [GateImprovement]
    ) -> [GateProblem] {
        let state = states["module-cycle"] ?? .enforcing
        let known = base.cycles.map(Set.init)
        var problems: [GateProblem] = []
        for cycle in head.cycles where !known.contains(where: { Set(cycle).isSubset(of: $0) }) {
            let members = cycle.joined(separator: ", ")
            let location = cycle.lazy.compactMap { head.modules[$0]?.location }.first
            let key = cycle.joined(separator: "+")
            let cuts = head.cycleCuts[key] ?? []
            problems.append(GateProblem(
                check: .newDebt, status: state.enforcing ? .failure : .warning, rule: "module-cycle",
                subject: "cycle \(members)", location: location,
                message: "new import cycle between modules \(members)"
                    + Self.changedImports(on: head.cycleEdges[key] ?? [], changedFiles: changedFiles)
                    + (cuts.isEmpty
                        ? " (`accrue modules` names the imports to cut)"
                        : "; to break it, cut the weakest import edge\(cuts.count == 1 ? "" : "s"): " + cuts.joined(separator: "; ")),
                note: state.reason,
                key: "module-cycle cycle:\(cycle.joined(separator: "+"))"))
        }
        let before = Double(base.cycles.count)
        let after = Double(head.cycles.count)
        if problems.isEmpty, !tolerances.cycles.allows(from: before, to: after) {
            problems.append(GateProblem(
                check: .ratchet, status: state.enforcing ? .failure : .warning, rule: "cycle-count",
                subject: "repository", location: nil,
                message: "module cycles went up: \(Int(before)) → \(Int(after))", base: before, head: after,
                note: state.reason, key: "cycle-count repository"))
        }
        if after < before {
            improvements.append(GateImprovement(subject: "repository", figure: "cycles", base: before, head: after))
        }
        return problems
    }

    /// Interest a change adds to each module at the head's activity: for each finding, its interest per
    /// unit of friction × the friction it gained (all of it for a new finding); findings are charged to
    /// their modules (a pair half to each). `enforced` counts only rules that fail the gate now, and no history metric.
    func interestAddedPerModule(base: Baseline, head: Baseline) -> [String: (enforced: Double, all: Double)] {
        var added: [String: (enforced: Double, all: Double)] = [:]
        for key in head.findings.keys.sorted() {
            guard let finding = head.findings[key] else { continue }
            let gained = interestGained(finding, old: base.findings[key])
            guard gained > 0 else { continue }
            let share = 1 / Double(max(1, finding.modules.count))
            // History metrics (hotspot, ownership) rise with activity, not with debt the change adds: like
            // their findings on touched files, the interest they gain warns instead of failing.
            let enforcing = state(of: finding).enforcing && !Self.historyMetrics.contains(finding.metric)
                && !(finding.kind == .pair && finding.severity == .warning)
            for module in finding.modules {
                added[module, default: (0, 0)].all += gained * share
                if enforcing { added[module, default: (0, 0)].enforced += gained * share }
            }
        }
        return added
    }

    /// The findings a module's added interest comes from, largest first (at most two named): what rose, so a reader
    /// sees whether this change added it or the base is old (`; from module-size of module Core (friction
    /// 0.124 → 0.273, +0.361 h/month)`).
    func interestSources(of module: String, base: Baseline, head: Baseline) -> String {
        let gains = head.findings.sorted { $0.key < $1.key }.compactMap { key, finding -> (String, Double)? in
            guard finding.modules.contains(module) else { return nil }
            let old = base.findings[key]
            let gained = interestGained(finding, old: old) / Double(max(1, finding.modules.count))
            guard gained > 1e-9 else { return nil }
            let change = old.map { "friction \(format($0.friction)) → \(format(finding.friction))" } ?? "new finding"
            let added = "+\(format(gained.roundedForBaseline)) h/month"
            return ("\(finding.rule) of \(finding.displaySubject) (\(change), \(added))", gained)
        }.sorted { $0.1 > $1.1 }
        guard !gains.isEmpty else { return "" }
        let more = gains.count > 2 ? " and \(gains.count - 2) more" : ""
        return "; from " + gains.prefix(2).map(\.0).joined(separator: "; ") + more
    }

    /// Interest per month the finding gained since the base, at the head's activity (may be negative).
    func interestGained(_ finding: FindingFigures, old: FindingFigures?) -> Double {
        guard let old else { return finding.interestHoursPerMonth }
        return finding.interestPerFriction * (finding.friction - old.friction)
    }

    /// Principal and interest added and removed, finding by finding; with `scope`, only on the findings charged to
    /// one of those modules.
    func cost(base: Baseline, head: Baseline, within scope: Set<String>? = nil) -> CostDelta {
        var delta = CostDelta()
        func counts(_ finding: FindingFigures) -> Bool { scope.map { !$0.isDisjoint(with: finding.modules) } ?? true }
        func book(principal: Double, interest: Double) {
            if principal > 0 { delta.principalAdded += principal } else { delta.principalRemoved -= principal }
            if interest > 0 { delta.interestAdded += interest } else { delta.interestRemoved -= interest }
        }
        for key in head.findings.keys.sorted() {
            guard let finding = head.findings[key], counts(finding) || base.findings[key].map(counts) == true
            else { continue }
            let old = base.findings[key]
            book(
                principal: finding.principalHours - (old?.principalHours ?? 0),
                interest: interestGained(finding, old: old))
        }
        for key in base.findings.keys.sorted() where head.findings[key] == nil {
            guard let old = base.findings[key], counts(old) else { continue }
            book(principal: -old.principalHours, interest: -old.interestHoursPerMonth)
        }
        return CostDelta(
            principalAdded: delta.principalAdded.roundedForBaseline,
            principalRemoved: delta.principalRemoved.roundedForBaseline,
            interestAdded: delta.interestAdded.roundedForBaseline,
            interestRemoved: delta.interestRemoved.roundedForBaseline)
    }

    /// The cycle's edges this change imports along, named with the changed files that import: where the
    /// change closed the cycle, which the weakest edges (those to cut) need not be. Empty when none is known.
    static func changedImports(on edges: [Baseline.CycleEdge], changedFiles: Set<String>) -> String {
        let touched = edges.compactMap { edge -> String? in
            let files = edge.files.filter(changedFiles.contains)
            guard let first = files.first else { return nil }
            let more = files.count > 1 ? " and \(files.count - 1) more" : ""
            return "\(edge.from) → \(edge.to) (in \(first)\(more))"
        }
        guard !touched.isEmpty else { return "" }
        return "; this change imports along it: " + touched.joined(separator: "; ")
    }
}

extension CostDelta {
    /// Interest added minus interest removed, h/month: what the change does to the repository's interest.
    var netInterest: Double { interestAdded - interestRemoved }
}
