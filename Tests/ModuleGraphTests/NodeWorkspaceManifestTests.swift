import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct NodeWorkspaceManifestTests {
    @Test func npmWorkspaceDeclaresRootAndMatchingMembers() throws {
        let context = try ManifestHarness.fixture("npm-workspaces")

        let result = ManifestHarness.read(context, with: NodeWorkspaceManifest())

        // legacy is negated; the broken test fixture and node_modules are not members.
        #expect(result.modules.map(\.name) == ["@acme/cli", "@acme/core", "monorepo", "web"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func membersCarryNamesDependenciesAndKinds() throws {
        let context = try ManifestHarness.fixture("npm-workspaces")

        let modules = ManifestHarness.read(context, with: NodeWorkspaceManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"@acme/cli [executable] roots=["packages/cli"] deps=["@acme/core"] imports=["@acme/cli"] @packages/cli/package.json:2"#,
            #"@acme/core [library] roots=["packages/core"] deps=["lodash", "react"] imports=["@acme/core"] @packages/core/package.json:2"#,
            #"monorepo [other] roots=[""] deps=["typescript"] imports=["monorepo"] @package.json:2"#,
            #"web [library] roots=["apps/web"] deps=["@acme/core", "vite"] imports=["web"] @apps/web/package.json:1"#,
        ])
    }

    @Test func membersKnowWhatTheRootDeclaresAndAPrivateOneIsGivenIt() {
        // vite: the root declares `vite`, which pnpm installs where every playground resolves it.
        let context = ManifestHarness.context([
            "package.json": #"{"name": "root", "private": true, "devDependencies": {"vite": "workspace:*"}}"#,
            "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - 'playground/**'\n",
            "packages/vite/package.json": #"{"name": "vite"}"#,
            "playground/css/package.json": #"{"name": "@vitejs/test-css", "private": true}"#,
            "playground/optimize/package.json": #"{"name": "optimize", "private": true, "dependencies": {"dep-a": "file:./dep-a"}}"#,
            "playground/optimize/importer/package.json": #"{"name": "importer"}"#,
        ])

        let modules = ManifestHarness.read(context, with: NodeWorkspaceManifest()).modules
        let byName = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0) })

        #expect(byName["vite"]?.workspaceDependencies == ["vite"])
        #expect(byName["vite"]?.providedDependencies == [])
        #expect(byName["@vitejs/test-css"]?.providedDependencies == ["vite"])
        #expect(byName["root"]?.workspaceDependencies == [])
        // Node resolves from the node_modules of every package around a member.
        #expect(byName["importer"]?.workspaceDependencies == ["dep-a", "vite"])
        #expect(byName["importer"]?.providedDependencies == [])
    }

    @Test func pnpmWorkspaceWithoutRootPackageReadsTheYAML() throws {
        let context = try ManifestHarness.fixture("pnpm-workspace")

        let result = ManifestHarness.read(context, with: NodeWorkspaceManifest())

        #expect(result.modules.map(\.name) == ["lint-rules", "ui"])
    }

    @Test func yarnPackagesObjectAndNestedManifestsAreSkipped() {
        let context = ManifestHarness.context([
            "package.json": #"{"workspaces": {"packages": ["libs/*"]}}"#,
            "libs/a/package.json": #"{"name": "a"}"#,
            "libs/a/examples/demo/package.json": #"{"name": "demo"}"#,
        ])

        let modules = ManifestHarness.read(context, with: NodeWorkspaceManifest()).modules

        #expect(modules.map(\.name) == ["a", "root"])
    }

    @Test func rootWithoutWorkspacesIsOneModule() {
        let context = ManifestHarness.context([
            "package.json": "{\n  \"name\": \"express\",\n  \"dependencies\": {\"debug\": \"4\"}\n}\n",
            "examples/x/package.json": #"{"name": "x"}"#,
        ])

        let modules = ManifestHarness.read(context, with: NodeWorkspaceManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #"express [library] roots=[""] deps=["debug"] imports=["express"] @package.json:2"#
        ])
    }

    @Test func aPublishedRootWithAnEntryPointIsALibraryWhateverItsWorkspaceLists() {
        // vercel/swr: its pnpm workspace lists the folders of its subpath shims (`mutation/package.json`, nameless).
        let context = ManifestHarness.context([
            "package.json": "{\n  \"name\": \"swr\",\n  \"exports\": {\".\": \"./dist/index/index.mjs\"}\n}\n",
            "pnpm-workspace.yaml": "packages:\n  - 'mutation'\n",
            "mutation/package.json": #"{"main": "../dist/mutation/index.js", "private": true}"#,
            "src/index/index.ts": "",
        ])

        let modules = ManifestHarness.read(context, with: NodeWorkspaceManifest()).modules

        #expect(modules.first { $0.name == "swr" }?.kind == .library)
    }

    @Test func invalidMemberJSONIsAWarningWithItsLine() {
        let context = ManifestHarness.context([
            "package.json": #"{"name": "r", "workspaces": ["p/*"]}"#,
            "p/a/package.json": "{\n  \"name\": \"a\",\n  oops\n}",
        ])

        let result = ManifestHarness.read(context, with: NodeWorkspaceManifest())

        #expect(result.modules.map(\.name) == ["r"])
        #expect(result.warnings.map(\.path) == ["p/a/package.json"])
        #expect(result.warnings.first?.line == 3)
    }
}
