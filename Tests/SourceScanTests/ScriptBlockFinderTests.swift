import RuleCatalog
import SourceScan
import Testing

/// The `<script>` blocks of Vue and Svelte components: where their code lies, its first line and language.
@Suite struct ScriptBlockFinderTests {
    /// The languages a component's blocks may be written in, by attribute value (as `script_blocks` says).
    private let names = ["JavaScript", "TypeScript", "JSX"]
    private let finder = ScriptBlockFinder([
        ("", 0), ("js", 0), ("module", 0), ("ts", 1), ("tsx", 1), ("text/typescript", 1), ("jsx", 2),
    ])

    /// The blocks of `text` with the names of their languages, their first lines and their code as text.
    private func blocks(_ text: String) -> [(String, Int, String)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            finder.blocks(in: buffer).map { block in
                (names[block.language], block.line, String(decoding: bytes[block.content], as: UTF8.self))
            }
        }
    }

    @Test func findsAVueComponentsScriptAndScriptSetupWithTheirLanguagesAndLines() throws {
        let text = """
            <template>
              <div v-if="a < b">{{ a }}</div>
            </template>
            <script lang="ts">
            export default {}
            </script>
            <script setup lang='tsx' generic="T extends Map<string, number>">
            const x = 1
            </SCRIPT >
            <style>a { }</style>
            """

        let found = blocks(text)

        #expect(found.map(\.0) == ["TypeScript", "TypeScript"])
        #expect(found.map(\.1) == [4, 7])
        #expect(found.map(\.2) == ["\nexport default {}\n", "\nconst x = 1\n"])
    }

    @Test func aBlockWithoutLangIsJavaScriptAndTheTypeAttributeCountsWhenLangIsMissing() throws {
        let text = """
            <script context="module">a</script>
            <script module>b</script>
            <script type="text/typescript">c</script>
            <script type=module lang=jsx>d</script>
            """

        let found = blocks(text)

        #expect(found.map(\.0) == ["JavaScript", "JavaScript", "TypeScript", "JSX"])
        #expect(found.map(\.1) == [1, 2, 3, 4])
    }

    @Test func blocksInOtherLanguagesCommentsAndStylesAreNoCode() throws {
        let text = """
            <!-- <script>commented()</script> -->
            <style>.a::after { content: "<script>" }</style>
            <script lang="coffee">x = -> 1</script>
            <script type="application/ld+json">{"a": 1}</script>
            <script src="./external.js" />
            <scripts>not a script</scripts>
            <script>kept()</script>
            """

        let found = blocks(text)

        #expect(found.map(\.2) == ["kept()"])
        #expect(found.map(\.1) == [7])
    }

    @Test func aBlockEndsAtTheFirstClosingTagEvenInsideAString() throws {
        let text = "<script>\nconst s = '</script>'\nf()\n</script>\n"

        let found = blocks(text)

        #expect(found.map(\.2) == ["\nconst s = '"])
    }

    @Test func hostileMarkupNeitherCrashesNorHangs() throws {
        let samples = [
            "", "<", "<script", "<script lang=\"ts", "<script lang=", "<script\n\n", "<!--", "<!-- <script>",
            "<style", "<style>", "<script>", "<script>\nfunction f() {", "</script>", "<template><p>only</p></template>",
            "<script/>", "<script />", String(repeating: "<script>", count: 10_000),
            String(repeating: "<!--", count: 10_000), String(repeating: "<script a=b ", count: 10_000),
        ]

        for sample in samples {
            let clock = ContinuousClock()
            var found: [(String, Int, String)] = []
            let elapsed = clock.measure { found = blocks(sample) }

            // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
            #expect(elapsed < .seconds(10), "\(sample.prefix(20)) took \(elapsed)")
            #expect(found.allSatisfy { $0.1 >= 1 })
        }
        #expect(blocks("<script>\nfunction f() {").map(\.2) == ["\nfunction f() {"])
        #expect(blocks("<script lang=\"ts\n>\nf()").isEmpty)
    }

    @Test func aComponentsCodeTokensAreItsScriptsTokensAtTheFilesOffsetsAndLines() throws {
        let table = try RuleCatalog.bundled().languages
        let vue = try #require(table.index(named: "Vuejs Component"))
        let text = "<template>\n  <p>{{ `a` }}</p>\n</template>\n<script setup lang=\"ts\">\nconst s = `x\n${y}`\n</script>\n"
        let bytes = Array(text.utf8)

        let tokens = bytes.withUnsafeBufferPointer { table.codeTokens(of: $0, language: vue) }

        #expect(tokens.map { "\($0.line) " + String(decoding: bytes[Int($0.start)..<$0.end], as: UTF8.self) } == [
            "5 const", "5 s", "5 =", "5 `x\n${y}`",
        ])
    }
}
