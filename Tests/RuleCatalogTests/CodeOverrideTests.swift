import DebtModel
import RuleCatalog
import Testing

/// `overrides: - code: test`: rules for test code (or product code) as accrue tells it by path, without repeating
/// the test path globs. vuejs/core's fixes failed the gate for a regression test added to a 1,264-line spec file.
@Suite struct CodeOverrideTests {
    private let yaml = """
        module_settings:
          test_paths: ["**/__tests__/**", "*.spec.ts"]
        overrides:
          - code: test
            rules:
              file-size: { mode: warn }
          - code: product
            paths: ["packages/legacy/**"]
            rules:
              cyclomatic-complexity: { thresholds: { error: 40 } }
        """

    @Test func testCodeIsToldByItsPath() throws {
        let catalog = try configured(yaml)

        #expect(catalog.rule("file-size", path: "packages/core/__tests__/a.ts", module: "core")?.mode == .warn)
        #expect(catalog.rule("file-size", path: "packages/core/src/a.spec.ts", module: nil)?.mode == .warn)
        #expect(catalog.rule("file-size", path: "packages/core/src/a.ts", module: "core")?.mode == .enforce)
        // A module is no test code, whatever its files are.
        #expect(catalog.rule("file-size", path: nil, module: "core")?.mode == .enforce)
    }

    @Test func codeNarrowsTheEntrysPaths() throws {
        let catalog = try configured(yaml)

        #expect(catalog.rule("cyclomatic-complexity", path: "packages/legacy/src/a.ts", module: nil)?.thresholds.error == 40)
        #expect(catalog.rule("cyclomatic-complexity", path: "packages/legacy/__tests__/a.ts", module: nil)?.thresholds.error == 20)
        #expect(catalog.rule("cyclomatic-complexity", path: "packages/core/src/a.ts", module: nil)?.thresholds.error == 20)
    }

    @Test func anUnknownCodeIsAnError() throws {
        let message = try configurationError("overrides:\n  - code: tests\n    rules: { file-size: { mode: off } }\n")

        #expect(message == ".accrue.yml:2:11: expected one of test, product for overrides[0].code, found 'tests'")
    }
}
