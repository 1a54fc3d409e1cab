import Foundation
import GitCore
import GitHistory
import TrendStore

/// The first-parent line of HEAD with committer dates, newest first, kept in the store for the head it
/// was read from: a re-run on an unchanged head reads no commit (git/git's line is 24,000 commits).
///
/// One row (kind `line`, key `HEAD`): the head's id, then each commit's id and date. A different head
/// walks the line again and replaces the row; a shallow clone's line is never kept.
enum TrendLine {
    static let kind = "line"
    /// Bump when the row's layout changes.
    static let version = "line-1"

    static func read(
        _ repository: Repository, head: ObjectID, store: TrendStore
    ) throws -> [(id: String, date: Date)] {
        // A shallow clone's line can grow under the same head (`git fetch --deepen`): always walked.
        if !repository.isShallow, let data = try? store.cached(kind, key: "HEAD", version: version),
            let line = decode(data, head: head.description)
        {
            return line
        }
        let line = try repository.reachableCommits(from: head, firstParent: true).map { id throws(GitError) in
            (id: id.description, date: try repository.commitDate(id))
        }
        // A failed write only costs the next run this walk.
        if repository.isShallow { return line }
        try? store.write { try $0.cache(kind, key: "HEAD", version: version, value: encode(line, head: head.description)) }
        return line
    }

    static func encode(_ line: [(id: String, date: Date)], head: String) -> Data {
        var writer = StoreWriter()
        writer.string(head)
        writer.int(line.count)
        for commit in line {
            writer.string(commit.id)
            writer.double(commit.date.timeIntervalSince1970)
        }
        return writer.data
    }

    /// The stored line when it was read from `head`; nil otherwise or when the bytes do not parse.
    static func decode(_ data: Data, head: String) -> [(id: String, date: Date)]? {
        var reader = StoreReader(data)
        guard reader.string() == head, let count = reader.int(), count >= 0 else { return nil }
        var line: [(id: String, date: Date)] = []
        line.reserveCapacity(count)
        for _ in 0..<count {
            guard let id = reader.string(), let seconds = reader.double() else { return nil }
            line.append((id, Date(timeIntervalSince1970: seconds)))
        }
        return line
    }
}
