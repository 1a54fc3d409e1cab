@testable import Planning
import Testing

@Suite struct RustModuleParentsTests {
    @Test func aFolderThatMovesWholeTakesTheFileDeclaringItsModules() {
        // tokio-stream: wrappers.rs holds `mod watch;` and `pub use watch::WatchStream;` for src/wrappers/*.rs.
        let files = [
            "src/lib.rs", "src/wrappers.rs", "src/wrappers/watch.rs", "src/wrappers/split.rs", "src/ext/mod.rs",
            "src/ext/all.rs", "src/ext/any.rs",
        ]

        let whole = RustModuleParents.completing(["src/wrappers/watch.rs", "src/wrappers/split.rs"], in: files)
        let partial = RustModuleParents.completing(["src/ext/all.rs"], in: files)

        #expect(whole == ["src/wrappers.rs", "src/wrappers/watch.rs", "src/wrappers/split.rs"])
        // Half a folder leaves its parent with the files it still declares.
        #expect(partial == ["src/ext/all.rs"])
    }
}
