import DebtLedger
import DebtModel
import PlanNaming
import Planning

extension ModuleExtraction {
    /// One batch of moves: the first also declares the new module. `movedSoFar` holds the paths of this batch and
    /// the ones before it.
    mutating func moveStage(
        _ batch: [MoveUnit], number: Int, of count: Int, movedSoFar: Set<String>, remaining: inout Int,
        after previous: String?
    ) -> PlanStage {
        let group = "split-module:\(module.name):\(name)"
        let folder = ModuleNaming.folder(for: name, module: module)
        let types = typeMove(with: batch, first: number == 1)
        let moved = batch.reduce(0) { $0 + $1.codeLines }
        let before = remaining
        remaining -= moved + types.removedLines
        let added = addedImports(of: batch, first: number == 1)
        let dependencies = newDependencies(in: added)
        var steps: [String] = []
        // The build's lines: the new module's declaration, or one per dependency a later batch adds to it.
        var buildLines = 4
        if number == 1 {
            steps.append(module.declaration(of: name, folder: folder, newIsLower: isLower, dependencies: dependencies))
            steps += passingOnSteps()
        } else if let step = module.addedDependencies(dependencies, of: name) {
            steps.append(step)
            buildLines = dependencies.count
        } else {
            buildLines = 0
        }
        let rust = module.ecosystem == "cargo" ? rustSteps(batch, movedSoFar: movedSoFar, folder: folder) : (steps: [], lines: 0)
        let strings = stringUpdate(for: batch, folder: folder)
        let moves = wholeFileMoves(of: batch, to: folder)
        let tests = testMoves(of: moves, to: folder)
        steps += batch.map { $0.moveStep(to: folder, from: module, dropping: sharedFolder) } + tests.map(\.step) + rust.steps
        steps += types.steps + importSteps(for: batch, typeUsers: types.users) + strings.step
        let saved = interestSaved(by: batch, from: before, to: remaining)
        let changed = min(
            settings.budget, moved + batch.reduce(0) { $0 + editsOf($1) } + rust.lines + types.changedLines + buildLines)
        var stage = PlanStage(
            id: "\(group):move:\(number)", kind: .splitModule,
            title: "Move \(batch.count == 1 ? "1 file" : "\(batch.count) files") from \(module.name) to \(name)"
                + (count > 1 ? " (\(number)/\(count))" : ""),
            why: whyText,
            steps: steps, files: Array(Set(batch.map(\.path) + types.files + tests.map(\.from))).sorted(),
            declarations: batch.flatMap(\.declaredNames) + types.users.names, changedLines: changed,
            principalHours: (number == 1 ? finding.principal.baseHours : 0) + finding.principal.hoursPerUnit * Double(changed),
            interestSavedHoursPerMonth: saved, needs: previous.map { [$0] } ?? [],
            checks: moveChecks(remaining: remaining, isLast: number == count), group: group)
        stage.addedImports = added + strings.added.filter { !added.contains($0) }
        stage.movedDeclarations = types.declarations
        stage.moves = moves.merging(tests.map { ($0.from, $0.to) }) { first, _ in first }
        return stage
    }

    /// Where each whole file of `batch` goes.
    private func wholeFileMoves(of batch: [MoveUnit], to folder: String) -> [String: String] {
        Dictionary(batch.filter(\.isWholeFile).map { unit in
            (unit.path, ModuleNaming.destination(
                of: unit.path, fileName: unit.newFileName(), folder: folder, module: module, dropping: sharedFolder))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The tests of the files `moves` moves (PlanNaming's `TestCompanions`), each to the place its file's move
    /// mirrors, with the step that moves it: a renamed file, no changed line counted.
    private func testMoves(of moves: [String: String], to folder: String) -> [(from: String, to: String, step: String)] {
        TestCompanions.moves(of: moves, among: tests, module: module, newFolder: folder).map {
            ($0.from, $0.to, "Move \($0.from) to \($0.to), with the code it tests")
        }
    }

    /// The files left behind import a lower layer's new module: those using what `batch` moves, and `typeUsers`,
    /// those using the types moving with the first. An upper layer's users were given an interface by the stages
    /// before (importing it would make the two modules import each other).
    private func importSteps(for batch: [MoveUnit], typeUsers: (files: [String], names: [String])) -> [String] {
        let moved = inwardUsers(of: batch)
        let users = (files: Set(moved.files + typeUsers.files).sorted(), names: Set(moved.names + typeUsers.names).sorted())
        guard isLower, !users.files.isEmpty else { return [] }
        // Files that use the moved code through a name no declaration gives (a Rust `mod` path) only import it. Where
        // they keep their imports, only the names the module keeps to itself need a change.
        let names = module.callersKeepImports ? users.names.filter(module.moduleInternalNames.contains) : users.names
        let step = ModuleNaming.usersStep(names: names, files: users.files, module: name, ecosystem: module.ecosystem)
        return step.map { [$0] } ?? []
    }

    /// The module-size interest a batch saves, and the file-size findings of files moved in parts that leave with
    /// their last part.
    ///
    /// Size interest is paid per change at the friction of the changed file's module, so a batch moves its files'
    /// changes from the module's friction to the new module's, as well as shrinking the one and growing the other:
    /// each side charges the finding's interest repriced at its size (`Finding.interest(at:)`) in the share of the
    /// module's changes it holds. A 62,000-line module split down to 42,000 lines is still past its error threshold,
    /// where friction is capped: without the changes that leave it, no batch of rubocop's split saved anything.
    private mutating func interestSaved(by batch: [MoveUnit], from before: Int, to remaining: Int) -> Double {
        var saved = 0.0
        for unit in batch where !unit.isWholeFile && unit.part == unit.parts {
            saved += fileFindings[unit.path]?.interest.hoursPerMonth ?? 0
        }
        let total = finding.interest.changesPerMonth
        guard total > 0 else { return saved + finding.interestSaved(from: Double(before), to: Double(remaining)) }
        let leaving = batch.filter { $0.isWholeFile || $0.part == $0.parts }
            .reduce(0) { $0 + (file(at: $1.path)?.changesPerMonth ?? 0) }
        let stay = max(0, activityBefore - movedActivity)
        let grown = (before: Double(remainingBefore - before), after: Double(remainingBefore - remaining))
        let then = finding.interest(at: Double(before)) * stay + finding.interest(at: grown.before) * movedActivity
        movedActivity = min(activityBefore, movedActivity + leaving)
        let now = finding.interest(at: Double(remaining)) * max(0, activityBefore - movedActivity)
            + finding.interest(at: grown.after) * movedActivity
        return saved + max(0, then - now) / total
    }

    /// The module's size after a batch, and after the last no cycle between the two modules, but where strings of
    /// the module that stays name an upper layer's files: those make it load the new module, a cycle the stages state.
    private func moveChecks(remaining: Int, isLast: Bool) -> [PlanCheck] {
        var checks = [PlanCheck(
            rule: "module-size", subject: "module \(module.name)", comparison: "<=", value: Double(remaining),
            text: "module-size of \(module.name) ≤ \(grouped(remaining)) code lines")]
        if isLast && (isLower || stringUsers.isEmpty) {
            checks.append(PlanCheck(
                rule: "module-cycle", subject: "module \(module.name), module \(name)", comparison: "==", value: 0,
                text: "no cycle between \(module.name) and \(name)"))
        }
        return checks
    }

    /// A Rust batch's steps for the `mod` lines its files take along, and whether it moves part of a module tree,
    /// with the lines they change. A Rust file's module is declared by its parent file: the `mod` lines of those not
    /// yet in the new crate move there (into a file of its own until the parent follows, in a later batch).
    private func rustSteps(_ batch: [MoveUnit], movedSoFar: Set<String>, folder: String) -> (steps: [String], lines: Int) {
        let declared = RustModuleParents.declarationSteps(
            batch.filter(\.isWholeFile).map(\.path), moving: movedSoFar, later: paths, in: module.files.map(\.path),
            modules: module.rustModules
        ) { path in
            ModuleNaming.destination(
                of: path, fileName: path.split(separator: "/").last.map(String.init) ?? path, folder: folder, module: module)
        }
        let split = RustModuleParents.splitTreeStep(batch: Set(batch.map(\.path)), paths: paths, modules: module.rustModules)
        return (declared.steps + (split.map { [$0] } ?? []), declared.lines)
    }

    /// Callers in other modules switch to the new module; then the forwarding goes.
    func callerStages(after previous: String) -> [PlanStage] {
        let group = "split-module:\(module.name):\(name)"
        let perStage = max(1, settings.budget / 2)
        var stages: [PlanStage] = []
        var last = previous
        let chunks = stride(from: 0, to: callerList.count, by: perStage).map {
            Array(callerList[$0..<min($0 + perStage, callerList.count)])
        }
        for (index, chunk) in chunks.enumerated() {
            let id = "\(group):callers:\(index + 1)"
            var stage = PlanStage(
                id: id, kind: .splitModule,
                title: "Switch \(chunk.count) caller\(chunk.count == 1 ? "" : "s") to import \(name)"
                    + (chunks.count > 1 ? " (\(index + 1)/\(chunks.count))" : ""),
                why: "They reach names now in \(name) through \(module.name)'s forwarding.",
                steps: chunk.map { "\($0.path): import \(name) (uses \($0.names.prefix(4).joined(separator: ", ")))" },
                files: chunk.map(\.path), changedLines: min(settings.budget, chunk.count * 2),
                principalHours: finding.principal.hoursPerUnit * Double(chunk.count * 2), interestSavedHoursPerMonth: 0,
                needs: [last],
                checks: [PlanCheck(
                    rule: "imports", subject: chunk.map(\.path).joined(separator: ", "), comparison: "==", value: 1,
                    text: "each of these files imports \(name)")],
                group: group)
            stage.addedImports = callerImports(chunk)
            stages.append(stage)
            last = id
        }
        stages.append(PlanStage(
            id: "\(group):forwarding", kind: .splitModule, title: "Remove the forwarding of \(name) from \(module.name)",
            why: "Callers now import \(name) directly; the forwarding would hide new dependencies.",
            steps: ModuleNaming.forwardingRemoval(of: name, from: module).map { [$0] } ?? [], files: [], changedLines: 2,
            principalHours: finding.principal.hoursPerUnit * 2, interestSavedHoursPerMonth: 0, needs: [last],
            checks: [PlanCheck(
                rule: "module-size", subject: "module \(module.name)", comparison: "<=", value: Double(remainingAfter),
                text: "module-size of \(module.name) ≤ \(grouped(remainingAfter)) code lines, with no re-export of \(name)")],
            group: group))
        return stages
    }

    private var whyText: String {
        let warning = Int(finding.thresholds.warning)
        return "\(module.name) has \(grouped(module.codeLines)) code lines, \(grouped(module.codeLines - warning)) over "
            + "its budget of \(grouped(warning)); its size charges \(hoursText(finding.interest.hoursPerMonth)) a month. "
            + seamText
    }

    /// What carries the uses against the layering: an interface, types that move down with the files, or both.
    private var carrier: String {
        guard !crossing.moving.isEmpty else { return "through an interface" }
        return crossing.interfaceNames.isEmpty
            ? "to types that move with the files" : "through an interface and types that move with the files"
    }

    /// What kind of seam the moving files are, in the number their count takes ("This file is…").
    private var seamText: String {
        let one = files.count == 1
        let (subject, are, form, they, them) = one
            ? ("This file", "is", "forms", "it", "it") : ("These \(files.count) files", "are", "form", "they", "them")
        let rest = "the rest of \(module.name)"
        if usesNothingOfTheRest && isLower { return "\(subject) \(are) a lower layer: \(rest) uses \(them), \(they) use\(one ? "s" : "") nothing of it." }
        if isUnused && !isLower {
            let named = stringUsers
            guard !named.isEmpty else { return "\(subject) \(are) an upper layer: \(they) use\(one ? "s" : "") \(rest), nothing there uses \(them)." }
            return "\(subject) \(are) an upper layer: \(they) use\(one ? "s" : "") \(rest), which names \(them) only in strings that "
                + "Python imports at run time (\(DottedReference.files(named))): rewritten as \(they) move, they make \(module.name) load "
                + "\(name), a cycle at run time, unless \(name) declares them itself (the settings or entry points it ships)."
        }
        let ties = self.ties.outside == 0
            ? "\(they) use\(one ? "s" : "") nothing of \(rest) and nothing there uses \(them)"
            : "\(groupedText(Int(self.ties.outside))) ties to \(rest) against \(groupedText(Int(self.ties.inside))) \(one ? "within itself" : "among themselves")"
        // Uses against uses: the ties also count change sets shared, which no interface carries.
        let (against, go) = (Int(againstLayering), Int(againstLayering) == 1 ? "goes" : "go")
        if againstLayering < usesInside {
            guard self.ties.outside > self.ties.inside else { return "\(subject) \(form) a seam: \(ties)." }
            return "\(subject) \(form) a seam in one direction: \(ties), of which only \(against) use\(against == 1 ? "" : "s") "
                + "\(go) the other way, \(carrier)."
        }
        return "\(subject) \(are) the loosest cluster found, yet a weak seam: \(ties); \(against) of the uses "
            + "across \(go) against the new layering, \(carrier), against \(Int(usesInside)) use\(Int(usesInside) == 1 ? "" : "s") "
            + "\(one ? "within it" : "among the files"). "
            + "A feature folder or a layer the team knows with fewer ties is the better cut; look for one before these stages."
    }
}
