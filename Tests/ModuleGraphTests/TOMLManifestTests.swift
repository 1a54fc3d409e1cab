import Manifests
import TOMLText
@testable import ModuleGraph
import Testing

@Suite struct TOMLManifestTests {
    @Test func readsHeadersDottedKeysAndInlineTables() {
        let text = """
            top = 1
            [a.b]
            c = "x # not a comment" # a comment
            "quoted.key" = 'lit\\eral'
            d.e = { f = [1, [2, 3]], g = { h = "deep" } }
            [[bin]]
            name = "one"
            [[bin]]
            name = "two"
            """

        let document = TOMLDocument(Array(text.utf8))

        #expect(document.problems.isEmpty)
        #expect(document.value(["top"]) == .scalar("1"))
        #expect(document.value(["a", "b", "c"]) == .string("x # not a comment"))
        #expect(document.value(["a", "b", "quoted.key"]) == .string("lit\\eral"))
        #expect(document.value(["a", "b", "d", "e", "g", "h"]) == .string("deep"))
        #expect(document.arrayOfTables(["bin"]).map(\.line) == [6, 8])
        #expect(document.keys(under: ["a", "b"]).map(\.key) == ["c", "quoted.key", "d"])
    }

    @Test func readsMultiLineArraysAndStrings() {
        let text = "list = [\n  \"a\", # one\n  \"b\",\n]\ntext = \"\"\"\nline [\n\"\"\"\nafter = true\n"

        let document = TOMLDocument(Array(text.utf8))

        #expect(document.problems.isEmpty)
        #expect(document.value(["list"])?.strings == ["a", "b"])
        #expect(document.value(["text"]) == .string("line [\n"))
        #expect(document.valueWithLine(["after"])?.line == 8)
    }

    @Test func skipsBrokenLinesAndKeepsTheRest() {
        let text = "[ok]\na = 1\nnot toml at all\nb = [1, 2\n[later]\nc = \"x\"\n"

        let document = TOMLDocument(Array(text.utf8))

        #expect(document.problems.map(\.line) == [3, 4])
        #expect(document.value(["ok", "a"]) == .scalar("1"))
        #expect(document.value(["later", "c"]) == .string("x"))
    }
}
