import DebtModel
import Foundation

/// What a finding is about: a file, a function in a file, a module, or a pair of modules.
public enum Subject: Hashable, Sendable, Comparable, CustomStringConvertible {
    case file(String)
    case function(path: String, name: String, line: Int)
    case module(String)
    case pair(String, String)

    /// The rule scope this subject answers to.
    public var scope: Scope {
        switch self {
        case .file: .file
        case .function: .function
        case .module: .module
        case .pair: .pair
        }
    }

    /// The file a file or function subject lives in.
    public var path: String? {
        switch self {
        case .file(let path), .function(let path, _, _): path
        case .module, .pair: nil
        }
    }

    public var description: String {
        switch self {
        case .file(let path): path
        case .function(let path, let name, let line): "\(path):\(line) \(name)"
        case .module(let name): "module \(name)"
        case .pair(let first, let second): "\(first) ↔ \(second)"
        }
    }

    public static func < (lhs: Subject, rhs: Subject) -> Bool { lhs.sortKey < rhs.sortKey }

    private var sortKey: (Int, String, Int) {
        switch self {
        case .file(let path): (0, path, 0)
        case .function(let path, let name, let line): (1, path + "\u{0}" + name, line)
        case .module(let name): (2, name, 0)
        case .pair(let first, let second): (3, first + "\u{0}" + second, 0)
        }
    }
}

/// The metric values of one subject, and how much work touches it.
public struct Observation: Sendable {
    public var subject: Subject
    public var values: [MetricID: Double]
    /// Changes to the subject, each weighted by its age (see `Activity`).
    public var activity: Activity
    /// A module's crossing changes: those of `activity` made in a commit that also changes a module it is
    /// connected to (rules with `activity: crossing_changes`); empty for other subjects.
    public var crossing: Activity
    /// Import sites on the edges this subject must cut (module cycles); 0 elsewhere.
    public var importSites: Int
    /// A hidden coupling's share of the links its group needs, (modules − 1) ÷ pairs: 1 for a lone pair, 12 ÷ 79
    /// for one of 79 pairs among 13 modules; 0 for other subjects.
    public var groupLinks: Double
    /// The files of the modules that ship and import this module; 0 for other subjects.
    public var dependentFiles: Int = 0
    /// The share of `activity` that lands on the subject, 0…1: a function's share of its file's code lines
    /// (a change to the file touches the function that often); 1 for files, modules and pairs.
    public var share: Double

    public init(
        subject: Subject, values: [MetricID: Double], activity: Activity = Activity(), importSites: Int = 0,
        share: Double = 1, crossing: Activity = Activity(), groupLinks: Double = 0
    ) {
        self.groupLinks = groupLinks
        self.subject = subject
        self.values = values
        self.activity = activity
        self.crossing = crossing
        self.importSites = importSites
        self.share = share
    }
}

/// Recent change activity: the commits that touched a subject and their ages in days at `now`.
public struct Activity: Hashable, Sendable {
    /// Commit ids (hex), oldest first: the evidence behind the interest.
    public var commits: [String]
    /// Each commit's age in days, in the same order.
    public var ageDays: [Double]
    /// Each commit's weight, in the same order; empty when every change weighs 1. A change a hidden-coupling group
    /// shares weighs its share of the links the group needs in each of its pairs (`groupLinks`).
    public var weights: [Double]

    public init(commits: [String] = [], ageDays: [Double] = [], weights: [Double] = []) {
        self.commits = commits
        self.ageDays = ageDays
        self.weights = weights
    }

    /// Each commit once, oldest first: a module's activity holds a commit once per file it touched, in file
    /// order, so its list is not the commits in time order.
    public var distinctCommits: [String] {
        var seen = Set<String>()
        return commits.indices.sorted { (-ageDays[$0], $0) < (-ageDays[$1], $1) }
            .map { commits[$0] }.filter { seen.insert($0).inserted }
    }

    /// Adds `other`'s changes after these (a module's changes are its files').
    public mutating func append(_ other: Activity) {
        if !weights.isEmpty || !other.weights.isEmpty {
            weights = (weights.isEmpty ? Array(repeating: 1, count: commits.count) : weights)
                + (other.weights.isEmpty ? Array(repeating: 1, count: other.commits.count) : other.weights)
        }
        commits += other.commits
        ageDays += other.ageDays
    }

    /// These changes with each of `commits` weighing `factor` times what it did (a bug fix weighs `fix_weight`).
    public func weighing(_ commits: Set<String>, by factor: Double) -> Activity {
        guard factor != 1, !commits.isEmpty, self.commits.contains(where: commits.contains) else { return self }
        var weighed = self
        weighed.weights = self.commits.indices.map { index in
            (weights.isEmpty ? 1 : weights[index]) * (commits.contains(self.commits[index]) ? factor : 1)
        }
        return weighed
    }

    /// Changes per month at the steady rate the decayed changes imply:
    /// Σ weight × 0.5^(age / halfLife) × ln 2 / halfLife × 30.44 days.
    ///
    /// A change made every day for ever gives 30.44 per month whatever the half-life; one change
    /// `halfLife` days ago counts half as much as one today.
    public func changesPerMonth(halfLifeDays: Double) -> Double {
        guard halfLifeDays > 0 else { return 0 }
        var decayed = 0.0
        for (index, age) in ageDays.enumerated() {
            decayed += (weights.isEmpty ? 1 : weights[index]) * pow(2, -max(0, age) / halfLifeDays)
        }
        return decayed * M_LN2 / halfLifeDays * 30.4375
    }
}
