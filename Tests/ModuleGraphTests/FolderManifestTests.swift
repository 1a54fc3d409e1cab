import Manifests
import ModuleGraph
import Testing

@Suite struct FolderManifestTests {
    @Test func topLevelFoldersAndSourceSubfoldersBecomeModules() throws {
        let context = try ManifestHarness.fixture("folder-layout")

        let modules = FolderModules().modules(in: context)

        // docs holds no source, .github is hidden, main.c sits at the root.
        #expect(modules.map(\.name) == ["src", "src/app", "src/net", "tools"])
        #expect(modules.allSatisfy { $0.ecosystem == "folder" && $0.roots == [$0.name] })
    }

    @Test func noSourceFilesMeansNoModules() {
        let context = ManifestHarness.context(["README.md": "", "docs/a.md": ""])

        #expect(FolderModules().modules(in: context).isEmpty)
    }
}
