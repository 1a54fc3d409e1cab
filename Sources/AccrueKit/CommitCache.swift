import GitCore
import GitHistory

/// Mined commits kept across runs by id, so only commits it does not know are diffed (the store's
/// `StoreCommitCache`, in AccrueStore).
public protocol CommitCache: Sendable {
    /// Every commit from `options.revision` in the order `HistoryMiner` gives them, diffing only unknown ones.
    func mine(
        _ options: HistoryOptions, path: String, progress: (@Sendable (Int, Int) -> Void)?
    ) throws(GitError) -> MinedHistory
}
