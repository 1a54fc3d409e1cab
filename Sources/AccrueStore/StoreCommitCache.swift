import AccrueKit
import Foundation
import GitCore
import GitHistory
import RuleCatalog
import SourceScan
import Synchronization
import TrendStore

/// Mined commits keyed by commit id in the store, so a walk only diffs the commits it has not seen.
///
/// A commit's facts (author after `.mailmap`, dates, changed files with line counts and renames) do not
/// depend on where the walk started, only on the walk's options and the path rules; those are part of
/// the cache's kind, so other settings never share rows. Skipped commits (merges, bots) are stored too.
public final class StoreCommitCache: CommitCache {
    /// Bump when the miner reports different facts for the same commit (diffs, renames, hygiene).
    /// commits-2: a change's blob sizes where its commit creates files (`FileChange.bytes`).
    /// commits-3: another release beside a release copy is left out too (`ReleaseCopies.holds`), under the same
    /// exclusion key.
    public static let analyserVersion = "commits-3"

    private let store: TrendStore
    private let base: String
    /// Decoded commits of one kind (nil value: a skipped commit), loaded on first use.
    private let memory = Mutex<(kind: String, commits: [ObjectID: Commit?])>(("", [:]))
    /// The commits of a trend's head with their parents: walks from them are ordered in memory.
    private let graph = Mutex<CommitGraph?>(nil)
    /// `memory`'s commits by graph number (nil: not known), so a walk from the graph reads them
    /// without hashing ids; rebuilt after `memory` changes.
    private let byNumber = Mutex<(kind: String, known: [Bool], commits: [Commit?])?>(nil)

    /// A cache in `store` for walks under `catalog`'s path rules and `includes`; `mailmap` is the
    /// text of the repository's `.mailmap` (authors are stored after it).
    public init(store: TrendStore, catalog: RuleCatalog, includes: Set<Exclusion>, mailmap: String) {
        self.store = store
        base = StoreFingerprint.of([
            StoreFingerprint.json(catalog.languages.languages), StoreFingerprint.json(catalog.scan),
            Data(includes.map(\.rawValue).sorted().joined(separator: ",").utf8), Data(mailmap.utf8),
        ])
    }

    /// Walks from `options.revision`, diffs only unknown commits (storing them), and returns every
    /// commit in the order `HistoryMiner` would. Shallow and partial clones take the miner's own path.
    public func mine(
        _ options: HistoryOptions, path: String, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(GitError) -> MinedHistory {
        let repository = try Repository(discovering: path)
        // A partial clone's commits are mined as they read now, without the blobs it never fetched: not stored,
        // as a later run with them (the same commit ids) must not be served what this one could not see.
        if repository.isShallow || repository.isPartialClone {
            return try HistoryMiner(path: path).mine(options, progress: progress)
        }
        let head = try repository.resolveCommit(options.revision)
        let kind = "commit:" + base + ":" + Self.describe(options)
        var diagnostics = HistoryDiagnostics()
        diagnostics.isBare = repository.isBare
        diagnostics.isHeadDetached = repository.isHeadDetached
        if let commits = fromGraph(head, kind: kind, firstParent: options.firstParent) {
            diagnostics.commitsWalked = commits.walked
            return MinedHistory(head: head, commits: commits.commits, diagnostics: diagnostics)
        }
        let ids = try repository.reachableCommits(
            from: head, firstParent: options.firstParent, graph: walkGraph(holding: head, in: repository))
        var known = loaded(kind)
        let walked = ids.filter { known[$0] == nil }
        let unknown = Set(walked)
        if !unknown.isEmpty {
            let mined = try HistoryMiner(path: path).mine(
                walked: walked, head: head, options: options, progress: progress)
            for commit in mined.commits { known[commit.id] = .some(commit) }
            for id in unknown where known[id] == nil { known[id] = .some(nil) }
            // One row for the run's commits (reading 80,000 rows one by one costs a warm run a fifth of
            // its time). A failed write only costs the next run a re-walk; the figures are right either way.
            var writer = StoreWriter()
            for id in walked {
                writer.string(id.description)
                let commit = known[id] ?? nil
                writer.bool(commit != nil)  // false: a skipped commit (merge, bot)
                if let commit { Self.encode(commit, into: &writer) }
            }
            let key = "run:\(head):\(walked.count)"
            try? store.write { try $0.cache(kind, key: key, version: Self.analyserVersion, value: writer.data) }
            memory.withLock { $0 = (kind, known) }
            byNumber.withLock { $0 = nil }
        }
        diagnostics.commitsWalked = ids.count
        return MinedHistory(head: head, commits: ids.reversed().compactMap { known[$0] ?? nil }, diagnostics: diagnostics)
    }

    /// The commits reachable from `head` oldest first (and how many were walked, skipped ones
    /// included), when the graph holds `head` and every one of them is already known; nil otherwise.
    private func fromGraph(
        _ head: ObjectID, kind: String, firstParent: Bool
    ) -> (commits: [Commit], walked: Int)? {
        guard let graph = graph.withLock({ $0 }), let start = graph.number[head] else { return nil }
        let table = byNumber.withLock { $0?.kind == kind ? $0 : nil } ?? {
            let known = loaded(kind)
            let built = (kind: kind, known: graph.ids.map { known[$0] != nil }, commits: graph.ids.map { known[$0] ?? nil })
            byNumber.withLock { $0 = built }
            return built
        }()
        let numbers = graph.walk(from: start, firstParent: firstParent)
        guard numbers.allSatisfy({ table.known[Int($0)] }) else { return nil }
        return (numbers.reversed().compactMap { table.commits[Int($0)] }, numbers.count)
    }

    /// Holds the graph of every commit reachable from `head` (the store's, extended by what it lacks):
    /// later walks from any of them skip libgit2's revwalk (`CommitGraph.walk` gives the same order).
    public func loadGraph(_ repository: Repository, head: ObjectID) throws(GitError) {
        _ = try walkGraph(holding: head, in: repository)
    }

    /// A graph holding `head`: the one in memory, else the store's, extended by the commits it lacks (the
    /// commits since the last run) and stored again. Commit ids name their parents, so it never goes stale.
    private func walkGraph(holding head: ObjectID, in repository: Repository) throws(GitError) -> CommitGraph {
        let stored = { (try? self.store.cached("graph", key: "commits", version: "graph-1")) ?? nil }
        let kept = graph.withLock { $0 } ?? stored().flatMap(CommitGraph.init(serialized:))
        if let kept, kept.number[head] != nil { return kept }
        let extended = try repository.commitGraph(from: head, extending: kept ?? CommitGraph())
        try? store.write { try $0.cache("graph", key: "commits", version: "graph-1", value: extended.serialized) }
        graph.withLock { $0 = extended }
        byNumber.withLock { $0 = nil }  // numbered by the graph it replaces
        return extended
    }

    private func loaded(_ kind: String) -> [ObjectID: Commit?] {
        if let table = memory.withLock({ $0.kind == kind ? $0.commits : nil }) { return table }
        var table: [ObjectID: Commit?] = [:]
        for (key, value) in (try? store.cachedAll(kind, version: Self.analyserVersion)) ?? [:] {
            var reader = StoreReader(value)
            // A run's commits, or (stores written before runs were kept in one row) one commit by id.
            while key.hasPrefix("run:"), !reader.isAtEnd {
                guard let hex = reader.string(), let id = ObjectID(hex: hex), let mined = reader.bool() else { break }
                guard mined else {
                    table[id] = .some(nil)
                    continue
                }
                guard let commit = Self.decode(&reader, id: id) else { break }
                table[id] = .some(commit)
            }
            guard let id = ObjectID(hex: key) else { continue }
            table[id] = value.isEmpty ? .some(nil) : Self.decode(&reader, id: id).map { .some($0) }
        }
        memory.withLock { $0 = (kind, table) }
        return table
    }

    /// The options that change a commit's facts, as text.
    private static func describe(_ options: HistoryOptions) -> String {
        let window = [options.since, options.until].map { $0.map { "\($0.timeIntervalSince1970)" } ?? "-" }
        let lines: String = (options.countedLinesLimit.map { "lines ≤ \($0)|" } ?? "")
            + (options.exactLinesForSubjects == nil ? "" : "numstat for release subjects|")
        return StoreFingerprint.of(
            window.joined(separator: ",") + "|\(options.firstParent)|\(options.includeMerges)|"
                + "\(options.renames.rawValue)|\(options.similarityThreshold)|\(options.renameLimit)|" + lines
                + options.hygiene.botPatterns.joined(separator: ",")
                + (options.hygiene.exclusionKey.isEmpty ? "" : "|" + options.hygiene.exclusionKey))
    }

    static func encode(_ commit: Commit, into writer: inout StoreWriter) {
        writer.string(commit.author.name)
        writer.string(commit.author.email)
        writer.double(commit.authoredAt.timeIntervalSince1970)
        writer.int(commit.authorUTCOffsetMinutes)
        writer.double(commit.committedAt.timeIntervalSince1970)
        writer.string(commit.subject)
        writer.int(commit.parentCount)
        writer.int(commit.changes.count)
        for change in commit.changes {
            writer.string(change.path)
            writer.optionalString(change.previousPath)
            writer.string(change.kind.rawValue)
            writer.int(change.linesAdded)
            writer.int(change.linesDeleted)
            writer.bool(change.isBinary)
            writer.bool(change.isUnreadable)
            writer.int(change.bytes?.before ?? -1)
            writer.int(change.bytes?.after ?? -1)
        }
    }

    static func decode(_ reader: inout StoreReader, id: ObjectID) -> Commit? {
        guard let name = reader.string(), let email = reader.string(), let authored = reader.double(),
            let offset = reader.int(), let committed = reader.double(), let subject = reader.string(),
            let parents = reader.int(), let count = reader.int(), count >= 0
        else { return nil }
        var changes: [FileChange] = []
        changes.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = reader.string(), let previous = reader.optionalString(), let raw = reader.string(),
                let kind = FileChange.Kind(rawValue: raw), let added = reader.int(), let deleted = reader.int(),
                let binary = reader.bool(), let unreadable = reader.bool(), let before = reader.int(),
                let after = reader.int()
            else { return nil }
            changes.append(FileChange(
                path: path, previousPath: previous, kind: kind, linesAdded: added, linesDeleted: deleted,
                isBinary: binary, isUnreadable: unreadable,
                bytes: before < 0 ? nil : FileChange.Bytes(before: before, after: after)))
        }
        return Commit(
            id: id, author: Author(name: name, email: email), authoredAt: Date(timeIntervalSince1970: authored),
            authorUTCOffsetMinutes: offset, committedAt: Date(timeIntervalSince1970: committed),
            subject: subject, parentCount: parents, changes: changes)
    }
}
