@testable import Reporting
import Planning
import Testing

/// Reporting's text helpers: long module names cut, a plan stage's savings line.
@Suite struct ReportingTextTests {
    @Test func namesToldApartByTheirManifestKeepTheEndOfItsFolder() {
        // nlohmann/json's five test projects share a target name; cut in the middle, all five read the same.
        let names = ["cmake_add_subdirectory", "cmake_fetch_content", "cmake_fetch_content2"].map {
            shortened("with_namespace_target (tests/\($0)/project/CMakeLists.txt)")
        }

        #expect(names == [
            "with_namespace_target (…dd_subdirectory/project)", "with_namespace_target (…e_fetch_content/project)",
            "with_namespace_target (…_fetch_content2/project)",
        ])
        #expect(names.allSatisfy { $0.count <= 48 })
        #expect(shortened("core (packages/core/package.json)") == "core (packages/core/package.json)")
        #expect(shortened("a-rather-long-module-name (lib/some/deep/folder/BUILD)") == "a-rather-long-module-name (lib/some/deep/folder)")
    }

    @Test func otherLongNamesAreCutInTheMiddle() {
        let name = String(repeating: "x", count: 30) + String(repeating: "y", count: 30)

        #expect(shortened(name) == String(repeating: "x", count: 23) + "…" + String(repeating: "y", count: 24))
    }

    @Test func aLongPathIsCutAtItsSlashesKeepingItsFileName() {
        let path = "gson/src/main/java/com/google/gson/internal/bind/TypeAdapters.java"
        let cut = shortened(path, limit: 60)

        #expect(cut == "gson/src/main/java/…/gson/internal/bind/TypeAdapters.java")
        #expect(cut.count <= 60)
        #expect(shortened("moshi-kotlin-codegen/src/main/java/com/squareup/moshi/kotlin/codegen/api/AdapterGenerator.kt", limit: 60)
            == "moshi-kotlin-codegen/…/kotlin/codegen/api/AdapterGenerator.kt")
        // Room left keeps the start of the folder cut.
        #expect(shortened("Tests/InlineSnapshotTestingTests/AssertInlineSnapshotSwiftTests.swift", limit: 60)
            == "Tests/InlineSnapshotTe…/AssertInlineSnapshotSwiftTests.swift")
        // A file name too long for a first folder beside it is cut in the middle.
        let long = "src/" + String(repeating: "n", count: 70) + ".swift"
        #expect(shortened(long, limit: 60).count == 60 && !shortened(long, limit: 60).hasPrefix("src/…"))
    }

    @Test func aRepairThatOpensTheWayForOthersSaysSo() {
        var stage = PlanStage(
            id: "x", kind: .splitModule, title: "x", why: "", steps: [], changedLines: 1, principalHours: 1,
            interestSavedHoursPerMonth: 0, checks: [], group: "x")
        stage.groupStages = 5
        #expect(together(stage) == "; its repair's 5 stages together save 0.0 h a month")
        stage.enabledStages = [8, 12]
        stage.enabledInterestSavedHoursPerMonth = 11.6
        #expect(together(stage).hasSuffix("; it opens the way for the repairs of stages 8 and 12, which save 11.6 h a month"))
        stage.enabledStages = [8]
        #expect(together(stage).hasSuffix("; it opens the way for stage 8's repair, which saves 11.6 h a month"))
    }
}
