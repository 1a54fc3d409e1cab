import Foundation
internal import GRDB

/// accrue's SQLite store: caches keyed by content and trend samples keyed by commit.
///
/// Opened in WAL mode with a busy timeout, so two accrue processes can share it; every write goes
/// through one transaction (`write`), so a killed process loses at most the unit it was writing.
public final class TrendStore: Sendable {
    /// The store's file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating as needed) the store at `path`.
    ///
    /// `rebuild` deletes the file and its WAL first. A store whose schema has migrations this accrue
    /// does not know is refused (`.newerSchema`); a file that is not a database is `.corrupt`.
    public init(path: String, rebuild: Bool = false) throws(StoreError) {
        self.path = path
        let manager = FileManager.default
        if rebuild {
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: path + suffix) }
        }
        // URL, not NSString: swift-corelibs-foundation's `deletingLastPathComponent` traps on a one-character
        // relative name such as `a`.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "accrue-store"
        do {
            pool = try Self.openPool(path, configuration)
            let migrator = Schema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError(
                    .newerSchema,
                    "the store \(path) was written by a newer accrue (schema "
                        + "\(try pool.read { try migrator.appliedIdentifiers($0).sorted().joined(separator: ", ") })); "
                        + "upgrade accrue, use another store (--store PATH), or start a new one with "
                        + "`accrue trend --rebuild-store`")
            }
            try Self.migrate(pool, with: migrator)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// Opens the pool, waiting for another process that is switching the same new file to WAL.
    ///
    /// The first opener of a new store switches it from SQLite's rollback journal to WAL, which needs the file
    /// alone. When two processes create one store at once (two `accrue trend` runs), the second's switch meets
    /// the first's lock and SQLite answers SQLITE_BUSY at once: the busy timeout does not cover a lock upgrade
    /// inside a read, so under load one of the two runs failed with "database is locked". The switch is short and
    /// lasts (the file stays WAL), so opening again succeeds; this retries as long as the busy timeout waits.
    private static func openPool(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempts = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode.primaryResultCode == .SQLITE_BUSY && attempts < 600 {
                attempts += 1
                usleep(50_000)
            }
        }
    }

    /// Applies the migrations this store lacks.
    ///
    /// Two processes opening one new store at once can both find a migration unapplied (GRDB reads the applied
    /// list before the migration's own transaction, and its lock is per process): the slower one then fails
    /// on a table the other just created. Such a failure is retried while the other process goes on, until
    /// every migration is applied; a damaged file fails at once.
    private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        var attempts = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError
                where ![.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode.primaryResultCode)
            {
                attempts += 1
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempts >= 20 { throw error }
                usleep(50_000)
            }
        }
    }

    /// Maps a GRDB error to a store error with an actionable message.
    static func failure(_ error: any Error, path: String) -> StoreError {
        if let database = error as? DatabaseError,
            [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(database.resultCode.primaryResultCode)
        {
            return StoreError(
                .corrupt,
                "the store \(path) is damaged (\(database.message ?? "not a database")); delete it (its file facts "
                    + "and commits are rebuilt from the repository, and `accrue trend` samples again) or recreate it "
                    + "with `accrue trend --rebuild-store`")
        }
        if let database = error as? DatabaseError, database.resultCode.primaryResultCode == .SQLITE_CANTOPEN {
            return StoreError(.failed, "the store \(path) cannot be opened (a read-only folder, or no permission): "
                + "pass --store with a writable path")
        }
        return StoreError(.failed, "the store \(path) could not be used: \(error)")
    }

    /// Runs `body` in one write transaction: all of it is stored, or none.
    public func write<T>(_ body: (StoreTransaction) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write { db in try body(StoreTransaction(db: db)) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// `PRAGMA integrity_check`: "ok", or SQLite's list of problems.
    public func integrityCheck() throws(StoreError) -> String {
        do {
            return try pool.read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            }
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// The schema migrations applied to this store, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        do {
            return try pool.read { try Schema.migrator.appliedMigrations($0) }
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.failure(error, path: path)
        }
    }
}

/// One open write transaction (see `TrendStore.write`).
public struct StoreTransaction {
    let db: Database
}
