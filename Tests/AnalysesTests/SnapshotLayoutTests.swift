import Analyses
import Testing

@Suite struct SnapshotLayoutTests {
    private let layout = SnapshotLayout(paths: ["README.md", "core/src/lib.rs", "core/Cargo.toml", "src/main.rs"])

    @Test func theSnapshotsFilesAndRootLevelPathsBelong() {
        #expect(layout.holds("core/src/lib.rs"))
        #expect(layout.holds("old.c"))  // deleted from the root, which is always there
    }

    @Test func aDeletedFileBelongsWhereOneOfItsFoldersRemains() {
        #expect(layout.holds("core/src/gone.rs"))
        #expect(layout.holds("core/tests/gone.rs"))  // core/ remains
        #expect(layout.holds("src/bin/tool.rs"))
    }

    @Test func aFileOfALayoutThatIsGoneDoesNotBelong() {
        #expect(!layout.holds("lib/a.rs"))
        #expect(!layout.holds("lib/deep/er/a.rs"))
        #expect(!layout.holds("cor/src/lib.rs"))  // a folder's name prefix is no folder
    }
}
