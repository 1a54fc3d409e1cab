internal import CLibGit2
import Foundation
import GitCore

/// The history walk for shallow clones, which libgit2 1.5's revwalk cannot do.
///
/// libgit2 1.5 ignores `.git/shallow` and fails on the first missing parent. This walk treats the
/// listed boundary commits as roots, as git does, and orders commits newest first with every child
/// before its parents (ties by commit time, like `--topo-order --date-order`). It also names the
/// commit that cannot be read when the revwalk fails without saying which.
extension Repository {
    /// The boundary commits listed in `.git/shallow` (empty for a complete clone).
    package var shallowBoundary: Set<ObjectID> {
        guard isShallow, let common = git_repository_commondir(handle) else { return [] }
        let file = URL(fileURLWithPath: String(cString: common)).appendingPathComponent("shallow")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return Set(text.split(whereSeparator: \.isNewline).compactMap { ObjectID(hex: String($0)) })
    }

    /// Commits reachable from `start` without crossing `boundary`, newest first, children first.
    package func shallowCommits(
        from start: ObjectID, firstParent: Bool, boundary: Set<ObjectID>
    ) throws(GitError) -> [ObjectID] {
        var parentsOf: [ObjectID: [ObjectID]] = [:]
        var timeOf: [ObjectID: Int64] = [:]
        var pending = [start]
        while let id = pending.popLast() {
            if parentsOf[id] != nil { continue }
            var oid = id.raw
            var pointer: OpaquePointer?
            let code = git_commit_lookup(&pointer, handle, &oid)
            guard code == 0, let commit = pointer else {
                if code == GIT_ENOTFOUND.rawValue { throw .missingObject(id: id.description, what: "commit") }
                throw .corruptObject(id: id.description, detail: "commit cannot be read: \(lastErrorMessage())")
            }
            defer { git_commit_free(commit) }
            timeOf[id] = git_commit_time(commit)
            var parents: [ObjectID] = []
            if !boundary.contains(id) {
                let count = firstParent ? min(1, git_commit_parentcount(commit)) : git_commit_parentcount(commit)
                for index in 0..<count {
                    if let parent = git_commit_parent_id(commit, index) { parents.append(ObjectID(parent)) }
                }
            }
            parentsOf[id] = parents
            pending.append(contentsOf: parents.filter { parentsOf[$0] == nil })
        }
        var children: [ObjectID: Int] = [:]
        for parents in parentsOf.values { for parent in parents { children[parent, default: 0] += 1 } }
        var ready = [start]
        var order: [ObjectID] = []
        order.reserveCapacity(parentsOf.count)
        while !ready.isEmpty {
            // Newest ready commit next; ties by id so the order is stable.
            let best = ready.indices.max { (timeOf[ready[$0]] ?? 0, ready[$1]) < (timeOf[ready[$1]] ?? 0, ready[$0]) }
            guard let best else { break }
            let id = ready.remove(at: best)
            order.append(id)
            for parent in parentsOf[id] ?? [] {
                children[parent, default: 1] -= 1
                if children[parent] == 0 { ready.append(parent) }
            }
        }
        return order
    }
}
