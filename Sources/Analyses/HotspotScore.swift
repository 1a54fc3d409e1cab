/// Tornhill's hotspot: change frequency rank × complexity rank, each a percentile in 0…1 over the files.
///
/// Input: each file's revisions and complexity (its functions' total complexity, or its code lines when it has
/// no functions). Files never changed score 0 and take no part in the ranks.
public struct HotspotScore: Sendable {
    private var scores: [String: Double] = [:]

    public init(files: [(path: String, revisions: Int, complexity: Int)]) {
        let changed = files.filter { $0.revisions > 0 }
        guard !changed.isEmpty else { return }
        let revisions = Self.percentiles(changed.map { ($0.path, Double($0.revisions)) })
        let complexity = Self.percentiles(changed.map { ($0.path, Double($0.complexity)) })
        for file in changed { scores[file.path] = (revisions[file.path] ?? 0) * (complexity[file.path] ?? 0) }
    }

    public func score(_ path: String) -> Double { scores[path] ?? 0 }

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
