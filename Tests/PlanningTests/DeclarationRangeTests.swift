import SymbolScan
import Testing

/// Where a top-level declaration's region starts and ends, as a file split moves it.
@Suite struct DeclarationRangeTests {
    /// A declaration ends with its statement: mocktail's `class Expectation` (290–306) had taken the Dart getters and
    /// functions after it to line 537, and `@immutable` above `class Bar`.
    @Test func aDeclarationEndsWithItsStatementNotAtTheNextDeclaration() throws {
        let dart = try symbols(
            "class Expectation<T> {\n  const Expectation();\n}\n\n/// Verifies.\nVerify get verify => _makeVerify(false);\n"
                + "\nvoid reset() {\n  _calls.clear();\n}\n@immutable\nclass Bar {\n  final int x;\n}\n", as: "Dart")
        let go = try symbols("type A struct {\n\tx int\n}\n\nvar _ = register(\n\tA{},\n)\n\nfunc f() {\n}\n", as: "Go")

        #expect(dart.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["Expectation 1-3", "Bar 12-14"])
        #expect(go.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["A 1-3", "_ 5-7", "f 9-10"])
    }

    /// A brace on a line of its own opens the statement's block: Dapper's `class AsyncQueryCacheTests` (C#) had been
    /// lines 983–984, its attribute and the line naming it, with none of its body.
    @Test func aBraceOnItsOwnLineContinuesTheDeclaration() throws {
        let csharp = try symbols(
            "namespace N\n{\n    [Collection(\"x\")]\n    public class A : B\n    {\n        int x;\n    }\n\n"
                + "    public class C\n    {\n    }\n}\n", as: "C#")
        let java = try symbols("package a;\n\npublic class A\n{\n    int x;\n}\n", as: "Java")

        #expect(csharp.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["A 4-7", "C 9-11"])
        #expect(java.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["A 3-6"])
    }

    /// A `{` on a line of its own opens the body of the declaration above it: doctrine/dbal's `class DB2Keywords
    /// extends KeywordList` (PSR-12 style) had ended on its own line, and a split moved its head without its body.
    @Test func aBraceOnTheNextLineOpensTheDeclarationsBody() throws {
        let php = try symbols(
            "<?php\n\nnamespace Doctrine\\DBAL;\n\n/** Keywords. */\nclass DB2Keywords extends KeywordList\n{\n"
                + "    protected function getKeywords(): array\n    {\n        return [];\n    }\n}\n\n"
                + "interface Driver\n{\n}\n", as: "PHP")
        let csharp = try symbols(
            "namespace Rest\n{\n    public class Client\n        : IClient\n    {\n        void Run()\n        {\n"
                + "        }\n    }\n\n    public interface IClient\n    {\n    }\n}\n", as: "C#")
        let java = try symbols(
            "package a;\n\npublic class Queue\n{\n    void push()\n    {\n    }\n}\n\nenum Kind\n{\n    A\n}\n",
            as: "Java")
        let cpp = try symbols(
            "class Stack\n{\npublic:\n    int size();\n};\n\nint Stack::size()\n{\n    return 0;\n}\n", as: "C++")
        let ranges = { (facts: SymbolFacts) in facts.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } }

        #expect(ranges(php) == ["DB2Keywords 6-12", "Driver 14-16"])
        #expect(ranges(csharp) == ["Client 3-9", "IClient 11-13"])
        #expect(ranges(java) == ["Queue 3-8", "Kind 10-13"])
        #expect(ranges(cpp) == ["Stack 1-6", "size 7-10"])
    }

    /// A top-level `#if … #else … #endif` is one region (SnapKit's split had moved lines 3–25 of Tests.swift: no `#if`, but
    /// its `#else`, `#endif` and the imports after it); a guard without alternatives is none.
    @Test func aConditionalBlockIsOneRegionUnlessItHoldsTheWholeFile() throws {
        let blocks = try symbols(
            "#if canImport(UIKit)\nimport UIKit\ntypealias View = UIView\nextension View {\n  var a: Int { 1 }\n}\n"
                + "#else\nimport AppKit\ntypealias View = NSView\n#endif\n\nimport XCTest\n\nclass Tests {\n  func t() {}\n}\n",
            as: "Swift")
        let guarded = try symbols("#if os(Linux)\nstruct A {\n}\nstruct B {\n}\n#endif\n", as: "Swift")
        let debugOnly = try symbols("#if DEBUG\nstruct A {\n}\nstruct B {\n}\n#endif\nstruct C {\n}\n", as: "Swift")

        #expect(blocks.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["View 1-10", "Tests 14-16"])
        #expect(blocks.declaredNames == ["Tests", "View"])
        #expect(guarded.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["A 2-3", "B 4-5"])
        #expect(debugOnly.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["A 2-3", "B 4-5", "C 7-8"])
    }

    /// A JavaScript test file's units are its top-level test calls, named after their titles; a `require` is an
    /// import, no region (koa's respond.test.js had been split by moving its four `require` lines).
    @Test func testCallsAreATestFilesUnitsAndRequiresNone() throws {
        let facts = try symbols(
            "'use strict'\n\nconst request = require('supertest')\nconst Koa = require('../..')\n\n"
                + "describe('app.respond', () => {\n  it('works', () => {})\n})\n\n"
                + "test.skip(\"doesn't leak\", () => {\n  run()\n})\n", as: "JavaScript")

        #expect(facts.declarations.map { "\($0.kind) \($0.name) \($0.startLine)-\($0.endLine)" }
            == ["describe appRespond 6-8", "test doesntLeak 10-12"])
        #expect(facts.declaredNames == ["Koa", "request"])
    }
}

/// Julia's blocks close with `end`, which continues the statement it ends.
@Suite struct JuliaDeclarationRangeTests {
    /// DataFrames.jl's test/reshape.jl: `struct A_TYPE` (645–647) had run over the `@testset` blocks after it to line
    /// 1023, before `end # module`.
    @Test func aStructEndsAtItsEnd() throws {
        let facts = try symbols(
            "module TestReshape\n\nstruct A_TYPE\n    x\nend\n\n@testset \"unstack\" begin\n    @test true\nend\n\n"
                + "function f(x)\n    x[end]\nend\n\nend # module\n", as: "Julia")

        #expect(facts.declarations.map { "\($0.name) \($0.startLine)-\($0.endLine)" } == ["A_TYPE 3-5", "f 11-13"])
    }
}

/// An OCaml interface and its implementation are one compilation unit.
@Suite struct InterfaceFilePairTests {
    /// base's split had sent src/char.mli to one new library and left src/char.ml behind.
    @Test func anMLIAndItsMLLeaveTheirModuleTogether() {
        let paths = ["src/char.ml", "src/char.mli", "src/float.ml", "src/int.mli", "src/list.ml", "src/list.mli"]
        let bound = BoundFiles(declarations: paths.map { _ in [] }, paths: paths)

        #expect(bound.groups == [[0, 1], [4, 5]])
    }
}
