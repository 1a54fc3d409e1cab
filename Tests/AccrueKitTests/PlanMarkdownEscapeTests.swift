@testable import Reporting
import Testing

/// A plan's Markdown leaves code spans as written: GitHub shows `&lt;` inside backticks as it is, and gson's step read
/// `&lt;artifactId&gt;json-element&lt;/artifactId&gt;`.
@Suite struct PlanMarkdownEscapeTests {
    @Test func codeSpansAreLeftAloneAndTheRestIsInert() {
        #expect(PlanMarkdown.escape("Create `json-element/pom.xml` with `<artifactId>json-element</artifactId>`")
            == "Create `json-element/pom.xml` with `<artifactId>json-element</artifactId>`")
        #expect(PlanMarkdown.escape("a <b> | c `x|<y>` d > e") == "a &lt;b&gt; \\| c `x|<y>` d &gt; e")
        // An unpaired backtick opens no span.
        #expect(PlanMarkdown.escape("`a` then ` <b>") == "`a` then ` &lt;b&gt;")
    }
}
