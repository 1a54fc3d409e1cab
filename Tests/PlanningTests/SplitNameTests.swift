@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

@Suite struct SplitNameTests {
    /// swift-syntax's SwiftRefactor: its lower layer was to become `RefactoringNotApplicableError`, the error its
    /// files throw, rather than be named after the provider they are for.
    @Test func aClusterIsNotNamedAfterTheErrorItsFilesThrow() throws {
        let files: [(String, Int)] = [
            ("Alpha.swift", 200), ("Beta.swift", 200), ("Gamma.swift", 200), ("AppX.swift", 850), ("AppY.swift", 850),
        ]
        let uses: [(String, String, [String])] = [
            ("Beta.swift", "Alpha.swift", ["AlphaError", "Provider"]), ("Gamma.swift", "Beta.swift", ["Provider"]),
            ("Gamma.swift", "Alpha.swift", ["AlphaError"]), ("AppX.swift", "Gamma.swift", ["gamma"]),
            ("AppY.swift", "Gamma.swift", ["gamma"]), ("AppX.swift", "AppY.swift", ["y"]), ("AppY.swift", "AppX.swift", ["x"]),
        ]
        let module = PlanModule(
            name: "App", ecosystem: "swiftpm", roots: ["Sources/App"], manifest: "Package.swift",
            files: files.map { PlanFile(path: "Sources/App/\($0.0)", codeLines: $0.1, declaredNames: []) },
            dependencies: uses.map { FileDependency(from: "Sources/App/\($0.0)", to: "Sources/App/\($0.1)", weight: 3, names: $0.2) })
        let input = try sizeInput(module, lines: 2300)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let move = try #require(plan.stages.first { $0.id.contains(":move:") })
        #expect(move.id.hasPrefix("split-module:App:Provider:"))
    }
}
