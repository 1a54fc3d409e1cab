import Manifests
import ImportScan
import ModuleGraph
import Testing
import ManifestSyntax

/// tsc's rules for `compilerOptions.paths`: which pattern wins, several targets, and `extends`.
@Suite struct ScriptPathAliasRuleTests {
    private let modules = npmPackages(["app", "ui", "shared"])
    private let sources = [
        "app/src/main.ts", "app/src/components/Button.vue", "app/src/config.ts", "ui/src/Button.vue",
        "ui/src/theme/index.ts", "shared/core/src/index.ts",
    ]

    /// Resolves `spec` imported from `file` with the configs `configs` (path → text) in the repository.
    private func resolve(_ spec: String, in file: String = "app/src/main.ts", _ configs: [String: String]) -> String? {
        let paths = (sources + configs.keys).sorted()
        let aliases = ScriptPathAliases.read(paths: paths) { configs[$0].map { Array($0.utf8) } }
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths, scriptAliases: aliases)
        return resolver.resolve(ImportFacts(path: spec, kind: .module, line: 1), in: file, style: "javascript")
            .map { modules[$0].name }
    }

    @Test func theLongestPrefixBeforeTheStarWinsWhateverTheOrder() {
        // Alphabetically `@/*` comes first and `app/src/components/Button.vue` exists: tsc still takes `@/components/*`.
        let config = ##"{"compilerOptions": {"paths": {"@/*": ["./src/*"], "@/components/*": ["../ui/src/*"]}}}"##
        #expect(resolve("@/components/Button.vue", ["app/tsconfig.json": config]) == "ui")
        #expect(resolve("@/config", ["app/tsconfig.json": config]) == "app")
    }

    @Test func anExactPatternWinsOverAWildcardAndTheChosenPatternIsTheOnlyOneTried() {
        let config = ##"{"compilerOptions": {"paths": {"*": ["../ui/src/*"], "Button.vue": ["./src/config.ts"], "theme/*": ["./missing/*"]}}}"##
        #expect(resolve("Button.vue", ["app/tsconfig.json": config]) == "app")
        // `theme/*` matches with a longer prefix than `*`; its target has no file, and tsc does not fall back to `*`.
        #expect(resolve("theme/index.ts", ["app/tsconfig.json": config]) == nil)
        #expect(resolve("theme", ["app/tsconfig.json": config]) == "ui")
    }

    @Test func aPatternsTargetsAreTriedInOrderAndAStarMayStandInsideATarget() {
        let config = ##"{"compilerOptions": {"baseUrl": "..", "paths": {"#/*": ["app/missing/*", "ui/src/*"], "@core/*": ["./*/core/src"]}}}"##
        #expect(resolve("#/Button.vue", ["app/tsconfig.json": config]) == "ui")
        #expect(resolve("@core/shared", ["app/tsconfig.json": config]) == "shared")
    }

    @Test func extendsIsFollowedWithOrWithoutJSONAndPathsStayRelativeToTheConfigThatSetsThem() {
        let base = ##"{"compilerOptions": {"paths": {"@ui/*": ["./ui/src/*"]}}}"##
        let configs = [
            "tsconfig.base.json": base,
            "app/tsconfig.json": ##"{"extends": "../tsconfig.base", "compilerOptions": {"strict": true}}"##,
            "ui/tsconfig.json": ##"{"extends": ["@tsconfig/node18/tsconfig.json", "../tsconfig.base.json"]}"##,
        ]
        #expect(resolve("@ui/Button.vue", configs) == "ui")
        #expect(resolve("@ui/theme", in: "ui/src/Button.vue", configs) == "ui")
    }

    @Test func theChildsPathsAndBaseURLReplaceTheParentsAndPathsFollowTheBaseURLInEffect() {
        let configs = [
            // The parent's baseUrl is relative to the parent: `app`.
            "tsconfig.base.json": ##"{"compilerOptions": {"baseUrl": "./app", "paths": {"@ui/*": ["../ui/src/*"]}}}"##,
            "app/tsconfig.json": ##"{"extends": "../tsconfig.base.json", "compilerOptions": {"paths": {"~/*": ["src/*"]}}}"##,
            "ui/tsconfig.json": ##"{"extends": "../tsconfig.base.json", "compilerOptions": {"baseUrl": "."}}"##,
        ]
        #expect(resolve("~/config", configs) == "app")  // the parent's baseUrl `app`, not the child's folder
        #expect(resolve("@ui/Button.vue", configs) == nil)  // the child's paths replaced the parent's
        // ui's own baseUrl `ui` replaces the parent's: `@ui/*` → `ui/../ui/src/*`.
        #expect(resolve("@ui/theme", in: "ui/src/Button.vue", configs) == "ui")
    }

    @Test func aBareNameResolvesBelowTheBaseURLWhenNoPatternMatches() {
        let onlyBase = ##"{"compilerOptions": {"baseUrl": "src"}}"##
        #expect(resolve("components/Button.vue", ["app/tsconfig.json": onlyBase]) == "app")
        #expect(resolve("vue", ["app/tsconfig.json": onlyBase]) == nil)  // a package: no such file below src
        // With paths too, baseUrl is tried when no pattern matches: `@/*` misses `config`, `src/config.ts` exists.
        let both = ##"{"compilerOptions": {"baseUrl": "src", "paths": {"@/*": ["components/*"]}}}"##
        #expect(resolve("config", ["app/tsconfig.json": both]) == "app")
        #expect(resolve("@/Button.vue", ["app/tsconfig.json": both]) == "app")
    }

    @Test func commentsAndTrailingCommasAreDroppedButNotInsideStrings() {
        let config = #"""
            {
              // line comment with "quotes" and a trailing comma,
              "compilerOptions": { /* block
                 comment */ "paths": {
                  "@//*": ["./src/*",], // a pattern holding `//`
                  "@\"q/*": ["./src/*"],
                },
              },
            }
            """#
        #expect(resolve("@//config", ["app/tsconfig.json": config]) == "app")
        #expect(resolve("@\"q/config", ["app/tsconfig.json": config]) == "app")
    }

    @Test func aCycleOfExtendsEndsWithoutLosingTheConfigsOwnPaths() {
        let configs = [
            "app/tsconfig.json": ##"{"extends": "./tsconfig.a.json", "compilerOptions": {"paths": {"@/*": ["./src/*"]}}}"##,
            "app/tsconfig.a.json": ##"{"extends": "./tsconfig.json", "compilerOptions": {"paths": {"#/*": ["./src/*"]}}}"##,
            "ui/tsconfig.json": ##"{"extends": "./tsconfig.json"}"##,
        ]
        #expect(resolve("@/config", configs) == "app")
        #expect(resolve("#/config", configs) == nil)  // the child's own paths replace tsconfig.a.json's
        #expect(resolve("@/config", in: "ui/src/Button.vue", configs) == nil)
    }
}

/// npm workspace packages named as their folders, each importable by its name.
func npmPackages(_ names: [String]) -> [ModuleDeclaration] {
    names.map { name in
        ModuleDeclaration(
            name: name, ecosystem: "npm", roots: [name], dependencies: [], importNames: [name],
            manifest: "\(name)/package.json", line: 1)
    }
}
