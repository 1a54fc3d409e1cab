import SourceScan
import Testing

/// Literals whose closer depends on their opener or their place (`Lexer+Delimited`): OCaml's quoted strings.
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
}
