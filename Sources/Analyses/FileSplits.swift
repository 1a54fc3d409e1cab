import GitCore
import GitHistory

/// Files whose code one commit moved out, and where their past changes go.
///
/// A file's past changes say how often its code is changed; when most of it leaves in one commit (a split into
/// files the commit creates beside it: nushell's 7,830-line `parser.rs` became 28 lines and `parser/*.rs` in
/// f70ed723ce), that past belongs to the code where it went. The file keeps the share of its past its remaining
/// bytes are (`bytesAfter ÷ bytesBefore`), and each file the commit creates in the same unit (module, else folder)
/// inherits the share its bytes are, as a rename hands on a file's past whole. Code deleted outright takes its share
/// of the past with it.
///
/// A split is a change to a file (not its creation or deletion) that removes at least `minimumBytes` bytes and at
/// least `share` of the file, in a commit that creates files (`FileChange.bytes`, read from object headers where a
/// commit creates files: sizes in bytes, not lines, as no blob is inflated).
public struct FileSplits: Sendable {
    /// A past change a file carries: the commit's index in the commits, and the weight it carries it at.
    public struct Change: Hashable, Sendable {
        public var commit: Int
        public var weight: Double
    }

    /// One split: the commit, the file, its bytes before and after, and the share of its past each heir takes.
    public struct Event: Hashable, Sendable {
        /// The commit's index in the commits, and its id.
        public var commit: Int
        public var commitID: String
        public var path: String
        public var bytesBefore: Int
        public var bytesAfter: Int
        /// The files the commit created that inherit the file's past, with the share each takes, by path.
        public var heirs: [String: Double]
        /// The share of its past the split file keeps.
        public var kept: Double { Double(bytesAfter) / Double(max(1, bytesBefore)) }
    }

    /// For each file a split touched (split, or created by one), its changes, oldest first, with their weights; a file
    /// no split touched is absent (each of its changes weighs 1).
    public private(set) var changes: [String: [Change]] = [:]
    /// The splits, oldest first.
    public private(set) var events: [Event] = []

    /// Finds the splits in `commits` (oldest first, paths resolved through `FileLineage`); `sameUnit` says whether a
    /// created file may have taken a split file's lines (the same module, else the same folder).
    public init(commits: [Commit], minimumBytes: Int, share: Double, sameUnit: (String, String) -> Bool) {
        guard minimumBytes > 0 || share > 0 else { return }
        events = Self.events(commits, minimumBytes: minimumBytes, share: share, sameUnit: sameUnit)
        guard !events.isEmpty else { return }
        let tracked = Set(events.flatMap { [$0.path] + $0.heirs.keys })
        var byCommit: [Int: [Event]] = [:]
        for event in events { byCommit[event.commit, default: []].append(event) }
        for index in commits.indices {
            for change in commits[index].changes where tracked.contains(change.path) {
                if changes[change.path]?.last?.commit != index {
                    changes[change.path, default: []].append(Change(commit: index, weight: 1))
                }
            }
            for event in byCommit[index] ?? [] { handOn(event) }
        }
    }

    /// The split file keeps its remaining lines' share of its past; each heir takes its share before its own changes.
    private mutating func handOn(_ event: Event) {
        let all = changes[event.path] ?? []
        let past = all.filter { $0.commit < event.commit }
        changes[event.path] = past.map { Change(commit: $0.commit, weight: $0.weight * event.kept) }
            + all.filter { $0.commit >= event.commit }
        for (heir, share) in event.heirs {
            changes[heir] = past.map { Change(commit: $0.commit, weight: $0.weight * share) } + (changes[heir] ?? [])
        }
    }

    /// The splits: changes that remove most of a file in a commit creating files.
    private static func events(
        _ commits: [Commit], minimumBytes: Int, share: Double, sameUnit: (String, String) -> Bool
    ) -> [Event] {
        var events: [Event] = []
        for index in commits.indices {
            let changes = commits[index].changes
            for change in changes where change.kind == .modified || change.kind == .renamed {
                guard let bytes = change.bytes, !change.isBinary else { continue }
                let gone = bytes.before - bytes.after
                guard gone >= minimumBytes, Double(gone) >= share * Double(bytes.before) else { continue }
                let created = changes.filter { other in
                    other.kind == .added && !other.isBinary && (other.bytes?.after ?? 0) > 0 && sameUnit(change.path, other.path)
                }
                events.append(Event(
                    commit: index, commitID: commits[index].id.description, path: change.path, bytesBefore: bytes.before, bytesAfter: bytes.after,
                    heirs: heirs(created, gone: gone, before: bytes.before)))
            }
        }
        return events
    }

    /// Each created file's share of the split file's past: its bytes ÷ the bytes before, all of them together at
    /// most the bytes that left.
    private static func heirs(_ created: [FileChange], gone: Int, before: Int) -> [String: Double] {
        let added = created.reduce(0) { $0 + ($1.bytes?.after ?? 0) }
        guard added > 0 else { return [:] }
        let scale = Double(min(added, gone)) / Double(added) / Double(before)
        return Dictionary(created.map { ($0.path, Double($0.bytes?.after ?? 0) * scale) }, uniquingKeysWith: +)
    }
}

extension FileSplits {
    /// Who owns a split file's or an heir's code: its authors over its weighed changes (a change weighs its share of
    /// the code, as for activity), counted by name as `FileStatistics` counts them, and the main author's share of the
    /// weight. Ownership goes with the code as its past does: the files nushell's `parser.rs` went to were written by
    /// its authors, not by the one who moved them. Nil without changes.
    public static func ownership(_ changes: [Change], commits: [Commit]) -> (authors: Int, mainShare: Double)? {
        var weights: [String: Double] = [:]
        for change in changes where change.weight > 0 {
            weights[FileStatistics.person(commits[change.commit].author), default: 0] += change.weight
        }
        let total = weights.values.reduce(0, +)
        guard total > 0, let main = weights.values.max() else { return nil }
        return (weights.count, main / total)
    }
}
