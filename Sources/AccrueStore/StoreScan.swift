import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import SourceScan
import TrendStore

/// The store's caches wired into one `accrue scan`: file facts by content, mined commits by id.
///
/// Used when `--store PATH` is given, or by default when the repository has an `.accrue/` folder
/// (`accrue trend` creates it). Figures are the same with or without it; only the time differs.
public struct StoreScan: Sendable {
    let files: StoreFileCache
    let commits: StoreCommitCache

    /// The caches for a scan of `repositoryPath`, or nil when no store is asked for and none exists.
    public static func open(
        repositoryPath: String, storePath: String?, catalog: RuleCatalog, includes: Set<Exclusion>
    ) throws -> StoreScan? {
        guard storePath != nil || StoreLocation.hasStoreFolder(repositoryPath: repositoryPath) else { return nil }
        let store: TrendStore
        do {
            store = try StoreLocation.open(repositoryPath: repositoryPath, path: storePath, rebuild: false)
        } catch let error as StoreError where error.kind == .failed && storePath == nil {
            // The default store is a cache: a checkout whose .accrue/ cannot be written scans without it.
            return nil
        }
        return StoreScan(
            files: StoreFileCache(store: store, catalog: catalog, includes: includes),
            commits: StoreCommitCache(
                store: store, catalog: catalog, includes: includes,
                mailmap: StoreLocation.mailmap(repositoryPath: repositoryPath)))
    }

    /// Points a scan and its history walk at the caches.
    public func attach(to request: inout FileScanRequest, history: inout HistoryRequest) {
        request.factsCache = files
        history.commitCache = commits
        history.measuresFileCoupling = false
    }

    /// Stores the file facts the scan added (mined commits are stored as they are mined).
    public func save() throws {
        try files.flush()
    }
}

/// Why the store could not be used (damaged, from a newer accrue, unwritable), for the CLI's exit code 2.
public typealias StoreFailure = StoreError
