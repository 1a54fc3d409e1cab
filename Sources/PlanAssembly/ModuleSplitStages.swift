import DebtLedger
import DebtModel
import PlanNaming
import Planning
import SymbolScan

/// Stages that split an oversized module along its seams, cluster by cluster, each within the budget.
///
/// Files are clustered on the graph of names they use from each other and of change sets they share
/// (`FileClustering`, capped at the module-size warning). Clusters with the fewest ties to the rest of
/// the module go first, until what stays is within the warning. Each extracted cluster becomes a new
/// module in up to four kinds of stage: introduce the interface (when the cluster and the rest use each
/// other), move the files in batches, switch the callers in other modules, remove the forwarding.
package struct ModuleSplitStages {
    let module: PlanModule
    /// The module's `module-size` finding.
    let finding: Finding
    /// `file-size` findings by path (a file moved in parts leaves its finding behind).
    let fileFindings: [String: Finding]
    let settings: PlanSettings
    /// Module names already in use.
    let taken: Set<String>
    /// The module imports: what the moving files import, and whose files the callers are.
    var graph = ImportGraph()
    /// The repository's other paths the planner knows (other modules' files, tests): with the module's own files,
    /// the folders and files a new module's folder may not be (`ModuleNaming.presentEntries`).
    package var elsewhere: [String] = []
    /// The repository's test files: a moved file's go with it.
    package var tests: Set<String> = []
    /// The module's files that move together or not at all, in one stage (by index into `module.files`).
    let bound: BoundFiles

    /// Creates the builder for one oversized module.
    package init(
        module: PlanModule, finding: Finding, fileFindings: [String: Finding], settings: PlanSettings, taken: Set<String>,
        graph: ImportGraph = ImportGraph()
    ) {
        self.module = module
        self.finding = finding
        self.fileFindings = fileFindings
        self.settings = settings
        self.taken = taken
        self.graph = graph
        bound = module.boundFiles
    }

    /// The split's stages in dependency order.
    package func stages() -> [PlanStage] {
        let warning = Int(finding.thresholds.warning)
        // The module's code lines and the changes a month that pay its size friction, as extractions take them.
        var (remaining, activity) = (module.codeLines, finding.interest.changesPerMonth)
        // The names taken, and those this module's earlier clusters took: a second pack of one folder is numbered.
        var (names, own) = (taken, Set<String>())
        var result: [PlanStage] = []
        var previous: String?
        // Where the files an earlier cluster moved went, and into which module: later stages name them there, as
        // callers in that module.
        var (relocated, earlier) = ([String: String](), ModuleExtraction.Earlier())
        // Files whose every declaration an earlier extraction moved down as types (`movedDeclarations`): nothing
        // of them is left to move.
        var emptied = Set<String>()
        for (ordinal, cluster) in chosenClusters(warning: warning).enumerated() {
            let remainder = cluster.files.map { module.files[$0] }.filter { !emptied.contains($0.path) }
            guard let (files, paths, ties) = moving(
                remainder, of: cluster, ordinal: ordinal, excess: remaining - warning, relocated: relocated)
            else { continue }
            let name = newName(files, paths: paths, ordinal: ordinal + 1, taken: names, own: own)
            names.insert(name)
            own.insert(name)
            var extraction = ModuleExtraction(
                module: module, finding: finding, fileFindings: fileFindings, settings: settings, files: files,
                paths: paths, name: name, ordinal: ordinal + 1, ties: ties)
            (extraction.remainingBefore, extraction.activityBefore) = (remaining, activity)
            (extraction.relocated, extraction.earlier, extraction.graph, extraction.tests) = (relocated, earlier, graph, tests)
            let stages = extraction.stages(after: previous)
            for stage in stages { relocated.merge(stage.moves) { _, new in new } }
            earlier.record(stages, in: name, isLower: extraction.isLower)
            emptied.formUnion(emptiedFiles(by: stages))
            (remaining, activity) = (extraction.remainingAfter, extraction.activityAfter)
            previous = stages.last?.id
            result += stages
        }
        return result
    }

    /// What of a cluster's `files` (those earlier clusters left) moves: a lower layer only as many of its files as
    /// `excess` needs, those the others use first; a Rust module file with the files below it; a Rust trait `impl`
    /// with its trait's or type's file (`BoundFiles.anchored`). Nil when nothing is left.
    private func moving(
        _ files: [PlanFile], of cluster: FileClustering.Cluster, ordinal: Int, excess: Int, relocated: [String: String]
    ) -> (files: [PlanFile], paths: Set<String>, ties: (inside: Double, outside: Double))? {
        guard !files.isEmpty else { return nil }
        let clusterPaths = Set(files.map(\.path))
        var (files, paths) = (files, clusterPaths)
        var ties = (inside: cluster.internalWeight, outside: cluster.cutWeight)
        var whole = ModuleExtraction(
            module: module, finding: finding, fileFindings: fileFindings, settings: settings, files: files,
            paths: paths, name: "", ordinal: ordinal + 1, ties: ties)
        whole.relocated = relocated
        if let leading = whole.leadingFiles(removing: excess) {
            (files, paths) = (leading, Set(leading.map(\.path)))
            ties = self.ties(of: paths)
        }
        let isRust = module.ecosystem == "cargo"
        var narrowed = isRust ? rustWholeModules(paths, within: clusterPaths, relocated: relocated) ?? paths : paths
        if !bound.anchors.isEmpty { narrowed = bound.anchored(paths: narrowed, allowing: clusterPaths) }
        guard narrowed != paths else { return (files, paths, ties) }
        guard !narrowed.isEmpty else { return nil }
        return (module.files.filter { narrowed.contains($0.path) }, narrowed, self.ties(of: narrowed))
    }

    /// The files of the module whose declarations `stages` all moved out as types.
    private func emptiedFiles(by stages: [PlanStage]) -> [String] {
        stages.flatMap(\.movedDeclarations).compactMap { path, names in
            let file = module.files.first { $0.path == path }
            return file.map { $0.declarations.allSatisfy { names.contains($0.name) } } == true ? path : nil
        }
    }

    /// The clusters to extract, fewest ties first, until the module is within `warning`.
    func chosenClusters(warning: Int) -> [FileClustering.Cluster] {
        let excess = module.codeLines - warning
        guard excess > 0 else { return [] }
        let limit = unitLimit
        // Files holding a declaration larger than one stage cannot move; they stay, and so do the files bound to them.
        let movable = bound.movable(
            Set(module.files.indices.filter { MoveUnit.units(of: module.files[$0], limit: limit) != nil }),
            lines: module.files.map(\.codeLines), limit: limit)
        let clustering = FileClustering(lines: module.files.map(\.codeLines), adjacency: adjacency())
        let minimum = min(excess, max(1, warning / 5))
        var clusters = rawClusters(clustering, warning: warning, minimum: minimum).map { cluster in
            clustering.describe(cluster.files.filter { movable.contains($0) })
        }
        let code = filesWithCode()
        clusters = wholeForms(clusters, movable: movable, clustering: clustering)
            .filter { !$0.files.isEmpty && $0.files.count < module.files.count && !code.isDisjoint(with: $0.files) }
        var candidates = Array(Set(clusters.filter { $0.codeLines >= minimum && $0.codeLines <= warning }))
        if candidates.isEmpty { candidates = Array(Set(clusters.filter { $0.codeLines <= warning && $0.files.count > 1 })) }
        candidates = ordered(candidates)
        var chosen: [FileClustering.Cluster] = []
        var taken = Set<Int>()
        var remaining = module.codeLines
        for candidate in candidates where remaining > warning && chosen.count < 12 && taken.isDisjoint(with: candidate.files) {
            chosen.append(candidate)
            taken.formUnion(candidate.files)
            remaining -= candidate.codeLines
        }
        return chosen
    }

    /// The clusters of ties, and the folders, that may move. Folders compete with the clusters of ties: a folder a
    /// person made is often the better seam (pandoc's readers, each in its own folder, against clusters of files
    /// sharing common names). Where the files a split may move hold less than the budget (the rest is data, entry
    /// files, a Composer package's tooling), a cluster as large as the budget would be all of them: each leaves room
    /// for the rest, and clusters half as large compete too.
    private func rawClusters(_ clustering: FileClustering, warning: Int, minimum: Int) -> [FileClustering.Cluster] {
        let movableLines = module.files.reduce(0) { $0 + $1.codeLines }
        let cap = movableLines > warning ? warning : max(minimum, movableLines - minimum)
        let halves = cap < warning ? clustering.clusters(cap: cap / 2) : []
        return clustering.clusters(cap: cap) + halves + folderClusters(clustering, cap: cap, minimum: minimum)
    }

    /// The files holding code the module's build compiles: a declaration, a function or a use to or from another
    /// file. Markup and data alone make no module (scrapy's docs/_tests/*.html pages, 418 lines of the module's
    /// size, were its first extraction, into a Python distribution with no Python in it).
    private func filesWithCode() -> Set<Int> {
        let used = Set(module.dependencies.flatMap { [$0.from, $0.to] })
        return Set(module.files.indices.filter { index in
            let file = module.files[index]
            return !file.declarations.isEmpty || !file.declaredNames.isEmpty || !file.functions.isEmpty || used.contains(file.path)
        })
    }

    /// Each cluster in the forms that can move: a Rust module file moves with its folder (each cluster both with the
    /// rest of its folders and without the parents whose folders it holds only in part), bound files together (with
    /// the rest of their group and without it), a Rust trait `impl` only with the trait's or the type's file (the
    /// orphan rule: `BoundFiles.anchored`).
    private func wholeForms(
        _ clusters: [FileClustering.Cluster], movable: Set<Int>, clustering: FileClustering
    ) -> [FileClustering.Cluster] {
        var clusters = clusters
        if module.ecosystem == "cargo" {
            clusters = clusters.flatMap { rustWholeModules($0, movable: movable) }.map(clustering.describe)
        }
        if !bound.groups.isEmpty {
            clusters = clusters.flatMap { bound.forms(of: $0.files, allowing: movable) }.map(clustering.describe)
        }
        guard !bound.anchors.isEmpty else { return clusters }
        return clusters.map { clustering.describe(bound.anchored(Set($0.files), allowing: movable).sorted()) }
    }

    /// The paths a Rust cluster moves once the leading files take what they leave of a module's folder (within the
    /// cluster; what earlier clusters took is gone), or nil when they are whole already.
    private func rustWholeModules(_ paths: Set<String>, within cluster: Set<String>, relocated: [String: String]) -> Set<String>? {
        let present = module.files.map(\.path).filter { relocated[$0] == nil }
        let whole = RustModuleParents.wholeModules(paths, allowing: cluster, in: present, modules: module.rustModules)
        return whole == paths ? nil : whole
    }

    /// A cluster's files with every Rust module file's folder: grown by the rest of the folders (of movable files), and
    /// shrunk by the parents whose folders it holds only in part.
    private func rustWholeModules(_ cluster: FileClustering.Cluster, movable: Set<Int>) -> [[Int]] {
        let all = module.files.map(\.path)
        let paths = Set(cluster.files.map { all[$0] })
        let modules = module.rustModules
        let grown = RustModuleParents.wholeModules(paths, allowing: Set(movable.map { all[$0] }), in: all, modules: modules)
        let shrunk = RustModuleParents.wholeModules(paths, allowing: paths, in: all, modules: modules)
        guard grown != paths || shrunk != paths else { return [cluster.files] }
        return Set([grown, shrunk]).map { variant in all.indices.filter { variant.contains(all[$0]) } }
    }

    /// A clean layer first (the files use the rest, or the rest uses them, never both: no interface to write), then
    /// the smallest share of ties leading out, then the larger.
    private func ordered(_ candidates: [FileClustering.Cluster]) -> [FileClustering.Cluster] {
        var touching = Array(repeating: [FileDependency](), count: module.files.count)  // each file's uses, both ways
        let index = Dictionary(module.files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        for dependency in module.dependencies + stringUses {
            for end in Set([dependency.from, dependency.to]) { if let at = index[end] { touching[at].append(dependency) } }
        }
        let keyed = candidates.map { cluster in
            let against = (againstLayeringShare(cluster, touching: touching) * 20).rounded()
            return (cluster: cluster, key: (against, (cluster.tiesRatio * 1000).rounded(), -cluster.codeLines))
        }
        return keyed.sorted { left, right in
            left.key != right.key ? left.key < right.key : left.cluster.files.lexicographicallyPrecedes(right.cluster.files)
        }.map(\.cluster)
    }

    /// The module's strings naming its files (`dottedReferences`) held by its own files, as uses of weight one: no
    /// interface carries them, but the layering they go against is the module's as much as an import's.
    private var stringUses: [FileDependency] {
        module.dottedReferences.filter { $0.fromModule == module.name && !$0.fromTest && $0.from != $0.to }
            .map { FileDependency(from: $0.from, to: $0.to, weight: 1, names: []) }
    }

    /// The share of a cluster's uses across its boundary that go against the layering a split makes (the lesser
    /// direction, which an interface must carry): 0 for a lower or upper layer.
    private func againstLayeringShare(_ cluster: FileClustering.Cluster, touching: [[FileDependency]]) -> Double {
        let paths = Set(cluster.files.map { module.files[$0].path })
        let (inward, outward) = ModuleExtraction.crossingWeights(cluster.files.flatMap { touching[$0] }, inside: paths)
        return inward + outward > 0 ? Double(min(inward, outward)) / Double(inward + outward) : 0
    }

    /// Units larger than this cannot move in one stage (room is left for the edits around a move).
    var unitLimit: Int { max(10, settings.budget * 9 / 10) }

    /// The weight of the ties among `paths` and between them and the rest of the module.
    private func ties(of paths: Set<String>) -> (inside: Double, outside: Double) {
        let adjacency = adjacency()
        var inside = 0.0
        var outside = 0.0
        for (index, file) in module.files.enumerated() where paths.contains(file.path) {
            for (other, weight) in adjacency[index] {
                if paths.contains(module.files[other].path) { inside += weight / 2 } else { outside += weight }
            }
        }
        return (inside, outside)
    }

    /// Symmetric weights: names used either way, plus co-changes.
    private func adjacency() -> [[Int: Double]] {
        let index = Dictionary(module.files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        var adjacency = Array(repeating: [Int: Double](), count: module.files.count)
        func add(_ a: String, _ b: String, _ weight: Double) {
            guard let i = index[a], let j = index[b], i != j, weight > 0 else { return }
            adjacency[i][j, default: 0] += weight
            adjacency[j][i, default: 0] += weight
        }
        for dependency in module.dependencies { add(dependency.from, dependency.to, Double(dependency.weight)) }
        // A string naming a file by its module path is a use no import shows (`dottedReferences`): one name's weight.
        for reference in module.dottedReferences { add(reference.from, reference.to, 1) }
        for pair in module.coChanges { add(pair.first, pair.second, Double(pair.count) * settings.coChangeWeight) }
        return adjacency
    }

    /// The module's folders as seams: each folder with everything under it when that fits `cap`; a larger one gives
    /// its subfolders, its own files as one more group when they fit, and its subfolders too small to be a module
    /// alone (under `minimum`) packed in name order into groups that fit (hono's twenty middleware folders of 100 to
    /// 300 lines each). Folders are the paths' own, from the repository's root: a module's roots may be many. The
    /// folders of a module's one root are not packed: they are a package's parts of different kinds (vite's `bin/`,
    /// `misc/`, `scripts/` and `types/` made one new package; a CMake target's roots are its sources' folders).
    private func folderClusters(_ clustering: FileClustering, cap: Int, minimum: Int) -> [FileClustering.Cluster] {
        let folders = module.files.map { Array($0.path.split(separator: "/").dropLast()) }
        let rootDepths = module.roots.count == 1 ? Set(module.roots.map { $0.split(separator: "/").count }) : []
        let lines = { (files: [Int]) in files.reduce(0) { $0 + module.files[$1].codeLines } }
        var result: [[Int]] = []
        func visit(_ depth: Int, _ files: [Int]) {
            if depth > 0, lines(files) <= cap {
                result.append(files)
                return
            }
            var below: [Substring: [Int]] = [:]
            var own: [Int] = []
            for file in files {
                if folders[file].count > depth { below[folders[file][depth], default: []].append(file) } else { own.append(file) }
            }
            if depth > 0, !own.isEmpty, lines(own) <= cap { result.append(own) }
            var (pack, packLines) = ([Int](), 0)
            for name in below.keys.sorted() {
                let sub = below[name] ?? []
                let subLines = lines(sub)
                if subLines < minimum && !rootDepths.contains(depth) {
                    if packLines + subLines > cap, !pack.isEmpty { (result, pack, packLines) = (result + [pack], [], 0) }
                    (pack, packLines) = (pack + sub, packLines + subLines)
                }
                visit(depth + 1, sub)
            }
            if packLines >= minimum { result.append(pack) }
        }
        visit(0, Array(module.files.indices))
        return result.map { clustering.describe($0.sorted()) }
    }
}
