import AccrueKit
import ModuleGraph
import Planning
import SymbolScan

extension PlanInputBuilder {
    /// Cycles with, per cut edge, its import statements and the names the importing files use.
    func cycles(symbols: [String: SymbolFacts]) -> [PlanCycle] {
        let modules = report.modules
        let declarations = modules.modules.map(\.declaration)
        let resolver = ImportResolver(
            modules: declarations, ownership: ModuleOwnership(modules: declarations),
            paths: modules.scan.source.paths)
        let index = Dictionary(declarations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let styles = Dictionary(
            catalog.languages.languages.map { ($0.name, $0.importStyle) }, uniquingKeysWith: { a, _ in a })
        let reports = Dictionary(modules.scan.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let filesOf = Dictionary(modules.modules.map { ($0.declaration.name, $0.files) }, uniquingKeysWith: { a, _ in a })
        return modules.cycles.map { cycle in
            PlanCycle(modules: cycle.modules, cuts: cycle.cut.map { edge in
                var sites: [ImportSite] = []
                for path in edge.files {
                    guard let file = reports[path] else { continue }
                    for facts in file.imports
                    where resolver.resolve(facts, in: path, style: styles[file.language] ?? nil) == index[edge.to] {
                        sites.append(ImportSite(path: path, line: facts.line, imports: facts.path))
                    }
                }
                let declared = Set((filesOf[edge.to] ?? []).flatMap { symbols[$0]?.declaredNames ?? [] })
                let used = Set(edge.files.flatMap { path in
                    symbols[path].map { SymbolGraph().names(usedBy: $0, from: declared) } ?? []
                })
                return PlanCycle.Cut(from: edge.from, to: edge.to, sites: sites, usedNames: used.sorted())
            })
        }
    }

    /// Hidden couplings with the file pairs across them that changed together most.
    func couplings() -> [PlanCoupling] {
        let modules = report.modules
        var owner: [String: String] = [:]
        for module in modules.modules {
            for path in module.files { owner[path] = module.declaration.name }
        }
        let commits = Dictionary(history.commits.map { ($0.id.description, $0) }, uniquingKeysWith: { a, _ in a })
        return modules.hiddenCouplings.map { pair in
            var counts: [FilePair: Int] = [:]
            for id in pair.commits {
                guard let commit = commits[id] else { continue }
                let paths = Set(commit.changes.map(\.path))
                let first = paths.filter { owner[$0] == pair.first }.sorted()
                let second = paths.filter { owner[$0] == pair.second }.sorted()
                guard first.count * second.count <= 100 else { continue }
                for a in first {
                    for b in second { counts[FilePair(first: a, second: b, count: 0), default: 0] += 1 }
                }
            }
            let pairs = counts.map { FilePair(first: $0.key.first, second: $0.key.second, count: $0.value) }
                .sorted { ($1.count, $0.first, $0.second) < ($0.count, $1.first, $1.second) }
            return PlanCoupling(
                first: pair.first, second: pair.second, degree: pair.degree, sharedRevisions: pair.sharedRevisions,
                filePairs: Array(pairs.prefix(5)))
        }
    }
}
