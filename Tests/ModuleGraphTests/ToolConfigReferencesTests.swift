@testable import Manifests
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

/// create-vite's templates declare `vite` and run it from their scripts, never importing it.
@Suite struct PackageScriptsTests {
    @Test func aPackageTheScriptsRunIsUsed() {
        let files: [String: String] = [
            "template-react/package.json": #"""
                { "scripts": { "dev": "vite", "build": "tsc -b && vite build", "lint": "pnpm exec eslint .",
                  "e2e": "CI=1 npx playwright test" },
                  "devDependencies": { "vite": "*", "eslint": "*", "playwright": "*", "typescript": "*" } }
                """#,
        ]
        let read = { (path: String) in files[path].map { Array($0.utf8) } }

        #expect(ToolConfigReferences.named(
            ["vite", "eslint", "playwright", "typescript"], in: "template-react", configs: [], read: read)
            == ["vite", "eslint", "playwright"])
    }
}

/// PHP calls a Composer package's autoloaded global functions without any `use`.
@Suite struct ComposerFunctionsTests {
    @Test func aPackagesAutoloadedFunctionsAreCalledWithoutAnImport() {
        let files: [String: String] = [
            "contracts/deprecation/composer.json": """
                { "name": "symfony/deprecation-contracts", "require": { "php": ">=8.1" },
                  "autoload": { "files": [ "function.php" ] }, "autoload-dev": { "files": [ "tests/helpers.php" ] } }
                """,
            "contracts/deprecation/function.php": """
                <?php
                if (!function_exists('trigger_deprecation')) {
                    function trigger_deprecation(string $package, string $version, string $message, mixed ...$args): void
                    {
                    }
                }
                """,
            "form/Form.php": "<?php\ntrigger_deprecation('symfony/form', '7.2', 'Passing …');\n",
            "yaml/Parser.php": "<?php\nclass Parser {}\n",
        ]
        let read = { (path: String) in files[path].map { Array($0.utf8) } }
        let functions = ComposerFunctions.declared(manifest: "contracts/deprecation/composer.json", read: read)

        #expect(functions == ["trigger_deprecation"])
        #expect(ComposerFunctions.calls(functions, in: ["form/Form.php"], read: read))
        #expect(!ComposerFunctions.calls(functions, in: ["yaml/Parser.php"], read: read))
    }

    @Test func onlyTheAutoloadObjectsFilesCount() {
        #expect(ComposerFunctions.autoloadedFiles(#"{"autoload": {"psr-4": {"A\\": "src/"}}, "extra": {"files": ["x.php"]}}"#).isEmpty)
        #expect(ComposerFunctions.autoloadedFiles(#"{"autoload": {"files": ["a.php", "b.php"]}}"#) == ["a.php", "b.php"])
    }
}
