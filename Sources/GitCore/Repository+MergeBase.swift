internal import CLibGit2

extension Repository {
    /// The best common ancestor of two commits (`git merge-base`), or nil when their histories do not meet
    /// in this clone (unrelated histories, or a shallow clone cut off before they meet).
    public func mergeBase(_ one: ObjectID, _ two: ObjectID) throws(GitError) -> ObjectID? {
        var first = one.raw
        var second = two.raw
        var base = git_oid()
        let code = git_merge_base(&base, handle, &first, &second)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "finding the merge base of \(one) and \(two)")
        return ObjectID(base)
    }

    /// Commits reachable from `head` but not from `base` (`git rev-list --count base..head`).
    public func commitCount(from head: ObjectID, excluding base: ObjectID) throws(GitError) -> Int {
        try commits(from: head, excluding: base).count
    }

    /// The ids of the commits reachable from `head` but not from `base` (`git rev-list base..head`).
    public func commits(from head: ObjectID, excluding base: ObjectID) throws(GitError) -> [ObjectID] {
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, handle), "starting a commit walk")
        guard let walker else { return [] }
        defer { git_revwalk_free(walker) }
        var start = head.raw
        var hidden = base.raw
        try check(git_revwalk_push(walker, &start), "counting commits from \(head)")
        try check(git_revwalk_hide(walker, &hidden), "counting commits after \(base)")
        var next = git_oid()
        var ids: [ObjectID] = []
        while git_revwalk_next(&next, walker) == 0 { ids.append(ObjectID(next)) }
        return ids
    }

    /// Repository-relative paths that differ between `base`'s tree and `head`'s tree, or the work tree (with
    /// the index) when `head` is nil: added, deleted, modified and both sides of renames. Untracked files
    /// are not included.
    public func changedPaths(from base: ObjectID, to head: ObjectID?) throws(GitError) -> Set<String> {
        try changes(from: base, to: head).paths
    }

    /// The paths that differ between `base`'s tree and `head`'s (the work tree through the index when nil), the
    /// files git's rename detection pairs as moved (old path → new path: 50 % similar, as `git diff -M`), and the
    /// files deleted (neither moved nor kept).
    public func changes(from base: ObjectID, to head: ObjectID?) throws(GitError) -> (
        paths: Set<String>, moves: [String: String], deleted: Set<String>
    ) {
        let baseTree = try commitTree(base)
        defer { git_tree_free(baseTree) }
        var diff: OpaquePointer?
        if let head {
            let headTree = try commitTree(head)
            defer { git_tree_free(headTree) }
            try check(git_diff_tree_to_tree(&diff, handle, baseTree, headTree, nil), "diffing \(base) with \(head)")
        } else {
            try check(git_diff_tree_to_workdir_with_index(&diff, handle, baseTree, nil), "diffing \(base) with the work tree")
        }
        guard let diff else { return ([], [:], []) }
        defer { git_diff_free(diff) }
        try findMoves(in: diff, since: base)
        var paths = Set<String>()
        var moves: [String: String] = [:]
        var deleted = Set<String>()
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index) else { continue }
            let old = delta.pointee.old_file.path.map { String(cString: $0) }
            let new = delta.pointee.new_file.path.map { String(cString: $0) }
            if let old { paths.insert(old) }
            if let new { paths.insert(new) }
            if delta.pointee.status == GIT_DELTA_RENAMED, let old, let new, old != new { moves[old] = new }
            if delta.pointee.status == GIT_DELTA_DELETED, let old { deleted.insert(old) }
        }
        return (paths, moves, deleted)
    }

    /// Pairs the diff's deleted and added files git's rename detection calls moved (50 % similar, as `git diff -M`).
    /// An object the similarity needs may be missing by design (a partial clone never fetched it): then the paths
    /// stand without the moves, and the caller says the clone is partial.
    private func findMoves(in diff: OpaquePointer, since base: ObjectID) throws(GitError) {
        var options = git_diff_find_options()
        guard git_diff_find_options_init(&options, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)) == 0 else { return }
        options.flags = GIT_DIFF_FIND_RENAMES.rawValue
        let code = git_diff_find_similar(diff, &options)
        if code != GIT_ENOTFOUND.rawValue { try check(code, "finding the files \(base) moved") }
    }

    private func commitTree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.raw
        var commit: OpaquePointer?
        guard git_commit_lookup(&commit, handle, &oid) == 0, let commit else {
            throw .missingObject(id: id.description, what: "commit")
        }
        defer { git_commit_free(commit) }
        var tree: OpaquePointer?
        guard git_commit_tree(&tree, commit) == 0, let tree else {
            throw .corruptObject(id: id.description, detail: lastErrorMessage())
        }
        return tree
    }
}
