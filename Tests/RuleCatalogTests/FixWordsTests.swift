import DebtModel
import RuleCatalog
import Testing

/// The bundled `fixes:` lists of rules/model.yaml, and a configuration that replaces them.
@Suite struct FixWordsTests {
    @Test func theBundledListsAreWords() throws {
        let fixes = try RuleCatalog.bundled().model.fixes
        for list in [fixes.words, fixes.housekeepingWords, fixes.defectWords] {
            #expect(!list.value.isEmpty && list.value.allSatisfy(ModelParameters.Fixes.isWord), "\(list.value)")
        }
        #expect(fixes.subjectPrefixes.value == ["🐛", "🚑"])
    }

    /// `{ add: …, remove: … }` edits the default list, in any case, rather than repeating it.
    @Test func aConfigurationAddsToAListOrRemovesFromIt() throws {
        let defaults = try RuleCatalog.bundled().model.fixes
        let catalog = try configured(
            "model:\n  fixes:\n    words: { add: [behoben, FIX], remove: [Regressions] }\n"
                + "    subject_prefixes: { add: ['🩹'] }\n")

        let expected = defaults.words.value.filter { $0 != "regressions" } + ["behoben"]
        #expect(catalog.model.fixes.words.value == expected)
        #expect(catalog.model.fixes.subjectPrefixes.value == ["🐛", "🚑", "🩹"])
        #expect(try #require(catalog.settings.first { $0.key == "model.fixes.words" }).origin.description == ".accrue.yml:3:12")
        #expect(try configurationError("model:\n  fixes:\n    words: { append: [x] }\n")?
            .hasPrefix(".accrue.yml:3:14: unknown key 'append' in model.fixes.words") == true)
    }

    @Test(arguments: ["fix", "Behoben", "исправлен", "修复", "corrigé"])
    func words(text: String) { #expect(ModelParameters.Fixes.isWord(text)) }

    @Test(arguments: ["", "bug-fix", "fix2", "two words", "🐛", "fix:"])
    func notWords(text: String) { #expect(!ModelParameters.Fixes.isWord(text)) }

    @Test func aConfigurationReplacesAList() throws {
        let catalog = try configured("model:\n  fixes:\n    words: [fix, behoben]\n    subject_prefixes: ['[BUG]']\n")

        #expect(catalog.model.fixes.words.value == ["fix", "behoben"])
        #expect(catalog.model.fixes.subjectPrefixes.value == ["[BUG]"])
        #expect(catalog.model.fixes.defectWords == (try RuleCatalog.bundled().model.fixes.defectWords))
        let words = try #require(catalog.settings.first { $0.key == "model.fixes.words" })
        #expect(words.value == #"["fix", "behoben"]"#)
        #expect(words.origin.description == ".accrue.yml:3:12")
    }

    @Test(arguments: [
        ("model:\n  fixes:\n    words: [fix, bug-fix]\n",
            ".accrue.yml:3:18: expected a word of letters (no digits, spaces or punctuation) for model.fixes.words, found 'bug-fix'"),
        ("model:\n  fixes:\n    words: fix\n", ".accrue.yml:3:12: expected a list for model.fixes.words, found 'fix'"),
        ("model:\n  fixes:\n    subject_prefixes: ['']\n",
            ".accrue.yml:3:24: expected a string for model.fixes.subject_prefixes, found ''"),
        ("model:\n  fixes:\n    fix_words: [fix]\n",
            ".accrue.yml:3:5: unknown key 'fix_words' in model.fixes"),
    ])
    func aBadListNamesItsPlace(yaml: String, message: String) throws {
        let error = try configurationError(yaml)
        #expect(error?.hasPrefix(message) == true, "\(error ?? "no error")")
    }
}
