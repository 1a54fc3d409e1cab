@testable import Planning
import SymbolScan
import Testing

@Suite struct MoveUnitLabelTests {
    @Test func aLabelNamesEachDeclarationOnceAndAtMostEight() {
        // Go's methods are regions named after their receiver: `func (c *Context) Bind…` is `Context`.
        let names = ["MIMEJSON", "Context"] + Array(repeating: "Context", count: 68) + (1...9).map { "helper\($0)" }
        let declarations = names.enumerated().map { index, name in
            Declaration(name: name, kind: "func", startLine: index * 3 + 1, endLine: index * 3 + 3, codeLines: 3)
        }
        let unit = MoveUnit(path: "context.go", declarations: declarations, codeLines: 237)

        #expect(unit.label == "context.go lines 1–237 (`MIMEJSON`, `Context`, `helper1`, `helper2`, `helper3`, "
            + "`helper4`, `helper5`, `helper6` and 3 more)")
    }
}

@Suite struct PartFileNameTests {
    @Test func aPartIsNamedTheWayItsLanguageNamesFiles() {
        #expect(partFileName(stem: "Client", part: "Headers", extension: ".swift") == "Client+Headers.swift")
        #expect(partFileName(stem: "NSString", part: "Paths", extension: ".m") == "NSString+Paths.m")
        #expect(partFileName(stem: "Client", part: "Headers", extension: ".cs") == "Client.Headers.cs")
        // No `+` in a Kotlin, Java or TypeScript file name: one CamelCase word.
        #expect(partFileName(stem: "HeapDumpExplorer", part: "copyTextToClipboard", extension: ".kt")
            == "HeapDumpExplorerCopyTextToClipboard.kt")
        #expect(partFileName(stem: "Button", part: "styles", extension: ".tsx") == "ButtonStyles.tsx")
        #expect(partFileName(stem: "_client", part: "_is_https_redirect", extension: ".py") == "_client_is_https_redirect.py")
    }
}
