import Testing
import SymbolScan

@Suite struct RegexSpanTests {
    @Test func aRegexLiteralWithQuotesEndsItsDeclarationOnItsLine() throws {
        let text = """
            const RESERVED = /[\\\\"']/
            export function alpha(a: number): number {
              return a + 1
            }
            export function beta(b: number): number {
              return b * 2
            }
            """

        let facts = try symbols(text, as: "TypeScript")

        #expect(facts.declarations.map(\.name) == ["RESERVED", "alpha", "beta"])
        #expect(facts.declarations.map(\.startLine) == [1, 2, 5])
        #expect(facts.declarations.map(\.endLine) == [1, 4, 7])
    }
}
