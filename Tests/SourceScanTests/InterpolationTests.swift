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

    @Test func anUnclosedInterpolationEndsASingleLineLiteralAtItsLine() throws {
        // A malformed `"\(` made every later line code (their comments too) and hid the function below.
        let swift = #"""
            let s = "\(x["k"
            // one
            let t = "\(y) \(" + z
            // two
            func f() {
                if a { }
            }
            """#
        let python = """
            x = f"{d[
            # one
            def g():
                return 1
            """

        let swiftOutput = try lex(swift, as: "Swift", tokens: true)
        let pythonOutput = try lex(python, as: "Python", tokens: true)

        #expect(strings(swiftOutput) == [[1, 8], [3, 13]])
        #expect(swiftOutput.lines == LineCounts(total: 7, code: 5, comment: 2, blank: 0))
        #expect(summary(try functions(swift, as: "Swift")) == ["f 5-7 ccn=2 nest=1"])
        #expect(strings(pythonOutput) == [[1, 5]])
        #expect(pythonOutput.lines == LineCounts(total: 4, code: 3, comment: 1, blank: 0))
        #expect(summary(try functions(python, as: "Python")) == ["g 3-4 ccn=1 nest=0"])
    }

    @Test func anUnclosedInterpolationIsTextInAMultiLineLiteral() throws {
        // The literal's own closer still closes it: a JavaScript template's `${ x` and a Swift block's `\(b`.
        let javascript = """
            const s = `abc ${ x`;
            // one
            function f() { return 1; }
            """
        let swift = #"""
            let t = """
                a \(b
                """
            // two
            """#

        let javascriptOutput = try lex(javascript, as: "JavaScript", tokens: true)
        let swiftOutput = try lex(swift, as: "Swift", tokens: true)

        #expect(strings(javascriptOutput) == [[1, 10]])
        #expect(javascriptOutput.lines == LineCounts(total: 3, code: 2, comment: 1, blank: 0))
        #expect(strings(swiftOutput) == [[1, 21]])
        #expect(swiftOutput.lines == LineCounts(total: 4, code: 3, comment: 1, blank: 0))
    }

    @Test func scalaDollarQuoteAndDoubledDollarAreText() throws {
        // `$"` is a quote in an interpolated string and `$$` a dollar, so `$${` opens no code.
        let text = #"""
            val a = s"say $"hi$" to $name" + b
            val c = s"$${" + d
            """#

        let output = try lex(text, as: "Scala", tokens: true)

        #expect(strings(output) == [[1, 21], [2, 5]])
        #expect(tokenTexts(output.tokens, of: text).filter { $0.first?.isLetter == true } == [
            "val", "a", "s", "b", "val", "c", "s", "d",
        ])
    }

    @Test func csharpRawStringsCloseWithAsManyQuotesAsOpened() throws {
        // `""""` opens a raw string that `"""` inside does not close, interpolated (`$$""""`) or not.
        let text = #"""
            var a = """"He said """hi""" """" + b;
            var c = $$""""{"x": {{d}}, "q": """ """" + e;
            var f = """"
                text """ inside
                """";
            // done
            """#

        let output = try lex(text, as: "C#", tokens: true)

        #expect(strings(output) == [[1, 25], [2, 32], [3, 33]])
        #expect(output.lines == LineCounts(total: 6, code: 5, comment: 1, blank: 0))
        #expect(tokenTexts(output.tokens, of: text).filter { $0.first?.isLetter == true } == [
            "var", "a", "b", "var", "c", "e", "var", "f",
        ])
    }

    @Test func pythonCommentsInsideAnInterpolationHideQuotesButNotAFormatSpecification() throws {
        // Python 3.12: a `#` in a multi-line `{…}` comments to the line's end; after a top-level `:`, `#` is a
        // format specification's (`{b:#x}`).
        let text = #"""
            x = f"""{
                a  # ends at """ here
            }{b:#x}""" + y
            # done
            z = f"{c[1:2]:#010b}" + w
            """#

        let output = try lex(text, as: "Python", tokens: true)

        #expect(strings(output) == [[1, 42], [5, 17]])
        #expect(output.lines == LineCounts(total: 5, code: 4, comment: 1, blank: 0))
    }
}
