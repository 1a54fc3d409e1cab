import Foundation
import GRDB
import Testing
import TestSupport
import TrendStore

@Suite struct TrendStoreTests {
    private func path() throws -> String {
        try FixtureRepository.temporaryFolder(prefix: "store").appendingPathComponent("accrue.sqlite").path
    }

    @Test func aNewStoreIsMigratedInWALModeAndIntact() throws {
        let file = try path()
        let store = try TrendStore(path: file)
        #expect(try store.appliedMigrations() == ["v1"])
        #expect(try store.integrityCheck() == "ok")
        let mode = try DatabaseQueue(path: file).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    /// Another process writing the new file (a second `accrue trend` creating the same store) holds the lock
    /// that switching to WAL needs; SQLite refuses the switch at once, whatever the busy timeout. Opening waits
    /// for the other write to end instead of failing with "database is locked".
    @Test func aNewStoreAnotherProcessIsWritingOpensWhenTheWriteEnds() throws {
        let file = try path()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: file, configuration: configuration)  // rollback journal, as a new file
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE; CREATE TABLE other (a)") }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try? other.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
        }

        let store = try TrendStore(path: file)

        #expect(try store.appliedMigrations() == ["v1"])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aCacheRowIsAMissForAnotherAnalyserVersion() throws {
        let store = try TrendStore(path: try path())
        try store.write { try $0.cache("file", key: "abc:swift", version: "files-1", value: Data([1, 2])) }
        #expect(try store.cached("file", key: "abc:swift", version: "files-1") == Data([1, 2]))
        #expect(try store.cached("file", key: "abc:swift", version: "files-2") == nil)
        try store.write { try $0.evict("file", keeping: "files-2") }
        #expect(try store.cachedAll("file", version: "files-1").isEmpty)
    }

    @Test func aFailedTransactionStoresNothing() throws {
        let store = try TrendStore(path: try path())
        struct Stop: Error {}
        #expect(throws: (any Error).self) {
            try store.write { transaction in
                try transaction.store(StoredSample(commit: "a", committedAt: Date(), figures: Data()), series: "s")
                throw Stop()
            }
        }
        #expect(try store.samples(series: "s").isEmpty)
    }

    @Test func aStoreFromANewerAccrueIsRefused() throws {
        let file = try path()
        _ = try TrendStore(path: file)
        try DatabaseQueue(path: file).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        #expect {
            _ = try TrendStore(path: file)
        } throws: { error in
            let store = error as? StoreError
            return store?.kind == .newerSchema && store?.description.contains("newer accrue") == true
        }
        #expect(try TrendStore(path: file, rebuild: true).appliedMigrations() == ["v1"])
    }

    @Test func aCorruptFileIsReportedAndRebuilt() throws {
        let file = try path()
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: file))
        #expect {
            _ = try TrendStore(path: file)
        } throws: { error in
            let store = error as? StoreError
            return store?.kind == .corrupt && store?.description.contains("--rebuild-store") == true
        }
        let rebuilt = try TrendStore(path: file, rebuild: true)
        #expect(try rebuilt.integrityCheck() == "ok")
    }
}
