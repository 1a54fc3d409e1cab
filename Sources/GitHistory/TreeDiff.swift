internal import CLibGit2
import Foundation
import GitCore

/// One path that differs between two trees: a blob (or symlink or submodule) on either side.
struct TreeDelta {
    struct Side {
        var id: ObjectID
        var mode: UInt32
    }

    var path: [UInt8]
    var old: Side?
    var new: Side?
}

/// Diffs two trees by walking both in git's entry order and skipping equal subtrees by id.
///
/// `git_diff_tree_to_tree` visits whole trees; skipping unchanged subtrees is about ten times faster
/// on large repositories. A path whose type changes (file ↔ symlink) is one delta, as git prints
/// it. A file replaced by a folder of the same name is a deletion plus additions, as in git.
final class TreeDiff {
    private let repository: Repository
    private var trees: GenerationalCache<ObjectID, OpaquePointer>

    init(repository: Repository) {
        self.repository = repository
        self.trees = GenerationalCache(budget: 1024, onEvict: { git_tree_free($0) })
    }

    deinit { trees.removeAll() }

    /// The deltas from `old` (nil for a root commit) to `new`, in git's path order.
    func deltas(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [TreeDelta] {
        var result: [TreeDelta] = []
        let newTree = try tree(new)
        defer { git_tree_free(newTree) }
        let oldTree = try old.map { id throws(GitError) in try tree(id) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        try compare(oldTree, newTree, prefix: [], into: &result)
        return result
    }

    /// A tree handle the caller must free (the cache keeps its own reference).
    func tree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        if let cached = trees.value(for: id) { return TreeDiff.retain(cached) }
        var oid = id.raw
        var handle: OpaquePointer?
        let code = git_tree_lookup(&handle, repository.handle, &oid)
        guard code == 0, let handle else {
            if code == GIT_ENOTFOUND.rawValue { throw .missingObject(id: id.description, what: "tree") }
            throw .corruptObject(id: id.description, detail: "tree cannot be read: \(lastErrorMessage())")
        }
        trees.insert(handle, for: id, cost: 1)
        return TreeDiff.retain(handle)
    }

    private static func retain(_ tree: OpaquePointer) -> OpaquePointer {
        var copy: OpaquePointer?
        guard git_tree_dup(&copy, tree) == 0, let copy else { return tree }
        return copy
    }

    private func compare(
        _ old: OpaquePointer?, _ new: OpaquePointer?, prefix: [UInt8], into result: inout [TreeDelta]
    ) throws(GitError) {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0
        let newCount = new.map { git_tree_entrycount($0) } ?? 0
        var i = 0
        var j = 0
        while i < oldCount || j < newCount {
            let a = i < oldCount ? old.flatMap { git_tree_entry_byindex($0, i) } : nil
            let b = j < newCount ? new.flatMap { git_tree_entry_byindex($0, j) } : nil
            let order: Int32
            if let a, let b { order = TreeDiff.compareEntries(a, b) } else { order = a == nil ? 1 : -1 }
            if order < 0, let a {
                try emit(a, side: .old, prefix: prefix, into: &result)
                i += 1
            } else if order > 0, let b {
                try emit(b, side: .new, prefix: prefix, into: &result)
                j += 1
            } else if let a, let b {
                i += 1
                j += 1
                let oldID = ObjectID(git_tree_entry_id(a))
                let newID = ObjectID(git_tree_entry_id(b))
                let oldMode = git_tree_entry_filemode(a).rawValue
                let newMode = git_tree_entry_filemode(b).rawValue
                if oldID == newID && oldMode == newMode { continue }
                if oldMode == 0o040000 {  // both trees: equal names and kinds sort together
                    let path = TreeDiff.join(prefix, a, slash: true)
                    let oldTree = try tree(oldID)
                    defer { git_tree_free(oldTree) }
                    let newTree = try tree(newID)
                    defer { git_tree_free(newTree) }
                    try compare(oldTree, newTree, prefix: path, into: &result)
                } else {
                    result.append(
                        TreeDelta(
                            path: TreeDiff.join(prefix, a, slash: false),
                            old: .init(id: oldID, mode: oldMode), new: .init(id: newID, mode: newMode)))
                }
            } else {
                break
            }
        }
    }

    private enum Side { case old, new }

    /// Emits one entry present on one side only, recursing into a whole folder.
    private func emit(
        _ entry: OpaquePointer, side: Side, prefix: [UInt8], into result: inout [TreeDelta]
    ) throws(GitError) {
        let id = ObjectID(git_tree_entry_id(entry))
        let mode = git_tree_entry_filemode(entry).rawValue
        if mode == 0o040000 {
            let path = TreeDiff.join(prefix, entry, slash: true)
            let subtree = try tree(id)
            defer { git_tree_free(subtree) }
            switch side {
            case .old: try compare(subtree, nil, prefix: path, into: &result)
            case .new: try compare(nil, subtree, prefix: path, into: &result)
            }
            return
        }
        let path = TreeDiff.join(prefix, entry, slash: false)
        switch side {
        case .old: result.append(TreeDelta(path: path, old: .init(id: id, mode: mode), new: nil))
        case .new: result.append(TreeDelta(path: path, old: nil, new: .init(id: id, mode: mode)))
        }
    }

    private static func join(_ prefix: [UInt8], _ entry: OpaquePointer, slash: Bool) -> [UInt8] {
        var path = prefix
        if let name = git_tree_entry_name(entry) {
            path.append(contentsOf: UnsafeRawBufferPointer(start: name, count: strlen(name)))
        }
        if slash { path.append(UInt8(ascii: "/")) }
        return path
    }

    /// git's base_name_compare: names compare as bytes, a folder as if its name ended in `/`.
    private static func compareEntries(_ a: OpaquePointer, _ b: OpaquePointer) -> Int32 {
        guard let nameA = git_tree_entry_name(a), let nameB = git_tree_entry_name(b) else { return 0 }
        let lengthA = strlen(nameA)
        let lengthB = strlen(nameB)
        let common = min(lengthA, lengthB)
        let cmp = memcmp(nameA, nameB, common)
        if cmp != 0 { return cmp }
        let isTreeA = git_tree_entry_filemode(a).rawValue == 0o040000
        let isTreeB = git_tree_entry_filemode(b).rawValue == 0o040000
        let nextA: UInt8 = common < lengthA ? UInt8(bitPattern: nameA[common]) : (isTreeA ? 0x2F : 0)
        let nextB: UInt8 = common < lengthB ? UInt8(bitPattern: nameB[common]) : (isTreeB ? 0x2F : 0)
        return nextA < nextB ? -1 : (nextA > nextB ? 1 : 0)
    }
}
