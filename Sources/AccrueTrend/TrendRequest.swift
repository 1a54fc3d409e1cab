import AccrueKit
import FileScanning
import Foundation
import SourceScan

/// What `accrue trend` asks for: which repository, which commits to sample, and where the store is.
public struct TrendRequest: Sendable {
    /// How far apart samples are.
    public enum Interval: Hashable, Sendable {
        /// One sample per period of this many seconds, on a grid anchored at the Unix epoch (so a
        /// re-run after new commits keeps every older sample).
        case seconds(Double)
        /// Every Nth commit of the first-parent line, counted from the root commit.
        case commits(Int)
    }

    /// Any folder inside the repository.
    public var repositoryPath: String
    /// The earliest moment sampled; nil for the whole first-parent line.
    public var since: Date?
    public var every: Interval
    /// Whether each sample's history follows first parents only (like `accrue history --first-parent`);
    /// off by default, so a sample equals `accrue scan --rev` of its commit.
    public var firstParent: Bool
    /// Exclusions switched off and extra globs, as for `accrue scan`.
    public var includes: Set<Exclusion>
    public var excludedPaths: [String]
    /// The store's file; nil for `.accrue/accrue.sqlite` in the repository.
    public var storePath: String?
    /// Delete the store first and start a new one.
    public var rebuildsStore: Bool
    /// Worker threads for scanning and mining.
    public var workers: Int

    /// Creates a request; the default samples weekly.
    public init(
        repositoryPath: String, since: Date? = nil, every: Interval = .seconds(7 * 86_400), firstParent: Bool = false,
        includes: Set<Exclusion> = [], excludedPaths: [String] = [], storePath: String? = nil,
        rebuildsStore: Bool = false, workers: Int? = nil
    ) {
        self.repositoryPath = repositoryPath
        self.since = since
        self.every = every
        self.firstParent = firstParent
        self.includes = includes
        self.excludedPaths = excludedPaths
        self.storePath = storePath
        self.rebuildsStore = rebuildsStore
        self.workers = max(1, workers ?? ProcessorCount.current)
    }

    /// Parses `7d`, `2w`, `3m` (30 days), `1y` (365 days) as seconds, or `50c`/`50commits` as commits.
    public static func interval(_ text: String) -> Interval? {
        let lower = text.lowercased()
        for suffix in ["commits", "commit", "c"] where lower.hasSuffix(suffix) {
            guard let count = Int(lower.dropLast(suffix.count)), count > 0 else { return nil }
            return .commits(count)
        }
        return duration(lower).map { .seconds($0) }
    }

    /// Parses `7d`, `2w`, `3m`, `1y` as seconds.
    public static func duration(_ text: String) -> Double? {
        let units: [Character: Double] = ["d": 1, "w": 7, "m": 30, "y": 365]
        guard let unit = text.last.flatMap({ units[$0] }), let count = Double(text.dropLast()), count > 0 else {
            return nil
        }
        return count * unit * 86_400
    }
}
