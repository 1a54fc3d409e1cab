import SourceScan
import Testing

/// Characterization of the lexer's scanning loop (`Lexer.run`): line ends (and the here-document bodies they
/// start), blanks, code skipped when only lines are counted, comments and strings at starter bytes, directives,
/// words, numbers and operators. Pinned before the loop was split into helpers.
@Suite struct LexerLoopTests {
    /// Each token as `kind:text@line`.
    private func tokens(_ text: String, as name: String) throws -> [String] {
        let output = try lex(text, as: name, tokens: true)
        let texts = tokenTexts(output.tokens, of: text)
        return zip(output.tokens, texts).map { "\($0.kind):\($1)@\($0.line)" }
    }

    @Test func wordsNumbersOperatorsAndDirectivesAreTokensOnTheirLines() throws {
        // `#if` opens a directive only as a line's first code; after code, `#` is an operator (a starter in Swift,
        // which opens no raw string here) and `if` a word. The pairs `punctLength` keeps are one token.
        let text = """
            #if DEBUG
            let x2 = 0x1F+y >= 3 && a?.b ?? c // note
              #endif
            f(#selector(g)) -> h
            """

        let found = try tokens(text, as: "Swift")

        #expect(
            found == [
                "directive:#if@1", "word:DEBUG@1",
                "word:let@2", "word:x2@2", "punct:=@2", "number:0x1F@2", "punct:+@2", "word:y@2", "punct:>=@2",
                "number:3@2", "punct:&&@2", "word:a@2", "punct:?.@2", "word:b@2", "punct:??@2", "word:c@2",
                "directive:#endif@3",
                "word:f@4", "punct:(@4", "punct:#@4", "word:selector@4", "punct:(@4", "word:g@4", "punct:)@4",
                "punct:)@4", "punct:->@4", "word:h@4",
            ])
    }

    @Test func aStarterThatOpensNothingIsReadAsCode() throws {
        // `r` may open a raw string in Dart and `$` a C# interpolated one: here each starts a word.
        let dart = "return rx + r'a\\';\n"
        let csharp = "var s = $x + $\"{y}\";\n"

        let dartTokens = try tokens(dart, as: "Dart")
        let csharpTokens = try tokens(csharp, as: "C#")

        #expect(dartTokens == ["word:return@1", "word:rx@1", "punct:+@1", "string:r'a\\'@1", "punct:;@1"])
        #expect(
            csharpTokens == [
                "word:var@1", "word:s@1", "punct:=@1", "word:$x@1", "punct:+@1", "string:$\"{y}\"@1",
                "punct:;@1",
            ])
    }

    @Test func countingLinesAloneSkipsCodeButKeepsItsLastByteForDocstrings() throws {
        // A literal opening a line after `(` continues the expression: code, not a docstring. Counting lines alone
        // skips the code of a marked line, so it must still remember the `(` (blanks after it skipped too).
        let text = """
            def f():
                \"\"\"Doc.\"\"\"
                x = g(a, b,   \t
                    \"\"\"not doc\"\"\")
                \"\"\"doc again\"\"\"

            """

        let counted = try lex(text, as: "Python").lines
        let tokenized = try lex(text, as: "Python", tokens: true).lines

        #expect(counted == LineCounts(total: 5, code: 3, comment: 2, blank: 0))
        #expect(tokenized == counted)
    }

    @Test func aLineEndStartsThePendingHereDocumentBodies() throws {
        // Two here-documents open on one line; their bodies follow it (a body line opening with `#` is a comment
        // line, as cloc counts it), and the loop goes on after the last closing line.
        let text = """
            cat <<A; cat <<-B # two
            # not a comment
            A
            \tb line
            \tB
            echo done # c

            """

        let found = try tokens(text, as: "Bourne Shell")
        let lines = try lex(text, as: "Bourne Shell").lines

        #expect(
            found == [
                "word:cat@1", "string:<<A@1", "punct:;@1", "word:cat@1", "string:<<-B@1", "word:echo@6",
                "word:done@6",
            ])
        #expect(lines == LineCounts(total: 6, code: 5, comment: 1, blank: 0))
    }

    @Test func aByteOrderMarkIsSkippedAndAShebangLineIsCode() throws {
        let text = "\u{FEFF}#!/bin/sh\n  \n# c\necho a\\#b\n"

        let found = try tokens(text, as: "Bourne Shell")
        let lines = try lex(text, as: "Bourne Shell").lines

        #expect(found == ["word:echo@4", "word:a@4", "punct:\\#@4", "word:b@4"])
        #expect(lines == LineCounts(total: 4, code: 2, comment: 1, blank: 1))
    }
}
