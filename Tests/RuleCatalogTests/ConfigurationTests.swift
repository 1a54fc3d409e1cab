import DebtModel
import RuleCatalog
import Testing
import FileClassification
import ModuleGraph

/// `.accrue.yml` merged over the defaults: values, origins, and errors that point at the node.
@Suite struct ConfigurationTests {
    @Test func aThresholdOverrideKeepsTheOtherDefaultAndRecordsItsPosition() throws {
        let catalog = try configured("""
            rules:
              file-size:
                thresholds: { warning: 500 }
            """)

        let rule = try #require(catalog.rule("file-size"))
        #expect(rule.thresholds == Thresholds(warning: 500, error: 1000))
        let warning = catalog.settings.first { $0.key == "rules.file-size.thresholds.warning" }
        #expect(warning?.origin.description == ".accrue.yml:3:28")
        #expect(warning?.value == "500")
        let error = catalog.settings.first { $0.key == "rules.file-size.thresholds.error" }
        #expect(error?.origin.description == "default (rules/debt/file-size.yaml)")
    }

    @Test func modeAndEnforcementAreCarried() throws {
        let catalog = try configured("""
            rules:
              cyclomatic-complexity: { mode: warn, enforce_after: 2027-01-01 }
              function-length: { enforce_after_commits: 200 }
            """)

        let complexity = try #require(catalog.rule("cyclomatic-complexity"))
        #expect(complexity.mode == .warn)
        #expect(complexity.enforcement.after == CalendarDay("2027-01-01"))
        #expect(catalog.rule("function-length")?.enforcement.afterCommits == 200)
    }

    @Test func aMisspeltKeyIsAnErrorWithTheClosestKey() throws {
        let message = try configurationError("""
            rules:
              file-size:
                tresholds: { warning: 500 }
            """)

        #expect(message == ".accrue.yml:3:5: unknown key 'tresholds' in rules.file-size (did you mean 'thresholds'?); expected one of: thresholds, mode, enforce_after, enforce_after_commits, effort, activity, friction_scale")
    }

    @Test func aThresholdOnTheRuleItselfPointsUnderThresholds() throws {
        let message = try configurationError("""
            rules:
              file-size: { warnin: 10 }
            """)

        #expect(message?.hasPrefix(".accrue.yml:2:16: unknown key 'warnin' in rules.file-size (did you mean 'thresholds: { warning: … }'?)") == true)
    }

    @Test func aMisspeltRuleIdIsAnError() throws {
        let message = try configurationError("rules:\n  file-sise: { mode: warn }\n")

        #expect(message?.hasPrefix(".accrue.yml:2:3: unknown rule 'file-sise' in rules (did you mean 'file-size'?)") == true)
    }

    @Test func anUnknownTopLevelKeyIsAnError() throws {
        let message = try configurationError("version: 1\nrulez: {}\n")

        #expect(message?.hasPrefix(".accrue.yml:2:1: unknown key 'rulez' in the configuration (did you mean 'rules'?)") == true)
    }

    @Test(arguments: [
        ("rules:\n  file-size:\n    thresholds: { warning: lots }\n", ".accrue.yml:3:28: expected a number ≥ 0 for rules.file-size.thresholds.warning, found 'lots'"),
        ("rules:\n  file-size: { mode: loud }\n", ".accrue.yml:2:22: expected one of enforce, warn, off for rules.file-size.mode, found 'loud'"),
        ("rules:\n  file-size: { enforce_after: soon }\n", ".accrue.yml:2:31: expected a date YYYY-MM-DD for rules.file-size.enforce_after, found 'soon'"),
        ("scan:\n  generated_marker_lines: ten\n", ".accrue.yml:2:27: expected an integer ≥ 0 for scan.generated_marker_lines, found 'ten'"),
        ("scan:\n  excluded_paths: docs/**\n", ".accrue.yml:2:19: expected a list for scan.excluded_paths, found 'docs/**'"),
        ("model:\n  interest:\n    activity_half_life_days: 0\n", ".accrue.yml:3:30: expected a number ≥ 1 for model.interest.activity_half_life_days, found '0'"),
        ("rules: [file-size]\n", ".accrue.yml:1:8: expected a mapping of rule ids for rules, found a list"),
        ("version: 2\n", ".accrue.yml:1:10: expected version 1 for version, found '2'"),
    ])
    func aValueOfTheWrongTypeNamesWhatWasExpected(yaml: String, expected: String) throws {
        #expect(try configurationError(yaml) == expected)
    }

    @Test func thresholdsOutOfOrderPointAtTheConfiguration() throws {
        let message = try configurationError("rules:\n  file-size:\n    thresholds: { warning: 2000 }\n")

        #expect(message == ".accrue.yml:3:28: rule 'file-size' is higher_is_worse: warning 2000 must not exceed error 1000")
    }

    @Test func brokenYAMLIsPositioned() throws {
        let message = try configurationError("rules:\n  file-size: { mode: warn\n")

        #expect(message?.hasPrefix(".accrue.yml:3:1: invalid YAML: ") == true)
    }

    /// Yams' description puts the problem on its second line; the whole of it is one line here, with what was expected.
    @Test(arguments: [
        ("rules:\n  file-size:\n     thresholds: { warning: 500 }\n    mode: warn\n",
            ".accrue.yml:4:5: invalid YAML: expected a key in column 3, in line with the mapping that starts at line 2, "
                + "column 3, or a value nested under the key above (check this line's indentation)"),
        ("rules:\n\tfile-size: { mode: warn }\n",
            ".accrue.yml:2:1: invalid YAML: a tab character; expected spaces (YAML indents with spaces only)"),
        ("scan:\n  excluded_paths: [\"docs/**]\n",
            ".accrue.yml:2:20: invalid YAML: a quoted string opens here and is never closed; expected a closing \""),
        ("rules:\n  file-size: { mode: warn\n",
            ".accrue.yml:3:1: invalid YAML: expected ',' or '}' in the mapping opened at line 2, column 14 (is a '}' missing?)"),
        ("scan:\n  excluded_paths: [a\n",
            ".accrue.yml:3:1: invalid YAML: expected ',' or ']' in the list opened at line 2, column 19 (is a ']' missing?)"),
        ("overrides:\n  - paths: [a]\n  modules: [b]\n",
            ".accrue.yml:3:3: invalid YAML: expected '- ' in column 3, a new item of the list that starts at line 2, "
                + "column 3, or more indentation to continue the item above (check this line's indentation)"),
        ("a: b: c\n", ".accrue.yml:1:5: invalid YAML: ': ' inside a value; expected one key per line, or the value in quotes"),
        // A key without its colon: libyaml reads the word and the lines below as one text.
        ("version: 1\nrules\n  file-size:\n    mode: warn\n",
            ".accrue.yml:2:6: invalid YAML: 'rules' is a key without its ':'; expected `key: value` or `key:`"),
        ("rules:\n  file-size\n    mode: warn\n",
            ".accrue.yml:2:12: invalid YAML: 'file-size' is a key without its ':'; expected `key: value` or `key:`"),
        ("scan:\n  excluded_paths  # generated code\n\n    - \"gen/**\"\n",
            ".accrue.yml:2:17: invalid YAML: 'excluded_paths' is a key without its ':'; expected `key: value` or `key:`"),
        ("rules:\n  file-size: { mode: warn }\n  size\n",
            ".accrue.yml:3:7: invalid YAML: 'size' is a key without its ':'; expected `key: value` or `key:`"),
        ("rules:\n  file-size: { thresholds: { warning: lots } }\n",
            ".accrue.yml:2:39: expected a number ≥ 0 for rules.file-size.thresholds.warning, found 'lots'"),
        ("overrides:\n  - paths: [\"a/**\"]\n    rules:\n      file-size: { thresholds: { warnin: 3 } }\n",
            ".accrue.yml:4:34: unknown key 'warnin' in overrides[0].rules.file-size.thresholds (did you mean 'warning'?); "
                + "expected one of: warning, error"),
        ("rules:\n  file-size: {mode: warn}\n  file-size: {mode: off}\n",
            ".accrue.yml:2:3: duplicate key 'file-size': each key may appear once in a mapping"),
    ])
    func eachBrokenInputIsNamedInFull(yaml: String, expected: String) throws {
        #expect(try configurationError(yaml) == expected)
    }

    @Test func aDuplicateKeyIsAnError() throws {
        let message = try configurationError("rules:\n  file-size: { mode: warn }\n  file-size: { mode: off }\n")

        #expect(message?.hasPrefix(".accrue.yml:") == true)
        #expect(message?.contains("file-size") == true)
    }

    @Test func anEmptyConfigurationChangesNothing() throws {
        let catalog = try configured("# nothing yet\n")

        #expect(catalog.rules == (try RuleCatalog.bundled().rules))
    }

    @Test func scanAndModuleSettingsAndModelAreOverridable() throws {
        let catalog = try configured("""
            scan:
              excluded_paths: [docs/**, "*.pb.swift"]
            module_settings:
              test_paths: ["**/Specs/**"]
            model:
              interest: { activity_half_life_days: 60 }
              debt_ratio: { minutes_to_write_per_line: 20 }
            rules:
              module-size: { thresholds: { warning: 1500, error: 2500 } }
            """)

        #expect(catalog.scan.excludedPaths == ["docs/**", "*.pb.swift"])
        #expect(catalog.scan.generatedMarkerLines == 10)
        #expect(catalog.modules.testPaths == ["**/Specs/**"])
        #expect(catalog.model.interest.activityHalfLifeDays.value == 60)
        #expect(catalog.model.interest.activityHalfLifeDays.source.contains("calibrated"))
        #expect(catalog.model.debtRatio.minutesToWritePerLine.value == 20)
        #expect(catalog.modules.budget.warning == 1500 && catalog.modules.budget.error == 2500)
        let origin = catalog.settings.first { $0.key == "model.interest.activity_half_life_days" }?.origin
        #expect(origin?.description == ".accrue.yml:6:40")
    }

    /// A plan's reading of which modules are published, overridden where the manifests do not tell it right.
    @Test func modulesArePublishedOrNotAsTheConfigurationSays() throws {
        let catalog = try configured("module_settings:\n  published: [Core]\n  unpublished: [site, docs]\n")

        #expect(catalog.modules.published == ["Core"])
        #expect(catalog.modules.unpublished == ["site", "docs"])
        #expect(try RuleCatalog.bundled().modules.published == [])
        #expect(try configurationError("module_settings:\n  published: Core\n")?.contains("expected a list") == true)
    }

    @Test func theModuleBudgetIsSetThroughTheRule() throws {
        let message = try configurationError("module_settings:\n  budget: { warning: 10 }\n")

        #expect(message == ".accrue.yml:2:3: the module budget is set with rules.module-size.thresholds")
    }
}
