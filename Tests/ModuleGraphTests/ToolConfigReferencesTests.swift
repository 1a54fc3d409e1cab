import Manifests
import Testing

/// A monorepo's shared lint and compiler configs are packages the others declare and use through their tools.
@Suite struct ToolConfigReferencesTests {
    @Test func aDartAnalysisOptionsAndATypeScriptConfigNameTheirPresets() {
        let files: [String: String] = [
            "packages/bloc/analysis_options.yaml": "include: package:bloc_lint/recommended.yaml\n",
            "apps/web/tsconfig.json": #"{ "extends": "@repo/typescript-config/nextjs.json" }"#,
            "apps/web/eslint.config.mjs": #"import { nextJsConfig } from '@repo/eslint-config/next-js'"#,
            "apps/web/src/eslint.config.mjs": #"import x from 'deep-config'"#,
            "apps/web/package.json": #"{ "devDependencies": { "unused-tool": "*" } }"#,
        ]
        let configs = ToolConfigReferences.configFiles(files.keys.sorted())
        let read = { (path: String) in files[path].map { Array($0.utf8) } }

        #expect(configs == ["apps/web/eslint.config.mjs", "apps/web/src/eslint.config.mjs", "apps/web/tsconfig.json",
                            "packages/bloc/analysis_options.yaml"])
        #expect(ToolConfigReferences.named(["bloc_lint", "bloc"], in: "packages/bloc", configs: configs, read: read) == ["bloc_lint"])
        // Only the module's own folder's configs count, and a package.json's declarations are no use.
        #expect(ToolConfigReferences.named(
            ["@repo/typescript-config", "@repo/eslint-config", "deep-config", "unused-tool"], in: "apps/web",
            configs: configs, read: read) == ["@repo/typescript-config", "@repo/eslint-config"])
    }
}
