import Analyses
import DebtLedger
import DebtModel
import Foundation

/// Every subject's metric values and change activity, taken from a module report and its history.
///
/// Files: size, ownership, revisions and hotspot score; functions: length, complexity, nesting (with
/// their file's activity and their share of its code lines); modules: size, cycle cuts, coupling (with
/// the changes to their code files, one per file a commit touches); module pairs: hidden coupling degree
/// (with the activity of their shared changes).
struct Measurements {
    var all: [Observation] = []
    /// Scanned file → owning module.
    var moduleOfFile: [String: String] = [:]

    init(modules: ModuleReport, history: HistoryReport, nonCode: Set<String>, largestChange: Int) {
        let now = history.now
        var dates = [String: Date](minimumCapacity: history.commits.count)  // mechanical commits add no activity
        for commit in history.commits where commit.changes.count <= largestChange { dates[commit.id.description] = commit.committedAt }
        func activity(_ commits: [String]) -> Activity {  // one date lookup per commit; unknown ids drop out
            let known = commits.compactMap { id in dates[id].map { (id, now.timeIntervalSince($0) / 86_400) } }
            return Activity(commits: known.map(\.0), ageDays: known.map(\.1))
        }
        for module in modules.modules {
            for path in module.files + module.testFiles { moduleOfFile[path] = module.declaration.name }
        }
        let histories = Dictionary(history.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let hotspots = HotspotScore(files: modules.scan.files, histories: histories)
        var moduleCommits: [String: [String]] = [:]  // every change to a module's code files, one per file
        for file in modules.scan.files where !nonCode.contains(file.language) {
            let past = histories[file.path]
            let fileActivity = activity(past?.commits ?? [])
            if let name = moduleOfFile[file.path] { moduleCommits[name, default: []] += fileActivity.commits }
            var values: [MetricID: Double] = [.fileCodeLines: Double(file.lines.code)]
            if let past {
                values[.authorCount] = Double(past.authorCount)
                values[.mainAuthorShare] = past.mainAuthorShare
                values[.revisions] = Double(past.revisions)
            }
            values[.hotspotScore] = hotspots.score(file.path)
            all.append(Observation(subject: .file(file.path), values: values, activity: fileActivity))
            for function in file.functions {
                all.append(Observation(
                    subject: .function(path: file.path, name: function.name, line: function.startLine),
                    values: [
                        .functionLines: Double(function.length),
                        .cyclomaticComplexity: Double(function.complexity),
                        .nestingDepth: Double(function.maxNesting),
                    ],
                    activity: fileActivity, share: min(1, Double(function.length) / Double(max(1, file.lines.code)))))
            }
        }
        let cuts = modules.cycles.flatMap(\.cut)
        for module in modules.modules {
            let name = module.declaration.name
            let mine = cuts.filter { $0.from == name }
            all.append(Observation(
                subject: .module(name),
                values: [
                    .moduleCodeLines: Double(module.lines.code), .moduleCycles: Double(mine.count),
                    .instability: module.instability, .afferentCoupling: Double(module.afferent),
                    .efferentCoupling: Double(module.efferent),
                ],
                activity: activity(moduleCommits[name] ?? []), importSites: mine.reduce(0) { $0 + $1.sites }))
            if let distance = module.distance, let index = all.indices.last {
                all[index].values[.mainSequenceDistance] = distance
            }
        }
        for pair in modules.hiddenCouplings {
            all.append(Observation(
                subject: .pair(pair.first, pair.second), values: [.hiddenCouplingDegree: Double(pair.degree)],
                activity: activity(pair.commits)))
        }
    }
}

/// Tornhill's hotspot: change frequency rank × complexity rank, each a percentile in 0…1 over the files.
struct HotspotScore {
    private var scores: [String: Double] = [:]

    init(files: [FileReport], histories: [String: FileHistory]) {
        let changed = files.filter { (histories[$0.path]?.revisions ?? 0) > 0 }
        guard !changed.isEmpty else { return }
        let revisions = Self.percentiles(changed.map { ($0.path, Double(histories[$0.path]?.revisions ?? 0)) })
        let complexity = Self.percentiles(changed.map { file in
            let total = file.functions.reduce(0) { $0 + $1.complexity }
            return (file.path, Double(total > 0 ? total : file.lines.code))
        })
        for file in changed { scores[file.path] = (revisions[file.path] ?? 0) * (complexity[file.path] ?? 0) }
    }

    func score(_ path: String) -> Double { scores[path] ?? 0 }

    /// Each value's share of values at or below it (ties share the higher rank).
    private static func percentiles(_ values: [(String, Double)]) -> [String: Double] {
        let sorted = values.map(\.1).sorted()
        var result: [String: Double] = [:]
        for (path, value) in values {
            var low = 0
            var high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] <= value { low = mid + 1 } else { high = mid }
            }
            result[path] = Double(low) / Double(sorted.count)
        }
        return result
    }
}
