import AccrueKit
import AccrueStore
import FileScanning
import Foundation
import Lexing
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

/// A file's in-file tests (Rust's `#[cfg(test)] mod tests`) count with its module's tests, not in its size.
@Suite struct InFileTestLinesTests {
    private static let files = [
        "Cargo.toml": "[package]\nname = \"app\"\n",
        "src/lib.rs": """
            pub fn add(a: u8, b: u8) -> u8 {
                a + b
            }

            #[cfg(test)]
            mod tests {
                use super::*;

                // One test.
                #[test]
                fn adds() { assert_eq!(add(1, 2), 3); }
            }

            """,
        "tests/it.rs": "#[test]\nfn works() {\n    assert_eq!(app::add(1, 1), 2);\n}\n",
    ]

    @Test func aModuleCountsItsFilesInFileTestsWithItsTests() throws {
        let path = try FixtureRepository.committed(Self.files, prefix: "in-file-tests")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        let app = try #require(report.modules.first { $0.declaration.name == "app" })
        #expect(app.lines == LineCounts(total: 4, code: 3, comment: 0, blank: 1))
        // tests/it.rs's 4 lines, and src/lib.rs's 8 from `#[cfg(test)]` to the `}` closing `mod tests`.
        #expect(app.testLines == LineCounts(total: 12, code: 10, comment: 1, blank: 1))
        #expect(app.largestFiles.map { "\($0.path) \($0.code)" } == ["src/lib.rs 3"])
        let lib = try #require(report.scan.files.first { $0.path == "src/lib.rs" })
        #expect(lib.lines.code == 9 && lib.testLines.code == 6 && lib.shippedLines.code == 3)
    }

    @Test func theStoreKeepsAFilesTestLines() throws {
        let path = try FixtureRepository.committed(Self.files, prefix: "in-file-tests-cache")
        let catalog = try RuleCatalog.bundled()
        let scanner = FileScanner(languages: catalog.languages, settings: catalog.scan)
        let folder = try FixtureRepository.temporaryFolder(prefix: "in-file-store").path
        let store = try StoreLocation.open(repositoryPath: path, path: folder + "/s.sqlite", rebuild: false)
        var lines: [LineCounts] = []
        for _ in 0..<2 {  // cold, then from the store's outcomes
            var request = FileScanRequest(repositoryPath: path, revision: "HEAD")
            let cache = StoreFileCache(store: store, catalog: catalog, includes: [])
            request.factsCache = cache
            let result = try scanner.scan(request)
            try cache.flush()
            lines += result.files.filter { $0.path == "src/lib.rs" }.map(\.testLines)
        }
        #expect(lines == Array(repeating: LineCounts(total: 8, code: 6, comment: 1, blank: 1), count: 2))
    }
}
