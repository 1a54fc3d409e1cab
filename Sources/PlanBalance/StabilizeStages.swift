import DebtLedger
import Planning
import DebtModel
import SymbolScan

/// Stages that make a depended-upon, unstable module stable: its instability I = Ce / (Ca + Ce) (Ce the
/// modules it imports, Ca the modules that ship and import it) must come within the rule's warning gap of its
/// most stable dependent's (`limit`).
///
/// Two repairs, the one needing fewer inverted imports taken (extraction on a tie is not worth its moves):
/// - **Extract the stable core**: the files declaring what the dependents use, with every file of the module
///   those use, move into a new module the dependents import instead. What stays has no dependents left; the
///   core imports only what its own files import (inverted first where that is still too much).
/// - **Invert outgoing imports**, cheapest first (fewest import lines and names): the module declares a
///   protocol with what it uses from the imported module, whose types conform in a module that imports
///   both (a composition root), and the imports go.
///
/// The finding applies only while a dependent more stable than the module by more than the warning gap imports
/// it (the Stable Dependencies Principle's violation). When those dependents are fewer than the imports
/// stabilizing would invert, a third repair is taken: **invert the more stable dependents' imports** of the
/// module, one stage each.
///
/// An inverted import's types conform in a composition root: a dependent the imported module does not reach, once
/// the import is gone (one it reaches would close a cycle by importing it); when it reaches every dependent, a new
/// module, and the step says why. The stages record the imports they add and remove (`ImportGraph`).
package struct StabilizeStages {
    let module: PlanModule
    let stability: PlanStability
    /// The module's `instability` finding.
    let finding: Finding
    let settings: PlanSettings
    /// Module names already in use.
    let taken: Set<String>
    /// The module imports: where a composition root may go.
    var graph = ImportGraph()

    /// Creates the builder for one unstable module.
    package init(
        module: PlanModule, stability: PlanStability, finding: Finding, settings: PlanSettings, taken: Set<String>,
        graph: ImportGraph = ImportGraph()
    ) {
        self.module = module
        self.stability = stability
        self.finding = finding
        self.settings = settings
        self.taken = taken
        self.graph = graph
    }

    private var group: String { "stabilize-module:\(module.name)" }

    package func stages() -> [PlanStage] {
        let ca = stability.dependents.count
        let inversions = Self.inversionsNeeded(efferent: stability.outgoing.count, afferent: ca, limit: limit)
        guard inversions > 0 else { return [] }
        let incoming = stability.stableDependents
        if !incoming.isEmpty, incoming.count < inversions { return invertDependents(incoming, instead: inversions) }
        // A core worth extracting imports fewer modules than the module, and needs fewer inversions.
        if let core = Core(module: module, stability: stability, name: coreName),
            core.imports.count < stability.outgoing.count,
            Self.inversionsNeeded(efferent: core.imports.count, afferent: core.afferent, limit: limit) < inversions,
            let stages = extraction(core)
        {
            return stages
        }
        return invert(cheapest(stability.outgoing, count: inversions), efferent: stability.outgoing.count, afferent: ca)
    }

    private var warning: Double { finding.thresholds.warning }
    /// The highest instability the rule allows the module: its most stable dependent's plus the warning gap.
    private var limit: Double { stability.floor + warning }

    /// Fewest imports to drop so that efferent / (afferent + efferent) ≤ limit.
    static func inversionsNeeded(efferent: Int, afferent: Int, limit: Double) -> Int {
        guard limit < 1 else { return 0 }
        let allowed = Int((limit / (1 - limit) * Double(afferent) + 1e-9).rounded(.down))
        return max(0, efferent - allowed)
    }

    private func cheapest(_ cuts: [PlanCycle.Cut], count: Int) -> [PlanCycle.Cut] {
        Array(cuts.sorted { ($0.sites.count + $0.usedNames.count, $0.to) < ($1.sites.count + $1.usedNames.count, $1.to) }
            .prefix(count))
    }

    // MARK: - Inversion

    /// One stage per inverted import; each saves what the instability it leaves no longer charges. Before an
    /// extraction (`forCore`) they prepare the core's files: they save nothing and check only the import, as the
    /// extraction's last stage saves the finding's interest and checks the core.
    private func invert(_ cuts: [PlanCycle.Cut], efferent: Int, afferent: Int, forCore: Bool = false) -> [PlanStage] {
        let owner = module.name
        let total = max(1, cuts.reduce(0) { $0 + $1.changedLines(budget: settings.budget) })
        var result: [PlanStage] = []
        var left = efferent
        // The imports as the stages before leave them: each inverted one gone.
        var graph = self.graph
        for cut in cuts {
            let before = Double(left) / Double(max(1, afferent + left))
            left -= 1
            let after = Double(left) / Double(max(1, afferent + left))
            let changed = cut.changedLines(budget: settings.budget)
            let inverted = ModuleEdge(owner, cut.to)
            if !forCore { graph.remove(inverted) }
            let root = compositionRoot(for: cut, in: graph)
            let steps = inversionSteps(cut, owner: owner, root: root)
            // Before an extraction only the files moving to the core must stop importing it.
            let files = Set(cut.sites.map(\.path)).sorted()
            let importers = forCore ? files.joined(separator: ", ") : owner
            var checks = [PlanCheck(
                rule: "imports", subject: "\(importers) → \(cut.to)", comparison: "==", value: 0,
                text: "\(importers) \(forCore && files.count > 1 ? "do" : "does") not import \(cut.to)")]
            if cut == cuts.last, !forCore {
                checks.append(PlanCheck(
                    rule: "instability", subject: "module \(owner)", comparison: "<=", value: limit,
                    text: "instability of \(owner) ≤ \(decimalText(limit))"))
            }
            let saved = forCore ? 0 : finding.interestSaved(from: before - stability.floor, to: after - stability.floor)
            var stage = PlanStage(
                id: "\(group):invert:\(owner)->\(cut.to)", kind: .stabilizeModule,
                title: "Invert \(owner) → \(cut.to) to stabilize \(owner)",
                why: whyText + " \(owner) → \(cut.to) is among the cheapest imports to invert (\(cut.sites.count) "
                    + "import line\(cut.sites.count == 1 ? "" : "s"), \(cut.usedNames.count) "
                    + "name\(cut.usedNames.count == 1 ? "" : "s")).",
                steps: steps, files: Set(cut.sites.map(\.path)).sorted(),
                declarations: cut.inversionDeclarations,
                importSites: cut.sites, changedLines: changed,
                principalHours: finding.principal.hours * Double(changed) / Double(total),
                interestSavedHoursPerMonth: saved, needs: result.last.map { [$0.id] } ?? [],
                checks: checks, group: group)
            // Before an extraction the module's other files may still import it.
            stage.removedImports = forCore ? [] : [inverted]
            stage.addedImports = cut.usedNames.isEmpty ? [] : root.roots.prefix(1).map { AddedImport($0, cut.to) }
            result.append(stage)
        }
        return result
    }

    /// One stage per more stable dependent: it stops importing the module (declaring what it uses instead).
    /// The finding goes with the last violation, so the last stage saves its interest.
    private func invertDependents(_ cuts: [PlanCycle.Cut], instead inversions: Int) -> [PlanStage] {
        let owner = module.name
        let total = max(1, cuts.reduce(0) { $0 + $1.changedLines(budget: settings.budget) })
        var result: [PlanStage] = []
        for cut in cuts {
            let changed = cut.changedLines(budget: settings.budget)
            var steps = [cut.declarationStep(in: cut.from, ecosystem: module.spelling)]
            let roots = dependentRoots(for: cut)
            if !cut.usedNames.isEmpty {
                let which = roots.isEmpty ? "" : ", such as one of \(roots.prefix(3).joined(separator: ", "))"
                steps.append(
                    "Make \(owner)'s types conform in a module that imports both (a composition root\(which)) and "
                        + "pass them into \(cut.from)")
            }
            var checks = [PlanCheck(
                rule: "imports", subject: "\(cut.from) → \(owner)", comparison: "==", value: 0,
                text: "\(cut.from) does not import \(owner)")]
            if cut == cuts.last {
                checks.append(PlanCheck(
                    rule: "stable-dependents", subject: "module \(owner)", comparison: "==", value: 0,
                    text: "no module more stable than \(owner) by more than \(decimalText(warning)) imports it"))
            }
            let others = cuts.count == 1 ? "" : " (one of \(cuts.count) dependents to invert)"
            // Each inverted dependent raises the module's instability: the rest may become more stable than it.
            let relation = stability.moreStableNow.contains(cut.from) ? "is" : "becomes, as the others are inverted,"
            var stage = PlanStage(
                id: "\(group):invert-dependent:\(cut.from)->\(owner)", kind: .stabilizeModule,
                title: "Invert \(cut.from) → \(owner): \(cut.from) \(relation) more stable than \(owner)",
                why: whyText + " \(cut.from) imports it and \(relation) more stable\(others): inverting the imports of \(owner) by "
                    + "more stable modules ends that, where stabilizing \(owner) would invert \(inversions) of its imports.",
                steps: steps + [cut.deletionStep], files: Set(cut.sites.map(\.path)).sorted(),
                declarations: cut.inversionDeclarations,
                importSites: cut.sites, changedLines: changed,
                principalHours: finding.principal.hours * Double(changed) / Double(total),
                interestSavedHoursPerMonth: cut == cuts.last ? finding.interest.hoursPerMonth : 0,
                needs: result.last.map { [$0.id] } ?? [], checks: checks, group: group)
            stage.removedImports = [ModuleEdge(cut.from, owner)]
            stage.addedImports = cut.usedNames.isEmpty ? [] : roots.prefix(1).map { AddedImport($0, owner) }
            result.append(stage)
        }
        return result
    }

    /// The dependents that may import `cut.to` as a composition root: those it does not reach in `graph` (the
    /// import inverted); and the cycle the first it reaches would close, when it reaches them all.
    private func compositionRoot(for cut: PlanCycle.Cut, in graph: ImportGraph) -> (roots: [String], cycle: String?) {
        let roots = stability.dependents.filter { graph.path(from: cut.to, to: $0) == nil }
        guard roots.isEmpty, let first = stability.dependents.first else { return (roots, nil) }
        return ([], graph.cycle(closedBy: ModuleEdge(first, cut.to)))
    }

    /// The modules that may hold an inverted dependent's composition root: they import `cut.from` already, and
    /// importing the module closes no cycle once `cut.from` no longer imports it (neither reaches them).
    private func dependentRoots(for cut: PlanCycle.Cut) -> [String] {
        let after = graph.removing(ModuleEdge(cut.from, cut.to))
        return after.importers(of: cut.from).filter {
            $0 != cut.to && after.path(from: cut.to, to: $0) == nil && after.path(from: cut.from, to: $0) == nil
        }
    }

    private func inversionSteps(_ cut: PlanCycle.Cut, owner: String, root: (roots: [String], cycle: String?)) -> [String] {
        var steps = [cut.declarationStep(in: owner, ecosystem: module.spelling)]
        if !cut.usedNames.isEmpty {
            let roots = root.roots.prefix(3).joined(separator: ", ")
            let which = root.cycle.map {
                ", a new one: \(cut.to) reaches every module importing \(owner), so making one of them import "
                    + "\(cut.to) would close a cycle (\($0))"
            } ?? (roots.isEmpty ? "" : ", such as one of \(roots)")
            steps.append(
                "Make \(cut.to)'s types conform in a module that imports both (a composition root\(which)) and pass "
                    + "them into \(owner)")
        }
        return steps + [cut.deletionStep]
    }

    private var whyText: String {
        let ca = stability.dependents.count
        let ce = stability.outgoing.count
        return "\(module.name) is imported by \(ca) modules and imports \(ce) (instability "
            + "\(decimalText(stability.floor + finding.value)), \(decimalText(finding.value)) above its most stable "
            + "dependent's, over \(decimalText(warning))): a change to any module it imports can ripple through it into "
            + "those that import it, the more stable of which are meant to change less. It charges "
            + "\(hoursText(finding.interest.hoursPerMonth)) a month."
    }

    // MARK: - Extraction

    private var coreName: String {
        let base = module.ecosystem == "cargo" ? "\(module.name)-core"
            : module.name.first?.isLowercase == true ? "\(module.name)_core" : "\(module.name)Core"
        var name = base
        var number = 2
        // Without case, as macOS and Windows compare folder names (`Core/` is `core/` there).
        let folded = Set(taken.map { $0.lowercased() })
        while folded.contains(name.lowercased()) {
            name = "\(base)\(number)"
            number += 1
        }
        return name
    }

    /// Inversions inside the core, the moves, the callers' switch, the forwarding's removal; nil when a file
    /// of the core is too large to move within the budget.
    private func extraction(_ core: Core) -> [PlanStage]? {
        let size = max(10, settings.budget * 9 / 10)
        var units: [MoveUnit] = []
        for file in core.orderedFiles {
            guard let parts = MoveUnit.units(of: file, limit: size) else { return nil }
            units += parts
        }
        // Files bound to each other move in one stage: a group larger than one keeps the core where it is.
        let bound = module.boundFiles
        let pieces = BoundFiles.together(units) { bound.group(of: $0.path)?.first }
        guard pieces.allSatisfy({ $0.count == 1 || $0.reduce(0) { $0 + $1.codeLines } <= size }) else { return nil }
        let needed = Self.inversionsNeeded(efferent: core.imports.count, afferent: core.afferent, limit: limit)
        let inverted = cheapest(core.imports, count: needed)
        var stages = invert(inverted, efferent: core.imports.count, afferent: core.afferent, forCore: true)
        stages += moves(of: pieces, to: core, after: stages.last?.id, inverted: Set(inverted.map(\.to)))
        stages.append(callersStage(core, after: stages.last?.id))
        // The rule's effort is one figure per finding: the stages share it by the lines they change.
        let total = Double(max(1, stages.reduce(0) { $0 + $1.changedLines }))
        for index in stages.indices {
            stages[index].principalHours = finding.principal.hours * Double(stages[index].changedLines) / total
        }
        return stages
    }

    /// The core's files in batches within the budget; the first declares the module and its forwarding. The core
    /// imports what its files import, but for the `inverted` modules.
    private func moves(of pieces: [[MoveUnit]], to core: Core, after previous: String?, inverted: Set<String>) -> [PlanStage] {
        let folder = module.folder(for: core.name)
        let batches = packBatches(pieces, edits: { _ in 0 }, limit: settings.budget, firstOverhead: 4)
        var stages: [PlanStage] = []
        var declared = Set<String>()
        for (index, batch) in batches.enumerated() {
            let imported = Set(batch.flatMap { graph.imports(ofFile: $0.path) })
                .subtracting(inverted.union([module.name, core.name])).sorted()
            let dependencies = imported.filter { declared.insert($0).inserted }
            var steps: [String] = []
            if index == 0 {
                steps.append(module.declaration(of: core.name, folder: folder, newIsLower: true, dependencies: dependencies))
                steps += module.forwarding(of: core.name)
            } else if let step = module.addedDependencies(dependencies, of: core.name) {
                steps.append(step)
            }
            steps += batch.map { $0.moveStep(to: folder, from: module) }
            var stage = PlanStage(
                id: "\(group):move:\(index + 1)", kind: .stabilizeModule,
                title: "Move \(batch.count == 1 ? "1 file" : "\(batch.count) files") from \(module.name) to \(core.name)"
                    + (batches.count > 1 ? " (\(index + 1)/\(batches.count))" : ""),
                why: whyText + " " + core.reason,
                steps: steps, files: Set(batch.map(\.path)).sorted(),
                declarations: batch.flatMap { $0.declarations?.map(\.name) ?? [] },
                changedLines: min(settings.budget, batch.reduce(0) { $0 + $1.codeLines } + (index == 0 ? 4 : 0)),
                principalHours: 0, interestSavedHoursPerMonth: 0, needs: (stages.last?.id ?? previous).map { [$0] } ?? [],
                checks: [PlanCheck(
                    rule: "module-cycle", subject: "module \(module.name), module \(core.name)", comparison: "==",
                    value: 0, text: "no cycle between \(module.name) and \(core.name)")],
                group: group)
            stage.addedImports = (index == 0 ? [AddedImport(module.name, core.name, .seam)] : [])
                + imported.map { AddedImport(core.name, $0, .carries(ModuleEdge(module.name, $0))) }
            stages.append(stage)
        }
        return stages
    }

    /// The dependents import the core instead, the forwarding goes: the module has no dependents left.
    /// A namespaced ecosystem's dependents switch in their builds, their files keeping their imports.
    private func callersStage(_ core: Core, after previous: String?) -> PlanStage {
        let switching = Set(core.callers.compactMap { graph.owner(ofFile: $0.path) }).subtracting([module.name]).sorted()
        let switched = module.callersKeepImports
            ? switching.map { "\($0)'s build: depend on \(core.name) instead of \(module.name) (its files keep their imports)" }
            : core.callers.map {
                "\($0.path): import \(core.name) instead of \(module.name) (uses \($0.names.prefix(4).joined(separator: ", ")))"
            }
        let removal = module.forwardingRemoval(of: core.name)
        var stage = PlanStage(
            id: "\(group):callers", kind: .stabilizeModule,
            title: "Switch \(module.name)'s dependents to \(core.name)" + (removal == nil ? "" : " and remove the forwarding"),
            why: whyText + " Once they import \(core.name), \(module.name) has no dependents left to ripple into.",
            steps: switched + (removal.map { [$0] } ?? []),
            files: core.callers.map(\.path), changedLines: min(settings.budget, 2 * core.callers.count + 2),
            principalHours: 0, interestSavedHoursPerMonth: finding.interest.hoursPerMonth,
            needs: previous.map { [$0] } ?? [],
            checks: [
                PlanCheck(
                    rule: "imports", subject: "module \(module.name)", comparison: "==", value: 0,
                    text: "no module that ships imports \(module.name)"),
                PlanCheck(
                    rule: "instability", subject: "module \(core.name)", comparison: "<=", value: limit,
                    text: "instability of \(core.name) ≤ \(decimalText(limit))"),
            ],
            group: group)
        stage.addedImports = switching.map { AddedImport($0, core.name, .carries(ModuleEdge($0, module.name))) }
        stage.removedImports = stability.dependents.map { ModuleEdge($0, module.name) }
        return stage
    }
}
