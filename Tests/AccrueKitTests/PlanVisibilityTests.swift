@testable import AccruePlan
import SymbolScan
import Testing

/// A module split asks to make public only what the module keeps to itself: gson's `JsonNull` and `JsonArray` are
/// public already, and its plan had asked to make them so.
@Suite struct PlanVisibilityTests {
    private func internalNames(_ text: String, path: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let declarations = lines.enumerated().compactMap { index, line -> Declaration? in
            let words = line.split(separator: " ")
            guard words.count > 1 else { return nil }
            let name = String(words[words.count - 2])
            return Declaration(name: name, kind: "class", startLine: index + 1, endLine: index + 1, codeLines: 1)
        }
        return PlanVisibility.moduleInternalNames(declarations, path: path, lines: lines)
    }

    @Test func eachLanguageSaysWhatItsModuleKeeps() {
        #expect(internalNames("public final class JsonNull {\nfinal class Streams {\nprotected class Base {", path: "a/J.java")
            == ["Streams"])
        #expect(internalNames("internal object JsonScope {\nclass JsonReader {\nprivate class Token {", path: "a/J.kt")
            == ["JsonScope", "Token"])
        #expect(internalNames("public sealed class Options {\nsealed class Guard {\ninternal class Pool {", path: "a/P.cs")
            == ["Guard", "Pool"])
        #expect(internalNames("private[cats] class Impl {\nclass Api {", path: "a/I.scala") == ["Impl"])
        #expect(internalNames("class Cart {", path: "a/cart.swift").isEmpty)
    }
}
