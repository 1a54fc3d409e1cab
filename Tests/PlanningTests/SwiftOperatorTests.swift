import Planning
import SymbolScan
import Testing

/// Swift's top-level operator functions are declarations, named by the operator, that a split keeps with the type of
/// their first parameter (SnapKit's `func ==(left: ConstraintAttributes, …)` had been in no region).
@Suite struct SwiftOperatorTests {
    @Test func anOperatorFunctionIsNamedByItsOperatorWithItsOperandType() throws {
        let swift = try symbols(
            "import Foundation\n\npublic struct Point {\n    var x: Int\n}\n\npublic func == (lhs: Point, rhs: Point) -> Bool {\n"
                + "    lhs.x == rhs.x\n}\nprefix func - (value: inout Point) -> Point { value }\n"
                + "public func ||<T> (lhs: Validator<T>, rhs: Validator<T>) -> Validator<T> { lhs }\n"
                + "func <(a: Geometry.Size, b: Int) -> Bool { true }\nextension Point: Equatable {\n"
                + "    static func == (lhs: Point, rhs: Point) -> Bool { true }\n}\n", as: "Swift")

        #expect(
            swift.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine) \($0.operand ?? "-")" }
                == ["Point 3-5 -", "== 7-9 Point", "- 10-10 Point", "|| 11-11 Validator", "< 12-12 Size",
                    "Point 13-15 -"])
        #expect(!swift.declaredNames.contains("=="))
    }

    /// The operators of a type move with it to its file, and are named readably; operators moving without their type
    /// go to `Stem+Operators`, no file named after an operator.
    @Test func aSplitKeepsOperatorsWithTheirType() throws {
        let file = PlanFile(
            path: "Sources/Geometry.swift", codeLines: 900,
            declarations: [
                Declaration(name: "Geometry", kind: "struct", startLine: 1, endLine: 400, codeLines: 390),
                Declaration(name: "Point", kind: "struct", startLine: 401, endLine: 700, codeLines: 290),
                Declaration(name: "==", kind: "func", startLine: 701, endLine: 710, codeLines: 10, operand: "Point"),
                Declaration(name: "+", kind: "func", startLine: 711, endLine: 900, codeLines: 180, operand: "Vector"),
            ],
            declarationUses: [[], [], [1], []])

        let steps = try splitPlan(file).stages.flatMap(\.steps)

        #expect(steps.contains(
            "Move 2 declarations (300 code lines) to Sources/Point.swift: `Point` (401–700), operator `==` (701–710)"))
        #expect(steps.contains(
            "Move operator `+` (func, lines 711–900, 180 code lines) to Sources/Geometry+Operators.swift"))
    }
}
