import AccrueKit
import AccrueStore
import FileScanning
import Foundation
import FunctionTokens
import RuleCatalog
import Testing
import TestSupport

/// The store keeps a function literal's call, so a scan from the store names callbacks as a cold one does.
@Suite struct CallbackCacheTests {
    @Test func aCachedScanKeepsTheCallsOfFunctionLiterals() throws {
        let text = "describe('a', () => {\n  it('b', () => { run() })\n  items.map((x) => x)\n})\nfunction named() {}\n"
        let path = try FixtureRepository.committed(["a.test.js": text], prefix: "callback-cache")
        let catalog = try RuleCatalog.bundled()
        let scanner = FileScanner(languages: catalog.languages, settings: catalog.scan)
        let store = try StoreLocation.open(
            repositoryPath: path, path: try FixtureRepository.temporaryFolder(prefix: "callback-store").path + "/s.sqlite",
            rebuild: false)
        var calls: [[String?]] = []
        for _ in 0..<2 {  // cold, then from the store's outcomes
            var request = FileScanRequest(repositoryPath: path, revision: "HEAD")
            let cache = StoreFileCache(store: store, catalog: catalog, includes: [])
            request.factsCache = cache
            let result = try scanner.scan(request)
            try cache.flush()
            calls.append(result.files.flatMap { $0.functions.map(\.call) })
        }
        #expect(calls[0] == ["describe('a')", "it('b')", "items.map", nil])
        #expect(calls[1] == calls[0])
    }
}
