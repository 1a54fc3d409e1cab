import AccrueKit
import FileScanning
import ModuleGraph
import Planning
import SymbolScan
import GitCore
import GitHistory
import ImportScan
import RuleCatalog
import SourceScan

extension PlanInputBuilder {
    /// Cycles with, per cut edge, its import statements and the names the importing files use.
    func cycles(_ edges: EdgeReader) -> [PlanCycle] {
        report.modules.cycles.map { cycle in
            PlanCycle(modules: cycle.modules, cuts: cycle.cut.map(edges.cut))
        }
    }

    /// Modules with an `instability` finding: the modules that ship and import them, those modules' files
    /// that use their names, their own imports and the imports of them by more stable modules (as cut edges).
    func stabilities(
        _ unstable: [String: Double], callers: [String: [Caller]], edges: EdgeReader
    ) -> [PlanStability] {
        let modules = report.modules
        let tests = Set(modules.modules.filter { $0.declaration.kind == .test }.map(\.declaration.name))
        let testFiles = Set(modules.modules.filter { tests.contains($0.declaration.name) }.flatMap { $0.files + $0.testFiles })
        let byName = Dictionary(modules.modules.map { ($0.declaration.name, $0) }, uniquingKeysWith: { first, _ in first })
        return unstable.keys.sorted().map { name in
            let margin = unstable[name] ?? 0
            let dependents = Set(modules.edges.filter { $0.to == name && !tests.contains($0.from) }.map(\.from)).sorted()
            let instabilities = dependents.map { ($0, byName[$0]?.instability ?? 1) }
            let instability = byName[name]?.instability ?? 0
            // The dependents beyond the rule's warning gap now: the finding goes with the last of them.
            let now = Set(instabilities.filter { $0.1 < instability - margin - 1e-9 }.map(\.0))
            let inverted = Self.invertedDependents(
                of: (byName[name]?.afferent ?? 0, byName[name]?.efferent ?? 0), stable: now.sorted(),
                dependents: instabilities, margin: margin)
            let outgoing = modules.edges.filter { $0.from == name && !tests.contains($0.to) }
                .sorted { $0.to < $1.to }
                .map(edges.cut)
            let shipping = (callers[name] ?? []).filter { !testFiles.contains($0.path) }
            // Those beyond the gap now first: the rest get there only as they are inverted.
            let incoming = modules.edges.filter { $0.to == name && inverted.contains($0.from) }
                .sorted { (now.contains($0.from) ? 0 : 1, $0.from) < (now.contains($1.from) ? 0 : 1, $1.from) }
                .map(edges.cut)
            return PlanStability(
                module: name, dependents: dependents, callers: shipping, outgoing: outgoing, stableDependents: incoming,
                moreStableNow: now, floor: instabilities.map(\.1).min() ?? instability)
        }
    }

    /// The dependents whose imports an inversion must turn around so that none more stable than the module is left:
    /// each one inverted lowers its afferent count and so raises its instability, which can leave another dependent
    /// more stable than it (accrue's own AccrueKit: inverting AccrueReport alone made AccrueTrend one). A fixed point.
    static func invertedDependents(
        of module: (afferent: Int, efferent: Int), stable: [String], dependents: [(name: String, instability: Double)],
        margin: Double = 0
    ) -> Set<String> {
        var inverted = Set(stable)
        while true {
            let afferent = max(0, module.afferent - inverted.count)
            let total = afferent + module.efferent
            let instability = total == 0 ? 0 : Double(module.efferent) / Double(total)
            let more = dependents.filter { !inverted.contains($0.name) && $0.instability < instability - margin - 1e-9 }
            if more.isEmpty { return inverted }
            inverted.formUnion(more.map(\.name))
        }
    }

    /// Import statements and used names of one module edge: the module report's own resolver
    /// (`ModuleReport.importResolver`) over the files whose imports made its graph, built once for every edge.
    struct EdgeReader {
        let resolver: ImportResolver
        let index: [String: Int]
        /// Module names by index.
        let names: [String]
        let styles: [String: String?]
        let reports: [String: FileReport]
        let filesOf: [String: [String]]
        let symbols: [String: SymbolFacts]
        /// The modules' build manifests: an edge whose only evidence is one (or a build file a manifest reader reads,
        /// a Gradle module's build.gradle.kts beside its settings file) was declared, not imported.
        let manifests: Set<String>

        init(builder: PlanInputBuilder, symbols: [String: SymbolFacts]) {
            let modules = builder.report.modules
            let declarations = modules.modules.map(\.declaration)
            resolver = modules.importResolver(catalog: builder.catalog)
            index = Dictionary(declarations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
            names = declarations.map(\.name)
            styles = Dictionary(
                builder.catalog.languages.languages.map { ($0.name, $0.importStyle) }, uniquingKeysWith: { a, _ in a })
            reports = Dictionary(
                ModuleAnalyzer(catalog: builder.catalog).importingFiles(modules.scan).map { ($0.path, $0) },
                uniquingKeysWith: { a, _ in a })
            filesOf = Dictionary(modules.modules.map { ($0.declaration.name, $0.files) }, uniquingKeysWith: { a, _ in a })
            self.symbols = symbols
            manifests = Set(declarations.map(\.manifest))
        }

        /// An edge `from` → `to` through its files (those of `from` importing `to`): the import lines and the names
        /// used. An edge with no import of its own (`via`) is behind the imports of the modules passing `to` on.
        func cut(_ edge: ModuleReport.Edge) -> PlanCycle.Cut {
            let (from, to, files) = (edge.from, edge.to, edge.files)
            let targets = Set(([to] + (edge.via ?? [])).compactMap { index[$0] })
            var sites: [ImportSite] = []
            for path in files {
                guard let file = reports[path] else { continue }
                for facts in file.imports {
                    guard let target = resolver.resolve(
                        facts, in: path, style: styles[file.language] ?? nil, language: file.language),
                        targets.contains(target)
                    else { continue }
                    sites.append(ImportSite(
                        path: path, line: facts.line, imports: facts.path,
                        through: target == index[to] ? nil : names[target]))
                }
            }
            let declared = Set((filesOf[to] ?? []).flatMap { symbols[$0]?.declaredNames ?? [] })
            var byFile: [String: [String]] = [:]
            for path in files { byFile[path] = symbols[path].map { SymbolGraph().names(usedBy: $0, from: declared) } }
            let used = Set(byFile.values.joined())
            // An edge with no import statement behind it, whose evidence is a build manifest, is a declared dependency
            // (a dune file's `(libraries …)` where the language's imports are not read).
            return PlanCycle.Cut(
                from: from, to: to, sites: sites, usedNames: used.sorted(), namesByFile: byFile,
                declaredIn: sites.isEmpty
                    ? files.filter { manifests.contains($0) || ModuleAnalyzer.isManifest($0) }.sorted() : [])
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
