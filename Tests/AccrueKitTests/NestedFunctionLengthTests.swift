import FileScanning
import FunctionScan
import Testing
import FunctionTokens

@Suite struct NestedFunctionLengthTests {
    @Test func aNestedFunctionsLinesAreItsOwnNotAlsoItsOuterFunctions() {
        // FuzzHashKVs (lines 1–234) holds a closure (5–230) that holds a helper (10–20); then a plain function.
        let functions = [
            FunctionFacts(name: "FuzzHashKVs", startLine: 1, endLine: 234, complexity: 2, maxNesting: 1),
            FunctionFacts(name: "(anonymous)", startLine: 5, endLine: 230, complexity: 9, maxNesting: 3),
            FunctionFacts(name: "helper", startLine: 10, endLine: 20, complexity: 1, maxNesting: 0),
            FunctionFacts(name: "next", startLine: 240, endLine: 250, complexity: 1, maxNesting: 0),
        ]

        #expect(FunctionFigures.ownLengths(functions) == [8, 215, 11, 11])
    }
}
