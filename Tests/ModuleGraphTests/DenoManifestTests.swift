import BuildManifests
import ModuleGraph
import Testing

@Suite struct DenoManifestTests {
    @Test func aWorkspaceRootDeclaresItselfAndItsMembersByName() {
        // denoland/std: a root deno.json listing its packages, each named `@std/…`.
        let context = ManifestHarness.context([
            "deno.json": "{\n  \"imports\": {\"fast-check\": \"npm:fast-check@3\"},\n  \"workspace\": [\"./assert\", \"./async\", \"./gone\"]\n}\n",
            "assert/deno.json": #"{"name": "@std/assert", "version": "1.0.19", "exports": {".": "./mod.ts"}}"#,
            "assert/mod.ts": "",
            "async/deno.jsonc": #"{"name": "@std/async", "exports": "./mod.ts"}"#, "async/mod.ts": "",
            "tools/deno.json": #"{"tasks": {}}"#,
        ])

        let result = ManifestHarness.read(context, with: DenoManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"@std/assert [library] roots=["assert"] deps=[] imports=["@std/assert"] @assert/deno.json:1"#,
            #"@std/async [library] roots=["async"] deps=[] imports=["@std/async"] @async/deno.jsonc:1"#,
            #"root [other] roots=[""] deps=[] imports=[] @deno.json:1"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test func aFolderWithAPackageJsonIsNpmsAndBrokenJsonIsAWarning() {
        // hono's `runtime-tests/deno/deno.json` configures a runtime's tests of the npm package around it.
        let npm = ManifestHarness.context([
            "package.json": #"{"name": "app"}"#, "deno.json": #"{"tasks": {"dev": "deno run main.ts"}}"#,
            "runtime-tests/deno/deno.json": #"{"name": "runtime", "exports": "./mod.ts"}"#,
        ])
        let broken = ManifestHarness.context(["deno.json": "{\n  \"name\": \"@x/tool\",\n"])

        #expect(ManifestHarness.read(npm, with: DenoManifest()).modules.isEmpty)
        let result = ManifestHarness.read(broken, with: DenoManifest())
        #expect(result.modules.isEmpty && result.warnings.map(\.path) == ["deno.json"])
    }
}
