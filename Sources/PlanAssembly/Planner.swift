import DebtLedger
import PlanBalance
import Planning

/// Builds a remediation plan from the priced debt model.
///
/// Order of work: module splits first (they decide which oversized files move in parts, so those
/// files get no split of their own), then cycles, unstable modules, modules far from the main sequence, hidden
/// couplings, oversized files and functions; then the focus filter (`target`), the payback ordering, numbering, the stage limit and the
/// cumulative interest series. Findings of planned rules that get no stage are listed as unplanned.
public struct Planner: Sendable {
    public let settings: PlanSettings
    /// Files counted with tests that are no tests (a Python project's `scripts/` and `docs/`, which no `test_paths`
    /// glob matches): they assert nothing, so their functions are pinned by characterization tests first, as code's.
    public var toolingFiles: Set<String> = []

    /// Rules the planner has a stage kind for.
    public static let plannedRules: Set<String> = [
        "module-size", "module-cycle", "hidden-coupling", "file-size", "cyclomatic-complexity", "function-length",
        "nesting-depth", "instability", "main-sequence-distance",
    ]

    /// Creates a planner.
    public init(settings: PlanSettings) {
        self.settings = settings
    }

    /// The plan for `input`.
    public func plan(_ input: PlanInput) -> RemediationPlan {
        let byRule = Dictionary(grouping: input.findings, by: \.rule)
        let modules = Dictionary(input.modules.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let fileFindings = Dictionary(
            (byRule["file-size"] ?? []).compactMap { finding in finding.subject.path.map { ($0, finding) } },
            uniquingKeysWith: { a, _ in a })
        // A new module takes no module's name, nor the name of an external package the repository depends on.
        var taken = Self.takenNames(input.modules).union(input.externalNames)
        var (stages, movedInParts, unsplit) = splits(
            input, byRule: byRule, modules: modules, fileFindings: fileFindings, taken: &taken)
        stages += cycles(input, byRule: byRule)
        // Findings of planned rules that no stage takes on are listed with the unplanned rules.
        var (stabilizing, unaddressed) = stabilizations(input, byRule: byRule, modules: modules, taken: taken)
        unaddressed += unsplit
        stages += stabilizing
        let (balancing, unbalanced) = abstractions(input, byRule: byRule, modules: modules)
        stages += balancing
        unaddressed += unbalanced.map(\.finding)
        let (coupling, uncoupled) = couplings(input, byRule: byRule, modules: modules)
        stages += coupling
        unaddressed += uncoupled.map(\.finding)
        // Every path and folder there: a new file takes none (`bar.ts` beside `bar/` would shadow `bar/index.ts`).
        var paths = Set(input.files.keys).union(input.otherPaths).union(input.testFiles)
        for path in Array(paths) {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/"), paths.insert(String(path[..<slash])).inserted { end = slash }
        }
        var deprecated: [String] = []
        for (path, finding) in fileFindings.sorted(by: { $0.key < $1.key }) where !movedInParts.contains(path) {
            // A file whose only declaration is its namesake (a Java class), or whose declarations the scanner
            // cannot read (an RSpec file), gets no stage: it is listed as not planned, not dropped. Nor does one
            // mostly deprecated: removing that code repays it (`deprecationReason`).
            let reason = input.files[path].flatMap(Self.deprecationReason)
            if let reason { deprecated.append(reason) }
            let built = reason != nil ? [] : input.files[path].map {
                FileSplitStages(file: $0, finding: finding, settings: settings, taken: paths).stages()
            } ?? []
            if built.isEmpty { unaddressed.append(finding) }
            stages += built
        }
        let (simplifying, idle) = simplifications(input)
        stages = Self.afterTheirMoves(stages + simplifying)
        unaddressed += idle
        var reasons = Dictionary(grouping: uncoupled + unbalanced, by: \.finding.rule).mapValues { $0.map(\.reason) }
        if !deprecated.isEmpty { reasons["file-size"] = deprecated }
        return finish(
            focus(stages, input: input), input: input, byRule: byRule, unaddressed: unaddressed, reasons: reasons)
    }

    /// Why a file over its size gets no split: at least half its code lines are deprecated (`PlanFile.deprecatedLines`),
    /// which removing them repays once their deprecation ends; split first, they would be churned on their way out.
    static func deprecationReason(_ file: PlanFile) -> String? {
        guard file.deprecatedLines > 0, file.deprecatedLines * 2 >= file.codeLines else { return nil }
        return "\(file.path): \(groupedText(file.deprecatedLines)) of its \(groupedText(file.codeLines)) code lines are "
            + "deprecated; removing them when their deprecation ends repays it, and a split would churn code on its way out"
    }

    /// Names a new module may not take: every module's name, as written and by its last part (Gradle's `:okio`
    /// is `okio`), and the folder each is rooted in, in either case. okio's `:okio` lives in `okio/`: a part split
    /// off it named `okio` went to `okio/` and its files moved onto themselves.
    static func takenNames(_ modules: [PlanModule]) -> Set<String> {
        var taken = Set<String>()
        for module in modules {
            let parts = [module.name]
                + [module.name.split { $0 == ":" || $0 == "/" }.last.map(String.init) ?? module.name]
                + module.roots.compactMap { $0.split(separator: "/").last.map(String.init) }
            for part in parts { taken.formUnion([part, part.lowercased()]) }
        }
        return taken
    }

    /// Module splits, the files they move in parts (those get no split of their own), and the module-size
    /// findings no split takes on. Each split's new modules join `taken`: two splits naming theirs alike (dune's
    /// `dune` and `dune_engine` both made a `build`) would make two libraries of one name, and one node of the
    /// module graph the plan's imports are checked on.
    private func splits(
        _ input: PlanInput, byRule: [String: [Finding]], modules: [String: PlanModule], fileFindings: [String: Finding],
        taken: inout Set<String>
    ) -> (stages: [PlanStage], movedInParts: Set<String>, unsplit: [Finding]) {
        var stages: [PlanStage] = []
        var movedInParts = Set<String>()
        var unsplit: [Finding] = []
        // Every path the plan knows of: a new module's folder is none that is there already, in any case.
        let known = input.modules.flatMap { $0.files.map(\.path) } + input.testFiles + input.files.keys + input.otherPaths
        for finding in byRule["module-size"] ?? [] {
            guard case .module(let name) = finding.subject, let module = modules[name] else {
                unsplit.append(finding)
                continue
            }
            var split = ModuleSplitStages(
                module: module, finding: finding, fileFindings: fileFindings, settings: settings, taken: taken,
                graph: ImportGraph(input.imports))
            (split.elsewhere, split.tests) = (known, input.testFiles)
            let built = split.stages()
            if built.isEmpty { unsplit.append(finding) }
            // The group is `split-module:<module>:<new>`; a Gradle module's name holds colons, a new one's none.
            for name in Set(built.compactMap { $0.group.split(separator: ":").last.map(String.init) }) {
                taken.formUnion([name, name.lowercased()])
            }
            // Files moving whole, and the tests moving with them, are split, if they must be, after they moved
            // (`afterTheirMoves`).
            for stage in built where !stage.declarations.isEmpty && stage.id.contains(":move:") {
                movedInParts.formUnion(stage.files.filter { stage.movedDeclarations[$0] == nil && stage.moves[$0] == nil })
            }
            stages += built
        }
        return (stages, movedInParts, unsplit)
    }

    /// A file split of a file a module split moves (a test going with the code it tests) comes after the move, so
    /// the files it makes are made where the file is by then, beside it.
    static func afterTheirMoves(_ stages: [PlanStage]) -> [PlanStage] {
        var movedBy: [String: (stage: String, to: String)] = [:]
        for stage in stages { for (path, to) in stage.moves { movedBy[path] = (stage.id, to) } }
        return stages.map { stage in
            guard stage.kind == .splitFile, let path = stage.files.first(where: { movedBy[$0] != nil }),
                let move = movedBy[path]
            else { return stage }
            var stage = MovedPaths.besideMoved(stage, from: path, to: move.to)
            if !stage.needs.contains(move.stage) {
                stage.needs.append(move.stage)
                stage.placedAfter.insert(move.stage)
            }
            return stage
        }
    }

    private func cycles(_ input: PlanInput, byRule: [String: [Finding]]) -> [PlanStage] {
        let findings = Dictionary(
            (byRule["module-cycle"] ?? []).compactMap { finding -> (String, Finding)? in
                if case .module(let name) = finding.subject { return (name, finding) }
                return nil
            }, uniquingKeysWith: { a, _ in a })
        let ecosystems = CycleStages.ecosystems(of: input.modules)
        return input.cycles.flatMap {
            CycleStages(
                cycle: $0, findings: findings, settings: settings, ecosystems: ecosystems,
                graph: ImportGraph(input.imports)
            ).stages()
        }
    }

    /// Stages for unstable modules, and the instability findings none of them takes on.
    private func stabilizations(
        _ input: PlanInput, byRule: [String: [Finding]], modules: [String: PlanModule], taken: Set<String>
    ) -> (stages: [PlanStage], unaddressed: [Finding]) {
        var stages: [PlanStage] = []
        var unaddressed: [Finding] = []
        for finding in byRule["instability"] ?? [] {
            guard case .module(let name) = finding.subject, let module = modules[name],
                let stability = input.stabilities.first(where: { $0.module == name })
            else { unaddressed.append(finding); continue }
            let built = StabilizeStages(
                module: module, stability: stability, finding: finding, settings: settings, taken: taken,
                graph: ImportGraph(input.imports)
            ).stages()
            if built.isEmpty { unaddressed.append(finding) }
            stages += built
        }
        return (stages, unaddressed)
    }

    /// Stages for modules far from the main sequence, and the findings none can take on, with why.
    private func abstractions(
        _ input: PlanInput, byRule: [String: [Finding]], modules: [String: PlanModule]
    ) -> (stages: [PlanStage], unaddressed: [(finding: Finding, reason: String)]) {
        var stages: [PlanStage] = []
        var unaddressed: [(finding: Finding, reason: String)] = []
        for finding in byRule["main-sequence-distance"] ?? [] {
            guard case .module(let name) = finding.subject, let module = modules[name],
                let abstraction = input.abstractions.first(where: { $0.module == name })
            else {
                unaddressed.append((finding, "\(finding.subject): its types and dependents are unknown"))
                continue
            }
            switch AbstractionStages(module: module, abstraction: abstraction, finding: finding, settings: settings).plan() {
            case .stages(let built): stages += built
            case .none(let reason): unaddressed.append((finding, reason))
            }
        }
        return (stages, unaddressed)
    }

    /// Stages for hidden couplings, and the findings no importable home can take on, with why.
    private func couplings(
        _ input: PlanInput, byRule: [String: [Finding]], modules: [String: PlanModule]
    ) -> (stages: [PlanStage], unaddressed: [(finding: Finding, reason: String)]) {
        let sizes = Dictionary(
            input.modules.flatMap(\.files).map { ($0.path, $0.codeLines) }, uniquingKeysWith: { a, _ in a })
        var stages: [PlanStage] = []
        var unaddressed: [(finding: Finding, reason: String)] = []
        for coupling in input.couplings {
            guard let finding = (byRule["hidden-coupling"] ?? []).first(where: {
                $0.subject == .pair(coupling.first, coupling.second) || $0.subject == .pair(coupling.second, coupling.first)
            }) else { continue }
            let builder = CouplingStages(
                coupling: coupling, finding: finding, sizes: sizes, settings: settings, imports: input.imports,
                modules: (modules[coupling.first], modules[coupling.second]))
            let home = builder.home()
            if case .none(let reason) = home { unaddressed.append((finding, reason)) }
            stages += builder.stages(home: home)
        }
        return (stages, unaddressed)
    }

    /// Per file, the functions whose findings charge interest; and the function findings that charge none (in
    /// files nobody changes), which no stage takes on.
    private func simplifications(_ input: PlanInput) -> (stages: [PlanStage], idle: [Finding]) {
        let functionRules: Set<String> = ["cyclomatic-complexity", "function-length", "nesting-depth"]
        let found = input.findings.filter { functionRules.contains($0.rule) }
        let functionFindings = Dictionary(grouping: found, by: { $0.subject.path ?? "" })
        let stages = functionFindings.sorted(by: { $0.key < $1.key }).flatMap { path, findings -> [PlanStage] in
            let charging = findings.filter { $0.interest.hoursPerMonth > 0 }
            guard !charging.isEmpty else { return [] }
            return FunctionStages(
                path: path, findings: charging, functions: input.files[path]?.functions ?? [], settings: settings,
                isTest: input.testFiles.contains(path) && !toolingFiles.contains(path)
            ).stages()
        }
        return (stages, found.filter { $0.interest.hoursPerMonth <= 0 })
    }

    /// Keeps the stages about the target module or path, and every stage they need.
    private func focus(_ stages: [PlanStage], input: PlanInput) -> [PlanStage] {
        guard let target = settings.target, !target.isEmpty else { return stages }
        let prefix = target.hasSuffix("/") ? target : target + "/"
        let about = { (stage: PlanStage) -> Bool in
            // The group is `kind:name,name` or `kind:name:part`; a Gradle module's name starts with `:`
            // (`split-module::moshi:type`), so the names are what follows the kind.
            stage.group.firstIndex(of: ":").map { colon in
                let names = stage.group[stage.group.index(after: colon)...]
                return names.hasPrefix(target + ":") || names.split(separator: ",").contains { $0 == target }
            } == true
                || stage.files.contains { $0 == target || $0.hasPrefix(prefix) }
                || stage.group.contains(target + " ↔") || stage.group.contains("↔ " + target)
        }
        var keep = Set(stages.filter(about).map(\.id))
        let byID = Dictionary(stages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var queue = Array(keep)
        while let id = queue.popLast() {
            for need in byID[id]?.needs ?? [] where !keep.contains(need) {
                keep.insert(need)
                queue.append(need)
            }
        }
        return stages.filter { keep.contains($0.id) }
    }

    private func finish(
        _ stages: [PlanStage], input: PlanInput, byRule: [String: [Finding]], unaddressed: [Finding],
        reasons: [String: [String]]
    ) -> RemediationPlan {
        var ordered = ImportGraph(input.imports).stating(MovedPaths.relocating(StageOrdering.ordered(stages)))
        let numbers = Dictionary(ordered.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        for index in ordered.indices {
            ordered[index].number = index + 1
            ordered[index].neededStages = ordered[index].needs.compactMap { numbers[$0] }.sorted()
        }
        let total = ordered.count
        // Before --stages cuts the list: a repair's figures count all of its stages.
        let groups = Dictionary(grouping: ordered, by: \.group)
        let dependents = StageOrdering.dependents(ordered)
        // Per repair, once: the first stage of each later repair that needs it, and what they save.
        let enabled = groups.mapValues { members in
            let later = StageOrdering.reachable(from: members[0].group, dependents: dependents).sorted()
                .map { groups[$0] ?? [] }
            return (stages: later.compactMap { $0.map(\.number).min() }.sorted(),
                    saved: later.joined().reduce(0) { $0 + $1.interestSavedHoursPerMonth })
        }
        for index in ordered.indices {
            let members = groups[ordered[index].group] ?? []
            ordered[index].groupStages = members.count
            ordered[index].groupInterestSavedHoursPerMonth = members.reduce(0) { $0 + $1.interestSavedHoursPerMonth }
            ordered[index].enabledStages = enabled[ordered[index].group]?.stages ?? []
            ordered[index].enabledInterestSavedHoursPerMonth = enabled[ordered[index].group]?.saved ?? 0
        }
        if let limit = settings.stageLimit { ordered = Array(ordered.prefix(max(0, limit))) }
        var series = [RemediationPlan.Point(stage: 0, interestHoursPerMonth: input.interestHoursPerMonth, principalHours: 0)]
        var interest = input.interestHoursPerMonth
        var principal = 0.0
        for stage in ordered {
            interest = max(0, interest - stage.interestSavedHoursPerMonth)
            principal += stage.principalHours
            series.append(RemediationPlan.Point(
                stage: stage.number, interestHoursPerMonth: interest, principalHours: principal))
        }
        var left = byRule.filter { !Self.plannedRules.contains($0.key) }
        for finding in unaddressed { left[finding.rule, default: []].append(finding) }
        let unplanned = left.keys.sorted().map { rule in
            RemediationPlan.Unplanned(
                rule: rule, findings: left[rule]?.count ?? 0,
                interestHoursPerMonth: left[rule]?.reduce(0) { $0 + $1.interest.hoursPerMonth } ?? 0,
                reasons: reasons[rule] ?? [])
        }
        return RemediationPlan(
            stages: ordered, totalStages: total, budget: settings.budget, interestBefore: input.interestHoursPerMonth,
            series: series, unplanned: unplanned, isDebtFree: input.findings.isEmpty)
    }
}
