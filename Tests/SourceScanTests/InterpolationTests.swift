import SourceScan
import Testing

/// Code inside string literals (`Language.StringForm.interpolation`) in Swift, Python, C# and Scala: the code is part
/// of the literal, and a quote in it opens a literal of its own instead of closing the outer one.
@Suite struct InterpolationTests {
    /// The string tokens' lines and lengths.
    private func strings(_ output: Lexer.Output) -> [[Int]] {
        output.tokens.filter { $0.kind == .string }.map { [Int($0.line), Int($0.length)] }
    }

    @Test func swiftInterpolationsHoldLiteralsAndRawStringsTakeTheirHashes() throws {
        // Read quote by quote, `"\(dict["key"] ?? "none")"` was three strings with `key` and `none` as code; in a
        // raw string `\(` is text and `\#(` the interpolation, and only `"#` closes it.
        let text = ##"""
            let a = "\(dict["key"] ?? "none")" + b
            let c = #"raw \#(x["k"]) and \(y["k"]) "#
            let d = """
                multi \(f("a\(g(")"))"))
                """
            // done
            """##
        let output = try lex(text, as: "Swift", tokens: true)

        #expect(strings(output) == [[1, 26], [2, 33], [3, 40]])
        let words = output.tokens.filter { $0.kind == .word }.count
        #expect(words == 7)  // let a b let c let d
        #expect(output.lines == LineCounts(total: 6, code: 5, comment: 1, blank: 0))
    }

    @Test func pythonFStringsHoldLiteralsAndDoubledBracesAreText() throws {
        // Python 3.12 allows the f-string's own quote inside its braces; `{{` is a brace, so `f"{{"` closes.
        let text = """
            x = f"{d["k"]!r:>{width}} {{literal}} {'}'}" + y
            z = rf'''
            {a['b']}
            ''' # c
            w = f"{{" + "}"
            """
        let output = try lex(text, as: "Python", tokens: true)

        #expect(strings(output) == [[1, 40], [2, 18], [5, 5], [5, 3]])
        #expect(output.lines == LineCounts(total: 5, code: 5, comment: 0, blank: 0))
    }

    @Test func csharpInterpolatedVerbatimAndRawStrings() throws {
        // `$@"…"` doubles a quote to escape it; `$$"""…"""` opens code with `{{`, so a lone `{` is text.
        let text = #"""
            var a = $"{(b ? "x" : "y")} {{ {c["k"]:N2}" + d;
            var e = $@"C:\{f["g"]}""quoted""
              {h}";
            var i = @$"{j}" + $"""{k["l"]}""" + $$"""{"m": {{n["o"]}}}""";
            """#
        let output = try lex(text, as: "C#", tokens: true)

        #expect(strings(output) == [[1, 35], [2, 31], [4, 7], [4, 15], [4, 25]])
        #expect(output.lines == LineCounts(total: 4, code: 4, comment: 0, blank: 0))
    }

    @Test func scalaStringsAfterANameAreInterpolated() throws {
        // Any interpolator (`s`, `f`, cats' `show`); a plain string's `${` is text.
        let text = #"""
            val a = s"${m("k")} and $b" + c
            val d = show"""${e.map(x => s"<$x>")}
              """ + f"${g}%2.2f"
            val h = "no ${" + i
            """#
        let output = try lex(text, as: "Scala", tokens: true)

        #expect(strings(output) == [[1, 18], [2, 31], [3, 11], [4, 7]])
        #expect(output.tokens.filter { $0.kind == .word }.map(\.line) == [1, 1, 1, 1, 2, 2, 2, 3, 4, 4, 4])
    }
}
