import GitHistory
import GitCore

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
        measure(changeSets(commits, entity: entity))
    }

    /// Coupled pairs of change sets already grouped (`changeSets`), strongest first.
    public func measure(_ found: ChangeSets) -> [CouplingPair] {
        let names = found.names
        var revisions = [Int](repeating: 0, count: names.count)
        var shared: [Int: [Int]] = [:]  // pair (first << 32 | second) → indices into `found.sets`
        for (index, set) in found.sets.enumerated() {
            let numbers = set.entities
            for number in numbers { revisions[number] += 1 }
            for i in numbers.indices {
                for j in numbers.indices where j > i { shared[numbers[i] << 32 | numbers[j], default: []].append(index) }
            }
        }
        var pairs: [CouplingPair] = []
        for (key, indices) in shared {
            let (firstNumber, secondNumber) = (key >> 32, key & 0xFFFF_FFFF)
            let first = revisions[firstNumber]
            let second = revisions[secondNumber]
            let count = indices.count
            guard holds(shared: count, first: first, second: second) else { continue }
            let degree = count * 200 / (first + second)
            pairs.append(
                CouplingPair(
                    entity: names[firstNumber], coupled: names[secondNumber], degree: degree,
                    averageRevisions: Double(first + second) / 2, entityRevisions: first,
                    coupledRevisions: second, sharedRevisions: count,
                    commits: indices.flatMap { found.sets[$0].commits.map(\.description) }))
        }
        return pairs.sorted(by: CouplingPair.strongestFirst)
    }

    /// Whether two entities with `first` and `second` change sets, `shared` of them together, are coupled.
    /// Exact arithmetic: average = (first + second) / 2, degree = shared / average × 100.
    public func holds(shared: Int, first: Int, second: Int) -> Bool {
        first + second >= 2 * minimumRevisions && shared >= minimumSharedRevisions
            && shared * 200 >= minimumDegree * (first + second) && shared * 200 / (first + second) <= maximumDegree
    }

    /// Sum of coupling per entity: how many co-changes it took part in (code-maat's `soc`).
    public func sumOfCoupling(
        _ commits: [Commit], entity: (String) -> String? = { $0 }
    ) -> [(entity: String, sum: Int)] {
        let found = changeSets(commits, entity: entity)
        var sums = [Int](repeating: 0, count: found.names.count)
        var seen = [Bool](repeating: false, count: found.names.count)
        for set in found.sets {
            for number in set.entities {
                sums[number] += set.entities.count - 1
                seen[number] = true
            }
        }
        return found.names.indices.filter { seen[$0] }.map { (found.names[$0], sums[$0]) }
            .sorted { ($1.sum, $0.entity) < ($0.sum, $1.entity) }
    }

    /// Every pair of entities sharing at least one change set (what `measure` finds with every threshold
    /// at its loosest), as `first\u{0}second` in both orders, without the evidence.
    public func coChangingPairs(_ commits: [Commit], entity: (String) -> String?) -> Set<String> {
        coChangingPairs(changeSets(commits, entity: entity))
    }

    /// `coChangingPairs` of change sets already grouped (`changeSets`).
    public func coChangingPairs(_ found: ChangeSets) -> Set<String> {
        var keys = Set<Int>()
        for set in found.sets {
            let numbers = set.entities
            for i in numbers.indices {
                for j in numbers.indices where j > i { keys.insert(numbers[i] << 32 | numbers[j]) }
            }
        }
        return Set(keys.flatMap { key -> [String] in
            let (first, second) = (found.names[key >> 32], found.names[key & 0xFFFF_FFFF])
            return ["\(first)\u{0}\(second)", "\(second)\u{0}\(first)"]
        })
    }

    /// Commits touching each entity, every commit counted (no grouping, no size limit), once per entity.
    public static func revisions(_ commits: [Commit], entity: (String) -> String?) -> [String: Int] {
        ChangeCoupling().changeSets(commits, entity: entity).revisions
    }

    /// Change sets after grouping and the size limit: distinct entities (numbered, in name order) and
    /// their commits, plus every entity's commit count. Each distinct path is mapped to its entity once;
    /// one pass serves `measure`, `coChangingPairs` and `revisions` over the same commits.
    public func changeSets(_ commits: [Commit], entity: (String) -> String?) -> ChangeSets {
        var numbers = EntityNumbers()
        var groups: [ChangeSet] = []
        var rows: [Int] = []
        var groupOfKey: [String: Int] = [:]
        var counts = CommitCounts()
        for (position, commit) in commits.enumerated() {
            var index = groups.count
            if grouping == .authorAndDay {
                let key = "\(commit.author)\u{0}\(commit.authorDay)"
                if let known = groupOfKey[key] { index = known } else { groupOfKey[key] = index }
            }
            if index == groups.count {
                groups.append(ChangeSet(entities: [], commits: []))
                rows.append(0)
            }
            for change in commit.changes {
                let number = numbers.number(of: change.path, entity)
                guard number >= 0 else { continue }
                counts.count(number, in: position)
                rows[index] += 1
                groups[index].entities.append(number)
            }
            groups[index].commits.append(commit.id)
        }
        let names = numbers.names
        var rank = [Int](repeating: 0, count: names.count)
        for (position, number) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() {
            rank[number] = position
        }
        let sets = groups.indices.compactMap { index -> ChangeSet? in
            guard rows[index] <= maximumChangesetSize, !groups[index].entities.isEmpty else { return nil }
            return ChangeSet(entities: Self.distinct(groups[index].entities, rank: rank), commits: groups[index].commits)
        }
        return ChangeSets(names: names, sets: sets, revisions: counts.byName(names))
    }

    /// `numbers` without repeats, in rank order: sorted, then duplicates dropped (ranks are distinct), so
    /// no Set is built per change set.
    private static func distinct(_ numbers: [Int], rank: [Int]) -> [Int] {
        guard numbers.count > 1 else { return numbers }
        var sorted = numbers.sorted { rank[$0] < rank[$1] }
        var kept = 1
        for position in 1..<sorted.count where sorted[position] != sorted[kept - 1] {
            sorted[kept] = sorted[position]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}

/// Commits per entity number, each commit counted once per entity.
private struct CommitCounts {
    private var counts: [Int] = []
    private var lastCommit: [Int] = []  // the last commit (position) counted for each entity number

    mutating func count(_ number: Int, in position: Int) {
        while counts.count <= number {
            counts.append(0)
            lastCommit.append(-1)
        }
        if lastCommit[number] != position {
            lastCommit[number] = position
            counts[number] += 1
        }
    }

    func byName(_ names: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (number, count) in counts.enumerated() where count > 0 { result[names[number]] = count }
        return result
    }
}

/// Commits grouped into change sets for one entity mapping (`ChangeCoupling.changeSets`).
public struct ChangeSets {
    /// Entity names by number.
    let names: [String]
    /// Change sets after grouping and the size limit.
    let sets: [ChangeSet]
    /// Commits touching each entity, every commit counted (no grouping, no size limit), once per entity.
    public let revisions: [String: Int]

    /// The change set of each commit kept (by its id as described), as an index for `entities(of:)`.
    public func setOfCommit() -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, set) in sets.enumerated() {
            for commit in set.commits { result[commit.description] = index }
        }
        return result
    }

    /// The entities change set `index` touched, in name order.
    public func entities(of index: Int) -> [String] { sets[index].entities.map { names[$0] } }
}

/// One logical change: the entities it touched (numbers, in name order) and the commits it is made of.
struct ChangeSet {
    var entities: [Int]
    var commits: [CommitID]
}

/// Paths mapped to entity numbers, each distinct path asked once (module lookups are not free).
private struct EntityNumbers {
    private var numberOfPath: [String: Int] = [:]
    private var numberOfName: [String: Int] = [:]
    private(set) var names: [String] = []

    /// The entity number of `path`, or -1 when it maps to none.
    mutating func number(of path: String, _ entity: (String) -> String?) -> Int {
        if let known = numberOfPath[path] { return known }
        var number = -1
        if let name = entity(path) {
            if let known = numberOfName[name] {
                number = known
            } else {
                number = names.count
                numberOfName[name] = number
                names.append(name)
            }
        }
        numberOfPath[path] = number
        return number
    }
}
