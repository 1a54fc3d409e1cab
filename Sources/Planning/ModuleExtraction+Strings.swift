import PlanNaming

/// The strings naming a split's moving files by their dotted module path (`PlanModule.dottedReferences`), which a
/// framework imports at run time: scrapy's default settings naming its downloader middlewares, Django's
/// `ROOT_URLCONF`. No import statement shows them and no interface can carry them, so the batch that moves a file
/// rewrites every string naming it to its new path, wherever the string is (the files that stay, the moving files,
/// the module's tests, other modules). A file that stays and holds one loads the new module at run time: next to an
/// upper layer, which imports the module, that is a cycle, which the batch's added import lets `ImportGraph` state.
extension ModuleExtraction {
    /// What a batch does to the strings naming its files.
    struct StringUpdate {
        /// The step naming each string, its new text and the places holding it (a line each, counted with the edits
        /// around its unit: `editsOf`).
        var step: String?
        /// The module imports the strings make once the files are in the new module.
        var added: [AddedImport] = []
    }

    /// Strings listed in a step; the rest are counted.
    static let stringsListed = 6

    /// The files of the module that stay and name the cluster's files in strings: uses no import shows.
    var stringUsers: [String] {
        Set(module.dottedReferences.filter { paths.contains($0.to) && staysInModule($0) }.map(\.from)).sorted()
    }

    /// Whether the string is in code of the module that is not moving: not a test, not the cluster's, not moved by an
    /// earlier extraction.
    private func staysInModule(_ reference: DottedReference) -> Bool {
        reference.fromModule == module.name && !reference.fromTest && !paths.contains(reference.from)
            && relocated[reference.from] == nil
    }

    /// The rewrite of the strings naming the files `batch` moves into `folder`.
    func stringUpdate(for batch: [MoveUnit], folder: String) -> StringUpdate {
        let placed = module.dottedReferences.compactMap { reference in
            unit(holding: reference, in: batch).map { (reference, $0) }
        }
        guard !placed.isEmpty else { return StringUpdate() }
        var rewrites: [String: (new: String, sites: [String])] = [:]
        for (reference, unit) in placed {
            let destination = ModuleNaming.destination(
                of: unit.path, fileName: unit.newFileName(), folder: folder, module: module, dropping: sharedFolder)
            rewrites[reference.text, default: (reference.text(movedTo: destination), [])].sites
                .append("\(reference.from):\(reference.line)")
        }
        let listed = rewrites.keys.sorted().prefix(Self.stringsListed).map { old in
            "`\(old)` → `\(rewrites[old]?.new ?? old)` (\(rewrites[old]?.sites.sorted().joined(separator: ", ") ?? ""))"
        }
        let more = rewrites.count > Self.stringsListed ? "; and \(rewrites.count - Self.stringsListed) more" : ""
        let step = "Rewrite the strings naming the moved code by its dotted path, which Python imports at run time: "
            + listed.joined(separator: "; ") + more
        return StringUpdate(step: step, added: stringImports(placed.map(\.0)))
    }

    /// Up to three of `paths`, and how many more.
    static func files(_ paths: [String]) -> String {
        paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
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
