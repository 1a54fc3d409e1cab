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
