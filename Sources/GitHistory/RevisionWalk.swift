internal import CLibGit2
import GitCore

extension Repository {
    /// Ids of the commits reachable from `start`, newest first (topological, then by time).
    ///
    /// With `firstParent`, only the mainline: each merge's first parent.
    package func reachableCommits(from start: ObjectID, firstParent: Bool) throws(GitError) -> [ObjectID] {
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, handle), "starting the history walk")
        guard let walker else { return [] }
        defer { git_revwalk_free(walker) }
        try check(
            git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue),
            "sorting the history walk")
        var oid = start.raw
        try check(git_revwalk_push(walker, &oid), "starting the history walk at \(start)")
        if firstParent { try check(git_revwalk_simplify_first_parent(walker), "following first parents") }
        var ids: [ObjectID] = []
        var next = git_oid()
        while true {
            let code = git_revwalk_next(&next, walker)
            if code == GIT_ITEROVER.rawValue { break }
            guard code == 0 else {
                let after = ids.last.map { " after commit \($0)" } ?? ""
                throw .corruptObject(
                    id: ids.last?.description ?? start.description,
                    detail: "the history walk stopped\(after): \(lastErrorMessage())")
            }
            ids.append(ObjectID(next))
        }
        return ids
    }
}
