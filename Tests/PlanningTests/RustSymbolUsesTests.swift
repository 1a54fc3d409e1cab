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
}
