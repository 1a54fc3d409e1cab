import Foundation
import RuleCatalog
import FunctionScan
import ImportScan
import SourceScan
import Testing

/// The bundled languages, read once for all import tests.
private let bundledLanguages = Result { try RuleCatalog.bundled().languages }

/// The imports `text` writes, lexed and read as the named bundled language (as the file at `path`).
func imports(in text: String, as name: String, path: String = "") throws -> [ImportFacts] {
    let table = try bundledLanguages.get()
    let index = try #require(table.index(named: name))
    let extractor = ImportExtractor(language: table.languages[index])
    return Array(text.utf8).withUnsafeBufferPointer { bytes in
        extractor.imports(in: table.lexers[index].lex(bytes, collectTokens: true).tokens, bytes: bytes, path: path)
    }
}

/// The imports' paths only, for tests about which imports are found.
func importPaths(in text: String, as name: String) throws -> [String] {
    try imports(in: text, as: name).map(\.path)
}

@Suite struct ImportExtractorTests {
    @Test func everyBundledImportStyleNamesAKnownGrammar() throws {
        let styles = try bundledLanguages.get().languages.compactMap(\.importStyle)

        let unknown = styles.filter { ImportStyle(rawValue: $0) == nil }

        #expect(!styles.isEmpty)
        #expect(unknown == [])
    }

    @Test func aLanguageWithoutAnImportStyleFindsNothing() throws {
        let text = "import os\nsource ./lib.sh\n"

        let found = try imports(in: text, as: "Bourne Shell")

        #expect(found == [])
    }

    @Test(arguments: ImportStyle.allCases)
    func emptyInputFindsNothing(style: ImportStyle) {
        let extractor = ImportExtractor(language: Language(name: "x", importStyle: style.rawValue))

        let found = [UInt8]().withUnsafeBufferPointer { extractor.imports(in: [], bytes: $0) }

        #expect(found == [])
    }

    @Test func tokensThatDoNotFitTheBytesFindNothing() {
        let extractor = ImportExtractor(language: Language(name: "x", importStyle: "go"))
        let tokens = [Token(kind: .word, line: 1, start: 0, length: 40)]

        let found = Array("import".utf8).withUnsafeBufferPointer { extractor.imports(in: tokens, bytes: $0) }

        #expect(found == [])
    }

    @Test func importsInsideStringsAndCommentsDoNotCount() throws {
        let swift = "// import Hidden\n/* import Hidden */\nlet s = \"import Hidden\"\nimport Shown\n"
        let python = "s = 'import hidden'\n# import hidden\nx = \"\"\"\nimport hidden\n\"\"\"\nimport shown\n"
        let javascript = "const s = 'import x from \"hidden\"'\n// require('hidden')\nrequire('shown')\n"

        let found = try [
            importPaths(in: swift, as: "Swift"), importPaths(in: python, as: "Python"),
            importPaths(in: javascript, as: "JavaScript"),
        ]

        #expect(found == [["Shown"], ["shown"], ["shown"]])
    }

    @Test func encodesSnakeCaseKeysAndLeavesOutEmptyAliasAndNames() throws {
        let plain = ImportFacts(path: "Foundation", kind: .module, line: 1)
        let full = ImportFacts(path: ".", kind: .relative, line: 2, alias: "m", names: ["a"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys

        let plainJSON = String(decoding: try encoder.encode(plain), as: UTF8.self)
        let decoded = try JSONDecoder().decode(ImportFacts.self, from: try encoder.encode(full))

        #expect(plainJSON == #"{"kind":"module","line":1,"path":"Foundation"}"#)
        #expect(decoded == full)
    }
}
