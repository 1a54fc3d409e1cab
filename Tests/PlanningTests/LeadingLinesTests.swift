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
