/// The folders of a snapshot, to tell a path history names but the snapshot no longer has apart: a file deleted
/// from a folder that is still there, or one from a layout that is gone.
///
/// Module change coupling owns history's paths by today's modules. A file deleted from a folder that remains
/// belonged to that folder's module. A file whose folders are all gone belonged to a layout that no module
/// has any more: mockito's `src/` before it moved to `mockito-core/`, whose deleted files the root module (which
/// owns every path no other module does) took, with the commits that also touched the moved files, so the root
/// and `:mockito-core` changed together in 921 change sets without importing each other.
public struct SnapshotLayout: Sendable {
    private let folders: Set<Substring>

    /// The layout of the snapshot whose tracked files are `paths` (repository-relative).
    public init<S: Sequence>(paths: S) where S.Element == String {
        var folders = Set<Substring>()
        for path in paths {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/") {
                guard folders.insert(path[..<slash]).inserted else { break }
                end = slash
            }
        }
        self.folders = folders
    }

    /// Whether `path` belongs to the snapshot's layout: it sits at the root, or one of its folders is still there
    /// (so every file of the snapshot does; its nearest such folder decides its module, as for any file there).
    public func holds(_ path: String) -> Bool {
        if !path.contains("/") { return true }
        var end = path.endIndex
        while let slash = path[..<end].lastIndex(of: "/") {
            if folders.contains(path[..<slash]) { return true }
            end = slash
        }
        return false
    }
}
