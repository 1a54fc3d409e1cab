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
            var files = cluster.files.map { module.files[$0] }
            var paths = Set(files.map(\.path))
            var ties = (inside: cluster.internalWeight, outside: cluster.cutWeight)
            // A lower layer moves only as many of its files as the budget needs, those the others use first.
            let whole = ModuleExtraction(
                module: module, finding: finding, fileFindings: fileFindings, settings: settings, files: files,
                paths: paths, name: "", ordinal: ordinal + 1, ties: ties)
            if let leading = whole.leadingFiles(removing: remaining - warning) {
                (files, paths) = (leading, Set(leading.map(\.path)))
                ties = self.ties(of: paths)
            }
            // Named after what moves.
            let name = ModuleNaming.name(
                files: files.map(\.path), folder: filledFolder(paths), central: centralDeclaration(paths), module: module.name,
                ordinal: ordinal + 1, lowercase: !["swiftpm", "cargo", "npm"].contains(module.ecosystem)
                    && files.allSatisfy { ($0.path.split(separator: "/").last?.first?.isLowercase) ?? false },
                taken: names, ecosystem: module.ecosystem)
            names.insert(name)
            var extraction = ModuleExtraction(
                module: module, finding: finding, fileFindings: fileFindings, settings: settings, files: files,
                paths: paths, name: name, ordinal: ordinal + 1, ties: ties)
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
        // Folders compete with the clusters of ties: a folder a person made is often the better seam (pandoc's
        // readers, each in its own folder, against clusters of files sharing common names).
        let clusters = (clustering.clusters(cap: warning) + folderClusters(clustering, cap: warning)).map { cluster in
            clustering.describe(cluster.files.filter { movable.contains($0) })
        }.filter { !$0.files.isEmpty && $0.files.count < module.files.count }
        let minimum = min(excess, max(1, warning / 5))
        var candidates = Array(Set(clusters.filter { $0.codeLines >= minimum && $0.codeLines <= warning }))
        if candidates.isEmpty { candidates = Array(Set(clusters.filter { $0.codeLines <= warning && $0.files.count > 1 })) }
        candidates.sort {
            let left = ($0.tiesRatio * 1000).rounded()
            let right = ($1.tiesRatio * 1000).rounded()
            if (left, -$0.codeLines) != (right, -$1.codeLines) { return (left, -$0.codeLines) < (right, -$1.codeLines) }
            return $0.files.lexicographicallyPrecedes($1.files)
        }
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

    /// The module's folders as seams: each folder below its root with everything under it when that fits `cap`;
    /// a larger one gives its subfolders, and its own files one more group when they fit.
    private func folderClusters(_ clustering: FileClustering, cap: Int) -> [FileClustering.Cluster] {
        let root = module.roots.first ?? ""
        let folders = module.files.indices.map { index -> [Substring] in
            let path = module.files[index].path
            let relative = root.isEmpty ? Substring(path) : path.dropFirst(root.count + 1)
            return Array(relative.split(separator: "/").dropLast())
        }
        var result: [[Int]] = []
        func visit(_ prefix: [Substring], _ files: [Int]) {
            let depth = prefix.count
            if depth > 0, files.reduce(0, { $0 + module.files[$1].codeLines }) <= cap {
                result.append(files)
                return
            }
            var below: [Substring: [Int]] = [:]
            var own: [Int] = []
            for file in files {
                if folders[file].count > depth { below[folders[file][depth], default: []].append(file) } else { own.append(file) }
            }
            if depth > 0, !own.isEmpty, own.reduce(0, { $0 + module.files[$1].codeLines }) <= cap { result.append(own) }
            for name in below.keys.sorted() { visit(prefix + [name], below[name] ?? []) }
        }
        visit([], Array(module.files.indices))
        return result.map { clustering.describe($0) }
    }

    /// The last name of the folder holding every file of `paths` when they are most of its code (a folder that
    /// moves, but for what cannot: pandoc's `Readers/ODT`, with `Readers/ODT.hs`, the module the folder's files
    /// extend, as Rust's `foo.rs` beside `foo/`); nil otherwise.
    private func filledFolder(_ paths: Set<String>) -> String? {
        let inside = paths.map { path -> String in
            guard let dot = path.lastIndex(of: "."), let slash = path.lastIndex(of: "/"), dot > slash else { return path }
            let folder = path[..<dot] + "/"
            return paths.contains { $0.hasPrefix(folder) } ? folder + "_" : path
        }
        guard let first = inside.min() else { return nil }
        var folder = String(first.split(separator: "/").dropLast().joined(separator: "/"))
        while !folder.isEmpty, !inside.allSatisfy({ $0.hasPrefix(folder + "/") }) {
            folder = String(folder.split(separator: "/").dropLast().joined(separator: "/"))
        }
        let inFolder = module.files.filter { $0.path.hasPrefix(folder + "/") }
        guard !folder.isEmpty, inFolder.count < module.files.count else { return nil }
        let moving = inFolder.filter { paths.contains($0.path) }.reduce(0) { $0 + $1.codeLines }
        guard 2 * moving >= inFolder.reduce(0, { $0 + $1.codeLines }) else { return nil }
        return folder.split(separator: "/").last.map(String.init)
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
