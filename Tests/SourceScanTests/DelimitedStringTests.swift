import SourceScan
import Testing

/// Literals whose closer depends on their opener or their place (`Lexer+Delimited`): OCaml's quoted strings,
/// Markdown's code spans and fenced code blocks.
@Suite struct DelimitedStringTests {
    @Test func aQuoteInsideAnOCamlQuotedStringOpensNoString() throws {
        // dune's src/dune_pkg/fetch.ml: after `{|"|}` every later comment was counted as code (3 comment lines, not 37).
        let text = "let suffix = {|\"|} in\n(* comment *)\nlet x = 1\n"

        let output = try lex(text, as: "OCaml", tokens: true)

        #expect(output.lines == LineCounts(total: 3, code: 2, comment: 1, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.length) == [5])
    }

    @Test func anOCamlQuotedStringClosesOnlyAtItsOwnTag() throws {
        let text = "let q = {sql|\n(* text *) |} \"\n|sql}\n(* comment *)\n"

        let output = try lex(text, as: "OCaml", tokens: true)

        #expect(output.lines == LineCounts(total: 4, code: 3, comment: 1, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [1])
    }

    @Test func bracesThatOpenNoQuotedStringAreCode() throws {
        // Records, a tag that is not lowercase, a quoted string never closed: the `"` after them still opens a string.
        let text = "let r = { r with a = \"(*\" }\nlet b = {Foo|x|Foo}\n(* c *)\nlet u = {x|open\n"

        let lines = try lex(text, as: "OCaml").lines

        #expect(lines == LineCounts(total: 4, code: 3, comment: 1, blank: 0))
    }

    @Test func stringsInsideOCamlCommentsAreLexed() throws {
        // OCaml's lexer reads strings in comments: a closer or an opener inside one is text.
        let text = "(* the \"*)\" token *)\nlet x = 1\n(* skips \"(*\" and {|*)|} and '\"' *)\nlet y = 2\n"

        let lines = try lex(text, as: "OCaml").lines

        #expect(lines == LineCounts(total: 4, code: 2, comment: 2, blank: 0))
    }

    @Test func aStringInsideAnOCamlCommentKeepsItsLinesComment() throws {
        // A quote that never closes is text; apostrophes in prose are no char literals.
        let text = "(* a \"multi\n\n  line\" string *)\nlet x = 1\n(* don't \" stop *)\nlet y = 2\n"

        let lines = try lex(text, as: "OCaml").lines

        #expect(lines == LineCounts(total: 6, code: 2, comment: 3, blank: 1))
    }

    @Test func aCommentOpenerInAMarkdownCodeSpanOpensNoComment() throws {
        // pandoc's changelog.md: `` `<!--` `` made the next 3,983 lines comment.
        let text = "To see if the input starts with `<!--`. If not,\nwe fail.\n\n<!-- a comment -->\n"

        let lines = try lex(text, as: "Markdown").lines

        #expect(lines == LineCounts(total: 4, code: 2, comment: 1, blank: 1))
    }

    @Test func aCodeSpanClosesOnlyAtARunAsLong() throws {
        let text = "``a ` <!-- b``\n`` `<!--` ``` x\n<!-- c -->\n"

        let output = try lex(text, as: "Markdown", tokens: true)

        #expect(output.lines == LineCounts(total: 3, code: 2, comment: 1, blank: 0))
        #expect(output.tokens.filter { $0.kind == .string }.map(\.line) == [1, 2])
    }

    @Test func aBacktickNotClosedInItsParagraphIsPlainText() throws {
        // A code span may run over lines of a paragraph; an unmatched backtick run is text, all of it.
        let text = "Type ` or ``\nthen\n\n<!-- c -->\nand `a\nb <!--` c\n"

        let lines = try lex(text, as: "Markdown").lines

        #expect(lines == LineCounts(total: 6, code: 4, comment: 1, blank: 1))
    }

    @Test func fencedCodeBlocksHoldCommentOpeners() throws {
        // pandoc's test/command/*.md show HTML comments inside fences; a longer fence holds a shorter one.
        let text = "````\n```\n<!--\n\n```\n````\n~~~ html\n<!--\n~~~\n<!-- c -->\n"

        let lines = try lex(text, as: "Markdown").lines

        #expect(lines == LineCounts(total: 10, code: 8, comment: 1, blank: 1))
    }

    @Test func aFenceMustOpenItsLineAndHoldNoOtherBacktick() throws {
        // `` ```js``` `` opening a line is a code span; a fence after text is no fence; an unclosed fence runs to the end.
        let text = "```js``` <!-- c -->\nText ```\n\n<!-- d -->\n```\n<!--\n"

        let lines = try lex(text, as: "Markdown").lines

        #expect(lines == LineCounts(total: 6, code: 4, comment: 1, blank: 1))
    }
}
