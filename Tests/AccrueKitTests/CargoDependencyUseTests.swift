import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

@Suite struct CargoDependencyUseTests {
    @Test func cratePathsAndDevDependenciesAreNotUnused() throws {
        // tokio-rs/tokio: its fuzz crate names tokio only in a call's path; tokio-macros declares tokio only under
        // [dev-dependencies], for its doc tests.
        let files = [
            "Cargo.toml": "[workspace]\nmembers = [\"tokio\", \"tokio-macros\"]\n",
            "tokio/Cargo.toml": "[package]\nname = \"tokio\"\n[dependencies]\ntokio-macros = { path = \"../tokio-macros\" }\n",
            "tokio/src/lib.rs": "pub use tokio_macros::main;\npub mod fuzz { pub fn fuzz_linked_list(_: &[u8]) {} }\n",
            "tokio-macros/Cargo.toml": "[package]\nname = \"tokio-macros\"\n[dev-dependencies]\ntokio = \"1\"\n",
            "tokio-macros/src/lib.rs": "/// ```\n/// #[tokio::main]\n/// async fn main() {}\n/// ```\npub fn main() {}\n",
            "tokio/fuzz/Cargo.toml": "[package]\nname = \"tokio-fuzz\"\n[dependencies]\ntokio = { path = \"..\" }\n"
                + "[workspace]\nmembers = [\".\"]\n[[bin]]\nname = \"f\"\npath = \"fuzz_targets/f.rs\"\n",
            "tokio/fuzz/fuzz_targets/f.rs": "fuzz_target!(|data: &[u8]| {\n    tokio::fuzz::fuzz_linked_list(data);\n});\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "cargo-uses")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })
        let edges = report.edges.map { "\($0.from)->\($0.to)" }

        #expect(byName["tokio-fuzz"]?.declaredButUnused == [])
        #expect(byName["tokio-macros"]?.declaredButUnused == [])
        // tokio's `pub use tokio_macros::main` passes tokio-macros on to tokio's importers (`#[tokio::main]`).
        #expect(edges.sorted() == ["tokio->tokio-macros", "tokio-fuzz->tokio", "tokio-fuzz->tokio-macros"])
        #expect(byName["tokio-fuzz"]?.externalImports == 0)
    }

    @Test func aDependencyAFeatureForwardsToIsUsed() throws {
        // rust-lang/mdBook: the `mdbook` binary declares mdbook-html only to forward its `search` feature to it.
        let files = [
            "Cargo.toml": "[workspace]\nmembers = [\"app\", \"html\", \"core\", \"extra\"]\n",
            "app/Cargo.toml": "[package]\nname = \"app\"\n[dependencies]\nhtml = { path = \"../html\" }\n"
                + "core = { path = \"../core\" }\nextra = { path = \"../extra\", optional = true }\n"
                + "[features]\nsearch = [\"html/search\"]\nfull = [\"dep:extra\", \"search\"]\n",
            "app/src/main.rs": "use core::run;\nfn main() { run(); }\n",
            "html/Cargo.toml": "[package]\nname = \"html\"\n[features]\nsearch = []\n",
            "html/src/lib.rs": "pub fn render() {}\n",
            "core/Cargo.toml": "[package]\nname = \"core\"\n", "core/src/lib.rs": "pub fn run() {}\n",
            "extra/Cargo.toml": "[package]\nname = \"extra\"\n", "extra/src/lib.rs": "pub fn more() {}\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "cargo-features")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.modules.first { $0.declaration.name == "app" }?.declaredButUnused == [])
    }
}
