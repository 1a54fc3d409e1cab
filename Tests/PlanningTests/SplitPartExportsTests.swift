@testable import PlanAssembly
import Planning
import SymbolScan
import Testing

@Suite struct SplitPartExportsTests {
    /// A Go file too big for one stage moves in two parts; each part's stage exports the names its own
    /// declarations hold (prometheus's `scrape/target.go` asked both stages to export all twelve names). `c2`, the
    /// second name of a `var ( … )` block no declaration names, goes with the first part.
    @Test func eachPartOfAFileExportsOnlyTheNamesItMoves() throws {
        let base = PlanFile(
            path: "core/base.go", codeLines: 600,
            declarations: [
                Declaration(name: "a", kind: "func", startLine: 1, endLine: 300, codeLines: 290),
                Declaration(name: "b", kind: "func", startLine: 301, endLine: 600, codeLines: 290),
            ])
        let files = [
            base, PlanFile(path: "core/user.go", codeLines: 200),
            PlanFile(path: "core/app_x.go", codeLines: 850), PlanFile(path: "core/app_y.go", codeLines: 850),
        ]
        let uses: [(String, String, [String])] = [
            ("user.go", "base.go", ["a", "b", "c2"]), ("app_x.go", "user.go", ["u"]), ("app_y.go", "user.go", ["u"]),
            ("app_x.go", "app_y.go", ["y"]), ("app_y.go", "app_x.go", ["x"]),
        ]
        let module = PlanModule(
            name: "github.com/acme/app/core", ecosystem: "go", roots: ["core"], manifest: "go.mod", files: files,
            dependencies: uses.map { FileDependency(from: "core/\($0.0)", to: "core/\($0.1)", weight: 3, names: $0.2) })
        let input = try sizeInput(module, lines: 2500)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let moves = plan.stages.filter { $0.id.contains(":move:") }
        let exports = moves.map { $0.steps.first { $0.hasPrefix("Export") } ?? "" }
        let name = try #require(moves.first?.id.split(separator: ":").dropFirst(2).first.map(String.init))
        #expect(exports == [
            "Export `a` as `A`, `c2` as `C2` from \(name) (Go exports capitalized names), and import \(name) in core/user.go",
            "Export `b` as `B` from \(name) (Go exports capitalized names), and import \(name) in core/user.go",
        ])
    }
}
