import SourceScan
import Testing

/// Literals in which the closer doubled is text (`Language.StringForm.doubled`): C#'s and F#'s verbatim strings,
/// SQL, Visual Basic, Fortran, Pascal, Ada and PowerShell quotes. Read as a closer and an opener, `@"a""b"` went on
/// as a plain string with backslash escapes, or as a raw `"""` string that hid the rest of the file.
@Suite struct DoubledQuoteTests {
    /// The source text of each string token.
    private func strings(_ text: String, as name: String) throws -> [String] {
        let output = try lex(text, as: name, tokens: true)
        return tokenTexts(output.tokens.filter { $0.kind == .string }, of: text)
    }

    @Test func csharpVerbatimStringsDoubleTheirQuotes() throws {
        // `@"a""\"` is `a"\`: read as `@"a"` then `"\"…`, the `\"` escaped the closer and `b`, `c` were lost.
        let text = #"""
            var a = @"a""b" + x; // c
            var d = @"""" + @"a""\" + b + c;
            var e = $@"{x}"" " + @$"{y["k"]}""";
            """#
        let expected = [#"@"a""b""#, #"@"""""#, #"@"a""\""#, #"$@"{x}"" ""#, #"@$"{y["k"]}""""#]
        #expect(try strings(text, as: "C#") == expected)
        let words = try tokenTexts(lex(text, as: "C#", tokens: true).tokens.filter { $0.kind == .word }, of: text)
        #expect(words == ["var", "a", "x", "var", "d", "b", "c", "var", "e"])
        #expect(try lex(text, as: "C#").lines == LineCounts(total: 3, code: 3, comment: 0, blank: 0))
    }

    @Test func aMultiLineVerbatimStringEndsAtItsLoneQuote() throws {
        // The last line's `"""` is a doubled quote and the closer; read as a raw string's opener, it took the
        // comment and the code after it.
        let text = #"""
            var s = @"line one ""quoted""
              still ""in"" the string
            """;
            // comment
            var t = $@"{u}
            ""x"" {v}"; /* w */
            """#
        let output = try lex(text, as: "C#", tokens: true)

        let strings = output.tokens.filter { $0.kind == .string }.map { [Int($0.line), Int($0.length)] }
        #expect(strings == [[1, 51], [5, 17]])
        #expect(output.lines == LineCounts(total: 6, code: 5, comment: 1, blank: 0))
    }

    @Test func fsharpVerbatimStringsDoubleTheirQuotes() throws {
        let text = #"""
            let a = @"C:\""dir""\" + "b\"c"
            // d
            """#
        #expect(try strings(text, as: "F#") == [#"@"C:\""dir""\""#, #""b\"c""#])
        #expect(try lex(text, as: "F#").lines == LineCounts(total: 2, code: 1, comment: 1, blank: 0))
    }

    @Test func sqlVisualBasicAndPowerShellQuotesAreOneLiteral() throws {
        #expect(try strings("SELECT 'it''s', \"a\"\"b\" -- c\n", as: "SQL") == ["'it''s'", "\"a\"\"b\""])
        #expect(try strings("x = \"say \"\"hi\"\"\" ' c\n", as: "Visual Basic .NET") == ["\"say \"\"hi\"\"\""])
        // PowerShell's double quotes also escape with a backtick.
        #expect(try strings("$a = 'it''s' + \"q\"\"`\"\" # c\n", as: "PowerShell") == ["'it''s'", "\"q\"\"`\"\""])
    }

    @Test func aPlainCSharpStringDoesNotDouble() throws {
        // `""` is an empty string, and `"a" "b"` two.
        #expect(try strings(#"f("a""b", "") // c"#, as: "C#") == [#""a""#, #""b""#, #""""#])
    }
}
