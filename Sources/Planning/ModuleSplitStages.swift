import DebtLedger
import PlanNaming
import SymbolScan

/// Stages that split an oversized module along its seams, cluster by cluster, each within the budget.
///
/// Files are clustered on the graph of names they use from each other and of change sets they share
/// (`FileClustering`, capped at the module-size warning). Clusters with the fewest ties to the rest of
/// the module go first, until what stays is within the warning. Each extracted cluster becomes a new
/// module in up to four kinds of stage: introduce the interface (when the cluster and the rest use each
/// other), move the files in batches, switch the callers in other modules, remove the forwarding.
struct ModuleSplitStages {
    let module: PlanModule
    /// The module's `module-size` finding.
    let finding: Finding
    /// `file-size` findings by path (a file moved in parts leaves its finding behind).
    let fileFindings: [String: Finding]
    let settings: PlanSettings
    /// Module names already in use.
    let taken: Set<String>

    /// The split's stages in dependency order.
    func stages() -> [PlanStage] {
        let warning = Int(finding.thresholds.warning)
        var remaining = module.codeLines
        var names = taken
        var result: [PlanStage] = []
        var previous: String?
        for (ordinal, cluster) in chosenClusters(warning: warning).enumerated() {
            let files = cluster.files.map { module.files[$0] }
            let paths = Set(files.map(\.path))
            let name = ModuleNaming.name(
                files: files.map(\.path), central: centralDeclaration(paths), module: module.name,
                ordinal: ordinal + 1, lowercase: !["swiftpm", "cargo", "npm"].contains(module.ecosystem)
                    && files.allSatisfy { ($0.path.split(separator: "/").last?.first?.isLowercase) ?? false },
                taken: names, ecosystem: module.ecosystem)
            names.insert(name)
            var extraction = ModuleExtraction(
                module: module, finding: finding, fileFindings: fileFindings, settings: settings, files: files,
                paths: paths, name: name, ordinal: ordinal + 1, ties: (cluster.internalWeight, cluster.cutWeight))
            // A lower layer moves only as many of its files as the budget needs, those the others use first.
            if let leading = extraction.leadingFiles(removing: remaining - warning) {
                let moved = Set(leading.map(\.path))
                extraction = ModuleExtraction(
                    module: module, finding: finding, fileFindings: fileFindings, settings: settings, files: leading,
                    paths: moved, name: name, ordinal: ordinal + 1, ties: ties(of: moved))
            }
            extraction.remainingBefore = remaining
            let stages = extraction.stages(after: previous)
            remaining = extraction.remainingAfter
            previous = stages.last?.id
            result += stages
        }
        return result
    }

    /// The clusters to extract, fewest ties first, until the module is within `warning`.
    func chosenClusters(warning: Int) -> [FileClustering.Cluster] {
        let excess = module.codeLines - warning
        guard excess > 0 else { return [] }
        let limit = unitLimit
        // Files holding a declaration larger than one stage cannot move; they stay.
        let movable = Set(module.files.indices.filter { MoveUnit.units(of: module.files[$0], limit: limit) != nil })
        let clustering = FileClustering(lines: module.files.map(\.codeLines), adjacency: adjacency())
        var clusters = clustering.clusters(cap: warning).map { cluster in
            clustering.describe(cluster.files.filter { movable.contains($0) })
        }.filter { !$0.files.isEmpty && $0.files.count < module.files.count }
        if clusters.allSatisfy({ $0.files.count == 1 && $0.internalWeight == 0 }) {
            clusters = folderClusters(clustering, movable: movable, cap: warning)
        }
        let minimum = min(excess, max(1, warning / 5))
        var candidates = clusters.filter { $0.codeLines >= minimum && $0.codeLines <= warning }
        if candidates.isEmpty { candidates = clusters.filter { $0.codeLines <= warning && $0.files.count > 1 } }
        candidates.sort {
            let left = ($0.tiesRatio * 1000).rounded()
            let right = ($1.tiesRatio * 1000).rounded()
            return (left, -$0.codeLines, $0.files.first ?? 0) < (right, -$1.codeLines, $1.files.first ?? 0)
        }
        var chosen: [FileClustering.Cluster] = []
        var remaining = module.codeLines
        for candidate in candidates where remaining > warning && chosen.count < 12 {
            chosen.append(candidate)
            remaining -= candidate.codeLines
        }
        return chosen
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
        for pair in module.coChanges { add(pair.first, pair.second, Double(pair.count) * settings.coChangeWeight) }
        return adjacency
    }

    /// Without any ties between files, folders are the seams a person would use.
    private func folderClusters(
        _ clustering: FileClustering, movable: Set<Int>, cap: Int
    ) -> [FileClustering.Cluster] {
        let root = module.roots.first ?? ""
        var byFolder: [String: [Int]] = [:]
        for (index, file) in module.files.enumerated() where movable.contains(index) {
            let relative = root.isEmpty ? file.path : String(file.path.dropFirst(root.count + 1))
            let parts = relative.split(separator: "/")
            guard parts.count > 1 else { continue }
            byFolder[String(parts[0]), default: []].append(index)
        }
        return byFolder.keys.sorted().compactMap { byFolder[$0] }.map { clustering.describe($0) }
            .filter { $0.codeLines <= cap }
    }

    /// The declaration of the cluster that its own files use most.
    private func centralDeclaration(_ paths: Set<String>) -> String? {
        var uses: [String: Int] = [:]
        for dependency in module.dependencies where paths.contains(dependency.from) && paths.contains(dependency.to) {
            for name in dependency.names { uses[name, default: 0] += 1 }
        }
        return uses.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
