@testable import PlanAssembly
import PlanNaming
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

    @Test func aModuleFileMovesOnlyWithItsFolder() {
        // tokio-stream: stream_ext.rs declares `mod all; mod any;` in src/stream_ext/.
        let files = [
            "src/lib.rs", "src/empty.rs", "src/stream_ext.rs", "src/stream_ext/all.rs", "src/stream_ext/any.rs",
            "src/ext/mod.rs", "src/ext/one.rs",
        ]
        let cluster: Set<String> = ["src/empty.rs", "src/stream_ext.rs", "src/ext/mod.rs"]

        let grown = RustModuleParents.wholeModules(cluster, allowing: Set(files), in: files)
        let shrunk = RustModuleParents.wholeModules(cluster, allowing: cluster, in: files)

        #expect(grown == [
            "src/empty.rs", "src/stream_ext.rs", "src/stream_ext/all.rs", "src/stream_ext/any.rs", "src/ext/mod.rs",
            "src/ext/one.rs",
        ])
        // Without room for the folders, the parents stay with them.
        #expect(shrunk == ["src/empty.rs"])
        #expect(RustModuleParents.childFolder(of: "src/lib.rs") == nil)
        #expect(RustModuleParents.childFolder(of: "src/ext/mod.rs") == "src/ext")
    }
}

@Suite struct RustDeclarationStepsTests {
    @Test func theModLinesOfMovedFilesLeaveTheFilesThatDeclareThem() {
        let files = [
            "s/src/lib.rs", "s/src/empty.rs", "s/src/iter.rs", "s/src/ext.rs", "s/src/ext/all.rs", "s/src/ext/any.rs",
            "s/src/net/mod.rs", "s/src/net/tcp.rs",
        ]
        let destination = { (path: String) in "n/" + path.dropFirst(2) }

        let first = RustModuleParents.declarationSteps(
            ["s/src/empty.rs", "s/src/iter.rs", "s/src/ext/all.rs", "s/src/net/tcp.rs"],
            moving: ["s/src/empty.rs", "s/src/iter.rs", "s/src/ext/all.rs", "s/src/net/tcp.rs"],
            later: ["s/src/ext.rs", "s/src/ext/any.rs"], in: files, destination: destination)
        let last = RustModuleParents.declarationSteps(
            ["s/src/ext.rs", "s/src/ext/any.rs"], moving: Set(files).subtracting(["s/src/lib.rs"]), later: [], in: files,
            destination: destination)

        #expect(first.steps == [
            "Move `mod all;` and the `pub use` lines naming it from s/src/ext.rs to n/src/ext.rs, a new file until "
                + "s/src/ext.rs follows",
            "Move `mod empty;`, `mod iter;` and the `pub use` lines naming them from s/src/lib.rs to n/src/lib.rs",
            "Move `mod tcp;` and the `pub use` lines naming it from s/src/net/mod.rs to n/src/net/mod.rs",
        ])
        #expect(first.lines == 8)
        // ext.rs goes with any.rs; its own line leaves the crate root.
        #expect(last.steps == ["Move `mod ext;` and the `pub use` lines naming it from s/src/lib.rs to n/src/lib.rs"])
    }
}

@Suite struct RustSplitTreeTests {
    @Test func aBatchMovingPartOfAModuleTreeSaysItBuildsOnlyWhole() {
        let paths: Set<String> = ["s/src/ext.rs", "s/src/ext/all.rs", "s/src/ext/any.rs", "s/src/empty.rs"]

        let part = RustModuleParents.splitTreeStep(batch: ["s/src/ext/all.rs", "s/src/empty.rs"], paths: paths)
        let whole = RustModuleParents.splitTreeStep(batch: ["s/src/ext.rs", "s/src/ext/all.rs", "s/src/ext/any.rs"], paths: paths)

        #expect(part?.hasPrefix("Mind that s/src/ext.rs with its folder builds only whole") == true)
        #expect(whole == nil)
    }
}

@Suite struct MovedPathsTests {
    @Test func laterStagesNameMovedFilesAtTheirNewPaths() {
        var move = PlanStage(
            id: "move", kind: .splitModule, title: "Move", why: "", steps: ["Move a/b.rs to n/b.rs"], files: ["a/b.rs"],
            changedLines: 1, principalHours: 0, interestSavedHoursPerMonth: 0, checks: [], group: "split")
        move.moves = ["a/b.rs": "n/b.rs"]
        let before = PlanStage(
            id: "before", kind: .simplifyFunctions, title: "Simplify `f` in a/b.rs", why: "", steps: [], files: ["a/b.rs"],
            changedLines: 1, principalHours: 0, interestSavedHoursPerMonth: 0, checks: [], group: "f")
        var after = before
        after.steps = ["a/b.rs:28 `f`: shorter; x/a/b.rs stays", "callers: a/b.rs, a/b.rsx"]

        let stages = MovedPaths.relocating([before, move, after])

        // The move itself and what comes before it keep the old path; a path that merely ends in it is another file.
        #expect(stages[0].title == "Simplify `f` in a/b.rs")
        #expect(stages[1].steps == ["Move a/b.rs to n/b.rs"])
        #expect(stages[2].title == "Simplify `f` in n/b.rs")
        #expect(stages[2].files == ["n/b.rs"])
        #expect(stages[2].steps == ["n/b.rs:28 `f`: shorter; x/a/b.rs stays", "callers: n/b.rs, a/b.rsx"])
    }
}
