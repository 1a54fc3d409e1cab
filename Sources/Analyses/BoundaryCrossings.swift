import GitHistory

/// Changes that cross a module's boundary: a change to a file made in a commit that also changes a file of a
/// module its own module is connected to (docs/model.md, "Interest").
///
/// Input: commits oldest first with paths resolved (as `FileStatistics` reads them), the module of every
/// file that counts (code files), each module's connected modules, and the largest change set that is still
/// work. A larger commit is mechanical and crosses nothing, as it adds no activity; so are the `mechanical`
/// ones (`VersionBumps`). Output: per path, the indices in `commits` of its crossing changes, ascending, each
/// commit once.
public enum BoundaryCrossings {
    public static func commits(
        _ commits: [Commit], moduleOf: [String: String], connected: [String: Set<String>], largestChange: Int,
        mechanical: Set<CommitID> = []
    ) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        guard !connected.isEmpty else { return result }
        var touched: [(path: String, module: String)] = []
        var modules = Set<String>()
        for index in commits.indices
        where commits[index].changes.count <= largestChange && !mechanical.contains(commits[index].id) {
            touched.removeAll(keepingCapacity: true)
            modules.removeAll(keepingCapacity: true)
            for change in commits[index].changes {
                guard let module = moduleOf[change.path] else { continue }
                touched.append((change.path, module))
                modules.insert(module)
            }
            guard modules.count > 1 else { continue }  // one module: nothing crosses
            for (path, module) in touched where !(connected[module]?.isDisjoint(with: modules) ?? true) {
                if result[path]?.last != index { result[path, default: []].append(index) }
            }
        }
        return result
    }
}
