import SymbolScan
import Testing

@Suite struct RustSymbolUsesTests {
    /// tokio-stream: every `impl Stream` defines `poll_next`, and `Poll::Pending` is the enum's variant; neither uses
    /// merge.rs's private `fn poll_next` or pending.rs's `struct Pending`.
    @Test func methodDefinitionsAndTypeMembersAreNoUses() throws {
        let text = """
            use crate::Pending as Waiting;
            impl Stream for Lines {
                fn poll_next(self: Pin<&mut Self>) -> Poll<Option<Self::Item>> {
                    if done { return Poll::Pending; }
                    merge_size_hints(a, b);
                    crate::pending::pending()
                }
            }
            """

        let facts = try symbols(text, as: "Rust")

        #expect(!facts.uses.contains("poll_next"))
        #expect(!facts.uses.contains("Item"))
        #expect(facts.uses.contains("Pending"))  // the `use` line names it
        #expect(facts.uses.contains("merge_size_hints"))
        #expect(facts.uses.contains("pending"))
        let member = try symbols("fn f() -> Poll<()> { Poll::Pending }", as: "Rust")
        #expect(!member.uses.contains("Pending"))
        // tokio declares `mod std` (loom's shims): `std::sync::Arc` names the standard library; `crate::std` is tokio's.
        let standard = try symbols("use std::sync::Arc;\nfn f() { core::mem::drop(x); crate::std::g(); }", as: "Rust")
        #expect(standard.uses.filter { ["std", "core"].contains($0) } == ["std"])
    }

    /// An item without `pub` is its module's: `pub` in any form but `pub(self)` shares it, after attributes and
    /// qualifiers; what an `impl` block holds is no top-level item.
    @Test func anItemWithoutPubIsItsModules() throws {
        let text = """
            #[derive(Debug)]
            pub struct Shown;
            pub(crate) fn crate_wide() {}
            pub(in crate::a) const LIMITED: u8 = 1;
            pub(super) unsafe extern "C" fn callback() {}
            pub const fn build() {}
            pub(self) fn own() {}
            type Result<T> = std::result::Result<T, Error>;
            #[inline] fn helper() {}
            mod inner;
            static mut COUNT: u32 = 0;
            impl Shown {
                pub fn method() {}
            }
            """

        let facts = try symbols(text, as: "Rust")

        #expect(facts.declaredNames == ["LIMITED", "Shown", "build", "callback", "crate_wide"])
        #expect(facts.moduleNames == ["COUNT", "Result", "helper", "inner", "own"])
        #expect(facts.declarations.last?.kind == "impl")
    }

    /// pydantic-core's private `type Result<T>` in src/serializers/ser.rs: only ser.rs's submodules
    /// (src/serializers/ser/) see it, so another serializer saying `Result` does not depend on ser.rs; a `mod.rs`'s
    /// private items are its folder's.
    @Test func anItemWithoutPubLinksOnlyTheFilesOfItsSubmodules() throws {
        let ser = try symbols(
            "type Result<T> = std::result::Result<T, PythonSerializerError>;\npub struct PythonSerializer;\n",
            as: "Rust")
        let parent = try symbols("fn shared_helper() {}\n", as: "Rust")
        let child = try symbols("fn encode() -> Result<()> { Ok(()) }\n", as: "Rust")
        let sibling = try symbols("fn fields() -> Result<PythonSerializer, E> { shared_helper() }\n", as: "Rust")
        let outside = try symbols("fn other() { shared_helper() }\n", as: "Rust")

        let edges = SymbolGraph().dependencies([
            ("src/serializers/ser.rs", ser), ("src/serializers/mod.rs", parent),
            ("src/serializers/ser/encode.rs", child), ("src/serializers/fields.rs", sibling), ("src/other.rs", outside),
        ])

        #expect(edges.map { "\($0.from) -> \($0.to) \($0.names)" } == [
            "src/serializers/fields.rs -> src/serializers/mod.rs [\"shared_helper\"]",
            "src/serializers/fields.rs -> src/serializers/ser.rs [\"PythonSerializer\"]",
            "src/serializers/ser/encode.rs -> src/serializers/ser.rs [\"Result\"]",
        ])
    }

    /// Where a file's submodules live: beside a `mod.rs` or a crate root (Cargo's targets too: ripgrep's
    /// `tests/tests.rs` declares `mod util;`), in the folder named after any other file.
    @Test func aFilesSubmodulesLiveInItsFolderOrOneNamedAfterIt() {
        #expect(SymbolGraph.submoduleFolder(of: "src/a/b.rs") == "src/a/b/")
        #expect(SymbolGraph.submoduleFolder(of: "src/a/mod.rs") == "src/a/")
        #expect(SymbolGraph.submoduleFolder(of: "crates/core/src/lib.rs") == "crates/core/src/")
        #expect(SymbolGraph.submoduleFolder(of: "main.rs") == "")
        #expect(SymbolGraph.submoduleFolder(of: "build.rs") == "build/")
        #expect(SymbolGraph.submoduleFolder(of: "tests/tests.rs") == "tests/")
        #expect(SymbolGraph.submoduleFolder(of: "crates/cli/src/bin/tool.rs") == "crates/cli/src/bin/")
        #expect(SymbolGraph.submoduleFolder(of: "crates/matcher/benches/bench.rs") == "crates/matcher/benches/")
        #expect(SymbolGraph.submoduleFolder(of: "axum/src/routing/tests/merge.rs") == "axum/src/routing/tests/merge/")
    }
}

/// A path through a module the file declares uses that module's file: prost-derive's field/mod.rs writes
/// `message::Field::new(…)` and `Field::Oneof(oneof::Field)`, whose `Field` five files declare; a split had moved
/// message.rs, oneof.rs and group.rs away as an upper layer nothing else used.
@Suite struct RustModulePathTests {
    @Test func aPathThroughADeclaredModuleUsesItsFile() throws {
        let parent = try symbols(
            "mod message;\nmod oneof;\nmod scalar;\npub enum Field {\n    Message(message::Field),\n"
                + "    Oneof(self::oneof::Field),\n}\nfn scalar() {}\n", as: "Rust")
        let field = "pub struct Field;\n"
        var files = [("src/field/mod.rs", parent)]
        for name in ["message", "oneof", "scalar", "group", "map"] {
            files.append(("src/field/\(name).rs", try symbols(field, as: "Rust")))
        }
        let tree = RustModuleTree(files: files.map(\.0) + ["src/lib.rs"])

        #expect(parent.pathRoots == ["message", "oneof"])
        let edges = SymbolGraph().dependencies(files, tree: tree).map { "\($0.from)->\($0.to) \($0.names)" }
        // A `mod scalar;` line alone, or a function of that name, is no use of scalar.rs.
        #expect(edges == [
            "src/field/mod.rs->src/field/message.rs [\"message\"]", "src/field/mod.rs->src/field/oneof.rs [\"oneof\"]",
        ])
    }
}
