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

    /// JavaScript re-exports file by file: excalidraw in small. `app` imports `ui`'s `types.ts`, which passes nothing
    /// on, and `ui` by its bare name, whose entry point (not known without a build) may pass on all `ui` re-exports;
    /// `lib` imports `ui/global` for its side effects (`global.d.ts`), and `ui`'s `index.ts` re-exports `core` through
    /// a file of its own (`export * from "./reexports"`). Only the bare import reaches `core`.
    @Test func aScriptImportReachesOnlyWhatTheFileItNamesPassesOn() throws {
        let package = { (name: String) in "{\n  \"name\": \"\(name)\",\n  \"version\": \"1.0.0\"\n}\n" }
        let files = [
            "package.json": "{\n  \"private\": true,\n  \"workspaces\": [\"packages/*\"]\n}\n",
            "packages/core/package.json": package("core"),
            "packages/core/index.ts": "export const core = 1;\n",
            "packages/ui/package.json": package("ui"),
            "packages/ui/index.ts": "export * from \"./reexports\";\nexport const ui = 1;\n",
            "packages/ui/reexports.ts": "export { core } from \"core\";\n",
            "packages/ui/types.ts": "export type Ui = number;\n",
            "packages/ui/global.d.ts": "interface Window { ui: number }\n",
            "packages/lib/package.json": package("lib"),
            "packages/lib/global.d.ts": "import \"ui/global\";\n",
            "packages/lib/index.ts": "import type { Ui } from \"ui/types\";\nexport const lib: Ui = 1;\n",
            "packages/app/package.json": package("app"),
            "packages/app/index.ts": "import { ui } from \"ui\";\nexport const app = ui;\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "script-file-reexports")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        let edges = Set(report.edges.map { "\($0.from) -> \($0.to)" + ($0.via.map { " via " + $0.joined() } ?? "") })
        #expect(edges == ["app -> ui", "app -> core via ui", "lib -> ui", "ui -> core"])
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
