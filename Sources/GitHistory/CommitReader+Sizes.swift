internal import CLibGit2
import GitCore

/// Blob sizes where a commit may split a file: only commits creating files, only the files beside or above them.
extension CommitReader {
    /// By index in `pending`, the sizes of a commit's changes that may be a split or its heirs: the files it creates,
    /// and the files it modifies in a folder at or above a created file's folder (nushell's `parser.rs` beside the
    /// `parser/` it filled). Read from object headers, no blob inflated; empty for a commit that creates nothing.
    func splitSizes(_ pending: [RenameMatcher.Candidate]) -> [Int: FileChange.Bytes] {
        let created = pending.filter { $0.old == nil && $0.new != nil }.map { Self.folder(of: $0.path) }
        guard !created.isEmpty else { return [:] }
        let folders = Set(created)
        var sizes: [Int: FileChange.Bytes] = [:]
        for (index, candidate) in pending.enumerated() {
            guard let new = candidate.new, new.mode != 0o160000 else { continue }
            guard let old = candidate.old else {
                if let after = size(of: new.id) { sizes[index] = FileChange.Bytes(before: 0, after: after) }
                continue
            }
            guard old.mode != 0o160000, old.id != new.id, Self.isAbove(Self.folder(of: candidate.path), folders),
                let before = size(of: old.id), let after = size(of: new.id)
            else { continue }
            sizes[index] = FileChange.Bytes(before: before, after: after)
        }
        return sizes
    }

    /// Whether `folder` is one of `folders` or holds one of them.
    private static func isAbove(_ folder: Substring, _ folders: Set<Substring>) -> Bool {
        folders.contains(folder) || folders.contains { folder.isEmpty || $0.hasPrefix(folder + "/") }
    }

    /// The folder of `path`, empty at the root.
    private static func folder(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }

    /// A blob's size from its object header; nil when the object database cannot say.
    private func size(of id: ObjectID) -> Int? {
        if objects == nil, git_repository_odb(&objects, repository.handle) != 0 { return nil }
        var oid = id.raw
        var length = 0
        var type = GIT_OBJECT_INVALID
        guard let objects, git_odb_read_header(&length, &type, objects, &oid) == 0 else { return nil }
        return length
    }
}
