import AccrueKit
import AccrueStore
import FileScanning
import Foundation
import RuleCatalog

/// The store a gate run reads and fills: file facts by blob and mined commits by id (the caches
/// `accrue scan --store` and `accrue trend` use), and each measured commit's figures (`SnapshotCache`).
///
/// Which store: `--store PATH`, else `.accrue/accrue.sqlite` when the repository has an `.accrue/` folder
/// (as for `accrue scan`), else, with `--base`, a temporary one that lives for the run only. Either way
/// the head's walk fills the commit cache and the base, an ancestor, reads its history from it instead
/// of walking again.
struct GateStore {
    let caches: StoreScan
    /// Figures by commit; nil for a temporary store (nothing would read them again).
    let snapshots: SnapshotCache?
    /// The folder of a temporary store, removed by `close`.
    private let temporary: URL?

    /// The configured or default store of `request`'s repository; else a temporary one when the run scans
    /// two sides (`--base`), or nil.
    static func open(_ request: GateRequest, catalog: RuleCatalog) throws -> GateStore? {
        let includes = request.includes
        if let caches = try StoreScan.open(
            repositoryPath: request.repositoryPath, storePath: request.storePath, catalog: catalog, includes: includes)
        {
            // A second handle on the same file (the store serves several at once): StoreScan keeps its own.
            let store = try StoreLocation.open(repositoryPath: request.repositoryPath, path: request.storePath, rebuild: false)
            let snapshots = SnapshotCache(
                store: store, catalog: catalog, request: request,
                mailmap: StoreLocation.mailmap(repositoryPath: request.repositoryPath))
            return GateStore(caches: caches, snapshots: snapshots, temporary: nil)
        }
        guard request.baseRef != nil else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accrue-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("accrue.sqlite").path
        guard let caches = try StoreScan.open(
            repositoryPath: request.repositoryPath, storePath: path, catalog: catalog, includes: includes)
        else { throw GateError.configuration("cannot open a temporary store at \(path)") }
        return GateStore(caches: caches, snapshots: nil, temporary: folder)
    }

    /// Points a snapshot's scan and history walk at the caches.
    func attach(to files: inout FileScanRequest, history: inout HistoryRequest) {
        caches.attach(to: &files, history: &history)
    }

    /// Keeps the file facts the run added (a kept store), or removes the temporary store.
    func close() throws {
        guard let temporary else { return try caches.save() }
        try? FileManager.default.removeItem(at: temporary)
    }
}
