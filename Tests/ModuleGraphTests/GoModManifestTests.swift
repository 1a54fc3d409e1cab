import Manifests
import BuildManifests
import PlainManifests
import ModuleGraph
import Testing

@Suite struct GoModManifestTests {
    @Test func declaresOnePackagePerFolderWithNonTestFiles() throws {
        let context = try ManifestHarness.fixture("go-module")

        let result = GoModManifest().read(manifest: "go.mod", bytes: context.read("go.mod") ?? [], context: context)

        // onlytests, testdata, vendor, _example and the nested tools module are left out.
        #expect(result.modules.map(\.name) == [
            "github.com/example/web", "github.com/example/web/internal/bytesconv", "github.com/example/web/render",
        ])
        #expect(result.modules.map(\.roots) == [[""], ["internal/bytesconv"], ["render"]])
        #expect(result.warnings.isEmpty)
    }

    @Test func importNameIsTheImportPath() throws {
        let context = try ManifestHarness.fixture("go-module")

        let modules = ManifestHarness.read(context, with: GoModManifest()).modules

        #expect(modules.allSatisfy { $0.importNames == [$0.name] })
        #expect(modules.map(\.name).contains("github.com/example/web/tools"))
    }

    @Test func directRequirementsBecomeDependencies() throws {
        let context = try ManifestHarness.fixture("go-module")

        let root = try #require(ManifestHarness.read(context, with: GoModManifest()).modules.first)

        #expect(root.dependencies == ["github.com/stretchr/testify", "gopkg.in/yaml.v3"])
        #expect(root.line == 1)
    }

    /// A `package main` folder is a program nothing can import; a generator beside a library's files, excluded from
    /// every build by `//go:build ignore`, does not make its folder one.
    @Test func aMainPackageIsAnExecutable() {
        let context = ManifestHarness.context([
            "go.mod": "module example.com/app\n",
            "cmd/app/main.go": "// Copyright\n/* a\n   block */\n\npackage main\n",
            "lib/gen.go": "//go:build ignore\n\npackage main\n",
            "lib/lib.go": "// Package lib does things.\npackage lib\n",
            "doc.go": "package app // import \"example.com/app\"\n",
        ])

        let modules = ManifestHarness.read(context, with: GoModManifest()).modules
        let kinds = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.kind) })

        #expect(kinds == ["example.com/app": .library, "example.com/app/cmd/app": .executable, "example.com/app/lib": .library])
    }

    @Test func moduleInASubfolderPrefixesItsPackages() {
        let context = ManifestHarness.context([
            "api/go.mod": "module example.com/api\n", "api/v1/types.go": "", "api/doc.go": "",
        ])

        let modules = ManifestHarness.read(context, with: GoModManifest()).modules

        #expect(modules.map(\.name) == ["example.com/api", "example.com/api/v1"])
        #expect(modules.map(\.roots) == [["api"], ["api/v1"]])
    }

    @Test func missingModuleDirectiveIsAWarning() {
        let context = ManifestHarness.context(["go.mod": "go 1.22\nrequire (\n  a.b/c v1\n", "x.go": ""])

        let result = ManifestHarness.read(context, with: GoModManifest())

        #expect(result.modules.isEmpty)
        #expect(result.warnings.map(\.description) == ["go.mod:1: no module directive", "go.mod:3: unterminated require block"])
    }
}
