@testable import Reporting
import Testing

@Suite struct ShortenedNameTests {
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
}
