import Planning
import SymbolScan

extension StabilizeStages {
    /// The stable core of an unstable module: the files declaring the names its dependents use, and every
    /// file of the module those use or that extends their types (the closure over the uses between its files).
    struct Core {
        let name: String
        /// The core's files, those the others use first (the order they move in).
        let orderedFiles: [PlanFile]
        /// The module's imports its core's files make, with their sites limited to those files.
        let imports: [PlanCycle.Cut]
        /// The core's dependents: the unstable module's, plus the module itself when what stays uses the core.
        let afferent: Int
        /// Every file importing the module that uses a name of the core (tests too): they switch their import.
        let callers: [Caller]
        /// The seam in words.
        let reason: String

        /// Nil when there is no seam: no file declares what the dependents use, or the core would hold more than
        /// two thirds of the module's code lines.
        init?(module: PlanModule, stability: PlanStability, name: String) {
            let used = Set(stability.callers.flatMap(\.names))
            let seeds = module.files.filter { file in
                file.declaredNames.contains(where: used.contains) || file.declarations.contains { used.contains($0.name) }
            }.map(\.path)
            var core = Set(seeds)
            var queue = seeds
            let bound = module.boundFiles
            while let path = queue.popLast() {
                // What a core file uses, the files extending its types (their members are the type's), and the files
                // bound to it (`BoundFiles`), which leave the module only with it.
                let reached = module.dependencies.filter { $0.from == path }.map(\.to)
                    + module.dependencies.filter { $0.to == path && $0.extendsType }.map(\.from) + (bound.group(of: path) ?? [])
                for next in reached where !core.contains(next) {
                    core.insert(next)
                    queue.append(next)
                }
            }
            let lines = module.files.filter { core.contains($0.path) }.reduce(0) { $0 + $1.codeLines }
            let all = module.files.reduce(0) { $0 + $1.codeLines }
            // A core of most of the module is the module renamed, not a seam.
            guard !core.isEmpty, lines * 3 <= all * 2 else { return nil }
            self.name = name
            let restUsesCore = module.dependencies.contains { !core.contains($0.from) && core.contains($0.to) }
            afferent = stability.dependents.count + (restUsesCore ? 1 : 0)
            imports = stability.outgoing.compactMap { cut in
                let sites = cut.sites.filter { core.contains($0.path) }
                guard !sites.isEmpty else { return nil }
                // The names the core's own files use, when known by file.
                let names = cut.namesByFile.isEmpty
                    ? cut.usedNames : Set(cut.namesByFile.filter { core.contains($0.key) }.values.joined()).sorted()
                return PlanCycle.Cut(from: cut.from, to: cut.to, sites: sites, usedNames: names)
            }
            let declared = Set(module.files.filter { core.contains($0.path) }.flatMap {
                $0.declaredNames + $0.declarations.map(\.name)
            })
            callers = module.callers.compactMap { caller in
                let names = caller.names.filter(declared.contains)
                return names.isEmpty ? nil : Caller(path: caller.path, names: names)
            }
            // A file moves after the core files it uses.
            let byPath = Dictionary(module.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            orderedFiles = dependencyOrder(Array(core), dependencies: module.dependencies, usedFirst: true)
                .compactMap { byPath[$0] }
            reason = "\(orderedFiles.count) of its \(module.files.count) files (\(groupedText(lines)) code lines) declare "
                + "what \(stability.dependents.count) modules use and what those files need; they import "
                + "\(imports.count) of its \(stability.outgoing.count) modules."
        }
    }
}
