internal import GRDB

/// The store's schema, one migration per version. Never edit a shipped migration: add one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // v1: content-addressed caches and trend samples.
        migrator.registerMigration("v1") { db in
            // kind: "file" (blob facts) or "commit" (history facts); key: the content address;
            // version: the analyser version that wrote it (a bump makes older rows misses).
            try db.create(table: "cache") { table in
                table.column("kind", .text).notNull()
                table.column("key", .text).notNull()
                table.column("version", .text).notNull()
                table.column("value", .blob).notNull()
                table.primaryKey(["kind", "key"])
            }
            // series: what the figures were computed with (analyser version + settings fingerprint).
            try db.create(table: "sample") { table in
                table.column("series", .text).notNull()
                table.column("commit_id", .text).notNull()
                table.column("committed_at", .double).notNull()
                table.column("figures", .blob).notNull()
                table.primaryKey(["series", "commit_id"])
            }
        }
        return migrator
    }
}
