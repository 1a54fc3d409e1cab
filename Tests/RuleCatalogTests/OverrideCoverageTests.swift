import RuleCatalog
import Testing

/// `overrides:` names that match nothing in a snapshot are named, with where they are written and the near miss.
@Suite struct OverrideCoverageTests {
    private let yaml = """
        overrides:
          - modules: [Legasy, Billing]
            rules:
              file-size: { mode: warn }
          - paths: ["Source/Legacy/**", "Sources/Billing/**", "*.generated.swift"]
            modules:
              - Zzz
            rules:
              file-size: { mode: warn }
        """
    private let files = ["Sources/Legacy/Old.swift", "Sources/Billing/Pay.swift", "Package.swift"]

    @Test func unknownModulesAndGlobsMatchingNoFileAreNamedWithTheirPositionAndNearMiss() throws {
        let catalog = try configured(yaml)

        let messages = catalog.unmatchedOverrides(modules: ["Legacy", "Billing"], files: files)

        #expect(messages == [
            ".accrue.yml:2:15: overrides: no module is named 'Legasy' (did you mean 'Legacy'?), so its rules apply to "
                + "nothing; `accrue modules` lists the modules",
            ".accrue.yml:5:13: overrides: no scanned file matches 'Source/Legacy/**' (did you mean "
                + "'Sources/Legacy/**'?), so its rules apply to nothing; `accrue files` lists the scanned files",
            ".accrue.yml:5:55: overrides: no scanned file matches '*.generated.swift', so its rules apply to "
                + "nothing; `accrue files` lists the scanned files",
            ".accrue.yml:7:9: overrides: no module is named 'Zzz', so its rules apply to nothing; `accrue modules` "
                + "lists the modules",
        ])
    }

    @Test func namesThatMatchSayNothing() throws {
        let catalog = try configured(yaml)

        let messages = catalog.unmatchedOverrides(
            modules: ["Legasy", "Billing", "Zzz"], files: files + ["Source/Legacy/A.swift", "A.generated.swift"])

        #expect(messages.isEmpty)
        #expect(try configured("rules:\n  file-size: { mode: warn }\n").unmatchedOverrides(modules: [], files: []).isEmpty)
    }
}
