@testable import AccruePlan
import SymbolScan
import Testing

/// What a file split reads again from a file's text.
@Suite struct PlanSourceTextTests {
    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// crossbeam-epoch/src/atomic.rs:1585–1591: a multi-line `#[allow(…)]` under a `#[cfg(…)]`, after an impl's `}`.
    @Test func anInlineModulesAttributesAreReadWhole() {
        let text = lines("""
            impl Default for Shared {
                fn default() -> Self {
                    Self::null()
                }
            }

            #[cfg(all(test, not(crossbeam_loom)))]
            #[allow(
                clippy::alloc_instead_of_core,
                clippy::std_instead_of_core
            )]
            mod tests {
                use super::*;
            }
            /// Its documentation.
            #[cfg(test)] mod more {}
            }
            mod bare {}
            """)
        let declarations = [
            Declaration(name: "tests", kind: "mod", startLine: 12, endLine: 14, codeLines: 3),
            Declaration(name: "more", kind: "mod", startLine: 16, endLine: 16, codeLines: 1),
            Declaration(name: "bare", kind: "mod", startLine: 18, endLine: 18, codeLines: 1),
            Declaration(name: "Shared", kind: "impl", startLine: 1, endLine: 5, codeLines: 5),
        ]

        #expect(PlanSourceText.rustAttributes(declarations, lines: text) == [
            12: ["#[cfg(all(test, not(crossbeam_loom)))]", "#[allow(clippy::alloc_instead_of_core, clippy::std_instead_of_core)]"],
            16: ["#[cfg(test)]"],
            18: [],
        ])
        let heads = [1, 2, 3].map { Declaration(name: ["a", "b", "c"][$0 - 1], kind: "mod", startLine: $0, endLine: $0, codeLines: 1) }
        #expect(PlanSourceText.rustVisibilities(heads, lines: lines("#[cfg(x)] pub(crate) mod a {\npub mod b {\nmod c {"))
            == [1: "pub(crate)", 2: "pub"])
    }
}

