import FunctionTokens
import Testing

/// JavaScript's and TypeScript's regular expression literals: one token, where an operand may start, as lizard reads
/// them (koa's `/^https?:\/\//i` had read as a `/` and a `//` comment, so `href` ran 615 lines to the file's end).
@Suite struct JavaScriptRegexTests {
    @Test func aRegularExpressionHidesItsSlashesQuestionMarksAndBrackets() throws {
        let text = """
            module.exports = {
              get href () {
                if (/^https?:\\/\\//i.test(this.url)) return this.url
                return /[/(]+/g.exec(x) || /a\\/b/
              },
              other () {
                return 1
              }
            }
            """
        #expect(try summary(functions(text, as: "JavaScript")) == ["href 2-5 ccn=3 nest=0", "other 6-8 ccn=1 nest=0"])
        #expect(try summary(functions(text, as: "TypeScript")) == ["href 2-5 ccn=3 nest=0", "other 6-8 ccn=1 nest=0"])
    }

    @Test func divisionsAndJSXClosingTagsAreNoRegularExpressions() throws {
        // `a /2` after a name that is no keyword, `b / 3 / 4` spaced, `</div>` after a `<`: none opens a literal, so
        // the `{` on each line still counts.
        let text = """
            function ratio(a, b) {
              const w = a /2; if (w) { b = b / 3 / 4 }
              return w
            }
            const View = () => <div>{a}</div>
            function after() { return 1 }
            """
        let found = try functions(text, as: "JSX").map { "\($0.name) \($0.startLine)-\($0.endLine)" }
        #expect(found.contains("ratio 1-4"))
        #expect(found.contains("after 6-6"))
    }
}
