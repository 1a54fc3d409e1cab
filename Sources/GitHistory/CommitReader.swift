import LineDiff
internal import CLibGit2
import Foundation
import GitCore

/// Turns commit ids into `Commit` values on one thread: it owns a repository handle and its caches.
///
/// Walking newest to oldest, the old side of one commit's diff is the new side of the next one,
/// so line hashes of blobs read as an old side are cached by blob id.
final class CommitReader {
    enum Outcome {
        case mined(Commit)
        case skipped
    }

    let repository: Repository
    private let options: HistoryOptions
    private let mailmap: Mailmap
    private let treeDiff: TreeDiff
    private let counter = LineDiffCounter()
    private var lines = LineRecordCache()
    /// Commits whose parents a shallow clone does not have: they are diffed as root commits.
    private let shallowBoundary: Set<ObjectID>
    /// The object database, for blob sizes (`CommitReader+Sizes`); opened on first use.
    var objects: OpaquePointer?
    /// Per path: whether `.gitattributes` turns its text diff off (`binary`, `-diff`), as git honours.
    private var binaryByAttributes: [String: Bool] = [:]
    var diagnostics = HistoryDiagnostics()

    deinit {
        if let objects { git_odb_free(objects) }
    }

    init(path: String, options: HistoryOptions, shallowBoundary: Set<ObjectID> = []) throws(GitError) {
        repository = try Repository(discovering: path)
        self.options = options
        self.shallowBoundary = shallowBoundary
        mailmap = Mailmap(repository: repository)
        treeDiff = TreeDiff(repository: repository)
    }

    /// Reads, filters and diffs one commit.
    func read(_ id: ObjectID) throws(GitError) -> Outcome {
        var oid = id.raw
        var pointer: OpaquePointer?
        let code = git_commit_lookup(&pointer, repository.handle, &oid)
        guard code == 0, let commit = pointer else {
            if code == GIT_ENOTFOUND.rawValue { throw .missingObject(id: id.description, what: "commit") }
            throw .corruptObject(id: id.description, detail: "commit cannot be read: \(lastErrorMessage())")
        }
        defer { git_commit_free(commit) }

        let committed = Date(timeIntervalSince1970: TimeInterval(git_commit_time(commit)))
        if let since = options.since, committed < since { return skip(\.commitsOutsideWindow) }
        if let until = options.until, committed > until { return skip(\.commitsOutsideWindow) }
        let parents = shallowBoundary.contains(id) ? 0 : Int(git_commit_parentcount(commit))
        if parents > 1 && !options.includeMerges { return skip(\.mergesSkipped) }
        let signature = mailmap.author(of: commit)
        if options.hygiene.isBot(signature.author) { return skip(\.botCommitsSkipped) }

        guard let treeID = git_commit_tree_id(commit) else {
            throw .corruptObject(id: id.description, detail: "commit has no tree")
        }
        var parentTree: ObjectID?
        if parents > 0 {
            var parent: OpaquePointer?
            guard git_commit_parent(&parent, commit, 0) == 0, let parent else {
                let parentID = git_commit_parent_id(commit, 0).map { ObjectID($0).description } ?? "?"
                throw .missingObject(id: parentID, what: "parent commit of \(id)")
            }
            defer { git_commit_free(parent) }
            parentTree = git_commit_tree_id(parent).map { ObjectID($0) }
        }
        let deltas = try treeDiff.deltas(from: parentTree, to: ObjectID(treeID))
        let subject = git_commit_summary(commit).map { Mailmap.text($0) } ?? ""
        let limit = options.exactLinesForSubjects?(subject) == true ? nil : options.countedLinesLimit
        let changes = changes(for: deltas, commit: id, countedLinesLimit: limit)
        return .mined(
            Commit(
                id: id, author: signature.author,
                authoredAt: Date(timeIntervalSince1970: TimeInterval(signature.time)),
                authorUTCOffsetMinutes: signature.offsetMinutes, committedAt: committed,
                subject: subject, parentCount: parents, changes: changes))
    }

    private func skip(_ counter: WritableKeyPath<HistoryDiagnostics, Int>) -> Outcome {
        diagnostics[keyPath: counter] += 1
        return .skipped
    }

    // MARK: - Changes

    private func changes(for deltas: [TreeDelta], commit: ObjectID, countedLinesLimit: Int?) -> [FileChange] {
        var pending: [RenameMatcher.Candidate] = []
        pending.reserveCapacity(deltas.count)
        for delta in deltas {
            let path = String(decoding: delta.path, as: UTF8.self)
            if options.hygiene.isExcluded(path) {
                diagnostics.excludedChanges += 1
                continue
            }
            pending.append(RenameMatcher.Candidate(path: path, old: delta.old, new: delta.new))
        }
        if options.renames != .off {
            var matcher = RenameMatcher(threshold: options.similarityThreshold, limit: options.renameLimit)
            pending = matcher.pair(pending, similarity: options.renames == .similar) { side, path in
                self.records(side, path: path, commit: commit, cache: true)
            }
        }
        var result: [FileChange] = []
        result.reserveCapacity(pending.count)
        let sizes = splitSizes(pending)
        for (index, candidate) in pending.enumerated() {
            let counted = countedLinesLimit == 0
                ? uncounted(candidate) : count(candidate, commit: commit, countedLinesLimit: countedLinesLimit)
            guard var change = counted else { continue }
            change.bytes = sizes[index]
            result.append(change)
        }
        return result
    }

    private func count(_ candidate: RenameMatcher.Candidate, commit: ObjectID, countedLinesLimit: Int?) -> FileChange? {
        var change = FileChange(path: candidate.path, previousPath: candidate.previousPath)
        if isMarkedBinary(candidate.path) || candidate.previousPath.map(isMarkedBinary) == true {
            change.kind = candidate.old == nil ? .added : (candidate.new == nil ? .deleted : change.kind)
            if candidate.old?.id == candidate.new?.id { return change }  // a mode change: 0 0, not binary
            change.isBinary = true
            return change
        }
        switch (candidate.old, candidate.new) {
        case (let old?, let new?):
            change.kind = candidate.previousPath == nil ? .modified : .renamed
            if old.id == new.id { return change }  // a mode change or an exact rename: 0 0
            let oldPath = candidate.previousPath ?? candidate.path
            let after = records(new, path: candidate.path, commit: commit, cache: false)
            if candidate.previousPath != nil { lines.forget(candidate.path) }
            let before = records(old, path: oldPath, commit: commit, cache: true)
            guard let before, let after else {
                change.isUnreadable = true
                return change
            }
            if before.isBinary || after.isBinary {
                change.isBinary = true
                return change
            }
            (change.linesAdded, change.linesDeleted) = lineCounts(before, after, limit: countedLinesLimit)
            if change.churn == 0 && old.mode == new.mode && change.kind == .modified { return nil }
        case (nil, let new?):
            change.kind = .added
            let size = lineCount(new, path: candidate.path, commit: commit)
            lines.forget(candidate.path)
            guard let size else {
                change.isUnreadable = true
                return change
            }
            (change.linesAdded, change.isBinary) = size
        case (let old?, nil):
            change.kind = .deleted
            // Hashed, not just counted: an older commit will likely show this blob as its new side.
            guard let before = records(old, path: candidate.path, commit: commit, cache: true) else {
                change.isUnreadable = true
                return change
            }
            (change.linesDeleted, change.isBinary) = (before.lineCount, before.isBinary)
        case (nil, nil):
            return nil
        }
        return change
    }

    /// A change whose lines nobody asks for (a scan's commit that announces no release): its kind, read from the
    /// tree alone, no blob inflated. jackson-databind's history spent half its time in zlib counting lines no figure
    /// shows.
    private func uncounted(_ candidate: RenameMatcher.Candidate) -> FileChange? {
        var change = FileChange(path: candidate.path, previousPath: candidate.previousPath)
        switch (candidate.old, candidate.new) {
        case (_?, _?): change.kind = candidate.previousPath == nil ? .modified : .renamed
        case (nil, _?): change.kind = .added
        case (_?, nil): change.kind = .deleted
        case (nil, nil): return nil
        }
        return change
    }

    /// Lines added and deleted, exactly or up to `limit`.
    private func lineCounts(_ before: LineRecords, _ after: LineRecords, limit: Int?) -> (added: Int, deleted: Int) {
        guard let limit else { return counter.count(old: before.hashes, new: after.hashes) }
        return counter.count(old: before.hashes, new: after.hashes, limit: limit)
    }

    /// Whether the work tree's `.gitattributes` (or the index's) unset `diff` for `path`, as
    /// `binary` does. git reads these attributes from the work tree, not from each commit.
    private func isMarkedBinary(_ path: String) -> Bool {
        if let known = binaryByAttributes[path] { return known }
        let marked = repository.attribute("diff", path: path) == .unset
        binaryByAttributes[path] = marked
        return marked
    }

    // MARK: - Blobs

    /// Line hashes of one side, from the cache or the object database; nil when unreadable.
    private func records(_ side: TreeDelta.Side, path: String, commit: ObjectID, cache: Bool) -> LineRecords? {
        if let cached = lines.records(side.id, at: path) {
            if cache { lines.remember(cached, of: side.id, at: path) }
            return cached
        }
        let made: LineRecords? = withContent(side, path: path, commit: commit) { LineRecords(bytes: $0) }
        if cache, let made { lines.remember(made, of: side.id, at: path) }
        return made
    }

    private func lineCount(_ side: TreeDelta.Side, path: String, commit: ObjectID) -> (Int, Bool)? {
        if let cached = lines.records(side.id, at: path) { return (cached.lineCount, cached.isBinary) }
        return withContent(side, path: path, commit: commit) { bytes in
            let counted = LineRecords.countLines(bytes)
            return (counted.lines, counted.isBinary)
        }
    }

    /// Calls `body` with the side's bytes: the blob, or git's text for a submodule commit.
    private func withContent<T>(
        _ side: TreeDelta.Side, path: String, commit: ObjectID, _ body: (UnsafeRawBufferPointer) -> T
    ) -> T? {
        if side.mode == 0o160000 {
            let text = Array("Subproject commit \(side.id)\n".utf8)
            return text.withUnsafeBytes(body)
        }
        var oid = side.id.raw
        var blob: OpaquePointer?
        guard git_blob_lookup(&blob, repository.handle, &oid) == 0, let blob else {
            diagnostics.unreadableBlobs.append(.init(blob: side.id, path: path, commit: commit))
            return nil
        }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        return body(UnsafeRawBufferPointer(start: git_blob_rawcontent(blob), count: size))
    }
}
