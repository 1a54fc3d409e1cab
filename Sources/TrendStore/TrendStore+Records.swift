import Foundation
internal import GRDB

extension TrendStore {
    /// The cached value of `kind`/`key` written by analyser `version`, or nil (a miss).
    public func cached(_ kind: String, key: String, version: String) throws(StoreError) -> Data? {
        try read { db in
            try Data.fetchOne(
                db, sql: "SELECT value FROM cache WHERE kind = ? AND key = ? AND version = ?",
                arguments: [kind, key, version])
        }
    }

    /// Every cached value of `kind` written by analyser `version`, by key.
    public func cachedAll(_ kind: String, version: String) throws(StoreError) -> [String: Data] {
        try read { db in
            var result: [String: Data] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT key, value FROM cache WHERE kind = ? AND version = ?", arguments: [kind, version])
            while let row = try rows.next() { result[row[0]] = row[1] }
            return result
        }
    }

    /// How many samples the store holds in series other than `series` (other settings, another analyser).
    public func sampleCount(otherThan series: String) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sample WHERE series <> ?", arguments: [series]) ?? 0
        }
    }

    /// The stored samples of `series`, by commit id (hex): commit date and figures.
    public func samples(series: String) throws(StoreError) -> [String: StoredSample] {
        try read { db in
            var result: [String: StoredSample] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT commit_id, committed_at, figures FROM sample WHERE series = ?", arguments: [series])
            while let row = try rows.next() {
                let commit: String = row[0]
                result[commit] = StoredSample(
                    commit: commit, committedAt: Date(timeIntervalSince1970: row[1]), figures: row[2])
            }
            return result
        }
    }
}

/// A stored trend sample: the commit, its date and the figures (bytes AccrueKit encoded).
public struct StoredSample: Sendable, Hashable {
    /// The commit id (hex).
    public var commit: String
    /// The commit's committer date.
    public var committedAt: Date
    /// The encoded figures.
    public var figures: Data

    /// Creates a sample.
    public init(commit: String, committedAt: Date, figures: Data) {
        self.commit = commit
        self.committedAt = committedAt
        self.figures = figures
    }
}

extension StoreTransaction {
    /// Stores `value` for `kind`/`key`, replacing what an older analyser version wrote.
    public func cache(_ kind: String, key: String, version: String, value: Data) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO cache (kind, key, version, value) VALUES (?, ?, ?, ?)",
            arguments: [kind, key, version, value])
    }

    /// Stores one trend sample of `series`.
    public func store(_ sample: StoredSample, series: String) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO sample (series, commit_id, committed_at, figures) VALUES (?, ?, ?, ?)",
            arguments: [series, sample.commit, sample.committedAt.timeIntervalSince1970, sample.figures])
    }

    /// Deletes cache rows of `kind` written by any version other than `version` (after a bump).
    public func evict(_ kind: String, keeping version: String) throws {
        try db.execute(sql: "DELETE FROM cache WHERE kind = ? AND version <> ?", arguments: [kind, version])
    }
}
