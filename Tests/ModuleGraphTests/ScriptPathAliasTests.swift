import Manifests
import ImportScan
import ModuleGraph
import Testing
import ManifestSyntax

/// JS/TS path aliases from tsconfig.json `compilerOptions.paths`.
@Suite struct ScriptPathAliasTests {
    private let modules = npmPackages(["app", "ui"])
    private let paths = ["app/tsconfig.json", "app/src/main.ts", "app/src/App.vue", "app/src/config.ts", "ui/src/Button.vue"]
    private let tsconfig = """
        {
          // tsconfig allows comments and trailing commas
          "compilerOptions": {
            "baseUrl": ".",
            /* shared code */
            "paths": { "@/*": ["./src/*"], "@ui/*": ["../ui/src/*"], "config": ["./src/config.ts"], },
          },
        }
        """

    @Test func pathsAreReadRelativeToTheBaseURL() {
        let aliases = ScriptPathAliases.read(paths: paths) { $0 == "app/tsconfig.json" ? Array(tsconfig.utf8) : nil }

        #expect(aliases["app"]?.map { "\($0.pattern) → \($0.target)" } == [
            "config → app/src/config.ts", "@ui/* → ui/src/*", "@/* → app/src/*", "* → app/*",
        ])
    }

    @Test func anAliasedImportResolvesToItsFileAndAnythingElseAsBefore() {
        let aliases = ScriptPathAliases.read(paths: paths) { $0 == "app/tsconfig.json" ? Array(tsconfig.utf8) : nil }
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths, scriptAliases: aliases)
        func resolve(_ path: String, in file: String = "app/src/main.ts") -> String? {
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: file, style: "javascript")
                .map { modules[$0].name }
        }

        #expect(resolve("@ui/Button") == "ui")
        #expect(resolve("@/App.vue") == "app")
        #expect(resolve("config") == "app")
        #expect(resolve("@vue/shared") == nil)
        #expect(resolve("@/Missing") == nil)
        #expect(resolve("@ui/Button", in: "ui/src/Button.vue") == nil)  // no tsconfig above ui/
    }
}
