import Dispatch
import GitCore
import Synchronization

/// Mines a repository's history: the only walk, shared by every history analysis.
///
/// The commit list comes from one revwalk; the diffs are spread over `options.threads` threads,
/// each with its own repository handle (libgit2 handles are not shared across threads). Each thread
/// takes runs of consecutive commits so its blob cache keeps paying off.
public struct HistoryMiner: Sendable {
    /// Where the repository is (any folder inside it, or a bare repository's folder).
    public let path: String

    /// Creates a miner for the repository containing `path`.
    public init(path: String) {
        self.path = path
    }

    /// Commits per run handed to one thread: long enough that a file's successive versions mostly
    /// stay on one thread (its caches hit), short enough that the threads finish together.
    /// (Runs of commits/16 measured the same CPU time but a later finish on git/git.)
    private static let runLength = 256

    /// Walks, filters and diffs the history, returning commits oldest first.
    ///
    /// `progress` is called from worker threads with (commits done, commits total).
    public func mine(
        _ options: HistoryOptions, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(GitError) -> MinedHistory {
        Repository.limitMemoryForHistory(objectCache: 32 << 20, packWindow: 32 << 20, mappedPacks: 256 << 20)
        let repository = try Repository(discovering: path)
        let head = try repository.resolveCommit(options.revision)
        let boundary = repository.shallowBoundary
        // Shallow clones, and a revwalk that failed without naming the object it could not read,
        // take the slower walk that handles boundaries and names the unreadable commit.
        var walked = boundary.isEmpty ? try? repository.reachableCommits(from: head, firstParent: options.firstParent) : nil
        if walked == nil {
            walked = try repository.shallowCommits(from: head, firstParent: options.firstParent, boundary: boundary)
        }
        let walkedIDs = walked ?? []
        var diagnostics = HistoryDiagnostics()
        diagnostics.isShallow = repository.isShallow
        diagnostics.isBare = repository.isBare
        diagnostics.isPartialClone = repository.isPartialClone
        diagnostics.isHeadDetached = repository.isHeadDetached
        diagnostics.commitsWalked = walkedIDs.count
        return try mine(walkedIDs, head: head, in: repository, options: options, boundary: boundary,
            diagnostics: diagnostics, progress: progress)
    }

    /// Reads and diffs exactly `ids` (newest first, as a walk from `head` ordered them; a caller that
    /// walked already, in memory), returning them oldest first. Not for shallow clones.
    public func mine(
        walked ids: [ObjectID], head: ObjectID, options: HistoryOptions,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(GitError) -> MinedHistory {
        Repository.limitMemoryForHistory(objectCache: 32 << 20, packWindow: 32 << 20, mappedPacks: 256 << 20)
        let repository = try Repository(discovering: path)
        var diagnostics = HistoryDiagnostics()
        diagnostics.isBare = repository.isBare
        diagnostics.isPartialClone = repository.isPartialClone
        diagnostics.isHeadDetached = repository.isHeadDetached
        diagnostics.commitsWalked = ids.count
        return try mine(ids, head: head, in: repository, options: options, boundary: [],
            diagnostics: diagnostics, progress: progress)
    }

    private func mine(
        _ ids: [ObjectID], head: ObjectID, in repository: Repository, options: HistoryOptions,
        boundary: Set<ObjectID>, diagnostics: HistoryDiagnostics, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(GitError) -> MinedHistory {
        let length = HistoryMiner.runLength
        let runs = stride(from: 0, to: ids.count, by: length).map { Array(ids[$0..<min($0 + length, ids.count)]) }
        let shared = SharedProgress(runs: runs.count)
        let workers = min(options.threads, max(1, runs.count))
        let path = repository.gitDirectory
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            shared.work(
                path: path, options: options, boundary: boundary, runs: runs, total: ids.count, progress: progress)
        }
        return try shared.assemble(head: head, diagnostics: diagnostics)
    }
}

/// The state the worker threads share: the next run to take, and the finished runs.
private final class SharedProgress: Sendable {
    private let nextRun = Atomic<Int>(0)
    private let done = Atomic<Int>(0)
    private let results: Mutex<[[Commit]?]>
    private let diagnostics = Mutex(HistoryDiagnostics())
    private let failure = Mutex<GitError?>(nil)

    init(runs: Int) {
        results = Mutex([[Commit]?](repeating: nil, count: runs))
    }

    func work(
        path: String, options: HistoryOptions, boundary: Set<ObjectID>, runs: [[ObjectID]], total: Int,
        progress: (@Sendable (Int, Int) -> Void)?
    ) {
        let reader: CommitReader
        do {
            reader = try CommitReader(path: path, options: options, shallowBoundary: boundary)
        } catch {
            record(error)
            return
        }
        while failure.withLock({ $0 == nil }) {
            let index = nextRun.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < runs.count else { break }
            var mined: [Commit] = []
            mined.reserveCapacity(runs[index].count)
            do {
                for id in runs[index] {
                    if case .mined(let commit) = try reader.read(id) { mined.append(commit) }
                }
            } catch {
                record(error)
                return
            }
            results.withLock { $0[index] = mined }
            let finished = done.wrappingAdd(runs[index].count, ordering: .relaxed).newValue
            progress?(finished, total)
        }
        let tallies = reader.diagnostics
        diagnostics.withLock { $0.merge(tallies) }
    }

    private func record(_ error: GitError) {
        failure.withLock { if $0 == nil { $0 = error } }
    }

    func assemble(head: ObjectID, diagnostics base: HistoryDiagnostics) throws(GitError) -> MinedHistory {
        if let error = failure.withLock({ $0 }) { throw error }
        var commits: [Commit] = []
        results.withLock { runs in
            commits.reserveCapacity(runs.reduce(0) { $0 + ($1?.count ?? 0) })
            for run in runs.reversed() { commits.append(contentsOf: (run ?? []).reversed()) }
        }
        var merged = base
        diagnostics.withLock { merged.merge($0) }
        var seen = Set<HistoryDiagnostics.UnreadableBlob>()
        merged.unreadableBlobs = merged.unreadableBlobs.filter { seen.insert($0).inserted }
            .sorted { ($0.path, $0.blob) < ($1.path, $1.blob) }
        return MinedHistory(head: head, commits: commits, diagnostics: merged)
    }
}
