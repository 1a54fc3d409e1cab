import Foundation

/// Chooses the sampled commits from the first-parent line (newest first, with committer dates).
///
/// Periods: the newest commit at or before each grid line (multiples of the period since the Unix
/// epoch), plus the head; commits: every Nth commit counted from the root, plus the head. Both keep
/// older samples stable as history grows, so a re-run only computes new ones.
enum TrendSampler {
    static func choose(
        _ line: [(id: String, date: Date)], since: Date?, every: TrendRequest.Interval
    ) -> [(id: String, date: Date)] {
        guard let head = line.first else { return [] }
        var chosen: [(id: String, date: Date)] = [head]
        switch every {
        case .commits(let step):
            let count = line.count
            for (index, commit) in line.enumerated() where (count - 1 - index) % step == 0 && index > 0 {
                if let since, commit.date < since { break }
                chosen.append(commit)
            }
        case .seconds(let period):
            var boundary = (head.date.timeIntervalSince1970 / period).rounded(.down) * period
            var index = 0
            while index < line.count {
                if let since, boundary < since.timeIntervalSince1970 { break }
                // The newest commit at or before the boundary (dates on the first-parent line mostly descend).
                while index < line.count && line[index].date.timeIntervalSince1970 > boundary { index += 1 }
                // After a quiet spell the newest commit before a boundary inside the window may be older than it.
                guard index < line.count, since.map({ line[index].date >= $0 }) ?? true else { break }
                if chosen.last?.id != line[index].id { chosen.append(line[index]) }
                boundary -= period
            }
        }
        return chosen.reversed()
    }
}
