import Foundation
import SourceScan
import Testing

/// Garbage in, no crash and no quadratic blow-up out: each input runs well under a second.
@Suite struct ImportRobustnessTests {
    @Test func deeplyNestedRustUseGroupsStayLinear() throws {
        let text = "use " + String(repeating: "a::{", count: 10_000) + "b" + String(repeating: "}", count: 10_000)
            + ";\nuse z;\n"

        let clock = ContinuousClock()
        var found: [String] = []
        let elapsed = try clock.measure { found = try importPaths(in: text, as: "Rust") }

        #expect(found == ["z"])
        // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
        #expect(elapsed < .seconds(10))
    }

    @Test func unterminatedRustUseGroupFindsNothing() throws {
        let text = "use " + String(repeating: "{", count: 10_000)

        let found = try importPaths(in: text, as: "Rust")

        #expect(found == [])
    }

    @Test(arguments: ["Swift", "C", "C#", "Go", "Rust", "Java", "Scala", "Python", "Ruby", "JavaScript", "PHP"])
    func repeatedBrokenImportsStayLinear(language: String) throws {
        let unit = "import { import ( use { using A = B< export { from . import ( \"x\" require ( #include < @import "
        let text = String(repeating: unit, count: 5_000)

        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try imports(in: text, as: language) }

        // Guards against super-linear reading (minutes here), not speed: room for a loaded machine.
        #expect(elapsed < .seconds(10))
    }

    @Test(arguments: ["Swift", "C", "Go", "Rust", "Python", "JavaScript", "PHP"])
    func truncatedImportsAtTheEndOfTheFileDoNotCrash(language: String) throws {
        let endings = ["import", "import (", "use a::", "from .", "import {a,", "#include <", "use Foo\\", "@import"]

        for ending in endings { _ = try imports(in: "x\n" + ending, as: language) }

        #expect(Bool(true))
    }
}
