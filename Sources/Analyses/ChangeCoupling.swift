import GitHistory

/// Change coupling exactly as code-maat computes it: entities that keep changing together.
///
/// Input: commits oldest first with paths resolved through `FileLineage`, and a mapping from path
/// to entity (the path itself for files, a module name for modules; nil leaves a path out).
/// Commits are grouped into change sets (per commit, or per author and day); change sets with more
/// than `maximumChangesetSize` rows are dropped. For each pair:
/// degree = shared change sets ÷ average change sets of the two × 100, truncated to an integer.
/// A pair is kept when the average is at least `minimumRevisions`, the shared count at least
/// `minimumSharedRevisions`, and the degree between `minimumDegree` and `maximumDegree`.
public struct ChangeCoupling: Sendable {
    /// How commits are grouped into one change set.
    public enum Grouping: String, Sendable, Codable, CaseIterable {
        /// One commit, one change set (code-maat's default).
        case commit
        /// All commits of one author on one (author-local) day form one change set.
        case authorAndDay = "author-day"
    }

    /// Minimum average change sets of the two entities (code-maat `min-revs`).
    public var minimumRevisions = 5
    /// Minimum shared change sets (`min-shared-revs`).
    public var minimumSharedRevisions = 5
    /// Minimum degree in percent (`min-coupling`).
    public var minimumDegree = 30
    /// Maximum degree in percent (`max-coupling`).
    public var maximumDegree = 100
    /// Change sets with more rows are left out (`max-changeset-size`).
    public var maximumChangesetSize = 30
    /// How commits form change sets.
    public var grouping = Grouping.commit

    /// Creates the analysis with code-maat's defaults.
    public init() {}

    /// Coupled pairs, strongest first (degree, then average revisions, then names).
    public func measure(
        _ commits: [Commit], entity: (String) -> String? = { $0 }
    ) -> [CouplingPair] {
        let sets = changeSets(commits, entity: entity)
        var revisions: [String: Int] = [:]
        var shared: [EntityPair: [Int]] = [:]  // pair → indices into `sets`
        for (index, set) in sets.enumerated() {
            for name in set.entities { revisions[name, default: 0] += 1 }
            let names = set.entities
            for i in names.indices {
                for j in names.indices where j > i {
                    shared[EntityPair(first: names[i], second: names[j]), default: []].append(index)
                }
            }
        }
        var pairs: [CouplingPair] = []
        for (pair, indices) in shared {
            let first = revisions[pair.first] ?? 0
            let second = revisions[pair.second] ?? 0
            let count = indices.count
            // Exact arithmetic: average = (first + second) / 2, degree = count / average × 100.
            guard first + second >= 2 * minimumRevisions, count >= minimumSharedRevisions,
                count * 200 >= minimumDegree * (first + second)
            else { continue }
            let degree = count * 200 / (first + second)
            guard degree <= maximumDegree else { continue }
            pairs.append(
                CouplingPair(
                    entity: pair.first, coupled: pair.second, degree: degree,
                    averageRevisions: Double(first + second) / 2, entityRevisions: first,
                    coupledRevisions: second, sharedRevisions: count,
                    commits: indices.flatMap { sets[$0].commits }))
        }
        return pairs.sorted(by: CouplingPair.strongestFirst)
    }

    /// Sum of coupling per entity: how many co-changes it took part in (code-maat's `soc`).
    public func sumOfCoupling(
        _ commits: [Commit], entity: (String) -> String? = { $0 }
    ) -> [(entity: String, sum: Int)] {
        var sums: [String: Int] = [:]
        for set in changeSets(commits, entity: entity) {
            for name in set.entities { sums[name, default: 0] += set.entities.count - 1 }
        }
        return sums.map { ($0.key, $0.value) }.sorted { ($1.sum, $0.entity) < ($0.sum, $1.entity) }
    }

    /// Change sets after grouping and the size limit: distinct sorted entities and their commits.
    func changeSets(_ commits: [Commit], entity: (String) -> String?) -> [ChangeSet] {
        var order: [String] = []
        var groups: [String: (rows: Int, entities: Set<String>, commits: [String])] = [:]
        for commit in commits {
            let key: String
            switch grouping {
            case .commit: key = commit.id.description
            case .authorAndDay: key = "\(commit.author)\u{0}\(commit.authorDay)"
            }
            let names = commit.changes.compactMap { entity($0.path) }
            if groups[key] == nil {
                order.append(key)
                groups[key] = (0, [], [])
            }
            groups[key]?.rows += names.count
            groups[key]?.entities.formUnion(names)
            groups[key]?.commits.append(commit.id.description)
        }
        return order.compactMap { key in
            guard let group = groups[key], group.rows <= maximumChangesetSize, !group.entities.isEmpty
            else { return nil }
            return ChangeSet(entities: group.entities.sorted(), commits: group.commits)
        }
    }
}

/// One logical change: the entities it touched and the commits it is made of.
struct ChangeSet {
    var entities: [String]
    var commits: [String]
}

private struct EntityPair: Hashable {
    var first: String
    var second: String
}
