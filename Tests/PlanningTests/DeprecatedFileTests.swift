@testable import PlanAssembly
@testable import Planning
import SymbolScan
import Testing

/// swift-composable-architecture's 3,647-line `Internal/Deprecations.swift` got ten split stages for code on its way
/// out.
@Suite struct DeprecatedFileTests {
    /// A file over its size, mostly deprecated, is repaid by removing that code, not split; it is listed with why.
    @Test func aMostlyDeprecatedFileIsNotSplit() throws {
        var file = PlanFile(
            path: "Sources/App/Deprecations.swift", codeLines: 900,
            declarations: [
                Declaration(name: "OldStore", kind: "class", startLine: 1, endLine: 300, codeLines: 300),
                Declaration(name: "OldView", kind: "struct", startLine: 301, endLine: 600, codeLines: 300),
                Declaration(name: "OldCase", kind: "struct", startLine: 601, endLine: 900, codeLines: 300),
            ], declaredNames: ["OldCase", "OldStore", "OldView"])
        #expect(try splitPlan(file).stages.count > 0)

        file.deprecatedLines = 890
        let plan = try splitPlan(file)

        #expect(plan.stages.isEmpty)
        let unplanned = try #require(plan.unplanned.first { $0.rule == "file-size" })
        #expect(unplanned.reasons == [
            "Sources/App/Deprecations.swift: 890 of its 900 code lines are deprecated; removing them when their "
                + "deprecation ends repays it, and a split would churn code on its way out",
        ])
    }
}
