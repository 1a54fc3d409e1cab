import PlanNaming
import Planning
import SymbolScan

/// The imports between modules a split's stages add, for the module graph later stages are checked against
/// (`ImportGraph`).
///
/// The new module imports what its files import (the old module's imports, carried over), and a lower layer's
/// callers switch to it (their imports of the old module, carried over); between the old module and the new one
/// the split's interface stage keeps the layering (a seam). Between two modules one split makes, a lower layer's
/// uses of the rest went through its interface, so its files never import a later one; the later one's files use
/// its files directly: a new import.
extension ModuleExtraction {
    /// The modules earlier extractions of the same split made, by the new paths of the files they moved, and which
    /// of them are lower layers.
    struct Earlier {
        var modules: [String: String] = [:]
        var lower: Set<String> = []
        /// The types they moved down out of files that stay (`PlanStage.movedDeclarations`), by name: their module.
        var types: [String: String] = [:]

        /// Whether the file at `path` (new) went to a lower layer.
        func isLowerLayer(_ path: String) -> Bool { modules[path].map(lower.contains) ?? false }

        /// Records where the files `stages` move went: to `name`.
        mutating func record(_ stages: [PlanStage], in name: String, isLower: Bool) {
            for path in stages.flatMap(\.moves.values) { modules[path] = name }
            for type in stages.flatMap({ $0.movedDeclarations.values.joined() }) { types[type] = name }
            if isLower { lower.insert(name) }
        }
    }

    /// The imports a batch adds: the first declares the new module below or above the old one; each imports what
    /// its files import, and the earlier lower layers whose files, or the types moved down with them, they use.
    func addedImports(of batch: [MoveUnit], first: Bool) -> [AddedImport] {
        var added = first ? [isLower ? AddedImport(module.name, name, .seam) : AddedImport(name, module.name, .seam)] : []
        let moving = Set(batch.map(\.path))
        for target in Set(moving.flatMap { graph.imports(ofFile: $0) }).subtracting([module.name, name]).sorted() {
            added.append(AddedImport(name, target, .carries(ModuleEdge(module.name, target))))
        }
        let uses = module.dependencies.filter { moving.contains($0.from) }
        let used = uses.compactMap { dependency in
            relocated[dependency.to].flatMap { earlier.isLowerLayer($0) ? earlier.modules[$0] : nil }
        }
        let types = uses.flatMap { $0.names.compactMap { earlier.types[$0] } }
        return added + Set(used + types).subtracting([name]).sorted().map { AddedImport(name, $0) }
    }

    /// The modules of the repository a batch's imports (`addedImports`) make the new module depend on that no batch
    /// before declared, as its build names them (the split's earlier new modules by their declared names), in name
    /// order. The import between the old module and the new one is the declaration's own.
    mutating func newDependencies(in added: [AddedImport]) -> [String] {
        let fresh = added.filter { $0.edge.from == name && $0.origin != .seam }
            .filter { declaredDependencies.insert($0.edge.to).inserted }
        return fresh.map { $0.origin == .new ? ModuleNaming.declaredName(ofNew: $0.edge.to, module: module) : $0.edge.to }
            .sorted()
    }

    /// The imports switching `callers` to the new module adds: their modules' (an earlier module's files: new).
    func callerImports(_ callers: [Caller]) -> [AddedImport] {
        var seen = Set<String>()
        return callers.compactMap { caller -> AddedImport? in
            if let earlier = earlier.modules[caller.path] {
                return seen.insert(earlier).inserted ? AddedImport(earlier, name) : nil
            }
            guard let owner = graph.owner(ofFile: caller.path), owner != module.name, seen.insert(owner).inserted else { return nil }
            return AddedImport(owner, name, .carries(ModuleEdge(owner, module.name)))
        }
    }
}
