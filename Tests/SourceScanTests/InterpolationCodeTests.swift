import SourceScan
import Testing

/// What an interpolation's code holds besides code: comments (a JavaScript template's `${x // note}`, Swift's nested
/// `/* a /* b */ c */`), raw and verbatim literals read as at the top level (C#'s `{@"C:\"}`, Swift's `\(#"\"#)`,
/// Dart's `${r'\'}`), and how many braces open it in a C# raw string with several `$` (`$$$"""{{{x}}}"""`).
@Suite struct InterpolationCodeTests {
    /// The string tokens' lines and lengths.
    private func strings(_ output: Lexer.Output) -> [[Int]] {
        output.tokens.filter { $0.kind == .string }.map { [Int($0.line), Int($0.length)] }
    }

    private func words(_ output: Lexer.Output, of text: String) -> [String] {
        tokenTexts(output.tokens.filter { $0.kind == .word }, of: text)
    }

    @Test func javascriptCommentsInsideATemplateInterpolationHideQuotesAndCountAsComment() throws {
        // A backtick in `// the ` sign` opened a template that ran to the function's end, hiding it; a `:` of a
        // conditional is no format specification. A line of a `${…}` holding only a comment is a comment line.
        let text = """
            const s = `a ${x ? y : z // don't
            } b`;
            const t = `c ${
              // the ` sign
              y /* it's */
            } d` + `${/* one
              it's two
            */ w}`;
            function f() { return 1; }
            """
        let output = try lex(text, as: "TypeScript", tokens: true)

        #expect(strings(output) == [[1, 28], [3, 41], [6, 27]])
        #expect(output.lines == LineCounts(total: 9, code: 7, comment: 2, blank: 0))
        #expect(summary(try functions(text, as: "JavaScript")) == ["f 9-9 ccn=1 nest=0"])
    }

    @Test func csharpRawStringsOpenCodeWithAsManyBracesAsTheirDollars() throws {
        // `$$$"""` opens code with `{{{`: `{{` is text (a quote in it opens nothing), and the literal starts at the
        // first `$`.
        let text = #"""
            var a = $$$"""{{ it's }} {{{b["k"]}}}""" + c;
            var d = $$"""{"e": {{f}}}""" + $$$$"""{{{g}}}{{{{h}}}}""";
            """#
        let output = try lex(text, as: "C#", tokens: true)

        #expect(strings(output) == [[1, 32], [2, 20], [2, 26]])
        #expect(words(output, of: text) == ["var", "a", "c", "var", "d"])
    }

    @Test func verbatimAndRawLiteralsInsideAnInterpolationKeepTheirOwnRules() throws {
        // C#'s `@"C:\"` ends at its quote and doubles a quote to escape it; a Python raw string's `\'` closes nothing.
        let csharp = #"""
            var a = $"{@"C:\"}" + b;
            var c = $"{@"say ""hi"""}" + d;
            """#
        let python = #"""
            x = f"{r'\d' + r'\''}" + y
            """#
        let csharpOutput = try lex(csharp, as: "C#", tokens: true)
        let pythonOutput = try lex(python, as: "Python", tokens: true)

        #expect(strings(csharpOutput) == [[1, 11], [2, 18]])
        #expect(words(csharpOutput, of: csharp) == ["var", "a", "b", "var", "c", "d"])
        #expect(words(pythonOutput, of: python) == ["x", "y"])
    }

    @Test func blockCommentsInsideAnInterpolationNestWhereTheLanguageNestsThem() throws {
        // Swift, Kotlin and Dart nest block comments (languages.yaml), so the quote after the inner `*/` is comment
        // and the `)` or `}` after the outer one closes the code; JavaScript's do not nest, so its first `*/` closes.
        let swift = #"""
            let x = "\(b /* a /* b */ " */ c)" + d
            """#
        let kotlin = #"""
            val x = "${b /* a /* b */ " */ c}" + d
            """#
        let dart = """
            var x = '${b /* a /* b */ ' */ c}' + d;
            """
        let javascript = """
            const x = `${b /* a /* b */ c}` + d;
            """

        #expect(words(try lex(swift, as: "Swift", tokens: true), of: swift) == ["let", "x", "d"])
        #expect(words(try lex(kotlin, as: "Kotlin", tokens: true), of: kotlin) == ["val", "x", "d"])
        #expect(words(try lex(dart, as: "Dart", tokens: true), of: dart) == ["var", "x", "d"])
        #expect(words(try lex(javascript, as: "JavaScript", tokens: true), of: javascript) == ["const", "x", "d"])
    }

    @Test func aNestedCommentInsideAnInterpolationCountsItsLinesAsComment() throws {
        // The middle line is inside the outer comment: a comment line, where reading the first `*/` as the end made
        // `still comment` code.
        let text = #"""
            let s = """
                \(a /* one
                /* two */ still comment
                */ + b)
                """
            """#

        let output = try lex(text, as: "Swift", tokens: true)

        #expect(output.lines == LineCounts(total: 5, code: 4, comment: 1, blank: 0))
        #expect(strings(output) == [[1, 66]])
    }

    @Test func rawLiteralsInsideAnInterpolationHaveNoEscapes() throws {
        // Swift's `#"\"#` and `##"a"#b"##`, Dart's `r'\'` and `r"\"`, Kotlin's `"""\"""` end as they do at the top
        // level: a backslash escapes nothing and only the closer with its `#` run closes.
        let swift = #"""
            let x = "\(#"\"# + y)" + z
            let w = "\(##"a"#b"## + y)" + z
            """#
        let dart = #"""
            var s = '${r'\' + t}' + u;
            var v = "${r"\" + t}" + u;
            """#
        let kotlin = #"""
            val s = "${ """\""" + t }" + u
            """#

        #expect(words(try lex(swift, as: "Swift", tokens: true), of: swift) == ["let", "x", "z", "let", "w", "z"])
        #expect(words(try lex(dart, as: "Dart", tokens: true), of: dart) == ["var", "s", "u", "var", "v", "u"])
        #expect(words(try lex(kotlin, as: "Kotlin", tokens: true), of: kotlin) == ["val", "s", "u"])
    }

    @Test func aRawLiteralInsideAnInterpolationHasInterpolationsOfItsOwn() throws {
        // The raw literal is read as at the top level, its own interpolations code: a closer, a quote or the outer
        // code's bracket inside them closes nothing (reading them as text closed the raw literal at `"#`, `"` or
        // `"""`, the outer code at the `)` or `}` after it, and left a quote to open a literal that hid `z`).
        let swift = ##"""
            let s = "\(f(#"a \#(g(#"b"#)) c"#)) d" + z
            let t = "\(f(#"a \#(x) b"#))" + z
            """##
        let kotlin = #"""
            val s = "${f("""a ${g("""}""")} b""")}" + z
            """#
        let scala = #"""
            val s = s"${f(s"""a ${g(s"""}""")} b""")}" + z
            """#
        let csharp = #"""
            var s = $"{f($@"a {g("}")} b")}" + z;
            var t = $"{f($"""a {g($"""}""")} b""")}" + z;
            """#
        let swiftOutput = try lex(swift, as: "Swift", tokens: true)

        #expect(strings(swiftOutput) == [[1, 30], [2, 21]])
        #expect(words(swiftOutput, of: swift) == ["let", "s", "z", "let", "t", "z"])
        #expect(words(try lex(kotlin, as: "Kotlin", tokens: true), of: kotlin) == ["val", "s", "z"])
        #expect(words(try lex(scala, as: "Scala", tokens: true), of: scala) == ["val", "s", "s", "z"])
        #expect(words(try lex(csharp, as: "C#", tokens: true), of: csharp) == ["var", "s", "z", "var", "t", "z"])
    }

    @Test func aPrefixedLiteralInsideAnInterpolationIsReadFromItsOwnOpener() throws {
        // Shell's `$'…'` has escapes, so its `\'` closes nothing: the `'` after the `$` opens no raw `'…'` (which
        // would make the `"` after it open a literal and the outer one close there).
        let text = #"""
            echo "$(printf $'a\'b" )' x)" done

            """#

        let output = try lex(text, as: "Bourne Shell", tokens: true)

        #expect(words(output, of: text) == ["echo", "done"])
    }
}
