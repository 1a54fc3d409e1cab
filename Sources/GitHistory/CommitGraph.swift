internal import CLibGit2
import GitCore

/// The commits reachable from one start, with their parents and committer times, read once.
///
/// Lets a caller order the history of any of these commits in memory (`CommitGraph.walk`), the way
/// `reachableCommits` orders it, without asking libgit2 to walk it again.
public struct CommitGraph: Sendable {
    /// Commit ids; a commit's index into this array is its number in the graph.
    public private(set) var ids: [ObjectID] = []
    /// Committer time in seconds, by number.
    public private(set) var times: [Int64] = []
    /// Parent numbers of commit `n`: `parentList[parentStart[n]..<parentStart[n + 1]]`, in git's order.
    public private(set) var parentStart: [Int32] = [0]
    public private(set) var parentList: [Int32] = []
    /// Number of each id.
    public private(set) var number: [ObjectID: Int32] = [:]

    /// An empty graph (tests build graphs with `add`).
    public init() {}

    /// Adds a commit whose parents were all added before it; returns its number.
    @discardableResult
    public mutating func add(_ id: ObjectID, time: Int64, parents: [ObjectID]) -> Int32 {
        let index = Int32(ids.count)
        ids.append(id)
        times.append(time)
        number[id] = index
        for parent in parents { parentList.append(number[parent] ?? -1) }
        parentStart.append(Int32(parentList.count))
        return index
    }

    /// Parent numbers of commit `n`.
    public func parents(of n: Int32) -> ArraySlice<Int32> {
        parentList[Int(parentStart[Int(n)])..<Int(parentStart[Int(n) + 1])]
    }
}

extension Repository {
    /// The graph of every commit reachable from `start` (parents before children), added to `known`:
    /// only commits `known` lacks are read.
    package func commitGraph(
        from start: ObjectID, extending known: CommitGraph = CommitGraph()
    ) throws(GitError) -> CommitGraph {
        // Depth-first, parents first, so `add` always knows a commit's parents already. A commit can sit
        // on the stack twice (pushed again by a later child); the second time it is already added.
        var graph = known
        var read: [ObjectID: (parents: [ObjectID], time: Int64)] = [:]
        var stack = [start]
        while let top = stack.last {
            if graph.number[top] != nil {
                stack.removeLast()
                continue
            }
            guard let known = read[top] else {
                read[top] = try commitFacts(top)
                continue
            }
            let missing = known.parents.filter { graph.number[$0] == nil }
            if missing.isEmpty {
                stack.removeLast()
                graph.add(top, time: known.time, parents: known.parents)
            } else {
                stack.append(contentsOf: missing.reversed())
            }
        }
        return graph
    }

    /// `reachableCommits(from:firstParent:)`, ordered in memory when `graph` holds `start`.
    package func reachableCommits(
        from start: ObjectID, firstParent: Bool, graph: CommitGraph?
    ) throws(GitError) -> [ObjectID] {
        guard let graph, let number = graph.number[start] else {
            return try reachableCommits(from: start, firstParent: firstParent)
        }
        return graph.walk(from: number, firstParent: firstParent).map { graph.ids[Int($0)] }
    }

    private func commitFacts(_ id: ObjectID) throws(GitError) -> (parents: [ObjectID], time: Int64) {
        var oid = id.raw
        var commit: OpaquePointer?
        guard git_commit_lookup(&commit, handle, &oid) == 0, let commit else {
            throw .corruptObject(id: id.description, detail: "reading the commit graph: \(lastErrorMessage())")
        }
        defer { git_commit_free(commit) }
        let count = git_commit_parentcount(commit)
        var parents: [ObjectID] = []
        parents.reserveCapacity(Int(count))
        for index in 0..<count {
            if let parent = git_commit_parent_id(commit, index) { parents.append(ObjectID(parent)) }
        }
        return (parents, Int64(git_commit_time(commit)))
    }
}

extension CommitGraph {
    /// The commits reachable from `start`, newest first, in exactly the order `reachableCommits`
    /// returns them: libgit2's GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME (a commit after all its children,
    /// otherwise newest committer time first; its binary heap decides ties, so it is mirrored here).
    public func walk(from start: Int32, firstParent: Bool = false) -> [Int32] {
        if firstParent { return firstParentLine(from: start) }
        var degree = inDegrees(from: start)
        var heap = TimeHeap(times: times)
        var order: [Int32] = []
        heap.insert(start)
        while let next = heap.pop() {
            for parent in parents(of: next) where parent >= 0 && degree[Int(parent)] != 0 {
                degree[Int(parent)] -= 1
                if degree[Int(parent)] == 1 { heap.insert(parent) }
            }
            degree[Int(next)] = 0
            order.append(next)
        }
        return order
    }

    private func firstParentLine(from start: Int32) -> [Int32] {
        var line: [Int32] = []
        var next: Int32? = start
        while let commit = next, commit >= 0 {
            line.append(commit)
            next = parents(of: commit).first
        }
        return line
    }

    /// libgit2's in_degree: 1 marks a commit in the walk, and each of its children in the walk adds one.
    private func inDegrees(from start: Int32) -> [Int32] {
        var degree = [Int32](repeating: 0, count: ids.count)
        var reachable: [Int32] = [start]
        degree[Int(start)] = 1
        var cursor = 0
        while cursor < reachable.count {
            for parent in parents(of: reachable[cursor]) where parent >= 0 && degree[Int(parent)] == 0 {
                degree[Int(parent)] = 1
                reachable.append(parent)
            }
            cursor += 1
        }
        for commit in reachable {
            for parent in parents(of: commit) where parent >= 0 && degree[Int(parent)] != 0 {
                degree[Int(parent)] += 1
            }
        }
        return degree
    }
}

/// libgit2's git_pqueue with git_commit_list_time_cmp (newest first), sift for sift, so ties come out
/// in the same order.
private struct TimeHeap {
    let times: [Int64]
    var contents: [Int32] = []

    /// libgit2's comparison: negative when `a` is newer.
    private func compare(_ a: Int32, _ b: Int32) -> Int {
        let (x, y) = (times[Int(a)], times[Int(b)])
        return x < y ? 1 : (x > y ? -1 : 0)
    }

    mutating func insert(_ item: Int32) {
        contents.append(item)
        var element = contents.count - 1
        while element > 0 {
            let parent = (element - 1) >> 1
            if compare(contents[parent], item) <= 0 { break }
            contents[element] = contents[parent]
            element = parent
        }
        contents[element] = item
    }

    mutating func pop() -> Int32? {
        guard let top = contents.first else { return nil }
        let last = contents.removeLast()
        guard !contents.isEmpty else { return top }
        contents[0] = last
        var element = 0
        while true {
            var kid = 2 * element + 1
            guard kid < contents.count else { break }
            if kid + 1 < contents.count && compare(contents[kid], contents[kid + 1]) > 0 { kid += 1 }
            if compare(last, contents[kid]) <= 0 { break }
            contents[element] = contents[kid]
            element = kid
        }
        contents[element] = last
        return top
    }
}
