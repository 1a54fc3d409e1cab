import Foundation
import Testing
import TestSupport

/// `accrue modules --format dot|mermaid` end to end.
@Suite struct ModulesGraphCommandTests {
    /// A Cargo crate and a Go module both named `core`: one node each format, no crash (Mermaid trapped on
    /// the duplicate key).
    @Test(arguments: ["dot", "mermaid"])
    func modulesSharingANameAreOneNode(format: String) throws {
        let path = try FixtureRepository.materialize("modules-duplicate-names")
        let listed = try AccrueBinary.run(["modules", path, "--format", "json", "--no-history"])
        #expect(listed.stdout.components(separatedBy: "\"name\" : \"core\"").count - 1 == 2)

        let result = try AccrueBinary.run(["modules", path, "--format", format, "--no-history"])

        #expect(result.status == 0)
        let node = format == "dot" ? "\"core\" [label=\"core\"" : "[\"core\"]"
        #expect(result.stdout.components(separatedBy: node).count - 1 == 1)
    }
}
