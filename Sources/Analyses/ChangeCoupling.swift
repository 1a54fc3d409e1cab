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
        pairs(of: changeSets(commits, entity: entity))
    }

    /// `measure`, `coChangingPairs` and `revisions` of the same commits, from one pass over them.
    public func measureAll(
        _ commits: [Commit], entity: (String) -> String?
    ) -> (pairs: [CouplingPair], together: Set<String>, revisions: [String: Int]) {
        let found = changeSets(commits, entity: entity)
        var revisions: [String: Int] = [:]
        for (number, count) in found.revisions.enumerated() where count > 0 { revisions[found.names[number]] = count }
        return (pairs(of: found), coChanging(found), revisions)
    }

    private func pairs(of found: (names: [String], sets: [ChangeSet], revisions: [Int])) -> [CouplingPair] {
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
            // Exact arithmetic: average = (first + second) / 2, degree = count / average × 100.
            guard first + second >= 2 * minimumRevisions, count >= minimumSharedRevisions,
                count * 200 >= minimumDegree * (first + second)
            else { continue }
            let degree = count * 200 / (first + second)
            guard degree <= maximumDegree else { continue }
            pairs.append(
                CouplingPair(
                    entity: names[firstNumber], coupled: names[secondNumber], degree: degree,
                    averageRevisions: Double(first + second) / 2, entityRevisions: first,
                    coupledRevisions: second, sharedRevisions: count,
                    commits: indices.flatMap { found.sets[$0].commits.map(\.description) }))
        }
        return pairs.sorted(by: CouplingPair.strongestFirst)
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
        coChanging(changeSets(commits, entity: entity))
    }

    private func coChanging(_ found: (names: [String], sets: [ChangeSet], revisions: [Int])) -> Set<String> {
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
        var numbers = EntityNumbers()
        var counts: [Int] = []
        for commit in commits {
            var touched = Set<Int>()
            for change in commit.changes {
                let number = numbers.number(of: change.path, entity)
                if number >= 0 { touched.insert(number) }
            }
            if counts.count < numbers.names.count { counts += Array(repeating: 0, count: numbers.names.count - counts.count) }
            for number in touched { counts[number] += 1 }
        }
        var result: [String: Int] = [:]
        for (number, count) in counts.enumerated() where count > 0 { result[numbers.names[number]] = count }
        return result
    }

    /// Change sets after grouping and the size limit: distinct entities (numbered, in name order) and
    /// their commits; and each entity's commits (as `revisions` counts them). Each distinct path is
    /// mapped to its entity once.
    func changeSets(
        _ commits: [Commit], entity: (String) -> String?
    ) -> (names: [String], sets: [ChangeSet], revisions: [Int]) {
        var numbers = EntityNumbers()
        var groups: [ChangeSet] = []
        var rows: [Int] = []
        var groupOfKey: [String: Int] = [:]
        var revisions = RevisionTally()
        for (commitIndex, commit) in commits.enumerated() {
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
                revisions.count(number, in: commitIndex)
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
            let distinct = Array(Set(groups[index].entities)).sorted { rank[$0] < rank[$1] }
            return ChangeSet(entities: distinct, commits: groups[index].commits)
        }
        return (names, sets, revisions.counts)
    }
}

/// One logical change: the entities it touched (numbers, in name order) and the commits it is made of.
struct ChangeSet {
    var entities: [Int]
    var commits: [CommitID]
}

/// Commits per entity number, each commit counted once per entity (numbers come in order: 0, 1, 2…).
private struct RevisionTally {
    private(set) var counts: [Int] = []
    private var lastCommit: [Int] = []  // per entity, the index of the last commit counted

    mutating func count(_ number: Int, in commit: Int) {
        if number == counts.count {
            counts.append(0)
            lastCommit.append(-1)
        }
        guard lastCommit[number] != commit else { return }
        lastCommit[number] = commit
        counts[number] += 1
    }
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
