import Analyses
import DebtLedger
import DebtModel
import FileScanning
import Foundation
import GitHistory
import ModuleGraph
import SourceScan
import GitCore

/// Every subject's metric values and change activity, taken from a module report and its history.
///
/// Files: size, ownership, revisions and hotspot score; functions: length, complexity, nesting (with
/// their file's activity and their share of its code lines); modules: size, cycle cuts, coupling (with
/// the changes to their code files, one per file a commit touches, and those that cross the module's
/// boundary); module pairs: hidden coupling degree (with the activity of their shared changes).
struct Measurements {
    var all: [Observation] = []
    /// Scanned file → owning module.
    var moduleOfFile: [String: String] = [:]
    /// Build manifests and scripts of modules (a build.gradle.kts, a Package.swift, a vite.config.ts): their changes
    /// are no module change (a dependency bump needs no module's context), so they pay no share of a module's findings.
    var buildScripts: Set<String> = []
    /// Files split in one commit, whose past went with their code (`FileSplits`).
    var splits: [FileSplits.Event] = []
    /// A code file's changes that cross its module's boundary (`BoundaryCrossings`).
    var crossingOfFile: [String: Activity] = [:]
    /// The bug-fix commits (`FixCommits`), which weigh `fix_weight` changes.
    var fixes: Set<String> = []

    /// `functionLanguages`: the languages accrue finds functions in, whose files have a complexity; `fixes`: how bug
    /// fixes are read and what one weighs (none: a fix weighs as any change).
    init(
        modules: ModuleReport, history: HistoryReport, nonCode: Set<String>, functionLanguages: Set<String>,
        largestChange: Int, versionBumpLines: Int, split: (bytes: Int, share: Double) = (0, 0),
        fixes: (reading: FixCommits, weight: Double)? = nil
    ) {
        let now = history.now
        for module in modules.modules {
            for path in module.files + module.testFiles { moduleOfFile[path] = module.declaration.name }
        }
        let histories = Dictionary(history.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let hotspots = Self.hotspots(modules, histories, functionLanguages)
        let code = modules.scan.files.filter { !nonCode.contains($0.language) }
        // Release commits that only bump a version add no activity, as mechanical commits add none. A path the
        // snapshot does not hold counts as code (it must then change by two lines at most).
        let codePaths = Set(code.map(\.path))
        buildScripts = Set(codePaths.filter { moduleOfFile[$0] != nil && ModuleAnalyzer.isBuildScript($0) })
        let scanned = Set(modules.scan.files.map(\.path))
        let bumps = VersionBumps.commits(history.commits, maximumLines: versionBumpLines) {
            codePaths.contains($0) || !scanned.contains($0)
        }
        let bumpIDs = Set(bumps.map(\.description))
        let (fixIDs, fixWeight) = Self.fixes(history.commits, fixes)
        self.fixes = fixIDs
        let weigh = { (activity: Activity) in activity.weighing(fixIDs, by: fixWeight) }
        crossingOfFile = Self.crossings(codePaths.subtracting(buildScripts), moduleOfFile, modules, history, largestChange, bumps)
            .mapValues(weigh)
        let found = Self.splits(history, moduleOfFile: moduleOfFile, bytes: split.bytes, share: split.share)
        splits = found.events
        // Per module: every change to its code files, one per file, and those that cross its boundary.
        var moduleActivity: [String: (all: Activity, crossing: Activity)] = [:]
        for file in code {
            let past = histories[file.path]
            let fileActivity = weigh(found.changes[file.path].map {
                Self.activity($0, history: history, largestChange: largestChange, bumps: bumpIDs)
            } ?? Self.activity(past, now: now, largestChange: largestChange, bumps: bumpIDs))
            if let name = moduleOfFile[file.path], !buildScripts.contains(file.path) {
                moduleActivity[name, default: (Activity(), Activity())].all.append(fileActivity)
                moduleActivity[name, default: (Activity(), Activity())].crossing.append(crossingOfFile[file.path] ?? Activity())
            }
            var values = Self.values(of: file, past: past)
            if let split = found.changes[file.path], let owners = FileSplits.ownership(split, commits: history.commits) {
                (values[.authorCount], values[.mainAuthorShare]) = (Double(owners.authors), owners.mainShare)
            }
            if functionLanguages.contains(file.language) { values[.hotspotScore] = hotspots.score(file.path) }
            all.append(Observation(subject: .file(file.path), values: values, activity: fileActivity))
            observeFunctions(of: file, fileActivity)
        }
        observeModules(modules, moduleActivity)
        observeHiddenCouplings(modules, history, largestChange: largestChange, mechanical: bumps, weigh: weigh)
    }

    /// Complexity is the file's functions' cyclomatic complexity added up (0 for a file of declarations);
    /// a language without functions has no complexity in that unit, so no hotspot score (not its lines:
    /// ranked among complexity sums, a manifest's or a header's lines made it a hotspot).
    private static func hotspots(
        _ modules: ModuleReport, _ histories: [String: FileHistory], _ functionLanguages: Set<String>
    ) -> HotspotScore {
        HotspotScore(files: modules.scan.files.filter { functionLanguages.contains($0.language) }.map {
            ($0.path, histories[$0.path]?.revisions ?? 0, $0.complexity)
        })
    }

    /// A pair's changes are the change sets its modules shared, but for mechanical ones (no activity).
    private mutating func observeHiddenCouplings(
        _ modules: ModuleReport, _ history: HistoryReport, largestChange: Int, mechanical bumps: Set<CommitID>,
        weigh: (Activity) -> Activity
    ) {
        let now = history.now
        let hidden = modules.hiddenCouplings
        let dates = CommitDates.of(
            Set(hidden.flatMap(\.commits)), in: history.commits, largestChange: largestChange, mechanical: bumps)
        let groups = modules.hiddenCouplingGroups
        let links = Self.groupLinks(groups)
        let shares = Self.changeLinks(groups)
        for pair in hidden {
            let known = pair.commits.compactMap { id in dates[id].map { (id, now.timeIntervalSince($0) / 86_400) } }
            all.append(Observation(
                subject: .pair(pair.first, pair.second), values: [.hiddenCouplingDegree: Double(pair.degree)],
                activity: weigh(Activity(
                    commits: known.map(\.0), ageDays: known.map(\.1),
                    weights: known.map { shares[PairKey(pair)]?[$0.0] ?? 1 })),
                groupLinks: links[PairKey(pair)] ?? 1))
        }
    }

    /// A hidden coupling by its two modules.
    struct PairKey: Hashable {
        var first: String
        var second: String
        init(_ pair: ModuleReport.ChangeCoupling) { (first, second) = (pair.first, pair.second) }
    }

    /// Each hidden coupling's share of the links its group needs: one shared home the group's other modules
    /// import, (modules − 1) links, shared by the group's pairs (a lone pair needs its one link).
    static func groupLinks(_ groups: [[ModuleReport.ChangeCoupling]]) -> [PairKey: Double] {
        var links: [PairKey: Double] = [:]
        for group in groups {
            let modules = Set(group.flatMap { [$0.first, $0.second] })
            let share = Double(modules.count - 1) / Double(group.count)
            for pair in group { links[PairKey(pair)] = share }
        }
        return links
    }

    /// For each hidden coupling, what each of its shared changes weighs: a change that touched k modules of the
    /// group remembered k − 1 other sides, shared by the group's pairs it shows in (2 ÷ k each when all k are
    /// coupled pairwise; 1 for a lone pair), as the group's principal is its links, not its pairs.
    static func changeLinks(_ groups: [[ModuleReport.ChangeCoupling]]) -> [PairKey: [String: Double]] {
        var weights: [PairKey: [String: Double]] = [:]
        for group in groups where group.count > 1 {
            var modules: [String: Set<String>] = [:]
            var pairs: [String: Int] = [:]
            for pair in group {
                for commit in pair.commits {
                    modules[commit, default: []].formUnion([pair.first, pair.second])
                    pairs[commit, default: 0] += 1
                }
            }
            for pair in group {
                weights[PairKey(pair)] = Dictionary(uniqueKeysWithValues: Set(pair.commits).map { commit in
                    (commit, Double((modules[commit]?.count ?? 2) - 1) / Double(pairs[commit] ?? 1))
                })
            }
        }
        return weights
    }

    /// A file's size and ownership figures.
    private static func values(of file: FileReport, past: FileHistory?) -> [MetricID: Double] {
        var values: [MetricID: Double] = [.fileCodeLines: Double(file.lines.code)]
        if let past {
            values[.authorCount] = Double(past.authorCount)
            values[.mainAuthorShare] = past.mainAuthorShare
            values[.revisions] = Double(past.revisions)
        }
        return values
    }

    /// The files split in one commit: a split file's past goes with its code (`FileSplits`), to the files it went to
    /// in its module (else its folder).
    private static func splits(_ history: HistoryReport, moduleOfFile: [String: String], bytes: Int, share: Double) -> FileSplits {
        FileSplits(commits: history.commits, minimumBytes: bytes, share: share) { a, b in
            guard let first = moduleOfFile[a], let second = moduleOfFile[b] else { return folder(a) == folder(b) }
            return first == second
        }
    }

    /// A split file's or its heir's changes, weighted (`FileSplits`); mechanical commits add no activity.
    private static func activity(
        _ changes: [FileSplits.Change], history: HistoryReport, largestChange: Int, bumps: Set<String>
    ) -> Activity {
        var activity = Activity()
        for change in changes {
            let commit = history.commits[change.commit]
            let id = commit.id.description
            guard commit.changes.count <= largestChange, !bumps.contains(id), change.weight > 0 else { continue }
            activity.commits.append(id)
            activity.ageDays.append(history.now.timeIntervalSince(commit.committedAt) / 86_400)
            activity.weights.append(change.weight)
        }
        if activity.weights.allSatisfy({ $0 == 1 }) { activity.weights = [] }
        return activity
    }

    /// The folder holding `path` (empty at the root).
    private static func folder(_ path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }

    /// A file's commits all come from `history.commits`, with their dates and sizes beside them;
    /// mechanical commits (more than `largestChange` files, version bumps) add no activity.
    private static func activity(_ past: FileHistory?, now: Date, largestChange: Int, bumps: Set<String>) -> Activity {
        var activity = Activity()
        guard let past else { return activity }
        for index in past.commits.indices where past.commitSizes[index] <= largestChange && !bumps.contains(past.commits[index]) {
            activity.commits.append(past.commits[index])
            activity.ageDays.append(now.timeIntervalSince(past.commitDates[index]) / 86_400)
        }
        return activity
    }

    /// A file's functions, each with the file's activity and its share of the file's code lines.
    private mutating func observeFunctions(of file: FileReport, _ fileActivity: Activity) {
        for function in file.functionFigures {
            let length = function.ownLines
            all.append(Observation(
                subject: .function(path: file.path, name: function.name, line: function.startLine),
                values: [
                    .functionLines: Double(length),
                    .cyclomaticComplexity: Double(function.complexity),
                    .nestingDepth: Double(function.maxNesting),
                ],
                activity: fileActivity, share: min(1, Double(length) / Double(max(1, file.lines.code)))))
        }
    }

    /// Each module's sizes, cycle cuts and coupling, with all its changes and those that cross its boundary.
    private mutating func observeModules(_ modules: ModuleReport, _ activity: [String: (all: Activity, crossing: Activity)]) {
        let cuts = modules.cycles.flatMap(\.cut)
        let stableDependents = modules.moreStableDependents()
        let gaps = modules.instabilityGaps(moreStable: stableDependents)
        // Ca counts the modules that ship, so its share is of the other modules that ship.
        let others = max(1, modules.modules.filter { $0.declaration.kind != .test }.count - 1)
        let dependentFiles = Self.dependentFiles(modules)
        for module in modules.modules {
            let name = module.declaration.name
            let mine = cuts.filter { $0.from == name }
            all.append(Observation(
                subject: .module(name),
                values: [
                    .moduleCodeLines: Double(module.lines.code), .moduleCycles: Double(mine.count),
                    .instability: module.instability, .afferentCoupling: Double(module.afferent),
                    .efferentCoupling: Double(module.efferent),
                    .stableDependents: Double(stableDependents[name]?.count ?? 0),
                    .instabilityGap: gaps[name] ?? 0,
                    .dependentShare: min(1, Double(module.afferent) / Double(others)),
                ],
                activity: activity[name]?.all ?? Activity(), importSites: mine.reduce(0) { $0 + $1.sites },
                crossing: activity[name]?.crossing ?? Activity()))
            if let distance = module.distance, let index = all.indices.last {
                all[index].values[.mainSequenceDistance] = distance
                all[index].dependentFiles = dependentFiles[name]?.count ?? 0
            }
        }
    }

    /// Each module's dependents' files: those of the modules that ship that import it.
    private static func dependentFiles(_ modules: ModuleReport) -> [String: Set<String>] {
        let shipping = Set(modules.modules.filter { $0.declaration.kind != .test }.map(\.declaration.name))
        var files: [String: Set<String>] = [:]
        for edge in modules.edges where edge.from != edge.to && shipping.contains(edge.from) {
            files[edge.to, default: []].formUnion(edge.files)
        }
        return files
    }

    /// Each code file's changes that cross its module's boundary (`BoundaryCrossings`, `ModuleNeighbours`).
    private static func crossings(
        _ code: Set<String>, _ moduleOfFile: [String: String], _ modules: ModuleReport, _ history: HistoryReport,
        _ largestChange: Int, _ bumps: Set<CommitID>
    ) -> [String: Activity] {
        let connected = ModuleNeighbours.connected(
            edges: modules.edges.map { ($0.from, $0.to) }, cycles: modules.cycles.map(\.modules),
            tests: Set(modules.modules.filter { $0.declaration.kind == .test }.map(\.declaration.name)))
        let moduleOf = moduleOfFile.filter { code.contains($0.key) }
        return BoundaryCrossings.commits(
            history.commits, moduleOf: moduleOf, connected: connected, largestChange: largestChange, mechanical: bumps)
            .mapValues { indices in
                let commits = indices.map { history.commits[$0] }
                let ages = commits.map { history.now.timeIntervalSince($0.committedAt) / 86_400 }
                return Activity(commits: commits.map(\.id.description), ageDays: ages)
            }
    }
}

extension Measurements {
    /// The ids of the fix commits and what each weighs (none without a reading; 1 weighs a fix as any change).
    static func fixes(_ commits: [Commit], _ fixes: (reading: FixCommits, weight: Double)?) -> (Set<String>, Double) {
        guard let fixes else { return ([], 1) }
        return (Set(fixes.reading.commits(commits).map(\.description)), fixes.weight)
    }
}

extension FixCommits {
    /// The reading `fixes:` in rules/model.yaml (or `.accrue.yml`) sets out.
    public init(_ fixes: ModelParameters.Fixes) {
        self.init(
            words: fixes.words.value, housekeeping: fixes.housekeepingWords.value, defects: fixes.defectWords.value,
            prefixes: fixes.subjectPrefixes.value)
    }
}
