import BuildManifests
import Manifests
import ModuleGraph
import SwiftManifests
import TargetManifests
import Testing

/// `ManifestContext.join` gives folders in the form module roots and ownership compare with: no trailing `/`.
@Suite struct ManifestJoinTests {
    @Test func aFolderWrittenWithATrailingSlashJoinsWithoutIt() {
        #expect(ManifestContext.join("", "src/") == "src")
        #expect(ManifestContext.join("a", "b/") == "a/b")
        #expect(ManifestContext.join("a", "./b//c/") == "a/b/c")
        #expect(ManifestContext.join("a/", "b") == "a/b")
        #expect(ManifestContext.join("a/b", "../") == "a")
        #expect(ManifestContext.join("a", "/") == "a")
        // The plain forms keep their fast path and result.
        #expect(ManifestContext.join("a", "./b/c.c") == "a/b/c.c")
        #expect(ManifestContext.join("", "x") == "x")
    }

    @Test func aSwiftTargetWhosePathEndsInASlashOwnsItsFolder() {
        // `path: "Sources/Foo/"` was the root `Sources/Foo/`, which no file's folder equals: Foo owned nothing.
        let context = ManifestHarness.context([
            "Package.swift": """
                // swift-tools-version:5.9
                import PackageDescription
                let package = Package(name: "P", targets: [.target(name: "Foo", path: "Sources/Foo/")])
                """,
            "Sources/Foo/f.swift": "",
        ])

        let modules = ManifestHarness.read(context, with: SwiftPackageManifest()).modules

        #expect(modules.map(\.roots) == [["Sources/Foo"]])
        #expect(ModuleOwnership(modules: modules).owner(of: "Sources/Foo/f.swift") == 0)
    }

    @Test func aCMakeFolderAddedWithATrailingSlashInheritsTheVariablesOfTheFileAddingIt() {
        let context = ManifestHarness.context([
            "CMakeLists.txt": "project(demo)\nset(LIB_NAME core)\nadd_subdirectory(lib/)\n",
            "lib/CMakeLists.txt": "add_library(${LIB_NAME} core.c)\n",
            "lib/core.c": "",
        ])

        let result = ManifestHarness.read(context, with: CMakeManifest())

        #expect(result.modules.map { "\($0.name) \($0.roots)" } == [#"core ["lib/core.c"]"#])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }
}
