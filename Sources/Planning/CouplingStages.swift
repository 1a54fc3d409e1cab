import DebtLedger
import PlanNaming
import DebtModel

/// Stages that untangle two modules which change together without importing each other.
///
/// The files that co-change most across the pair name the concept both encode; the stage gives it one
/// home (the other module imports it) or co-locates the files. The home must be one the other may import
/// (`CouplingStages+Home`): not one that already reaches it, which would close a cycle, and between Go packages
/// not another tree's `internal` package, which would not build (`+Go`). Else the other direction, or a new module
/// both import, or no stage at all (`Home.none`, with why).
package struct CouplingStages {
    let coupling: PlanCoupling
    let finding: Finding
    /// Code lines by path, for the size of the change.
    let sizes: [String: Int]
    let settings: PlanSettings
    /// The imports between modules: the home is a side the other may import without closing a cycle.
    var imports = PlanImports()
    /// The two sides' modules, when the input has them (their ecosystem, folders and manifests).
    var modules: (first: PlanModule?, second: PlanModule?) = (nil, nil)

    /// Creates the builder for one coupling.
    package init(
        coupling: PlanCoupling, finding: Finding, sizes: [String: Int], settings: PlanSettings,
        imports: PlanImports = PlanImports(), modules: (first: PlanModule?, second: PlanModule?) = (nil, nil)
    ) {
        self.coupling = coupling
        self.finding = finding
        self.sizes = sizes
        self.settings = settings
        self.imports = imports
        self.modules = modules
    }

    /// The stage for the concept's `home` (`home()`, worked out once by the caller, which lists a `.none` as not
    /// planned).
    package func stages(home: Home) -> [PlanStage] {
        let homeStep: String
        let homeImport: ModuleEdge?
        switch home {
        case .none: return []
        case .step(let step, let edge): (homeStep, homeImport) = (step, edge)
        }
        let pair = "\(coupling.first) ↔ \(coupling.second)"
        let top = Array(coupling.filePairs.prefix(3))
        var steps = top.map {
            "\($0.first) and \($0.second) changed together in \($0.count) of the \(coupling.sharedRevisions) shared change sets"
        }
        if !coupling.sharedNames.isEmpty {
            steps.append("Both sides spell out \(namesText(coupling.sharedNames, limit: 8)): the shared concept")
        }
        steps.append(homeStep)
        let smaller = top.first.map { min(sizes[$0.first] ?? 0, sizes[$0.second] ?? 0) } ?? 0
        let changed = min(settings.budget, max(20, smaller / 2 + 10))
        let warning = finding.thresholds.warning
        var stage = PlanStage(
            id: "untangle-coupling:\(coupling.first)|\(coupling.second)", kind: .untangleCoupling,
            title: "Untangle the hidden coupling \(pair)",
            why: "\(coupling.first) and \(coupling.second) change together in \(coupling.degree)% of their change sets "
                + "without importing each other: every change pays for a dependency nobody can see. It charges "
                + "\(hoursText(finding.interest.hoursPerMonth)) a month.",
            steps: steps, files: Set(top.flatMap { [$0.first, $0.second] }).sorted(), declarations: coupling.sharedNames,
            changedLines: changed, principalHours: finding.principal.hours,
            interestSavedHoursPerMonth: finding.interest.hoursPerMonth,
            checks: [PlanCheck(
                rule: "hidden-coupling", subject: pair, comparison: "<", value: warning,
                text: "hidden-coupling degree of \(pair) < \(Int(warning))% (or an explicit import between them)")],
            group: "untangle-coupling:\(pair)")
        stage.addedImports = homeImport.map { [AddedImport($0.from, $0.to)] } ?? []
        return [stage]
    }
}
