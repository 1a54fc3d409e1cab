import BuildManifests
import Manifests
import ModuleGraph
import SwiftManifests
import Testing

/// A folder's SwiftPM manifests: `Package.swift` and its version-specific siblings, one of them read.
@Suite struct SwiftManifestVersionsTests {
    private func manifest(tools: String?, target: String) -> String {
        (tools.map { "// swift-tools-version:\($0)\n" } ?? "")
            + "import PackageDescription\nlet package = Package(name: \"P\", targets: [.target(name: \"\(target)\")])\n"
    }

    private func discovered(_ files: [String: String]) -> [String] {
        let context = ManifestHarness.context(files)
        return ModuleDiscovery(readers: [SwiftPackageManifest()]).discover(context: context, sourcePaths: [])
            .modules.map { "\($0.name) \($0.manifest)" }
    }

    @Test(arguments: [
        ("Package@swift-5.9.swift", [5, 9]), ("Package@swift-6.swift", [6]), ("Package@swift-5.10.1.swift", [5, 10, 1]),
        ("Package.swift", nil), ("Package@swift-next.swift", nil), ("Package@swift-5.9.swift.orig", nil),
        ("Package@swift-.swift", nil), ("Package@swift-1.2.3.4.swift", nil),
    ] as [(String, [Int]?)])
    func aVersionSpecificManifestsNameGivesItsVersion(name: String, version: [Int]?) {
        #expect(SwiftManifestVersions.version(fileName: name) == version)
        #expect(SwiftPackageManifest().handles(path: "a/" + name) == (version != nil || name == "Package.swift"))
    }

    @Test func packageSwiftWinsOverOlderVersionSpecificManifests() {
        // Alamofire: a 6.3 Package.swift beside Package@swift-6.0, -6.1 and -6.2 for older toolchains.
        let modules = discovered([
            "Package.swift": manifest(tools: " 6.3", target: "Current"),
            "Package@swift-6.0.swift": manifest(tools: " 6.0", target: "Six"),
            "Package@swift-6.2.swift": manifest(tools: " 6.2", target: "SixTwo"),
            "Sources/Current/a.swift": "", "Sources/Six/a.swift": "", "Sources/SixTwo/a.swift": "",
        ])

        #expect(modules == ["Current Package.swift"])
    }

    @Test func aNewerVersionSpecificManifestWinsOverAnOlderPackageSwift() {
        let modules = discovered([
            "Package.swift": manifest(tools: "5.7", target: "Old"),
            "Package@swift-5.9.swift": manifest(tools: "5.9", target: "Macros"),
            "Package@swift-5.8.swift": manifest(tools: "5.8", target: "Middle"),
            // Equal versions: Package.swift, as SwiftPM takes the other only when it is newer.
            "tie/Package.swift": manifest(tools: "6.0", target: "TieRegular"),
            "tie/Package@swift-6.swift": manifest(tools: "6.0", target: "TieVersioned"),
            // No tools-version comment: SwiftPM assumes 3.1.
            "bare/Package.swift": manifest(tools: nil, target: "Bare"),
            "bare/Package@swift-4.swift": manifest(tools: "4.0", target: "Four"),
        ])

        #expect(modules == [
            "Four bare/Package@swift-4.swift", "Macros Package@swift-5.9.swift", "TieRegular tie/Package.swift",
        ])
    }

    @Test func aFolderWithOnlyVersionSpecificManifestsUsesTheNewest() {
        let modules = discovered([
            "tools/gen/Package@swift-5.8.swift": manifest(tools: "5.8", target: "GenOld"),
            "tools/gen/Package@swift-5.10.swift": manifest(tools: "5.10", target: "Gen"),
            "tools/gen/Package@swift-5.9.swift": manifest(tools: "5.9", target: "GenNine"),
            // Another folder's versioned manifest is not a sibling.
            "tools/gen/sub/Package@swift-6.0.swift": manifest(tools: "6.0", target: "Sub"),
        ])

        #expect(modules == ["Gen tools/gen/Package@swift-5.10.swift", "Sub tools/gen/sub/Package@swift-6.0.swift"])
    }

    @Test func everyVersionSpecificManifestIsABuildFile() {
        #expect(BuildFiles.isManifest("Package@swift-5.9.swift"))
        #expect(BuildFiles.isManifest("sub/Package@swift-6.swift"))
        #expect(!BuildFiles.isManifest("Package@swift-notes.md"))
    }
}
