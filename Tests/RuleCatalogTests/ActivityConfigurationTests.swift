import DebtModel
import RuleCatalog
import Testing

/// A rule's `activity:` (which changes a module finding's interest is paid on): defaults, overrides, errors.
@Suite struct ActivityConfigurationTests {
    @Test func theStructuralRulesPayOnCrossingChangesAndModuleSizeOnAll() throws {
        let catalog = try RuleCatalog.bundled()

        for id in ["instability", "main-sequence-distance", "module-cycle"] {
            #expect(catalog.rule(id)?.activity == .crossingChanges, "\(id)")
        }
        #expect(catalog.rule("module-size")?.activity == .moduleChanges)
        #expect(catalog.rule("file-size")?.activity == .moduleChanges)  // not a module rule: the default
        let setting = catalog.settings.first { $0.key == "rules.instability.activity" }
        #expect(setting?.value == "\"crossing_changes\"")
        #expect(setting?.origin.description == "default (rules/debt/instability.yaml)")
        #expect(!catalog.settings.contains { $0.key == "rules.file-size.activity" })  // shown for module rules only
    }

    @Test func theConfigurationOverridesItWithItsPosition() throws {
        let catalog = try configured("rules:\n  instability: { activity: module_changes }\n")

        #expect(catalog.rule("instability")?.activity == .moduleChanges)
        let setting = catalog.settings.first { $0.key == "rules.instability.activity" }
        #expect(setting?.value == "\"module_changes\"")
        #expect(setting?.origin.description == ".accrue.yml:2:28")
    }

    @Test func aModuleOverrideAppliesToThatModuleOnly() throws {
        let catalog = try configured("""
            overrides:
              - modules: [Legacy]
                rules: { module-size: { activity: crossing_changes } }
            """)

        #expect(catalog.rule("module-size", path: nil, module: "Legacy")?.activity == .crossingChanges)
        #expect(catalog.rule("module-size", path: nil, module: "Core")?.activity == .moduleChanges)
    }

    @Test func anyRuleMayChargeNoInterest() throws {
        let catalog = try configured("rules:\n  file-size: { activity: none }\n")

        #expect(catalog.rule("file-size", path: "a.c", module: nil)?.activity == Rule.ActivityBasis.none)
    }

    @Test func mainSequenceDistanceScalesItsFrictionByItsDependentShareUnlessConfiguredOff() throws {
        let bundled = try RuleCatalog.bundled()
        #expect(bundled.rule("main-sequence-distance")?.frictionScale == .dependentShare)
        #expect(bundled.rule("instability")?.frictionScale == nil)
        let shown = bundled.settings.first { $0.key == "rules.main-sequence-distance.friction_scale" }
        #expect(shown?.value == "\"dependent_share\"")
        #expect(bundled.settings.first { $0.key == "rules.instability.friction_scale" }?.value == "\"none\"")
        #expect(!bundled.settings.contains { $0.key == "rules.file-size.friction_scale" })  // module rules only

        let catalog = try configured("rules:\n  main-sequence-distance: { friction_scale: none }\n")
        #expect(catalog.rule("main-sequence-distance")?.frictionScale == nil)
        #expect(catalog.settings.first { $0.key == "rules.main-sequence-distance.friction_scale" }?.origin.description
            == ".accrue.yml:2:45")
        #expect(try configurationError("rules:\n  instability: { friction_scale: dependents }\n")
            == ".accrue.yml:2:34: expected one of none, dependent_share for rules.instability.friction_scale, found 'dependents'")
    }

    @Test(arguments: [
        ("rules:\n  instability: { activity: ripple }\n",
         ".accrue.yml:2:28: expected one of module_changes, crossing_changes, none for rules.instability.activity, found 'ripple'"),
        ("rules:\n  file-size: { activity: crossing_changes }\n",
         ".accrue.yml:2:26: activity crossing_changes applies to module rules only (rule 'file-size')"),
        ("overrides:\n  - modules: [Core]\n    rules: { instability: { activity: ripple } }\n",
         ".accrue.yml:3:39: expected one of module_changes, crossing_changes, none for overrides[0].rules.instability.activity, found 'ripple'"),
        ("overrides:\n  - paths: [a/**]\n    rules: { hotspot: { activity: crossing_changes } }\n",
         ".accrue.yml:3:35: activity crossing_changes applies to module rules only (rule 'hotspot')"),
    ])
    func aBadActivityIsAPositionedError(yaml: String, expected: String) throws {
        #expect(try configurationError(yaml) == expected)
    }
}
