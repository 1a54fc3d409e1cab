import Foundation
import SourceScan
import Testing

@testable import RuleCatalog

@Suite struct LanguageCacheTests {
    private func yamlLanguages() throws -> [Language] {
        let url = try RuleCatalog.defaultFolder().appendingPathComponent("languages.yaml")
        return (try RuleCatalog.decode(url) as LanguageFile).languages
    }

    @Test func theCachedTableEqualsTheYAML() throws {
        let languages = try yamlLanguages()

        #expect(LanguageCodec.decode(LanguageCodec.encode(languages)) == languages)
        #expect(try RuleCatalog.bundled().languages.languages == languages)
    }

    /// Markup and stylesheets name no declarations of code: plans read no uses from them.
    @Test func markupLanguagesAreMarked() throws {
        let marked = try yamlLanguages().filter(\.markup).map(\.name)

        #expect(marked == ["HTML", "CSS", "SCSS", "Sass", "LESS", "EJS", "Handlebars"])
    }

    @Test func damagedCacheBytesAreRefused() throws {
        let bytes = LanguageCodec.encode(try yamlLanguages())

        #expect(LanguageCodec.decode(Array(bytes.dropLast())) == nil)
        #expect(LanguageCodec.decode(bytes + [0]) == nil)
        #expect(LanguageCodec.decode(Array(bytes.prefix(40))) == nil)
        var otherVersion = bytes
        otherVersion["accrue-languages".utf8.count] &+= 1
        #expect(LanguageCodec.decode(otherVersion) == nil)
    }

    @Test func anEditedFileHasAnotherCacheFile() {
        let first = LanguageCache.cacheFile(for: Array("version: 1\nlanguages: []\n".utf8))
        let second = LanguageCache.cacheFile(for: Array("version: 1\nlanguages: [ ]\n".utf8))

        #expect(first != nil && first != second)
    }
}
