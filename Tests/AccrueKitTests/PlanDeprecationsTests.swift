@testable import AccruePlan
import SymbolScan
import Testing

/// swift-composable-architecture's 3,647-line `Internal/Deprecations.swift` got ten split stages for code on its way
/// out; commons-lang's `text/StrBuilder.java` is `@Deprecated` whole.
@Suite struct PlanDeprecationsTests {
    private func declaration(_ name: String, _ start: Int, _ end: Int) -> Declaration {
        Declaration(name: name, kind: "class", startLine: start, endLine: end, codeLines: end - start + 1)
    }

    @Test func aDeclarationMarkedAboveOrOnItsLineIsDeprecated() {
        let text = """
            import X

            @available(
              *,
              deprecated,
              message: "Use the store directly"
            )
            public struct Old {
            }

            /// A view.
            public struct Kept {
            }
            @Deprecated public class Gone {
            }
            /** @deprecated use Y */
            function legacy() {}

            // Deprecated: use New.
            func Legacy() {}
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let old = declaration("Old", 8, 9), kept = declaration("Kept", 12, 13), gone = declaration("Gone", 14, 15)
        let legacy = declaration("legacy", 17, 17), goLegacy = declaration("Legacy", 20, 20)

        #expect(PlanDeprecations.isDeprecated(old, lines: lines))
        #expect(!PlanDeprecations.isDeprecated(kept, lines: lines))
        #expect(PlanDeprecations.isDeprecated(gone, lines: lines))
        #expect(PlanDeprecations.isDeprecated(legacy, lines: lines))
        #expect(PlanDeprecations.isDeprecated(goLegacy, lines: lines))
        #expect(PlanDeprecations.codeLines([old, kept, gone], path: "Sources/A/View.swift", lines: lines) == 4)
        // A file named for its deprecations is deprecated whole.
        #expect(PlanDeprecations.codeLines([old, kept, gone], path: "Sources/A/Deprecations.swift", lines: lines) == 6)
        #expect(PlanDeprecations.marks("[Obsolete(\"Use Y\")]") && !PlanDeprecations.marks("// non-deprecated path"))
        // Prose mentioning deprecations marks nothing (NLog's ScopeContext doc names the classes it replaced).
        #expect(!PlanDeprecations.marks("/// and <see cref=\"NDC\"/> have been deprecated and replaced by ScopeContext."))
        #expect(!PlanDeprecations.marks("    def is_deprecated(self):"))
        #expect(PlanDeprecations.marks("    .. deprecated:: 2.0"))
        #expect(PlanDeprecations.marks("- (void)old API_DEPRECATED(\"Use new\", ios(2.0, 13.0));"))
        #expect(PlanDeprecations.marks("#[deprecated(since = \"1.2\")]"))
    }
}
