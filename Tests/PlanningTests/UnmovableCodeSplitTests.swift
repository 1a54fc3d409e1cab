@testable import PlanAssembly
@testable import Planning
import SymbolScan
import Testing

/// A module over its budget whose movable files hold less than the budget: the rest of its size is code no split
/// moves (data, entry files, a Composer package's tooling). flysystem's root package, 2,244 lines of which 1,950 in
/// `src/`, got no split once its `bin/` scripts stayed: every cluster as large as the budget was all of `src/`.
@Suite struct UnmovableCodeSplitTests {
    private func module() -> PlanModule {
        let file = { (name: String) in PlanFile(path: "src/\(name).php", codeLines: 200, declaredNames: [name]) }
        let use = { (from: String, to: String, weight: Int) in
            FileDependency(from: "src/\(from).php", to: "src/\(to).php", weight: weight, names: [to])
        }
        let core = ["A1", "A2", "A3", "A4", "A5"]
        let storage = ["B1", "B2", "B3", "B4"]
        let tight = zip(core, core.dropFirst()).map { use($0, $1, 40) } + zip(storage, storage.dropFirst()).map { use($0, $1, 40) }
        return PlanModule(
            name: "league/core", ecosystem: "composer", roots: [""], manifest: "composer.json",
            files: (core + storage).map(file), codeLines: 2300, dependencies: tight + [use("A1", "B1", 2)])
    }

    @Test func aSplitLeavesRoomForTheRest() throws {
        let plan = Planner(settings: PlanSettings()).plan(try sizeInput(module(), lines: 2300))
        let moved = Set(plan.stages.filter { $0.kind == .splitModule }.flatMap(\.files))

        #expect(!moved.isEmpty)
        // One of the two groups goes, not the module's every file.
        #expect(moved.count < 9)
        #expect(moved.allSatisfy { $0.hasPrefix("src/B") } || moved.allSatisfy { $0.hasPrefix("src/A") })
    }
}
