import FileReading
import Foundation
import GitCore

/// Reads tracked files by path after a scan: from the work tree, or as blobs of the scanned commit.
///
/// Used for the few files read a second time (build manifests). Blob reads share one repository
/// behind a lock, since libgit2 handles must not be used from two threads at once.
public final class FileSource: @unchecked Sendable {
    private let workTree: String?
    private let entries: [String: TreeEntry]
    private let repository: Repository?
    private let lock = NSLock()

    init(listing: FileListing, gitDirectory: String) {
        workTree = listing.workTree
        entries = Dictionary(listing.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        repository = listing.workTree == nil ? try? Repository(discovering: gitDirectory) : nil
    }

    /// Every tracked path, sorted.
    public var paths: [String] { entries.keys.sorted() }

    /// The bytes of a tracked regular file, or nil.
    public func read(_ path: String) -> [UInt8]? {
        guard let entry = entries[path], entry.isRegularFile else { return nil }
        if let workTree { return FileBuffer.read(root: workTree, rawPath: entry.rawPath) }
        return lock.withLock { repository?.blobBytes(entry.id) }
    }
}
