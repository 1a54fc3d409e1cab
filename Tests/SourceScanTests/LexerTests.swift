import RuleCatalog
import SourceScan
import Testing

/// Lexes `text` as the named bundled language.
func lex(_ text: String, as name: String, tokens: Bool = false) throws -> Lexer.Output {
    let table = try RuleCatalog.bundled().languages
    let index = try #require(table.index(named: name))
    return table.lexers[index].lex(Array(text.utf8), collectTokens: tokens)
}

/// The source text of each token of `text`.
func tokenTexts(_ tokens: [Token], of text: String) -> [String] {
    Array(text.utf8).withUnsafeBufferPointer { bytes in tokens.map { $0.text(in: bytes) } }
}

@Suite struct LexerTests {
    @Test func countsCodeCommentAndBlankLinesLikeCloc() throws {
        let text = "// header\n\nint main(void) { /* inline */\n  /* a\n\n   b */ return 0;\n}\n"

        let lines = try lex(text, as: "C").lines

        #expect(lines == LineCounts(total: 7, code: 3, comment: 2, blank: 2))
    }

    @Test func tokensAreNumberedFromTheFirstLineGiven() throws {
        let table = try RuleCatalog.bundled().languages
        let index = try #require(table.index(named: "TypeScript"))
        let bytes = Array("<script>\nconst a = 1\n\nf(`x\ny`)\n</script>".utf8)
        let buffer = TokenBuffer()

        let lines = bytes.withUnsafeBufferPointer { all in
            table.lexers[index].lex(UnsafeBufferPointer(rebasing: all[8..<31]), into: buffer, firstLine: 1)
        }
        _ = bytes.withUnsafeBufferPointer { all in
            table.lexers[index].lex(UnsafeBufferPointer(rebasing: all[8..<31]), into: buffer, firstLine: 7)
        }

        #expect(buffer.tokens.map(\.line) == [8, 8, 8, 8, 10, 10, 10, 11])
        #expect(lines == LineCounts(total: 5, code: 3, comment: 0, blank: 2))
    }

    @Test func commentMarkersInsideStringsAreCode() throws {
        let text = "let a = \"// not a comment\"\nlet b = \"/* nor this\"\n"

        let lines = try lex(text, as: "Swift").lines

        #expect(lines.code == 2 && lines.comment == 0)
    }

    /// The lexer crosses comment and string bodies eight bytes at a time once a line is marked; what marks a
    /// line must still be seen: an escape opening a line, a closer or nested opener opening a line.
    @Test func linesOpenedByEscapesClosersOrOpenersInsideBodiesAreCounted() throws {
        let swift = "let s = \"\"\"\n    \\(x) and \\\n\n    \\(y)\n    \"\"\"\n/* a\n*/\n/* b\n /* c */\n\n */\n"

        let lines = try lex(swift, as: "Swift").lines

        #expect(lines == LineCounts(total: 11, code: 5, comment: 5, blank: 1))
    }

    /// A line of a multi-line literal holding only an escape is text, as cloc counts it (swift-argument-parser's
    /// zsh generator had such a line counted blank).
    @Test func aLineOfALiteralHoldingOnlyAnEscapeIsCode() throws {
        let python = "s = \"\"\"\n\\n\n\\t\\t\n\"\"\"\n"

        let lines = try lex(python, as: "Python").lines

        #expect(lines == LineCounts(total: 4, code: 4, comment: 0, blank: 0))
    }

    @Test func swiftBlockCommentsNest() throws {
        let text = "/* outer /* inner */ still comment */\nlet x = 1\n"

        let lines = try lex(text, as: "Swift").lines

        #expect(lines == LineCounts(total: 2, code: 1, comment: 1, blank: 0))
    }

    @Test func swiftRawAndMultilineStringsHoldQuotesAndMarkers() throws {
        let text = "let r = #\"a \" // b\"#\nlet m = \"\"\"\n  /* text */\n  \"\"\"\nlet z = 2\n"

        let output = try lex(text, as: "Swift", tokens: true)

        #expect(output.lines == LineCounts(total: 5, code: 5, comment: 0, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [1, 2])
    }

    @Test func pythonDocstringsAreCommentsButAssignedStringsAreCode() throws {
        let text = "def f():\n    \"\"\"Doc\n    more\n    \"\"\"\n    x = \"\"\"\n    sql\n    \"\"\"\n"

        let lines = try lex(text, as: "Python").lines

        #expect(lines == LineCounts(total: 7, code: 4, comment: 3, blank: 0))
    }

    @Test func rustLifetimesAreNotCharLiterals() throws {
        let text = "fn f<'a>(x: &'a str) -> char { 'x' }\n// c\n"

        let output = try lex(text, as: "Rust", tokens: true)

        #expect(output.lines == LineCounts(total: 2, code: 1, comment: 1, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.count == 1)
    }

    @Test func unterminatedCommentsAndStringsRunToTheEnd() throws {
        let comment = try lex("int x;\n/* never closed\nstill\n", as: "C").lines
        let string = try lex("x = `never closed\nstill\n", as: "JavaScript").lines

        #expect(comment == LineCounts(total: 3, code: 1, comment: 2, blank: 0))
        #expect(string == LineCounts(total: 2, code: 2, comment: 0, blank: 0))
    }

    @Test func rubyPercentLiteralsRegularExpressionsAndQuotingGlobalsAreOneTokenEach() throws {
        // rubocop: a quote in `%r{…}` (util.rb) or in `when :$', :$POSTMATCH` (perl_backrefs.rb) opened a string
        // that made the comments after it code and hid the methods from the function grammar.
        let text = """
            a = %w[x "y] + %r{a{2}'#} + %q|z'|
            b = c / d / e
            f = $' + $" + x.split /,"/
              /'/.match?(y) << /"/
            # a comment
            """

        let output = try lex(text, as: "Ruby", tokens: true)
        let strings = output.tokens.filter { $0.kind == .string }

        #expect(strings.map(\.line) == [1, 1, 1, 3, 3, 3, 4, 4])
        #expect(strings.map(\.length) == [8, 10, 6, 2, 2, 4, 3, 3])
        #expect(output.lines == LineCounts(total: 5, code: 4, comment: 1, blank: 0))
    }

    @Test func interpolationsAreCodeInsideTheLiteralWithLiteralsOfTheirOwn() throws {
        // rubocop's util.rb: read quote by quote, the last `"` opened a string that ran to the next method.
        let ruby = #"""
            x = "'#{s.gsub('\\') { '\\\\' }.gsub('\"', '"')}'"
            y = "a #{b ? "c #{d}" : 'e'}
              f"
            z = "
            "
            # a comment
            """#
        let rubyOutput = try lex(ruby, as: "Ruby", tokens: true)
        let rubyStrings = rubyOutput.tokens.filter { $0.kind == .string }
        #expect(rubyStrings.map(\.line) == [1, 2, 4])
        #expect(rubyOutput.lines == LineCounts(total: 6, code: 5, comment: 1, blank: 0))

        // A template inside a template's `${…}` (and braces of its own) is part of it, as lizard reads it.
        let typescript = """
            const a = `<ul>${items.map((i) => { return `<li>${i}</li>`; }).join("")}</ul>`;
            const b = `x`; // done
            """
        let tsOutput = try lex(typescript, as: "TypeScript", tokens: true)
        let templates = tsOutput.tokens.filter { $0.kind == .string }
        #expect(templates.map(\.line) == [1, 2])
        #expect(templates.first?.length == 68)

        // Kotlin's and Dart's `${…}` too.
        let kotlin = try lex(#"val a = "${s.replace("\"", "'")}" + x"#, as: "Kotlin", tokens: true)
        #expect(kotlin.tokens.filter { $0.kind == .string }.map(\.length) == [25])
    }
}
