import Analyses
import DebtLedger
import DebtModel
import Foundation
import GitCore
import GitHistory

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
        // A file's commits all come from `history.commits`, with their dates and sizes beside them;
        // mechanical commits (more than `largestChange` files) add no activity.
        func activity(_ past: FileHistory?) -> Activity {
            var activity = Activity()
            guard let past else { return activity }
            for index in past.commits.indices where past.commitSizes[index] <= largestChange {
                activity.commits.append(past.commits[index])
                activity.ageDays.append(now.timeIntervalSince(past.commitDates[index]) / 86_400)
            }
            return activity
        }
        for module in modules.modules {
            for path in module.files + module.testFiles { moduleOfFile[path] = module.declaration.name }
        }
        let histories = Dictionary(history.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let hotspots = HotspotScore(files: modules.scan.files, histories: histories)
        var moduleActivity: [String: Activity] = [:]  // every change to a module's code files, one per file
        for file in modules.scan.files where !nonCode.contains(file.language) {
            let past = histories[file.path]
            let fileActivity = activity(past)
            if let name = moduleOfFile[file.path] {
                moduleActivity[name, default: Activity()].commits += fileActivity.commits
                moduleActivity[name, default: Activity()].ageDays += fileActivity.ageDays
            }
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
                activity: moduleActivity[name] ?? Activity(), importSites: mine.reduce(0) { $0 + $1.sites }))
            if let distance = module.distance, let index = all.indices.last {
                all[index].values[.mainSequenceDistance] = distance
            }
        }
        let hidden = modules.hiddenCouplings
        let dates = Self.commitDates(Set(hidden.flatMap(\.commits)), in: history.commits, largestChange: largestChange)
        for pair in hidden {
            let known = pair.commits.compactMap { id in dates[id].map { (id, now.timeIntervalSince($0) / 86_400) } }
            all.append(Observation(
                subject: .pair(pair.first, pair.second), values: [.hiddenCouplingDegree: Double(pair.degree)],
                activity: Activity(commits: known.map(\.0), ageDays: known.map(\.1))))
        }
    }

    /// The committer dates of `wanted` (hex ids) among `commits`, but for mechanical commits (more than
    /// `largestChange` files: no activity). Ids are compared as ObjectIDs, not all written out as text.
    private static func commitDates(_ wanted: Set<String>, in commits: [Commit], largestChange: Int) -> [String: Date] {
        let ids = Dictionary(wanted.compactMap { hex in ObjectID(hex: hex).map { ($0, hex) } }, uniquingKeysWith: { a, _ in a })
        var dates: [String: Date] = [:]
        for commit in commits {
            if let hex = ids[commit.id], commit.changes.count <= largestChange { dates[hex] = commit.committedAt }
        }
        return dates
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
