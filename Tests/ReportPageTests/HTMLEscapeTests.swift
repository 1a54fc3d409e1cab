import Foundation
import ReportPage
import Testing

@Suite struct HTMLEscapeTests {
    @Test func textEscapesEveryCharacterThatCanOpenMarkupOrEndAnAttribute() {
        let escaped = HTMLEscape.text("<script>alert(1)</script> & \"q\" 'a'")

        #expect(escaped == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;")
    }

    @Test func textDropsControlCharactersThatXMLForbidsButKeepsLineBreaks() {
        #expect(HTMLEscape.text("a\u{1}b\u{1B}c\td\ne") == "abc\td\ne")
    }

    @Test func textKeepsOtherCharactersIncludingNonASCII() {
        #expect(HTMLEscape.text("Sources/Über/naïve ✓.swift") == "Sources/Über/naïve ✓.swift")
    }

    @Test func scriptJSONCannotCloseTheScriptElementAndStillDecodesToTheSameValue() throws {
        let value = ["path": "</script><script>alert(1)</script><!-- & \u{2028}"]
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)

        let safe = HTMLEscape.scriptJSON(json)

        #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("&"))
        #expect(!safe.contains("\u{2028}"))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)) == value)
    }
}
