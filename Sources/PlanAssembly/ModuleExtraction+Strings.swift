import PlanNaming
import Planning
import SymbolScan

/// The strings naming a split's moving files by their dotted module path (`PlanModule.dottedReferences`), which a
/// framework imports at run time: scrapy's default settings naming its downloader middlewares, Django's
/// `ROOT_URLCONF`. No import statement shows them and no interface can carry them, so the batch that moves a file
/// rewrites every string naming it to its new path, wherever the string is (the files that stay, the moving files,
/// the module's tests, other modules). A file that stays and holds one loads the new module at run time: next to an
/// upper layer, which imports the module, that is a cycle, which the batch's added import lets `ImportGraph` state.
/// The files holding the strings are named in the step, not among the stage's files: a move stage's files are those it
/// moves (the planner gives a file moved in parts no split of its own).
extension ModuleExtraction {
    /// The files of the module's code that stay (not tests, not the cluster's, not moved by an earlier extraction) and
    /// name the cluster's files in strings: uses no import shows.
    var stringUsers: [String] {
        let users = module.dottedReferences.filter { reference in
            paths.contains(reference.to) && reference.fromModule == module.name && !reference.fromTest
                && !paths.contains(reference.from) && relocated[reference.from] == nil
        }
        return Set(users.map(\.from)).sorted()
    }

    /// The step rewriting the strings naming the files `batch` moves into `folder` (each string, its new text and the
    /// places holding it: a line each, counted with the edits around its unit, `editsOf`), and the module imports the
    /// strings make once the files are in the new module.
    func stringUpdate(for batch: [MoveUnit], folder: String) -> (step: [String], added: [AddedImport]) {
        let placed = module.dottedReferences.compactMap { reference in
            unit(holding: reference, in: batch).map { (reference, $0) }
        }
        guard !placed.isEmpty else { return ([], []) }
        var rewrites: [String: (new: String, sites: [String])] = [:]
        for (reference, unit) in placed {
            let destination = ModuleNaming.destination(
                of: unit.path, fileName: unit.newFileName(), folder: folder, module: module, dropping: sharedFolder)
            let dropped = sharedFolder.isEmpty ? 0 : sharedFolder.split(separator: "/").count
            rewrites[reference.text, default: (reference.text(movedTo: destination, droppingLevels: dropped), [])].sites
                .append("\(reference.from):\(reference.line)")
        }
        let step = DottedReference.rewriteStep(rewrites.map { ($0.key, $0.value.new, $0.value.sites) })
        return ([step], stringImports(placed.map(\.0)))
    }

    /// The unit of `batch` that moves what `reference` names: its file, or of a file moved in parts the part declaring
    /// the name; the first part a name no part declares (an import, an assignment) or the module itself, as the file's
    /// header goes with it (`inwardUsers`).
    private func unit(holding reference: DottedReference, in batch: [MoveUnit]) -> MoveUnit? {
        let units = batch.filter { $0.path == reference.to }
        if let whole = units.first(where: \.isWholeFile) { return whole }
        let inParts = Set(file(at: reference.to)?.declarations.map(\.name) ?? [])
        return units.first { unit in
            guard let name = reference.name, inParts.contains(name) else { return unit.part == 1 }
            return unit.declaredNames.contains(name)
        }
    }

    /// The imports the strings make: code of the module that stays loads the new one (new: an upper layer closes a
    /// cycle), an earlier module of the split likewise, another module's code as its imports of the module did.
    private func stringImports(_ references: [DottedReference]) -> [AddedImport] {
        var added = Set<AddedImport>()
        for reference in references where !reference.fromTest && !paths.contains(reference.from) {
            if let moved = relocated[reference.from], let earlier = earlier.modules[moved] {
                if earlier != name { added.insert(AddedImport(earlier, name)) }
            } else if reference.fromModule == module.name {
                if !isLower { added.insert(AddedImport(module.name, name)) }
            } else if !reference.fromModule.isEmpty {
                added.insert(AddedImport(reference.fromModule, name, .carries(ModuleEdge(reference.fromModule, module.name))))
            }
        }
        return added.sorted { ($0.edge.from, $0.edge.to) < ($1.edge.from, $1.edge.to) }
    }
}
