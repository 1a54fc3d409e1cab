import RuleCatalog
import FunctionScan
import ImportScan
import SourceScan
import Testing
import FunctionTokens

/// Hostile input: deep nesting, unterminated constructs and nothing at all must neither crash nor hang.
@Suite struct FunctionRobustnessTests {
    static let grammars = [
        "C", "C++", "Objective-C", "Java", "C#", "PHP", "Swift", "Go", "Rust", "Kotlin", "Scala", "Python", "Ruby",
        "JavaScript", "TypeScript", "Bourne Shell", "Dart", "Elixir", "Erlang", "Clojure", "Haskell", "OCaml",
    ]

    @Test(arguments: grammars)
    func tenThousandNestedBracesAreReadInLinearTime(language: String) throws {
        let depth = 10_000
        let text = "func f() {\n" + String(repeating: "if (x) {\n", count: depth) + String(repeating: "}\n", count: depth)
            + "}\n"

        let clock = ContinuousClock()
        var found: [FunctionFacts] = []
        let elapsed = try clock.measure { found = try functions(text, as: language) }

        #expect(elapsed < .seconds(5), "\(language) took \(elapsed)")
        #expect(found.count <= 2)
    }

    @Test(arguments: grammars)
    func unterminatedConstructsAndEmptyInputAreHarmless(language: String) throws {
        let samples = [
            "", "{", "}", "(((", "func f(", "def f(x:\n  if", "function (", "int f() { if (a) { /* never closed",
            "fn f() -> { \"unterminated", "x = `template ${", "#if A\nint f() {\n#else\nint f() {\n#endif\n}\n",
            String(repeating: ")", count: 1000), String(repeating: "def f():\n", count: 1000),
        ]

        for sample in samples {
            let found = try functions(sample, as: language)
            #expect(found.allSatisfy { $0.startLine <= $0.endLine && $0.complexity >= 1 })
        }
    }

    @Test func outputIsSortedByStartLine() throws {
        let text = "void a() { int x = [](){ return 1; }(); }\nvoid b() {}\nvoid c() {}\n"

        let found = try functions(text, as: "C++")

        #expect(found.map(\.startLine) == found.map(\.startLine).sorted())
        #expect(found.map(\.name) == ["a", "b", "c"])
    }
}
