import BuildManifests
import ModuleGraph

/// Which tracked files describe a build rather than being code of a module: the manifests some reader reads (a .NET
/// solution too, which declares no module but lists the projects built together), and the
/// build scripts no reader reads (Elixir's `mix.exs` and `.formatter.exs`, rebar3's `rebar.config`, Ruby's `Rakefile`
/// and `Gemfile`), and the configuration scripts
/// of build and lint tools (`vite.config.ts`, `jest.config.js`, `.eslintrc.cjs`, `gulpfile.js`,
/// `.php-cs-fixer.dist.php`, fastlane's `Fastfile`): their imports are the tools', not a module's dependencies (a
/// package's `vite.config.ts` importing a plugin of the same monorepo made an edge), and they change with the tools.
public enum BuildFiles {
    static let scriptNames: Set<String> = [
        "mix.exs", "Rakefile", "Gemfile", "Podfile", "Fastfile", "Appfile", "Dangerfile", "Guardfile", "Capfile",
        "Brewfile", "Vagrantfile", "rebar.config", "Gruntfile.js", "gruntfile.js", "gulpfile.js", "gulpfile.mjs", "gulpfile.ts",
        ".eslintrc.js", ".eslintrc.cjs", ".php-cs-fixer.php", ".php-cs-fixer.dist.php", "noxfile.py", "conanfile.py",
        ".formatter.exs",
    ]
    /// Tools whose `<tool>.config.<js|cjs|mjs|ts|mts|cts>` configures a build, a test runner or a linter
    /// (`build` is unbuild's).
    static let configuredTools: Set<String> = [
        "vite", "vitest", "webpack", "rollup", "jest", "babel", "eslint", "prettier", "tailwind", "postcss", "playwright",
        "cypress", "karma", "svelte", "next", "nuxt", "astro", "tsup", "esbuild", "metro", "commitlint", "stylelint",
        "vue", "docusaurus", "wdio", "electron-builder", "lint-staged", "size-limit", "unocss", "drizzle",
        "tsdown", "rolldown", "rspack", "rsbuild", "build",
    ]
    static let scriptExtensions: Set<Substring> = ["js", "cjs", "mjs", "ts", "mts", "cts"]

    /// Whether `path` is a build or lint tool's configuration script, by its name.
    static func isToolScript(_ path: String) -> Bool {
        let name = ManifestText.fileName(of: path)
        if scriptNames.contains(name) { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[1] == "config" && scriptExtensions.contains(parts[2])
            && configuredTools.contains(String(parts[0]))
    }

    /// Whether some reader reads `path` as a build manifest (Package.swift, build.gradle.kts, App.csproj).
    public static func isManifest(_ path: String) -> Bool {
        // Every reader handles only file names it lists or endings it lists: most paths are no candidate, and asking
        // each of thirty readers cost a fifth of jackson-databind's scan (21,000 paths in its history).
        let name = ManifestText.fileName(of: path)
        let ending = name.lastIndex(of: ".").map { name[name.index(after: $0)...] }
        guard manifestNames.contains(name) || ending.map({ manifestEndings.contains(String($0)) }) == true
            || manifestPrefixes.contains(where: { name.hasPrefix($0) })
        else { return false }
        return ModuleCoverage.readers.contains { $0.handles(path: path) }
    }

    /// Whether `path` is a manifest that only lists others (a .NET solution, ManifestListing): it declares no module.
    public static func onlyLists(_ path: String) -> Bool {
        let readers = ModuleCoverage.readers.filter { $0.handles(path: path) }
        return !readers.isEmpty && readers.allSatisfy { $0 is any ManifestListing }
    }

    private static let manifestNames = Set(ModuleCoverage.readers.flatMap(\.manifestNames))
    private static let manifestEndings = Set(ModuleCoverage.readers.flatMap(\.manifestExtensions))
    private static let manifestPrefixes = Set(ModuleCoverage.readers.flatMap(\.manifestPrefixes))

    /// A manifest accrue reads, or a build script or tool configuration it does not.
    public static func isBuildScript(_ path: String) -> Bool {
        isToolScript(path) || isManifest(path)
    }
}
