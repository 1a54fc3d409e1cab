import Foundation
import GitCore
import GitHistory
import TrendStore

/// The first-parent line of HEAD with committer dates, newest first, kept in the store for the head it
/// was read from: a re-run on an unchanged head reads no commit (git/git's line is 24,000 commits).
///
/// One row (kind `line`, key `HEAD`): the head's hex id, then per commit its hex id and its committer
/// time (8 bytes, little-endian seconds). A different head walks the line again and replaces the row; a
/// shallow clone's line (which can grow under the same head with `git fetch --deepen`) is never kept.
public enum TrendLine {
    static let kind = "line"
    /// Bump when the row's layout changes.
    static let version = "line-1"

    /// The line from `head`, newest first, from the store when it holds `head`'s.
    public static func read(
        _ repository: Repository, head: ObjectID, store: TrendStore
    ) throws -> [(id: String, date: Date)] {
        let key = head.description
        if !repository.isShallow, let data = try? store.cached(kind, key: "HEAD", version: version),
            let line = decode(data, head: key)
        {
            return line
        }
        let line = try repository.reachableCommits(from: head, firstParent: true).map { id throws(GitError) in
            (id: id.description, date: try repository.commitDate(id))
        }
        if repository.isShallow { return line }
        // A failed write only costs the next run this walk.
        try? store.write { try $0.cache(kind, key: "HEAD", version: version, value: encode(line, head: key)) }
        return line
    }

    static func encode(_ line: [(id: String, date: Date)], head: String) -> Data {
        var bytes = Array(head.utf8)
        bytes.reserveCapacity(40 + line.count * 48)
        for commit in line {
            bytes += commit.id.utf8
            withUnsafeBytes(of: Int64(commit.date.timeIntervalSince1970).littleEndian) { bytes += $0 }
        }
        return Data(bytes)
    }

    /// The stored line when it was read from `head`; nil otherwise or when the bytes do not parse.
    static func decode(_ data: Data, head: String) -> [(id: String, date: Date)]? {
        let bytes = [UInt8](data)
        guard bytes.count >= 40, (bytes.count - 40) % 48 == 0, bytes[0..<40].elementsEqual(head.utf8) else { return nil }
        var line: [(id: String, date: Date)] = []
        line.reserveCapacity((bytes.count - 40) / 48)
        var offset = 40
        while offset < bytes.count {
            let id = String(decoding: bytes[offset..<offset + 40], as: UTF8.self)
            var seconds: Int64 = 0
            for index in 0..<8 { seconds |= Int64(bytes[offset + 40 + index]) << (8 * Int64(index)) }
            line.append((id, Date(timeIntervalSince1970: TimeInterval(seconds))))
            offset += 48
        }
        return line
    }
}
