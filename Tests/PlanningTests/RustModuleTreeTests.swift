import PlanNaming
@testable import Planning
@testable import SymbolScan
import Testing

/// How `mod x;` finds its file: Cargo's layout, `#[path]` attributes (also through `cfg_attr`), inline modules, and
/// crate roots a Cargo.toml names.
@Suite struct RustModuleTreeTests {
    /// ripgrep's crates/core/index/mod.rs declares `imp` as either of two files; attributes before `pub` count, a `mod`
    /// in a function body does not, an inline module's declarations sit below it.
    @Test func modItemsCarryTheirPathAttributesAndInlineModules() throws {
        let text = """
            #[cfg(not(feature = "unstable-index"))]
            #[path = "disabled.rs"]
            mod imp;
            #[cfg_attr(windows, path = "win\\\\sys.rs")]
            #[cfg_attr(unix, path = "./unix/sys.rs")]
            pub(crate) mod sys;
            mod plain;
            #[path = "outer"]
            mod a {
                #[path = "x.rs"] mod b;
                mod c;
            }
            fn f() { mod hidden; }
            use crate::mod_like;
            """

        let items = try symbols(text, as: "Rust").moduleItems

        #expect(items == [
            RustModuleItem(name: "imp", paths: ["disabled.rs"]),
            RustModuleItem(name: "sys", paths: ["win\\\\sys.rs", "./unix/sys.rs"]),
            RustModuleItem(name: "plain"),
            RustModuleItem(name: "b", paths: ["x.rs"], inline: [.init(name: "a", path: "outer")]),
            RustModuleItem(name: "c", inline: [.init(name: "a", path: "outer")]),
        ])
        // A file owning its folder looks beside it; `src/net.rs` in `src/net/`, but a top-level `#[path]` is beside it.
        #expect(RustModuleItem(name: "tcp").candidates(stem: nil) == ["tcp.rs", "tcp/mod.rs"])
        #expect(RustModuleItem(name: "tcp").candidates(stem: "net") == ["net/tcp.rs", "net/tcp/mod.rs"])
        #expect(RustModuleItem(name: "imp", paths: ["unix.rs"]).candidates(stem: "net") == ["unix.rs"])
        #expect(RustModuleItem(name: "b", paths: ["x.rs"], inline: [.init(name: "a")]).candidates(stem: "net") == ["net/a/x.rs"])
        #expect(RustModuleItem(name: "c", inline: [.init(name: "a", path: "outer")]).candidates(stem: nil) == [
            "outer/c.rs", "outer/c/mod.rs",
        ])
    }

    /// Declared files take their declaring file as parent, wherever a `#[path]` puts them; a file a `#[path]` names
    /// owns its folder; a target Cargo.toml names is a crate root whose modules sit beside it; the rest follow the
    /// default layout.
    @Test func declarationsAndTargetsShapeTheTree() throws {
        let files = [
            "src/lib.rs", "src/index/mod.rs", "src/index/disabled.rs", "src/index/enabled.rs", "src/sys.rs",
            "src/platform/unix.rs", "src/platform/fd.rs", "src/client.rs", "src/client_util.rs", "src/plain.rs",
            "src/plain/inner.rs", "tests/tests.rs", "tests/util.rs", "README.md",
        ]
        let items: [String: [RustModuleItem]] = [
            "src/index/mod.rs": [
                RustModuleItem(name: "imp", paths: ["disabled.rs"]), RustModuleItem(name: "imp", paths: ["enabled.rs"]),
            ],
            "src/sys.rs": [RustModuleItem(name: "imp", paths: ["platform/unix.rs"])],
            "src/platform/unix.rs": [RustModuleItem(name: "fd", paths: [])],
            "src/client.rs": [RustModuleItem(name: "client_util")],
            "tests/tests.rs": [RustModuleItem(name: "util")],
        ]

        let tree = RustModuleTree(files: files, items: items, roots: ["src/client.rs"])

        #expect(tree.parent(of: "src/index/enabled.rs") == .init(name: "imp", file: "src/index/mod.rs"))
        #expect(tree.parent(of: "src/platform/unix.rs") == .init(name: "imp", file: "src/sys.rs"))
        // unix.rs was named by a `#[path]`: its `mod fd;` is beside it, as a `mod.rs`'s would be.
        #expect(tree.parent(of: "src/platform/fd.rs") == .init(name: "fd", file: "src/platform/unix.rs"))
        #expect(tree.parent(of: "src/client_util.rs") == .init(name: "client_util", file: "src/client.rs"))
        #expect(tree.isCrateRoot("src/client.rs") && tree.isCrateRoot("src/lib.rs") && tree.isCrateRoot("tests/tests.rs"))
        #expect(tree.parent(of: "tests/util.rs") == .init(name: "util", file: "tests/tests.rs"))
        #expect(tree.parent(of: "src/plain/inner.rs") == .init(name: "inner", file: "src/plain.rs"))
        #expect(tree.parent(of: "src/plain.rs") == .init(name: "plain", file: "src/lib.rs"))
        #expect(tree.submoduleFolder(of: "src/platform/unix.rs") == "src/platform/")
        #expect(tree.submoduleFolder(of: "src/client.rs") == "src/")
        #expect(tree.submoduleFolder(of: "src/plain.rs") == "src/plain/")
        #expect(tree.isWithin("src/platform/unix.rs", moduleOf: "src/sys.rs"))
        #expect(!tree.isWithin("src/plain.rs", moduleOf: "src/sys.rs"))
    }

    /// A private item of src/sys.rs is seen by the file its `#[path]` names outside src/sys/, and by nothing else.
    @Test func aPathNamedFileSeesItsParentsPrivateItems() throws {
        let sys = try symbols("#[path = \"platform/unix.rs\"]\nmod imp;\nfn raw_handle() {}\n", as: "Rust")
        let unix = try symbols("fn open() { super::raw_handle() }\n", as: "Rust")
        let other = try symbols("fn close() { raw_handle() }\n", as: "Rust")
        let files = [("src/sys.rs", sys), ("src/platform/unix.rs", unix), ("src/other.rs", other)]
        let tree = RustModuleTree(
            files: files.map(\.0) + ["src/lib.rs"], items: Dictionary(uniqueKeysWithValues: files.map { ($0.0, $0.1.moduleItems) }))

        let edges = SymbolGraph().dependencies(files, tree: tree)
        let folders = SymbolGraph().dependencies(files)

        #expect(edges.map { "\($0.from) -> \($0.to)" } == ["src/platform/unix.rs -> src/sys.rs"])
        #expect(folders.isEmpty)
    }

    /// A parent moves with the files its `#[path]` lines name, wherever they lie, and its `mod` lines leave with them.
    @Test func aParentMovesWithThePathNamedFiles() {
        let files = ["src/lib.rs", "src/sys.rs", "src/platform/unix.rs", "src/platform/windows.rs", "src/other.rs"]
        let items: [String: [RustModuleItem]] = [
            "src/sys.rs": [
                RustModuleItem(name: "imp", paths: ["platform/unix.rs"]),
                RustModuleItem(name: "imp", paths: ["platform/windows.rs"]),
            ],
        ]
        let tree = RustModuleTree(files: files, items: items)
        let movable = Array(files.dropFirst())

        let grown = RustModuleParents.wholeModules(["src/sys.rs"], allowing: Set(movable), in: movable, modules: tree)
        let completed = RustModuleParents.completing(["src/platform/unix.rs", "src/platform/windows.rs"], in: movable, modules: tree)
        let steps = RustModuleParents.declarationSteps(
            ["src/platform/unix.rs"], moving: ["src/platform/unix.rs"], later: ["src/sys.rs"], in: movable, modules: tree
        ) { "n/" + $0 }

        #expect(grown == ["src/sys.rs", "src/platform/unix.rs", "src/platform/windows.rs"])
        #expect(completed == ["src/sys.rs", "src/platform/unix.rs", "src/platform/windows.rs"])
        #expect(steps.steps == [
            "Move `mod imp;` and the `pub use` lines naming it from src/sys.rs to n/src/sys.rs, a new file until "
                + "src/sys.rs follows",
        ])
    }

    /// ripgrep's `imp` is disabled.rs or enabled.rs by a feature: the two build as one module, so they move together,
    /// and their parent's `mod imp;` lines leave as one.
    @Test func theFilesOneModMayBeMoveTogether() {
        let files = ["core/main.rs", "core/index/mod.rs", "core/index/disabled.rs", "core/index/enabled.rs", "core/search.rs"]
        let tree = RustModuleTree(files: files, items: [
            "core/index/mod.rs": [
                RustModuleItem(name: "imp", paths: ["disabled.rs"]), RustModuleItem(name: "imp", paths: ["enabled.rs"]),
            ],
        ])

        let bound = BoundFiles(declarations: files.map { _ in [] }, paths: files, rust: tree)
        let steps = RustModuleParents.declarationSteps(
            ["core/index/disabled.rs", "core/index/enabled.rs"], moving: ["core/index/disabled.rs", "core/index/enabled.rs"],
            later: [], in: files, modules: tree
        ) { "n/" + $0 }

        #expect(bound.groups == [[2, 3]])
        #expect(steps.steps == ["Move `mod imp;` and the `pub use` lines naming it from core/index/mod.rs to n/core/index/mod.rs"])
        #expect(steps.lines == 4)
    }

    /// `[package] build = false`: the `build.rs` beside the manifest builds no script, so it is no crate root but a
    /// file like any: a module of the root `lib.rs` (`[lib] path = "lib.rs"`) by the layout, or by its `mod build;`.
    /// Without the manifest's scripts, a `build.rs` outside `src/` is one; `tests/build.rs` is a test target anyway.
    @Test func aBuildRsBuildingNoScriptIsNoCrateRoot() throws {
        let files = ["build.rs", "lib.rs", "util.rs", "tests/build.rs"]
        let layout = RustModuleTree(files: files, roots: ["lib.rs"])
        let script = RustModuleTree(files: files, roots: ["lib.rs"], buildScripts: ["build.rs"])
        let off = RustModuleTree(files: files, roots: ["lib.rs"], buildScripts: [])

        #expect(layout.isCrateRoot("build.rs") && script.isCrateRoot("build.rs"))
        #expect(!off.isCrateRoot("build.rs") && off.parent(of: "build.rs") == RustModuleTree.Parent(name: "build", file: "lib.rs"))
        #expect(off.isCrateRoot("tests/build.rs") && off.isCrateRoot("lib.rs"))
        let declared = RustModuleTree(
            files: files, items: ["lib.rs": try symbols("mod build;\nmod util;\n", as: "Rust").moduleItems],
            roots: ["lib.rs"], buildScripts: [])
        #expect(declared.children(of: "lib.rs") == ["build.rs", "util.rs"])
        // Moving build.rs moves its `mod` line out of lib.rs, as for any module file.
        let steps = RustModuleParents.declarationSteps(
            ["build.rs"], moving: ["build.rs"], later: [], in: files, modules: declared) { "new/" + $0 }
        #expect(steps.steps == ["Move `mod build;` and the `pub use` lines naming it from lib.rs to new/lib.rs"])
    }
}
