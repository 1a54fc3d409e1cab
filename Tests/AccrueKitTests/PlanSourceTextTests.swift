@testable import AccruePlan
import ImportScan
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

/// A published crate's files whose names its users cannot reach.
@Suite struct PlanRustPublicationTests {
    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// crossbeam-channel: `mod flavors;` in lib.rs is private and its files' items `pub(crate)`; `mod channel;` is
    /// private too, but lib.rs re-exports its `pub struct Receiver`; `pub mod api` is public; a `#[macro_export]`
    /// macro is the crate's wherever it is.
    @Test func aFileIsUnpublishedBehindAPrivateModLineOrWithoutPubItems() {
        let texts: [String: String] = [
            "src/lib.rs": "mod channel;\n#[cfg(feature = \"std\")]\nmod flavors;\npub mod api;\nmod macros;\npub use crate::channel::Receiver;",
            "src/channel.rs": "pub struct Receiver<T> {}\npub fn unbounded() {}",
            "src/flavors/mod.rs": "pub(crate) mod array;",
            "src/flavors/array.rs": "pub(crate) struct Channel<T> {\n    pub fn new() {}\n}",
            "src/api.rs": "pub(crate) fn helper() {}\npub fn open() {}",
            "src/macros.rs": "#[macro_export]\nmacro_rules! select { () => {} }",
        ]
        let files = texts.keys.sorted()
        let tree = RustModuleTree(files: files, items: [
            "src/lib.rs": ["channel", "flavors", "api", "macros"].map { RustModuleItem(name: $0) },
            "src/flavors/mod.rs": [RustModuleItem(name: "array")],
        ])
        let reexport = ImportFacts(path: "crate::channel::Receiver", kind: .relative, line: 6, reexports: true)

        let hidden = PlanRustPublication.unpublished(
            files: files, tree: tree, text: { texts[$0].map(self.lines) }, imports: { $0 == "src/lib.rs" ? [reexport] : [] })

        #expect(hidden == [
            "src/flavors/mod.rs": "`mod flavors;` at src/lib.rs:3 is not `pub`",
            "src/flavors/array.rs": "`mod flavors;` at src/lib.rs:3 is not `pub`",
        ])
        #expect(PlanRustPublication.publicNames(lines("pub const fn new() {}\npub(crate) fn no() {}\npub use a::{b, c as d};"))
            == ["new", "a", "b", "c", "as", "d"])
    }
}

/// A C or C++ source file's `static` names and the build lines listing it, read as text.
@Suite struct PlanCSourcesTests {
    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func staticNamesAreReadFromTheirLineOrTheTypeLineAbove() {
        let text = lines("static cJSON *sort_list(cJSON *list)\n{\n}\nstatic int\nmain_loop(void)\n{\n}\nCJSON_PUBLIC(void) cJSONUtils_SortObject(cJSON *o)\n{\n}")
        let declarations = [
            Declaration(name: "sort_list", kind: "function", startLine: 1, endLine: 3, codeLines: 3),
            Declaration(name: "main_loop", kind: "function", startLine: 5, endLine: 7, codeLines: 3),
            Declaration(name: "cJSONUtils_SortObject", kind: "function", startLine: 8, endLine: 10, codeLines: 3),
        ]

        #expect(PlanCSources.staticNames(declarations, lines: text) == ["main_loop", "sort_list"])
    }

    /// cJSON: CMakeLists.txt:179 `set(SOURCES_UTILS cJSON_Utils.c)`, Makefile:110; not `cJSON_Utils.cpp`, nor a build
    /// file in a folder beside the source's.
    @Test func theBuildLinesNamingTheFileAreFound() {
        let builds: [(path: String, lines: [Substring])] = [
            ("CMakeLists.txt", lines("project(cJSON)\nset(SOURCES_UTILS cJSON_Utils.c)\nset(X cJSON_Utils.cpp)")),
            ("Makefile", lines("UTILS_OBJ = cJSON_Utils.o\n$(UTILS_OBJ): cJSON_Utils.c cJSON_Utils.h cJSON.h")),
            ("tests/CMakeLists.txt", lines("add_executable(t ../cJSON_Utils.c)")),
        ]

        #expect(PlanCSources.listings(of: "cJSON_Utils.c", in: builds) == ["CMakeLists.txt:2", "Makefile:2"])
        #expect(PlanCSources.isBuildFile("src/CMakeLists.txt") && PlanCSources.isBuildFile("lib.vcxproj"))
        #expect(!PlanCSources.isBuildFile("README.md") && PlanCSources.isSource("a/b.cpp") && !PlanCSources.isSource("a/b.h"))
    }
}
