import Foundation
import Testing
import TestSupport

/// `accrue modules --format dot|mermaid` end to end.
@Suite struct ModulesGraphCommandTests {
    /// A Cargo crate and a Go module both named `core`: named apart by their ecosystems, one node each, no crash
    /// (Mermaid trapped on the duplicate key).
    @Test(arguments: ["dot", "mermaid"])
    func modulesSharingANameAreTwoNodes(format: String) throws {
        let path = try FixtureRepository.materialize("modules-duplicate-names")
        let listed = try AccrueBinary.run(["modules", path, "--format", "json", "--no-history"])
        #expect(listed.stdout.contains("\"name\" : \"core (cargo)\""))
        #expect(listed.stdout.contains("\"name\" : \"core (go)\""))

        let result = try AccrueBinary.run(["modules", path, "--format", format, "--no-history"])

        #expect(result.status == 0)
        for name in ["core (cargo)", "core (go)"] {
            let node = format == "dot" ? "\"\(name)\" [label=\"\(name)\"" : "[\"\(name)\"]"
            #expect(result.stdout.components(separatedBy: node).count - 1 == 1)
        }
    }
}

@Suite struct ModulesTableTests {
    /// Two modules that neither import nor are imported: instability is 0 ÷ 0 and no distance is measured, so
    /// the table shows neither (it printed I 0.00 and D 1.00, the zone of pain, for a module nothing touches).
    @Test func anIsolatedModuleShowsNoInstabilityOrDistance() throws {
        let path = try FixtureRepository.materialize("modules-duplicate-names")

        let result = try AccrueBinary.run(["modules", path, "--no-history"])

        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("core") }
        #expect(rows.count == 2)
        for row in rows {
            let (instability, distance) = (row.split(separator: " ").suffix(3).first, row.split(separator: " ").last)
            #expect(instability == "-" && distance == "-")
        }
    }
}

@Suite struct EmptyModulesLineTests {
    @Test func packagesWithoutCodeOrImportsFoldIntoOneLine() throws {
        let path = try FixtureRepository.materialize("modules-empty-packages")

        let result = try AccrueBinary.run(["modules", path, "--no-history"])

        #expect(result.status == 0)
        // The four platform packages and the workspace root, which holds no code either.
        #expect(result.stdout.contains("and 5 modules without code or imports (test fixtures, empty packages): core-darwin-arm64, core-freebsd-x64, core-linux-x64…"))
        #expect(!result.stdout.contains("\ncore-win32-x64 "))
        #expect(result.stdout.contains("\ncore "))
        let json = try AccrueBinary.run(["modules", path, "--no-history", "--format", "json"])
        #expect(json.stdout.contains("\"name\" : \"core-win32-x64\""))
    }
}
