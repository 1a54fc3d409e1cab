import DebtLedger
import DebtModel
import PlanNaming
import SymbolScan
import Foundation

/// Stages that bring an oversized file within its warning by moving top-level declarations out.
///
/// The largest declarations that stand alone move first, into new files beside the old one: a type into a
/// file of its own name (`Type.swift`); the rest of a stage's declarations together into one file named after
/// the first of them (`Stem+Name.swift`, `stem_function.c`), a test suffix kept last (`context_name_test.go`,
/// so the file stays a test file). The type the file is named after stays, its extensions may go. Batches stay
/// within the budget; a declaration larger than the budget is left for a person.
package struct FileSplitStages {
    let file: PlanFile
    /// The file's `file-size` finding.
    let finding: Finding
    let settings: PlanSettings
    /// Every path the repository tracks: a new file never takes one of them.
    let taken: Set<String>

    /// Creates the builder for one oversized file.
    package init(file: PlanFile, finding: Finding, settings: PlanSettings, taken: Set<String> = []) {
        self.file = file
        self.finding = finding
        self.settings = settings
        self.taken = taken
    }

    package func stages() -> [PlanStage] {
        let warning = Int(finding.thresholds.warning)
        let excess = file.codeLines - warning
        guard excess > 0, !file.declarations.isEmpty else { return [] }
        let chosen = declarationsToMove(excess)
        guard !chosen.isEmpty else { return [] }
        var batches: [[Declaration]] = [[]]
        var size = 0
        for atom in Self.atoms(chosen) {
            let lines = atom.reduce(0) { $0 + $1.codeLines + 2 }
            if size + lines > settings.budget, !(batches.last?.isEmpty ?? true) {
                batches.append([])
                size = 0
            }
            batches[batches.count - 1] += atom
            size += lines
        }
        var remaining = file.codeLines
        var result: [PlanStage] = []
        let group = "split-file:\(file.path)"
        for (index, batch) in batches.enumerated() {
            let moved = batch.reduce(0) { $0 + $1.codeLines }
            let before = remaining
            remaining -= moved
            let names = destinations(batch)
            var steps = steps(moving: batch, to: names, after: batches[..<index].joined())
            if index == batches.count - 1 && remaining > warning {
                // okio's FakeFileSystemTest.kt: three 7-line classes go, and 404 lines of its own class stay.
                steps.append("This leaves \(grouped(remaining)) code lines, \(grouped(remaining - warning)) over the warning, "
                    + "in declarations that stay: split those by responsibility to clear it")
            }
            let changed = min(settings.budget, moved + 2 * batch.count)
            result.append(PlanStage(
                id: "\(group):\(index + 1)", kind: .splitFile,
                title: "Split \(file.path): move \(batch.count == 1 ? Self.titled(batch[0]) : "\(batch.count) declarations") out"
                    + (batches.count > 1 ? " (\(index + 1)/\(batches.count))" : ""),
                why: "\(file.path) has \(grouped(file.codeLines)) code lines, \(grouped(excess)) over the \(grouped(warning)) "
                    + "warning; its size charges \(hoursText(finding.interest.hoursPerMonth)) a month.",
                steps: steps, files: [file.path] + Self.unique(names.map { folder + $0 }),
                declarations: batch.map(\.name), changedLines: changed,
                principalHours: (index == 0 ? finding.principal.baseHours : 0) + finding.principal.hoursPerUnit * Double(changed),
                interestSavedHoursPerMonth: finding.interestSaved(from: Double(before), to: Double(remaining)),
                needs: index > 0 ? [result[index - 1].id] : [],
                checks: [PlanCheck(
                    rule: "file-size", subject: file.path, comparison: "<=", value: Double(remaining),
                    text: "file-size of \(file.path) ≤ \(grouped(remaining)) code lines")],
                group: group))
        }
        return result
    }

    /// A stage's steps: each new file with what moves to it, what stays, and what a language needs besides (`earlier`:
    /// what the stages before moved out).
    private func steps(
        moving batch: [Declaration], to names: [String], after earlier: some Sequence<Declaration>
    ) -> [String] {
        let stem = naming.namesakeStem
        let moves = Self.unique(names).map { name in
            // In file order, though a lower layer moves in the order of its uses.
            let going = zip(batch, names).filter { $0.1 == name }.map(\.0).sorted { $0.startLine < $1.startLine }
            guard going.count > 1 else {
                let moving = going[0]
                return "Move \(StepWording.named(moving.name)) (\(moving.kind), "
                    + "lines \(moving.firstLine)–\(moving.endLine), "
                    + "\(grouped(moving.codeLines)) code line\(moving.codeLines == 1 ? "" : "s")) to \(folder)\(name)"
            }
            // At most twelve named: the lines say where the rest are.
            let runs = ModuleNaming.runs(of: going.map(\.name)).map { Array(going[$0]) }
            let listed = runs.prefix(12).map { run in
                StepWording.run(
                    name: run[0].name, kind: run[0].kind, count: run.count,
                    pieces: run.map { $0.firstLine...$0.endLine })
            }.joined(separator: ", ")
            let rest = runs.count > 12 ? " and \(runs.dropFirst(12).reduce(0) { $0 + $1.count }) more up to line "
                + "\(going[going.count - 1].endLine)" : ""
            return "Move \(going.count) declarations (\(going.reduce(0) { $0 + $1.codeLines }) code lines) to "
                + "\(folder)\(name): " + listed + rest
        }
        // The declaration the file is named after, if any (`TestCrawler` keeps test_crawler.py; a Python module of
        // functions keeps its file for what stays, not for a `test_crawler` nothing declares).
        let namesake = file.declarations.first { $0.name == stem || ownFile($0) && ownFileName($0.name) == stem }
        let keep = "Keep \(file.path) for \(namesake.map { "`\($0.name)` and " } ?? "")what stays"
            + (file.path.hasSuffix(".swift") ? "; fix visibility (private → internal) where needed" : "")
        return moves + [keep] + layerStep + stateStep(batch) + pythonImportsBack(batch) + rustModuleSteps(batch)
            + testImportsStep(batch) + cSourceSteps(batch, to: names, earlier: earlier)
    }

    /// A JavaScript test file's `describe(…)` and `test(…)` calls move to a new test file, which needs the imports and
    /// `require`s they use (those lines are no declarations that move: koa's respond.test.js had been split by
    /// moving its `require`s).
    private func testImportsStep(_ batch: [Declaration]) -> [String] {
        guard Self.scriptModuleExtensions.contains(fileExtension),
            batch.contains(where: { Declaration.testCallKinds.contains($0.kind) })
        else { return [] }
        return ["Repeat the imports and `require`s the moved tests use at the top of the new test file"]
    }

    /// Python finds some names by where they are: a package's `__init__.py` is what its importers import, and
    /// pytest finds fixtures in `conftest.py`; what moves out of them is imported back.
    private func pythonImportsBack(_ batch: [Declaration]) -> [String] {
        if fileName == "conftest.py" && batch.contains(where: { !ownFile($0) }) {
            return ["Import the moved fixtures back into conftest.py (`from … import` each), so pytest still finds them"]
        }
        guard isPythonSource else { return [] }
        let importers = fileName == "__init__.py" ? "importers of the package" : "its importers"
        return ["Import the moved names back into \(file.path) (`from ._… import` each), so \(importers) keep working"]
    }

    /// The largest declarations that stand alone (not the file's namesake type, each within a stage), until
    /// `excess` lines are out; in file order, or, where files are modules that may not import each other both
    /// ways, each with the declarations it uses, those first (`layerOrder`).
    private func declarationsToMove(_ excess: Int) -> [Declaration] {
        let limit = max(10, settings.budget - 10)
        let declarations = file.declarations
        let movable = Set(declarations.indices.filter {
            isMovable(declarations[$0], limit: limit) && !isLibraryPrivate($0)
        })
        let candidates = movable.filter { declarations[$0].codeLines > 0 }.sorted {
            (declarations[$0].codeLines, declarations[$1].startLine) > (declarations[$1].codeLines, declarations[$0].startLine)
        }
        let namesakes = namesakeGroups()
        var chosen: Set<Int> = []
        var removed = 0
        for index in candidates where removed < excess && !chosen.contains(index) {
            guard let unit = unitWithNamesakes(index, movable: movable, limit: max(limit, excess), namesakes: namesakes)
            else { continue }
            let added = unit.subtracting(chosen)
            chosen.formUnion(added)
            removed += added.reduce(0) { $0 + declarations[$1].codeLines }
        }
        return (movesLowerLayer ? layerOrder(chosen) : chosen.sorted()).map { declarations[$0] }
    }

    /// Whether a declaration may leave the file: not the file's namesake (`Parser` in Parser.swift, `Client` in
    /// _client.py, `Searcher` in searcher/mod.rs), within a stage, not module state.
    private func isMovable(_ declaration: Declaration, limit: Int) -> Bool {
        let name = Self.namesakeKey(declaration), stem = naming.namesakeStem
        return (name != stem && ownFileName(name) != stem
            || Self.extending.contains(declaration.kind))
            && declaration.codeLines <= limit && !isModuleState(declaration) && !isModuleFileItem(declaration)
    }

    /// Dart: a name starting with `_` is private to its library (its file and the file's `part`s), so neither it
    /// nor a declaration using one may go to another file (mocktail's verify_test.dart had moved `_RealClass`, which
    /// its `_MockedClass` implements, to a file of its own).
    private func isLibraryPrivate(_ index: Int) -> Bool {
        guard fileExtension == ".dart" else { return false }
        let declarations = file.declarations
        let uses = index < file.declarationUses.count ? file.declarationUses[index] : []
        return ([index] + uses).contains { declarations.indices.contains($0) && declarations[$0].name.hasPrefix("_") }
    }

    /// A Rust `mod x;` (a line or two with its attribute): it places the file `x.rs` in the module tree beside this
    /// file, so moving it moves a module, not an item (prost's split had moved `mod c_escaping;`, whose file lies
    /// in `code_generator/`, into a new file).
    private func isModuleFileItem(_ declaration: Declaration) -> Bool {
        declaration.kind == "mod" && declaration.codeLines <= 2
    }

    /// A JavaScript or TypeScript module's `let` or `var`: its state, which an importer can read but never assign
    /// (svelte's `export let current_batch` in batch.js), so it stays with the code that assigns it.
    private func isModuleState(_ declaration: Declaration) -> Bool {
        (declaration.kind == "let" || declaration.kind == "var") && Self.scriptModuleExtensions.contains(fileExtension)
    }

    private static let scriptModuleExtensions: Set<String> = [".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts"]

    /// The module state a stage's moved functions may assign: named so they call a setter left beside it.
    private func stateStep(_ batch: [Declaration]) -> [String] {
        let state = file.declarations.filter(isModuleState).map(\.name)
        guard !state.isEmpty, batch.contains(where: { $0.kind == "function" }) else { return [] }
        let names = state.prefix(4).map { "`\($0)`" }.joined(separator: ", ") + (state.count > 4 ? "…" : "")
        return ["\(names) stay\(state.count == 1 ? "s" : "") here (module state: importers cannot assign it); a moved function "
            + "that assigns one calls a setter exported from \(fileName)"]
    }

    /// How the new files are named (`SplitFileNames`).
    var naming: SplitFileNames { SplitFileNames(path: file.path, taken: taken) }
    private var folder: String { naming.folder }
    var fileName: String { naming.fileName }
    var fileStem: String { naming.fileStem }
    var fileExtension: String { naming.fileExtension }

    /// Each declaration's new file: a type gets one of its own name; the other declarations of the batch go
    /// together to `Stem+Name` (`stem_name`), Name the first of them (`Extensions` for the file's own type).
    /// Whether a declaration moves to a file of its own name: a type.
    func ownFile(_ declaration: Declaration) -> Bool {
        let types: Set<String> = ["class", "struct", "enum", "protocol", "actor", "interface", "trait", "type", "record", "annotation"]
        return types.contains(declaration.kind) && declaration.name.first?.isUppercase == true
    }

    private func destinations(_ batch: [Declaration]) -> [String] {
        // Named after the largest that has no file of its own (after the first, vuejs/core's apiCustomElement.ts
        // sent `defineCustomElement`'s overloads to apiCustomElementREMOVAL.ts, after a two-line constant).
        let own = batch.map { ownFileName(of: $0, in: batch) }
        let others = zip(batch, own).filter { $0.1 == nil }.map(\.0)
        // An operator (`==`) names no file, nor a name with no letter (axum's `const _: () = …` in routing/mod.rs had
        // made mod_.rs) unless nothing else does: operators alone go to `Stem+Operators`.
        let lettered = others.filter { $0.name.contains(where: \.isLetter) }
        let named = (lettered.isEmpty ? others.filter { !StepWording.isOperator($0.name) } : lettered)
            .max { ($0.codeLines, $1.startLine) < ($1.codeLines, $0.startLine) }
        let suffix = named.map { $0.name == fileStem ? "Extensions" : $0.name } ?? (others.isEmpty ? nil : "Operators")
        let shared = suffix.map(naming.sharedName(suffix:))
        var names = zip(batch, own).map { $1 ?? shared ?? $0.name + fileExtension }.map(naming.untaken)
        // New files that would use each other both ways are one file.
        if movesLowerLayer && usesEachOther(batch, names) { names = names.map { _ in shared ?? names[0] } }
        // A Python module's parts are private modules it imports back: the split adds no public module.
        if isPythonSource { return names.map { $0.hasPrefix("_") ? $0 : "_" + $0 } }
        return fileExtension == ".rs" ? names.map { $0.contains("/") ? $0 : rustModuleFolder + $0 } : names
    }

    /// A Python module that is not a test (tests are found by their names and import nothing back).
    var isPythonSource: Bool {
        fileExtension == ".py" && !fileStem.hasPrefix("test_") && !fileStem.hasSuffix("_test") && fileName != "conftest.py"
    }

    func ownFileName(_ type: String) -> String { naming.ownFileName(type) }

    static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }

    /// One declaration as a title names it: swift-log's `Logger.swift` was split by moving `Logger` out twice, its two
    /// extensions, while `Logger` itself stayed.
    static func titled(_ declaration: Declaration) -> String {
        declaration.kind == "extension" ? "an extension of `\(declaration.name)`" : "`\(declaration.name)`"
    }
}

