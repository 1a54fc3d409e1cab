import AccrueKit
import AccrueStore
import FileScanning
import Foundation
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

@Suite struct ReexportEdgesTests {
    @Test func importersOfAReexportingModuleReachWhatItPassesOn() throws {
        let path = try FixtureRepository.materialize("modules-reexports")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        let edges = report.edges.map { "\($0.from)->\($0.to)" + ($0.via.map { " via " + $0.joined(separator: ",") } ?? "") }
        #expect(edges.sorted() == [
            "Lex->Bytes",
            "Report->Bytes",
            "Report->Lex via Scan",
            "Report->Scan",
            "Rules->Bytes via Scan",
            "Rules->Lex via Scan",
            "Rules->Scan",
            "Scan->Bytes via Lex",
            "Scan->Lex",
            "ScanTests->Bytes via Scan",
            "ScanTests->Lex via Scan",
            "ScanTests->Scan",
        ])
        // An edge through a re-export starts at the import of the module passing it on.
        let rulesToBytes = try #require(report.edges.first { $0.from == "Rules" && $0.to == "Bytes" })
        #expect(rulesToBytes.firstImport == "Sources/Rules/Rule.swift:1")
        #expect(rulesToBytes.files == ["Sources/Rules/Rule.swift"])
        // Bytes has three shipping importers now, Lex two: what a change to them ripples into.
        let afferent = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0.afferent) })
        #expect(afferent["Bytes"] == 4)
        #expect(afferent["Lex"] == 3)
        // A module need not declare what its dependency passes on, nor use directly what it declares for it.
        for module in report.modules {
            #expect(module.usedButUndeclared.isEmpty, "\(module.declaration.name): \(module.usedButUndeclared)")
            #expect(module.declaredButUnused.isEmpty, "\(module.declaration.name): \(module.declaredButUnused)")
        }
    }

    /// tokio in small: three crates reach the proc-macro crate through tokio's `pub use`; it is a compiler plugin,
    /// whose users write its macros, so it has no abstractness and no main-sequence distance however many reach it.
    @Test func aProcMacroCrateReachedByManyHasNoMainSequenceDistance() throws {
        var files = [
            "Cargo.toml": "[workspace]\nmembers = [\"rt\", \"rt-macros\", \"a\", \"b\", \"c\"]\n",
            "rt/Cargo.toml": "[package]\nname = \"rt\"\n[dependencies]\nrt-macros = { path = \"../rt-macros\" }\n",
            "rt/src/lib.rs": "pub use rt_macros::main;\npub struct Runtime;\n",
            "rt-macros/Cargo.toml": "[package]\nname = \"rt-macros\"\n[lib]\nproc-macro = true\n",
            "rt-macros/src/lib.rs": "pub struct Parsed;\npub fn main() {}\n",
        ]
        for name in ["a", "b", "c"] {
            files["\(name)/Cargo.toml"] = "[package]\nname = \"\(name)\"\n[dependencies]\nrt = { path = \"../rt\" }\n"
            files["\(name)/src/main.rs"] = "use rt::Runtime;\n\n#[rt::main]\nfn main() { let _ = Runtime; }\n"
        }
        let path = try FixtureRepository.committed(files, prefix: "proc-macro-reexport")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        let macros = try #require(report.modules.first { $0.declaration.name == "rt-macros" })
        #expect(macros.declaration.kind == .plugin)
        #expect(macros.afferent == 4)
        #expect(macros.abstractness == nil && macros.distance == nil)
    }

    /// A file's re-exports survive the store: the second scan reads the files' facts from it (files-20 to 22 dropped
    /// the flag there, so a cached scan lost every edge re-exports make, and accrue's own gate judged another graph).
    @Test func reExportEdgesAreTheSameFromTheStore() throws {
        let path = try FixtureRepository.materialize("modules-reexports")
        let catalog = try RuleCatalog.bundled()
        let store = try StoreLocation.open(
            repositoryPath: path, path: try FixtureRepository.temporaryFolder(prefix: "reexport-store").path + "/s.sqlite",
            rebuild: false)

        var runs: [[String]] = []
        for _ in 0..<2 {  // cold, then from the store's outcomes
            var request = FileScanRequest(repositoryPath: path)
            let cache = StoreFileCache(store: store, catalog: catalog, includes: [])
            request.factsCache = cache
            let report = try ModuleAnalyzer(catalog: catalog).run(request)
            try cache.flush()
            runs.append(report.edges.map { "\($0.from)->\($0.to)" }.sorted())
        }

        #expect(runs[0].contains("Rules->Bytes"))
        #expect(runs[1] == runs[0])
    }
}
