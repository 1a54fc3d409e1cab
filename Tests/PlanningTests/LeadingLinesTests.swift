import SymbolScan
import Testing

/// The lines a split moves start at a declaration's attributes and documentation right above it (`LeadingLines`).
@Suite struct LeadingLinesTests {
    /// The first line and the last of each declaration.
    private func ranges(_ facts: SymbolFacts) -> [String] {
        facts.declarations.map { "\($0.name) \($0.firstLine)-\($0.endLine)" }
    }

    /// A declaration's attributes and documentation right above it move with it; a blank line, or code, stops them.
    @Test func attributesAndDocCommentsAboveADeclarationAreItsLeadingLines() throws {
        let rust = try symbols(
            "use std::fmt;\n\n/// A point.\n/// In two dimensions.\n#[derive(Debug)]\n#[cfg(feature = \"x\")]\n"
                + "pub struct Point {\n    x: i32,\n}\n\n// Not its comment.\n\nfn f() {}\n", as: "Rust")
        let kotlin = try symbols(
            "package a\n\nclass A {\n}\n/** Docs. */\n@Suppress(\"x\")\nfun b() {\n}\n", as: "Kotlin")

        #expect(ranges(rust) == ["Point 3-9", "f 13-13"])
        #expect(ranges(kotlin) == ["A 3-4", "b 5-8"])
    }

    /// An attribute over several lines (`#[derive(\n    Clone,\n)]`, Swift's `@available(\n    …)`, C#'s
    /// `[Attr(\n…)]`) and a comment between an attribute and its keyword lead the declaration too; a call over several
    /// lines right above it does not.
    @Test func attributesOverSeveralLinesAndCommentsBetweenThemLeadTheDeclaration() throws {
        let rust = try symbols(
            "use std::fmt;\n\n/// A point.\n#[derive(\n    Clone,\n    Debug,\n)]\n// Plain.\n#[cfg(test)]\n"
                + "pub struct Point {\n    x: i32,\n}\nfoo!(\n    1\n)\nfn f() {}\n", as: "Rust")
        let swift = try symbols(
            "import Foundation\n\n@available(\n    *, deprecated,\n    message: \"Use new()\"\n)\n"
                + "/// Old.\n@inlinable public func old() {\n}\n", as: "Swift")
        let csharp = try symbols(
            "namespace N\n{\n    [Attr(\n        1)]\n    // Note.\n    [Fact] [Trait(\"a\", \"b\")]\n"
                + "    public class A\n    {\n    }\n}\n", as: "C#")

        #expect(ranges(rust) == ["Point 3-12", "f 16-16"])
        #expect(ranges(swift) == ["old 3-9"])
        #expect(ranges(csharp) == ["A 3-9"])
    }
}

/// Python's decorators and the comments right above a top-level `def` or `class` lead it, and the region before it
/// ends above them.
@Suite struct PythonLeadingLinesTests {
    @Test func decoratorsAndCommentsAboveADefLeadIt() throws {
        let python = try symbols(
            "import os\n\n\n@pytest.fixture\ndef a():\n    return 1\n\n\n# Builds the app.\n@app.route(\n    \"/x\",\n"
                + "    methods=[\"GET\"],\n)\n@login_required\ndef b():\n    pass\n\n\nclass C:\n    @property\n"
                + "    def p(self):\n        return 1\n    # The end of C.\n\n# A comment about D.\nclass D:\n    pass\n"
                + "x = foo(\n    1,\n)\ndef e():\n    pass\n", as: "Python")

        #expect(
            python.declarations.map { "\($0.name) \($0.firstLine)-\($0.endLine)" }
                == ["a 4-8", "b 9-18", "C 19-24", "D 25-30", "e 31-32"])
    }
}
