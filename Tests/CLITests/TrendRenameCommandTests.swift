import Foundation
import TestSupport
import Testing

/// `accrue trend` over a module renamed between samples (fixture trend-module-rename: the `docs` folder module
/// became the npm package `@acme/docs`) shows one series and names the rename, in text and JSON.
@Suite struct TrendRenameCommandTests {
    @Test func theRenameIsOneSeriesAndIsNamed() throws {
        let path = try FixtureRepository.materialize("trend-module-rename")
        let store = try FixtureRepository.temporaryFolder(prefix: "trend-rename").appendingPathComponent("accrue.sqlite").path

        let text = try AccrueBinary.run(["trend", "--every", "1c", "--store", store], in: path)
        let json = try AccrueBinary.run(["trend", "--every", "1c", "--store", store, "--format", "json"], in: path)

        #expect(text.status == 0)
        #expect(text.stdout.contains("Renamed, shown under the latest name (the same folders): docs → @acme/docs\n"))
        #expect(!text.stdout.contains("\ndocs "))
        #expect(json.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(document?["renamed_modules"] as? [String: String] == ["docs": "@acme/docs"])
    }
}
