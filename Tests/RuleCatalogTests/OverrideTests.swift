import DebtModel
import ModuleGraph
import RuleCatalog
import Testing

/// `overrides:` per path or module, and `modules:` definitions.
@Suite struct OverrideTests {
    private let yaml = """
        rules:
          file-size: { thresholds: { warning: 500 } }
        overrides:
          - paths: ["Sources/Legacy/**"]
            rules:
              file-size: { thresholds: { warning: 800, error: 1500 }, mode: warn }
          - modules: [Billing]
            rules:
              file-size: { thresholds: { error: 1200 } }
              module-size: { enforce_after: 2027-06-30 }
        """

    @Test func aPathOverrideAppliesToMatchingFilesOnly() throws {
        let catalog = try configured(yaml)

        let legacy = try #require(catalog.rule("file-size", path: "Sources/Legacy/Old.swift", module: nil))
        let other = try #require(catalog.rule("file-size", path: "Sources/New/New.swift", module: nil))

        #expect(legacy.thresholds == Thresholds(warning: 800, error: 1500))
        #expect(legacy.mode == .warn)
        #expect(other.thresholds == Thresholds(warning: 500, error: 1000))
        #expect(other.mode == .enforce)
    }

    @Test func aModuleOverrideReachesTheModuleAndItsFiles() throws {
        let catalog = try configured(yaml)

        let file = try #require(catalog.rule("file-size", path: "Sources/Billing/Pay.swift", module: "Billing"))
        let module = try #require(catalog.rule("module-size", path: nil, module: "Billing"))

        #expect(file.thresholds == Thresholds(warning: 500, error: 1200))
        #expect(module.enforcement.after == CalendarDay("2027-06-30"))
    }

    @Test func laterOverridesWin() throws {
        let catalog = try configured(yaml)

        let both = try #require(catalog.rule("file-size", path: "Sources/Legacy/Old.swift", module: "Billing"))

        #expect(both.thresholds == Thresholds(warning: 800, error: 1200))
    }

    @Test func allRulesForASubjectCarryItsOverrides() throws {
        let catalog = try configured(yaml)

        let legacy = catalog.rules(path: "Sources/Legacy/Old.swift", module: nil)
        let elsewhere = catalog.rules(path: "README.md", module: nil)

        #expect(legacy.map(\.id) == catalog.rules.map(\.id))
        #expect(legacy.first { $0.id == "file-size" }?.thresholds == Thresholds(warning: 800, error: 1500))
        #expect(elsewhere == catalog.rules)
    }

    @Test func overrideValuesAreListedWithTheirPositions() throws {
        let catalog = try configured(yaml)

        let first = try #require(catalog.overrides.first)
        #expect(first.origin.description == ".accrue.yml:4:5")
        #expect(first.settings.map(\.key).contains("overrides[0].rules.file-size.thresholds.warning"))
        #expect(first.settings.first { $0.key == "overrides[0].paths" }?.origin.description == ".accrue.yml:4:12")
    }

    @Test func anOverrideWithoutASubjectIsAnError() throws {
        let message = try configurationError("overrides:\n  - rules: { file-size: { mode: off } }\n")

        #expect(message == ".accrue.yml:2:5: overrides[0] needs 'paths', 'modules' or 'code' to say what it applies to")
    }

    @Test func anOverrideMustKeepThresholdsInOrder() throws {
        let message = try configurationError("""
            overrides:
              - paths: [a/**]
                rules: { file-size: { thresholds: { warning: 1200 } } }
            """)

        #expect(message == ".accrue.yml:3:39: rule 'file-size' is higher_is_worse: warning 1200 must not exceed error 1000")
    }

    @Test func modulesBecomeConfigDeclarations() throws {
        let catalog = try configured("""
            modules:
              - name: Billing
                paths: ["Sources/Billing/**", "Sources/Payments/"]
              - { name: App, paths: [App], kind: executable, import_names: [AppCore] }
            """)

        #expect(catalog.configuredModules == [
            ModuleDeclaration(
                name: "Billing", ecosystem: "config", roots: ["Sources/Billing", "Sources/Payments"],
                manifest: ".accrue.yml", line: 2),
            ModuleDeclaration(
                name: "App", ecosystem: "config", kind: .executable, roots: ["App"], importNames: ["AppCore"],
                manifest: ".accrue.yml", line: 4),
        ])
    }

    @Test(arguments: [
        ("modules:\n  - { name: A, paths: [\"src/*.swift\"] }\n", ".accrue.yml:2:24: expected a folder ('Sources/Billing') or a folder glob ('Sources/Billing/**') for modules[0].paths, found 'src/*.swift'"),
        ("modules:\n  - { paths: [src] }\n", ".accrue.yml:2:5: modules[0] needs a 'name'"),
        ("modules:\n  - { name: A, paths: [a] }\n  - { name: A, paths: [b] }\n", ".accrue.yml:3:13: module 'A' is defined twice"),
        ("modules:\n  - { name: A, folders: [a] }\n", ".accrue.yml:2:16: unknown key 'folders' in modules[0]; expected one of: name, paths, kind, import_names, dependencies"),
    ])
    func badModuleDefinitionsAreErrors(yaml: String, expected: String) throws {
        #expect(try configurationError(yaml) == expected)
    }
}
