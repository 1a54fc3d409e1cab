import Foundation
import RuleCatalog
import Testing

/// Broken rule files fail to load with a message naming the file and the problem.
@Suite struct RuleValidationTests {
    private func loadError(editing file: String, _ edit: (String) -> String) throws -> String? {
        let folder = try copiedRules()
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(edit(text).utf8).write(to: url)
        do {
            _ = try RuleCatalog.load(from: folder)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anIdDifferentFromTheFileNameIsAnError() throws {
        let message = try loadError(editing: "debt/file-size.yaml") {
            $0.replacingOccurrences(of: "id: file-size", with: "id: file-length")
        }

        #expect(message == "invalid rules file rules/debt/file-size.yaml: id 'file-length' must equal the file name 'file-size'")
    }

    @Test func anUnknownMetricIsNamedWithASuggestion() throws {
        let message = try loadError(editing: "debt/file-size.yaml") {
            $0.replacingOccurrences(of: "metric: file_code_lines", with: "metric: file_code_line")
        }

        #expect(message?.hasPrefix("rules/debt/file-size.yaml:5:9: unknown metric 'file_code_line' in rule 'file-size' (did you mean 'file_code_lines'?)") == true)
    }

    @Test func anUnknownMetricInAnExampleIsAnError() throws {
        let message = try loadError(editing: "debt/file-size.yaml") {
            $0.replacingOccurrences(of: "triggering: [{ file_code_lines: 401 }", with: "triggering: [{ file_lines: 401 }")
        }

        #expect(message?.contains("unknown metric 'file_lines'") == true)
    }

    @Test func aWarningBeyondTheErrorIsAnError() throws {
        let message = try loadError(editing: "debt/ownership-fragmentation.yaml") {
            $0.replacingOccurrences(of: "{ warning: 0.5, error: 0.3 }", with: "{ warning: 0.3, error: 0.5 }")
        }

        #expect(message == "rules/debt/ownership-fragmentation.yaml:8:13: rule 'ownership-fragmentation' is lower_is_worse: warning 0.3 must not be below error 0.5")
    }

    @Test func aScriptBlockLanguageThatIsNoLanguageOrReadsOtherwiseIsAnError() throws {
        let unknown = try loadError(editing: "languages.yaml") {
            $0.replacingOccurrences(of: "tsx: TypeScript, text/typescript", with: "tsx: TSX, text/typescript")
        }
        let otherStyle = try loadError(editing: "languages.yaml") {
            $0.replacingOccurrences(of: "jsx: JSX,", with: "jsx: Python,")
        }

        #expect(unknown == "invalid rules file languages.yaml: language 'Vuejs Component': script_blocks value 'tsx' names 'TSX', which is no language")
        #expect(otherStyle?.contains("script_blocks value 'jsx' names 'Python', whose function_style and import_style (python, python) differ") == true)
    }

    @Test func anUnknownKeyInARuleFileIsAnError() throws {
        let message = try loadError(editing: "debt/file-size.yaml") {
            $0.replacingOccurrences(of: "remediation:", with: "remedy:")
        }

        #expect(message?.contains("unknown key 'remedy' in rules/debt/file-size.yaml") == true)
    }

    @Test func aModulesBudgetThatDisagreesWithTheRuleIsAnError() throws {
        let message = try loadError(editing: "modules.yaml") {
            $0.replacingOccurrences(of: "warning: 2000", with: "warning: 2500")
        }

        #expect(message?.contains("disagrees with debt/module-size.yaml") == true)
    }

    @Test func brokenYAMLInARuleFileIsPositioned() throws {
        let message = try loadError(editing: "debt/hotspot.yaml") {
            $0.replacingOccurrences(of: "scope: file", with: "scope: [file")
        }

        #expect(message?.hasPrefix("rules/debt/hotspot.yaml:") == true)
    }

    /// A path through a list reads as written: `languages[0].extensions`, not `languages.[0].extensions`.
    @Test func aPathThroughAListPutsTheIndexInBracketsAfterTheKey() throws {
        let message = try loadError(editing: "languages.yaml") {
            $0.replacingOccurrences(of: "    extensions: [swift]\n", with: "    extensions: {swift: 1}\n")
        }
        // The line of Swift's extensions, wherever the file's header comments leave it.
        let text = try String(contentsOf: RuleCatalog.defaultFolder().appendingPathComponent("languages.yaml"), encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex(of: "    extensions: [swift]")) + 1

        #expect(message?.hasPrefix("rules/languages.yaml:\(line):17: expected a list for languages[0].extensions") == true,
            "\(message ?? "loaded")")
    }

    /// A value of the wrong type or an unknown choice is named at its line and column, with what was expected.
    @Test(arguments: [
        ("thresholds: { warning: 400, error: 1000 }", "thresholds: { warning: lots, error: 1000 }",
            "rules/debt/file-size.yaml:8:24: expected a number for thresholds.warning, found 'lots'"),
        ("scope: file", "scope: fiel",
            "rules/debt/file-size.yaml:6:8: unexpected value 'fiel' for scope; expected one of: file, function, module, pair, repository"),
        ("title: File too long", "tytle: File too long",
            "rules/debt/file-size.yaml:4:1: unknown key 'tytle' in rules/debt/file-size.yaml (did you mean 'title'?)"),
        ("title: File too long", "title: \"File too long",
            "rules/debt/file-size.yaml:10:10: invalid YAML: expected a key in column 1, in line with the mapping that starts at line 2"),
    ])
    func aBrokenValueIsPositioned(original: String, broken: String, expected: String) throws {
        let message = try loadError(editing: "debt/file-size.yaml") { $0.replacingOccurrences(of: original, with: broken) }

        #expect(message?.hasPrefix(expected) == true, "\(message ?? "loaded")")
        #expect(message?.contains("\n") == false)
    }
}
