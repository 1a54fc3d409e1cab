internal import CLibGit2
import Foundation

/// One file in a tree or in the index: its path, what kind of entry it is, and its blob id.
public struct TreeEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case file
        case executable
        case symlink
        case submodule
    }

    /// Repository-relative path with `/` separators. Bytes that are not UTF-8 show as U+FFFD.
    public var path: String
    /// The path exactly as git stores it, for reading the file from disk.
    public var rawPath: [UInt8]
    public var kind: Kind
    /// The blob id (the commit id for a submodule).
    public var id: ObjectID

    init(rawPath: [UInt8], mode: UInt32, id: ObjectID) {
        self.rawPath = rawPath
        self.path = String(decoding: rawPath, as: UTF8.self)
        self.id = id
        switch mode {
        case 0o120000: self.kind = .symlink
        case 0o160000: self.kind = .submodule
        case 0o100755: self.kind = .executable
        default: self.kind = .file
        }
    }

    /// Whether the entry is a regular file (executable or not).
    public var isRegularFile: Bool { kind == .file || kind == .executable }
}

extension Repository {
    /// Every non-tree entry of the commit's tree, in git's path order.
    public func treeEntries(commit: ObjectID) throws(GitError) -> [TreeEntry] {
        var oid = commit.raw
        var commitHandle: OpaquePointer?
        guard git_commit_lookup(&commitHandle, handle, &oid) == 0, let commitHandle else {
            throw .missingObject(id: commit.description, what: "commit")
        }
        defer { git_commit_free(commitHandle) }
        var tree: OpaquePointer?
        guard git_commit_tree(&tree, commitHandle) == 0, let tree else {
            throw .corruptObject(id: commit.description, detail: lastErrorMessage())
        }
        defer { git_tree_free(tree) }
        var entries: [TreeEntry] = []
        try collect(tree: tree, prefix: [], into: &entries)
        return entries
    }

    private func collect(
        tree: OpaquePointer, prefix: [UInt8], into entries: inout [TreeEntry]
    ) throws(GitError) {
        let count = git_tree_entrycount(tree)
        for index in 0..<count {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            var path = prefix
            guard let name = git_tree_entry_name(entry) else { continue }
            path.append(contentsOf: UnsafeRawBufferPointer(start: name, count: strlen(name)))
            let mode = git_tree_entry_filemode(entry).rawValue
            let id = ObjectID(git_tree_entry_id(entry))
            if mode == 0o040000 {
                var subtree: OpaquePointer?
                var oid = id.raw
                guard git_tree_lookup(&subtree, handle, &oid) == 0, let subtree else {
                    throw .missingObject(id: id.description, what: "tree")
                }
                defer { git_tree_free(subtree) }
                path.append(UInt8(ascii: "/"))
                try collect(tree: subtree, prefix: path, into: &entries)
            } else {
                entries.append(TreeEntry(rawPath: path, mode: mode, id: id))
            }
        }
    }

    /// The entries of the index (the files git tracks in the work tree), stage 0 only.
    public func indexEntries() throws(GitError) -> [TreeEntry] {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "reading the index")
        guard let index else { return [] }
        defer { git_index_free(index) }
        let count = git_index_entrycount(index)
        var entries: [TreeEntry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(index, position) else { continue }
            // Conflict stages 1-3 describe the same path; keep the first one seen.
            let stage = (Int32(entry.pointee.flags) & GIT_INDEX_ENTRY_STAGEMASK) >> GIT_INDEX_ENTRY_STAGESHIFT
            if stage > 1 { continue }
            guard let raw = entry.pointee.path else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
            entries.append(TreeEntry(rawPath: bytes, mode: entry.pointee.mode, id: ObjectID(entry.pointee.id)))
        }
        return entries
    }

    /// The bytes of a blob, or nil when the object database does not have it (partial clones).
    public func blobBytes(_ id: ObjectID) -> [UInt8]? {
        var oid = id.raw
        var blob: OpaquePointer?
        guard git_blob_lookup(&blob, handle, &oid) == 0, let blob else { return nil }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }
}
