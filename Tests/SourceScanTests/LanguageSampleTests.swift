import Foundation
import RuleCatalog
import SourceScan
import TestSupport
import Testing

/// One sample per language in `fixtures/sources/`; line 1 states the counts a careful reader gives it.
///
/// tokei's convention: `// 24 lines 15 code 6 comments 3 blanks` (the second line after `#!` or `<?xml`).
/// Each sample is also lexed with CRLF line ends (same counts), without tokens (same counts) and with every
/// line commented out (all non-blank lines become comment).
@Suite struct LanguageSampleTests {
    static let folder = FixtureRepository.fixturesFolder.appendingPathComponent("sources")

    static var samples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    @Test(arguments: samples)
    func countsMatchTheFirstLine(sample: String) throws {
        let (table, index, bytes) = try load(sample)
        let expected = try #require(statedCounts(bytes), "\(sample): line 1 must state its counts")

        let counts = table.lexers[index].lex(bytes, collectTokens: true).lines
        let countsOnly = table.lexers[index].lex(bytes, collectTokens: false).lines

        #expect(counts == expected, "\(sample) as \(table.languages[index].name)")
        #expect(countsOnly == counts, "\(sample): counting without tokens takes a shortcut; it must agree")
    }

    @Test(arguments: samples)
    func crlfLineEndsCountLikeLF(sample: String) throws {
        let (table, index, bytes) = try load(sample)
        var crlf: [UInt8] = []
        for byte in bytes {
            if byte == 10 { crlf.append(13) }
            crlf.append(byte)
        }

        let lf = table.lexers[index].lex(bytes, collectTokens: false).lines
        let counted = table.lexers[index].lex(crlf, collectTokens: false).lines

        #expect(counted == lf, "\(sample)")
    }

    @Test(arguments: samples)
    func commentingOutEveryLineLeavesNoCode(sample: String) throws {
        let (table, index, bytes) = try load(sample)
        let language = table.languages[index]
        let opener = language.lineComments.first ?? language.leadingComments.first ?? language.columnComments.first
        guard let opener else { return }  // block comments only (HTML, CSS): a sample may hold the closer
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        var commented: [UInt8] = []
        for (number, line) in lines.enumerated() {
            if line.contains(where: { !isBlank($0) }) { commented += Array(opener.utf8) + [32] }
            commented += line
            if number < lines.count - 1 { commented.append(10) }
        }
        let plain = table.lexers[index].lex(bytes, collectTokens: false).lines

        let counts = table.lexers[index].lex(commented, collectTokens: false).lines

        let expected = LineCounts(total: plain.total, code: 0, comment: plain.total - plain.blank, blank: plain.blank)
        #expect(counts == expected, "\(sample)")
    }

    @Test func everyLanguageHasOneSample() throws {
        let table = try RuleCatalog.bundled().languages

        let names = Self.samples.compactMap { table.language(forPath: $0).map { table.languages[$0].name } }

        #expect(names.count == Self.samples.count)
        #expect(Set(names).count == names.count, "two samples for one language: \(names)")
        #expect(Set(table.languages.map(\.name)).subtracting(names).sorted() == [], "languages without a sample")
    }

    @Test func firstLinesNameLanguagesTheFileNameDoesNot() throws {
        let table = try RuleCatalog.bundled().languages
        func detect(_ text: String) -> String? {
            let index = Array(text.utf8).withUnsafeBufferPointer { table.language(forFirstLine: $0) }
            return index.map { table.languages[$0].name }
        }

        #expect(detect("#!/usr/bin/env python3.11\nprint(1)\n") == "Python")
        #expect(detect("\u{FEFF}#!/bin/bash\necho\n") == "Bourne Again Shell")
        #expect(detect("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Scheme/>\n") == "XML")
        #expect(detect("plain text\n<?xml version=\"1.0\"?>\n") == nil)
        #expect(detect("") == nil)
    }

    private func load(_ sample: String) throws -> (LanguageTable, Int, [UInt8]) {
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.language(forPath: sample), "\(sample): no language for this name")
        let data = try #require(FileManager.default.contents(atPath: Self.folder.appendingPathComponent(sample).path))
        return (table, index, [UInt8](data))
    }

    /// Reads `N lines N code N comments N blanks` from the first line (the second after `#!` or `<?xml`).
    private func statedCounts(_ bytes: [UInt8]) -> LineCounts? {
        let head = bytes.split(separator: 10, maxSplits: 2, omittingEmptySubsequences: false).prefix(2)
        let lines = head.map { String(decoding: $0, as: UTF8.self) }
        guard let first = lines.first(where: { $0.contains(" lines ") }) else { return nil }
        let words = first.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        func number(before word: String) -> Int? {
            guard let position = words.firstIndex(where: { $0 == word }), position > words.startIndex else {
                return nil
            }
            return Int(words[words.index(before: position)])
        }
        guard let total = number(before: "lines"), let code = number(before: "code"),
            let comment = number(before: "comments"), let blank = number(before: "blanks")
        else { return nil }
        return LineCounts(total: total, code: code, comment: comment, blank: blank)
    }
}

private func isBlank(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 9 || byte == 13
}

/// Input the lexer must survive: counts stay right and time stays linear.
@Suite struct LexerBadInputTests {
    private func lines(_ bytes: [UInt8], as name: String) throws -> LineCounts {
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.index(named: name))
        return table.lexers[index].lex(bytes, collectTokens: true).lines
    }

    @Test func nonUTF8BytesAreJustBytes() throws {
        let latin1: [UInt8] = [0xE9, 0x20, 0xFF, 0xFE, 10]
        let bytes = Array("int a;\n// caf".utf8) + latin1 + Array("int b; /* \u{FF} */\n".utf8)

        let counts = try lines(bytes, as: "C")

        #expect(counts == LineCounts(total: 3, code: 2, comment: 1, blank: 0))
    }

    @Test func nulBytesDoNotEndTheFile() throws {
        let counts = try lines(Array("int a;\0\0int b;\n\0\n// c\n".utf8), as: "C")

        #expect(counts == LineCounts(total: 3, code: 2, comment: 1, blank: 0))
    }

    @Test func crlfCountsLikeLF() throws {
        let lf = "int a;\n\n// c\nchar *s = \"a\\\nb\";\n/* x\n\n y */\nint b;\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")

        let expected = try lines(Array(lf.utf8), as: "C")
        let counts = try lines(Array(crlf.utf8), as: "C")

        #expect(expected == LineCounts(total: 9, code: 4, comment: 3, blank: 2))
        #expect(counts == expected)
    }

    @Test func byteOrderMarkIsNotCode() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

        let comment = try lines(bom + Array("// c\nint a;\n".utf8), as: "C")
        let shebang = try lines(bom + Array("#!/bin/sh\necho\n".utf8), as: "Bourne Shell")
        let alone = try lines(bom, as: "C")

        #expect(comment == LineCounts(total: 2, code: 1, comment: 1, blank: 0))
        #expect(shebang == LineCounts(total: 2, code: 2, comment: 0, blank: 0))
        #expect(alone == LineCounts(total: 1, code: 0, comment: 0, blank: 1))
    }

    @Test func fiftyMegabytesOnOneLineLexInLinearTime() throws {
        let size = 50 * 1024 * 1024
        var expression = Array("int big = 0".utf8)
        expression.reserveCapacity(size + 16)
        while expression.count < size { expression += Array("+1 /**/ +'a' + \"s\"".utf8) }
        expression += Array(";\n".utf8)
        let string = [UInt8(ascii: "\"")] + [UInt8](repeating: UInt8(ascii: "x"), count: size)

        let clock = ContinuousClock()
        var counts = LineCounts()
        var unterminated = LineCounts()
        let elapsed = try clock.measure {
            counts = try lines(expression, as: "C")
            unterminated = try lines(string, as: "Python")
        }

        #expect(counts == LineCounts(total: 1, code: 1, comment: 0, blank: 0))
        #expect(unterminated == LineCounts(total: 1, code: 1, comment: 0, blank: 0))
        #expect(elapsed < .seconds(60), "\(elapsed) for 100 MB")  // a quadratic pass would take hours
    }

    @Test func backtickRunsOfEveryLengthLexInLinearTime() throws {
        // No run closes, and each one not closed crosses the paragraph again: runs of 1 to 2,000 backticks would
        // cross 2 MB 2,000 times; runs past 16 backticks are text.
        var paragraph: [UInt8] = []
        for length in 1...2000 { paragraph += [UInt8](repeating: UInt8(ascii: "`"), count: length) + [32] }
        let text = paragraph + Array("\n\n<!-- c -->\n".utf8)

        let clock = ContinuousClock()
        var counts = LineCounts()
        let elapsed = try clock.measure { counts = try lines(text, as: "Markdown") }

        #expect(counts == LineCounts(total: 3, code: 1, comment: 1, blank: 1))
        #expect(elapsed < .seconds(20), "\(elapsed) for 2 MB")
    }

    @Test func unterminatedCommentsAndStringsRunToTheEnd() throws {
        let swift = try lines(Array("let a = 1\n/* open /* nested */\nstill\n".utf8), as: "Swift")
        let python = try lines(Array("x = 1\n\"\"\"never closed\n\nstill\n".utf8), as: "Python")
        let c = try lines(Array("char *s = \"open\nint b;\n".utf8), as: "C")

        #expect(swift == LineCounts(total: 3, code: 1, comment: 2, blank: 0))
        #expect(python == LineCounts(total: 4, code: 1, comment: 2, blank: 1))
        #expect(c == LineCounts(total: 2, code: 2, comment: 0, blank: 0))
    }

    @Test func emptyFileHasNoLines() throws {
        #expect(try lines([], as: "C") == LineCounts())
    }

    @Test func lastLineWithoutNewlineCounts() throws {
        #expect(try lines(Array("int a;".utf8), as: "C") == LineCounts(total: 1, code: 1, comment: 0, blank: 0))
        #expect(try lines(Array("// c".utf8), as: "C") == LineCounts(total: 1, code: 0, comment: 1, blank: 0))
        #expect(try lines(Array("\n  \t".utf8), as: "C") == LineCounts(total: 2, code: 0, comment: 0, blank: 2))
    }
}

/// Where accrue and cloc 1.96 count differently on purpose (docs/cloc-differences.md). Our counts are
/// asserted; cloc's (`cloc --strip-str-comments`, which already keeps one-line strings intact) are recorded.
@Suite struct ClocDifferenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var accrue: LineCounts
        /// What cloc 1.96 reports for the same text.
        var cloc: LineCounts
        var testDescription: String { "\(language): \(text.prefix(30).debugDescription)" }
    }

    static let cases: [Case] = [
        // A multi-line string holding a comment marker: cloc strips comments before it sees strings.
        Case(language: "Go", text: "var s = `a\n// b\n`\n",
             accrue: LineCounts(total: 3, code: 3), cloc: LineCounts(total: 3, code: 2, comment: 1)),
        // Nested block comments: cloc closes at the first `*/`.
        Case(language: "Kotlin", text: "/* a /* b */ c */\nval x = 1\n",
             accrue: LineCounts(total: 2, code: 1, comment: 1), cloc: LineCounts(total: 2, code: 2)),
        // cloc counts every triple-quoted string as a comment, even an argument.
        Case(language: "Python", text: "f(\n    \"\"\"\n    SELECT 1\n    \"\"\"\n)\n",
             accrue: LineCounts(total: 5, code: 5), cloc: LineCounts(total: 5, code: 2, comment: 3)),
        // cloc keeps the `r` of a raw docstring as code.
        Case(language: "Python", text: "def f():\n    r\"\"\"Doc \\d.\"\"\"\n",
             accrue: LineCounts(total: 2, code: 1, comment: 1), cloc: LineCounts(total: 2, code: 2)),
        // cloc's Python filter drops any line holding `/*` or `*/`.
        Case(language: "Python", text: "glob('src/*.c')\n",
             accrue: LineCounts(total: 1, code: 1), cloc: LineCounts(total: 1, comment: 1)),
        // Fortran 90 is free form: a `c` in column one is code (cloc applies the fixed-form rule).
        Case(language: "Fortran 90", text: "character(len=8) :: s\n",
             accrue: LineCounts(total: 1, code: 1), cloc: LineCounts(total: 1, comment: 1)),
        // POD is documentation whatever command opens it; cloc knows only `=head1`.
        Case(language: "Perl", text: "=pod\n\ndoc\n\n=cut\nprint 1;\n",
             accrue: LineCounts(total: 6, code: 1, comment: 3, blank: 2),
             cloc: LineCounts(total: 6, code: 4, blank: 2)),
        // `@rem` is a Batch comment; cloc only knows `rem` and `::`.
        Case(language: "DOS Batch", text: "@rem quiet remark\n",
             accrue: LineCounts(total: 1, comment: 1), cloc: LineCounts(total: 1, code: 1)),
        // OCaml's quoted strings hold comment markers as text (dune's src/dune_rules/assets.ml quotes OCaml code).
        Case(language: "OCaml", text: "let s = {|\n(* not a comment *)\n|}\n",
             accrue: LineCounts(total: 3, code: 3), cloc: LineCounts(total: 3, code: 2, comment: 1)),
        // `<!--` in a code span or a fenced code block opens no comment; cloc's runs to the next `-->`.
        Case(language: "Markdown", text: "Write `<!--` here.\nmore text\n\n```\n-->\n```\n",
             accrue: LineCounts(total: 6, code: 5, blank: 1), cloc: LineCounts(total: 6, code: 2, comment: 3, blank: 1)),
        // A blank line after a backslash: cloc counts it as code (a continued line), we count it blank.
        Case(language: "C", text: "int a = 1; \\\n\nint b;\n",
             accrue: LineCounts(total: 3, code: 2, blank: 1), cloc: LineCounts(total: 3, code: 3)),
    ]

    @Test(arguments: cases)
    func accrueCountsItsWay(_ example: Case) throws {
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.index(named: example.language))

        let counts = table.lexers[index].lex(Array(example.text.utf8), collectTokens: false).lines

        #expect(counts == example.accrue)
        #expect(example.accrue.total == example.cloc.total)
    }
}
