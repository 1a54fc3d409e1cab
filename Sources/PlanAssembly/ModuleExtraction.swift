import DebtLedger
import PlanNaming
import Planning
import SymbolScan

/// The stages that move one cluster of an oversized module into a new module.
struct ModuleExtraction {
    /// Taken as unpublished where its users can name nothing that moves (`passOverUnpublishedNames`).
    var module: PlanModule
    let finding: Finding
    let fileFindings: [String: Finding]
    let settings: PlanSettings
    let files: [PlanFile]
    let paths: Set<String>
    let name: String
    let ordinal: Int
    /// Weight of the ties inside the cluster and to the rest of the module.
    let ties: (inside: Double, outside: Double)
    /// The module's code lines before and after this extraction (predicted).
    var remainingBefore = 0
    var remainingAfter = 0
    /// The changes a month the module's files still pay its size friction on, before and after this extraction:
    /// those of files an earlier extraction moved out are paid in their new module.
    var activityBefore = 0.0
    var activityAfter = 0.0
    /// The changes a month of the files this extraction moved so far, which pay the new module's friction.
    var movedActivity = 0.0
    /// Files of the module an earlier extraction of the same split moved, by their new paths: they are in another
    /// module by now, so their uses of the moving files make them callers, not files that stay.
    var relocated: [String: String] = [:]
    /// The repository's test files: those of moved files go with them (`TestCompanions`).
    var tests: Set<String> = []
    /// Where those went (`ModuleExtraction+Imports`).
    var earlier = Earlier()
    /// The module imports: what the moving files import, and whose files the callers are.
    var graph = ImportGraph()
    /// The modules the new one depends on, as the batches so far declared them (`newDependencies`).
    var declaredDependencies: Set<String> = []
    /// The names used against the layering, by what they are (`ModuleExtraction+Types`), as `stages` found them.
    var crossing = CrossingNames()
    /// Why the module's users can name nothing that moves, though it is published (`passOverUnpublishedNames`).
    var unpublishedBecause: String?

    private var group: String { "split-module:\(module.name):\(name)" }
    /// The name without a Python namespace (`postgres_conn` of `langgraph.checkpoint.postgres_conn`).
    private var ownName: String {
        module.ecosystem == "python" ? name.split(separator: ".").last.map(String.init) ?? name : name
    }
    private var folder: String { ModuleNaming.folder(for: name, module: module) }
    /// The folder below the module's root that the moving files share, not repeated in the new module.
    var sharedFolder: String { ModuleNaming.sharedFolder(of: paths.sorted(), module: module) }
    var inward: [FileDependency] {
        module.dependencies.filter { !paths.contains($0.from) && paths.contains($0.to) && relocated[$0.from] == nil }
    }
    var outward: [FileDependency] {
        module.dependencies.filter { paths.contains($0.from) && !paths.contains($0.to) && relocated[$0.to] == nil }
    }
    /// Whether the rest of the module uses the cluster more than the reverse, or no module may depend on the module
    /// (`isLinkable`): then the new module is the lower layer and the old one depends on it.
    var isLower: Bool {
        !module.isLinkable || inward.reduce(0) { $0 + $1.weight } >= outward.reduce(0) { $0 + $1.weight }
    }
    private var declared: Set<String> {
        Set(files.flatMap(\.declaredNames) + files.flatMap { $0.declarations.map(\.name) } + crossing.moving.keys)
    }
    var callerList: [Caller] {
        let names = declared
        var moved: [String: Set<String>] = [:]
        for dependency in module.dependencies where paths.contains(dependency.to) {
            // A lower layer's uses of the rest went through its interface: its files are no callers to switch (told
            // to import this module, which imports theirs, they would close a cycle).
            if let path = relocated[dependency.from], !earlier.isLowerLayer(path) {
                moved[path, default: []].formUnion(dependency.names)
            }
        }
        let earlier = moved.keys.sorted().map { Caller(path: $0, names: moved[$0, default: []].sorted()) }
        return (module.callers + earlier).compactMap { caller in
            let used = caller.names.filter { names.contains($0) }
            return used.isEmpty ? nil : Caller(path: caller.path, names: used)
        }
    }

    mutating func stages(after previous: String?) -> [PlanStage] {
        passOverUnpublishedNames()
        crossing = crossingNames()
        var stages = interfaceStages(after: previous)
        var last = stages.last?.id ?? previous
        var remaining = remainingBefore
        let batches = packBatches(
            orderedUnits(), edits: editsOf, limit: settings.budget, firstOverhead: 4 + crossing.movingLines)
        var moved = Set<String>()
        for (index, batch) in batches.enumerated() {
            moved.formUnion(batch.map(\.path))
            let stage = moveStage(
                batch, number: index + 1, of: batches.count, movedSoFar: moved, remaining: &remaining, after: last)
            stages.append(stage)
            last = stage.id
        }
        remainingAfter = remaining
        activityAfter = activityBefore - movedActivity
        // A namespaced ecosystem's callers keep their imports, and its build passes the new module on to them; a
        // published module keeps its forwarding for its users outside the repository, so its callers need not switch.
        if isLower, !callerList.isEmpty, !module.isPublished, let last, !module.callersKeepImports {
            stages += callerStages(after: last)
        }
        return stages
    }

    // MARK: - Interface

    /// Who uses whom across the split, with verbs that agree with the user: "the files moving to net use",
    /// "core uses".
    private var interfaceParties: (user: String, provider: String, use: String, are: String) {
        isLower
            ? ("the files moving to \(name)", module.name, "use", "are")
            : (module.name, "the files moving to \(name)", "uses", "is")
    }

    private static func names(_ count: Int) -> String { count == 1 ? "1 name" : "\(count) names" }

    private func interfaceStages(after previous: String?) -> [PlanStage] {
        let interfaced = crossing.interfaceNames
        guard !interfaced.isEmpty else { return [] }
        let usage = invertedUsage.mapValues(\.users)
        var chunks: [[String]] = [[]]
        var size = 0
        for name in interfaced {
            let cost = 3 + (usage[name]?.count ?? 0)
            if size + cost > settings.budget, !(chunks.last?.isEmpty ?? true) {
                chunks.append([])
                size = 0
            }
            chunks[chunks.count - 1].append(name)
            size += cost
        }
        let (user, provider, use, are) = interfaceParties
        var result: [PlanStage] = []
        for (index, chunk) in chunks.enumerated() {
            let users = Set(chunk.flatMap { usage[$0] ?? [] }).sorted()
            let changed = chunk.reduce(0) { $0 + 3 + (usage[$1]?.count ?? 0) } + 2
            let id = "\(group):interface:\(index + 1)"
            result.append(PlanStage(
                id: id, kind: .splitModule,
                title: "Introduce the interface \(name) needs from \(module.name)"
                    + (chunks.count > 1 ? " (\(index + 1)/\(chunks.count))" : ""),
                why: "\(user) \(use) \(Self.names(chunk.count)) of \(provider); a direct use would make \(name) and "
                    + "\(module.name) import each other once the files move.",
                steps: [
                    "Declare \(ModuleNaming.interface(ModuleNaming.typeName(ownName) + "Dependencies", ecosystem: ModuleNaming.spelling(of: module))) next to \(user) with "
                        + interfaceContents(chunk),
                    ModuleNaming.passing(provider, to: user, are: are, ecosystem: ModuleNaming.spelling(of: module)),
                    "Replace the direct uses in: " + users.joined(separator: ", "),
                ],
                files: users, declarations: chunk, changedLines: min(changed, settings.budget),
                principalHours: finding.principal.hoursPerUnit * Double(min(changed, settings.budget)),
                interestSavedHoursPerMonth: 0, needs: index == 0 ? previous.map { [$0] } ?? [] : [result[index - 1].id],
                checks: [PlanCheck(
                    rule: "uses", subject: users.joined(separator: ", "), comparison: "==", value: 0,
                    text: "\(user) \(use) none of \(chunk.prefix(3).joined(separator: ", "))\(chunk.count > 3 ? "…" : "") directly")],
                group: group))
        }
        return result
    }

    /// What an interface over `names` declares: the members they need, and for types and modules, which no
    /// interface can declare, the methods or functions they call on them.
    private func interfaceContents(_ names: [String]) -> String {
        let (kept, modules) = (Set(crossing.kept), Set(crossing.modules))
        let quoted = { (list: [String]) in list.map { "`\($0)`" }.joined(separator: ", ") }
        let members = names.filter { !kept.contains($0) && !modules.contains($0) }
        let types = names.filter(kept.contains)
        let called = names.filter(modules.contains)
        var parts = members.isEmpty ? [] : ["the members they need: " + quoted(members)]
        if !types.isEmpty {
            parts.append("the methods they call on the \(types.count == 1 ? "type" : "types") \(quoted(types))")
        }
        if !called.isEmpty {
            let modules = called.count == 1 ? "module" : "modules"
            parts.append("the functions they call from the \(modules) \(quoted(called))")
        }
        return parts.joined(separator: ", and ")
    }

    // MARK: - Moves

    /// Files that stay and use names `batch` moves, and those names. A part of a file moves only its own
    /// declarations, so a user of the file counts for the part that declares what it uses (prometheus's
    /// `scrape/target.go` moved in two parts, each asked to export all twelve names). A name no part declares
    /// (the second of a Go `var ( … )` block) goes with the first part, as the file's header does; a use whose
    /// names were not all kept (`SymbolGraph.namesKept`) counts for every part.
    func inwardUsers(of batch: [MoveUnit]) -> (files: [String], names: [String]) {
        var users = Set<String>()
        var names = Set<String>()
        for dependency in inward {
            let units = batch.filter { $0.path == dependency.to }
            guard !units.isEmpty else { continue }
            if units.contains(where: \.isWholeFile) {
                users.insert(dependency.from)
                names.formUnion(dependency.names)
                continue
            }
            let declared = Set(units.flatMap(\.declaredNames))
            let inParts = Set(files.first { $0.path == dependency.to }?.declarations.map(\.name) ?? [])
            let isFirst = units.contains { $0.part == 1 }
            let used = dependency.names.filter { declared.contains($0) || (isFirst && !inParts.contains($0)) }
            if !used.isEmpty || dependency.weight > dependency.names.count { users.insert(dependency.from) }
            names.formUnion(used)
        }
        return (users.sorted(), names.sorted())
    }

    /// Whether the moving files use no file of the module that stays.
    var usesNothingOfTheRest: Bool { outward.isEmpty }

    /// Whether no file of the module that stays uses the moving files.
    var isUnused: Bool { inward.isEmpty }

    /// The weight of the uses among the moving files.
    var usesInside: Double {
        module.dependencies.reduce(0) { $0 + (paths.contains($1.from) && paths.contains($1.to) ? Double($1.weight) : 0) }
    }

    /// The weight of the uses across that go against the layering (the lesser direction; the files' uses of the rest
    /// where the new module must be the lower layer, `isLinkable`), which an interface must carry once the files move.
    var againstLayering: Double {
        let across = Self.crossingWeights(module.dependencies, inside: paths)
        return Double(module.isLinkable ? min(across.inward, across.outward) : across.outward)
    }

    /// The weight of the uses among `dependencies` that cross into `paths` from the rest, and out of it.
    static func crossingWeights(
        _ dependencies: some Sequence<FileDependency>, inside paths: Set<String>
    ) -> (inward: Int, outward: Int) {
        var (inward, outward) = (0, 0)
        for dependency in dependencies where paths.contains(dependency.from) != paths.contains(dependency.to) {
            if paths.contains(dependency.to) { inward += dependency.weight } else { outward += dependency.weight }
        }
        return (inward, outward)
    }

    /// For a lower layer the rest of the module uses, the first files in move order that take the module
    /// down by `excess` code lines: each moves after the files it uses, so the ones that stay use the new
    /// module and it uses none of them; and the files bound to them. Nil when the whole cluster is needed, or it is
    /// an upper layer or a seam nothing crosses (those move whole: cutting one in two would make a new seam).
    func leadingFiles(removing excess: Int) -> [PlanFile]? {
        guard isLower, !inward.isEmpty else { return nil }
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var kept: [PlanFile] = []
        var lines = 0
        for path in orderedPaths() where lines < excess {
            guard let file = byPath[path] else { continue }
            kept.append(file)
            lines += file.codeLines
        }
        // The files bound to those (`BoundFiles`) go with them, and a Rust trait `impl` only with its trait or type.
        let bound = module.boundFiles
        let whole = bound.anchored(paths: bound.whole(paths: Set(kept.map(\.path)), allowing: paths), allowing: paths)
        kept = kept.filter { whole.contains($0.path) } + files.filter { whole.contains($0.path) && !kept.contains($0) }
        return kept.count < files.count && !kept.isEmpty ? kept : nil
    }

    /// Units in dependency order (for a lower-layer module, files the others use move first), as the pieces that move
    /// as one: a unit alone, or the files bound to each other together at the first one's place; a Rust trait `impl`
    /// after the trait's or the type's file (`BoundFiles.afterAnchors`).
    private func orderedUnits() -> [[MoveUnit]] {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let units = orderedPaths().compactMap { byPath[$0] }
            .flatMap { MoveUnit.units(of: $0, limit: max(10, settings.budget * 9 / 10)) ?? [] }
        let bound = module.boundFiles
        let pieces = BoundFiles.together(units) { bound.group(of: $0.path)?.first }
        return bound.anchors.isEmpty ? pieces : bound.afterAnchors(pieces, path: \.path)
    }

    /// The cluster's paths in dependency order.
    private func orderedPaths() -> [String] {
        dependencyOrder(files.map(\.path), dependencies: module.dependencies, usedFirst: isLower)
    }

    /// Lines edited around a unit: visibility of names the rest uses, imports in files that use them, strings naming it.
    func editsOf(_ unit: MoveUnit) -> Int {
        guard unit.part == 1 else { return 0 }
        let users = inward.filter { $0.to == unit.path }
        var count = users.count + Set(users.flatMap(\.names)).count + module.dottedReferences.count { $0.to == unit.path }
        if !isLower { count += callerList.filter { !$0.names.isEmpty }.count / max(1, files.count) }
        return min(count, max(0, settings.budget - unit.codeLines))
    }
}
