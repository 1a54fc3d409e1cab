@testable import Manifests
import Testing

@Suite struct BuildFilesTests {
    @Test func toolConfigurationScriptsAreBuildScripts() {
        // A package's vite.config.ts imports the tool and its plugins, not the package's dependencies.
        for path in [
            "packages/app/vite.config.ts", "jest.config.js", "eslint.config.mjs", ".eslintrc.cjs", "gulpfile.js",
            ".php-cs-fixer.dist.php", "fastlane/Fastfile", "Gemfile", "mix.exs", "Package.swift", "app/build.gradle.kts",
            // trpc's packages/*/tsdown.config.ts import ../../scripts/entrypoints.js: every package → root.
            "packages/server/tsdown.config.ts", "rolldown.config.mjs", "rspack.config.js", "rsbuild.config.ts",
            "packages/kit/build.config.ts",
        ] {
            #expect(BuildFiles.isBuildScript(path), "\(path)")
        }
        // Angular's app.config.ts and a NestJS auth.config.ts are the application's own code.
        for path in ["src/app/app.config.ts", "src/auth/auth.config.ts", "config.js", "vite.config.json", "lib/gemfile.rb"] {
            #expect(!BuildFiles.isBuildScript(path), "\(path)")
        }
    }
}
