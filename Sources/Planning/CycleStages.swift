import DebtLedger
import PlanNaming

/// Stages that break a module cycle at the edges accrue proposes to cut, one stage per cut edge.
///
/// Each cut edge `from → to` is removed by inverting it: `from` declares a protocol with what it uses
/// from `to`, `to` conforms, and the import lines go. The last stage of a cycle checks the whole cycle.
package struct CycleStages {
    let cycle: PlanCycle
    /// `module-cycle` findings by module name.
    let findings: [String: Finding]
    let settings: PlanSettings
    /// Each module's manifest grammar, for how the inverted interface is spelled.
    var ecosystems: [String: String] = [:]
    /// The module imports: where `to` may conform.
    var graph = ImportGraph()

    /// Creates the builder for one cycle.
    package init(
        cycle: PlanCycle, findings: [String: Finding], settings: PlanSettings, ecosystems: [String: String] = [:],
        graph: ImportGraph = ImportGraph()
    ) {
        self.cycle = cycle
        self.findings = findings
        self.settings = settings
        self.ecosystems = ecosystems
        self.graph = graph
    }

    /// Each module's manifest grammar as `ModuleNaming` spells it, by module name: the builder's `ecosystems`.
    package static func ecosystems(of modules: [PlanModule]) -> [String: String] {
        Dictionary(modules.map { ($0.name, ModuleNaming.spelling(of: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The ring as a title names it: its modules, or how many past three (abseil's ring of 15 Bazel packages made a
    /// title of 300 characters; the last stage's check still names them all).
    private var ring: String {
        cycle.modules.count > 3 ? "\(cycle.modules.count) modules" : cycle.modules.joined(separator: ", ")
    }

    package func stages() -> [PlanStage] {
        let group = "break-cycle:" + cycle.modules.joined(separator: ",")
        var cutsLeft: [String: Int] = [:]
        for cut in cycle.cuts { cutsLeft[cut.from, default: 0] += 1 }
        var result: [PlanStage] = []
        let broken = cycle.cuts.reduce(graph) { $0.removing(ModuleEdge($1.from, $1.to)) }
        for (index, cut) in cycle.cuts.enumerated() {
            let isLast = index == cycle.cuts.count - 1
            let before = cutsLeft[cut.from] ?? 0
            cutsLeft[cut.from] = before - 1
            let finding = findings[cut.from]
            let saved = finding?.interestSaved(from: Double(before), to: Double(before - 1)) ?? 0
            var steps = [cut.declarationStep(in: cut.from, ecosystem: ecosystems[cut.from])]
            if !cut.usedNames.isEmpty {
                // Conforming in `to` makes it import `from`: not where `from` still reaches it.
                let place = broken.cycle(closedBy: ModuleEdge(cut.to, cut.from)).map {
                    "in a module that imports both (not in \(cut.to): its import of \(cut.from) would close \($0))"
                } ?? "in \(cut.to), or in a module that imports both"
                steps.append(
                    "Make \(cut.to)'s types conform (\(place)) and pass them "
                        + "into \(cut.from); or move \(namesText(cut.usedNames, limit: 3)) into \(cut.from) if "
                        + "nothing else in \(cut.to) needs them")
            }
            steps.append(cut.deletionStep)
            let changed = cut.changedLines(budget: settings.budget)
            var checks = [PlanCheck(
                rule: "module-cycle", subject: "\(cut.from) → \(cut.to)", comparison: "==", value: 0,
                text: "\(cut.from) does not import \(cut.to)")]
            if isLast {
                checks.append(PlanCheck(
                    rule: "module-cycle", subject: cycle.modules.map { "module \($0)" }.joined(separator: ", "),
                    comparison: "==", value: 0, text: "no cycle among \(cycle.modules.joined(separator: ", "))"))
            }
            let principal = (finding?.principal.baseHours ?? 4) / Double(cycle.cuts.count)
                + (finding?.principal.hoursPerUnit ?? 0.5) * Double(cut.sites.count)
            var stage = PlanStage(
                id: "\(group):\(cut.from)->\(cut.to)", kind: .breakCycle,
                title: "Break the cycle among \(ring) at \(cut.from) → \(cut.to)",
                why: "\(cycle.modules.count) modules import each other in a ring, so none can change, build or be "
                    + "tested alone; \(cut.from) → \(cut.to) is the weakest edge (\(cut.sites.count) import "
                    + "site\(cut.sites.count == 1 ? "" : "s")). The cycle charges \(hoursText(finding?.interest.hoursPerMonth ?? 0)) a month on \(cut.from).",
                steps: steps, files: Set(cut.sites.map(\.path)).sorted(),
                declarations: cut.inversionDeclarations, importSites: cut.sites,
                changedLines: changed, principalHours: principal, interestSavedHoursPerMonth: saved,
                needs: index > 0 ? [result[index - 1].id] : [], checks: checks, group: group)
            stage.removedImports = [ModuleEdge(cut.from, cut.to)]
            result.append(stage)
        }
        return result
    }
}
