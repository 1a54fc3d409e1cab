import ImportScan
import Manifests
import ModuleGraph
import Testing
import ManifestSyntax

/// vite's, vitest's and webpack's `resolve.alias`, read as text in their literal forms.
@Suite struct BundlerAliasTests {
    private func aliases(_ config: String, at path: String = "app/vite.config.ts") -> [String] {
        BundlerAliases.read(paths: [path]) { $0 == path ? Array(config.utf8) : nil }
            .flatMap { folder, pairs in pairs.map { "\(folder): \($0.pattern) → \($0.target)" } }
    }

    @Test func theObjectFormsLiteralReplacementsAreFoldersOfTheRepository() {
        let config = """
            import { resolve } from 'node:path'
            export default defineConfig({
              resolve: {
                alias: {
                  '@': path.resolve(__dirname, './src'),  // a comment
                  "@ui": resolve(import.meta.dirname, '..', 'ui/src'),
                  lib: path.join(__dirname, 'lib/'),
                  '#data': fileURLToPath(new URL('./data', import.meta.url)),
                  '~shared': new URL('../shared', import.meta.url).pathname,
                  '/@root': '/src/root',
                  tpl: `${__dirname}/templates`,
                  cwd: resolve('src/cwd'),
                },
              },
            })
            """

        #expect(aliases(config) == [
            "app: @ → app/src", "app: @/* → app/src/*", "app: @ui → ui/src", "app: @ui/* → ui/src/*",
            "app: lib → app/lib", "app: lib/* → app/lib/*", "app: #data → app/data", "app: #data/* → app/data/*",
            "app: ~shared → shared", "app: ~shared/* → shared/*", "app: /@root → app/src/root",
            "app: /@root/* → app/src/root/*", "app: tpl → app/templates", "app: tpl/* → app/templates/*",
            "app: cwd → app/src/cwd", "app: cwd/* → app/src/cwd/*",
        ])
    }

    @Test func theArrayFormAndVitestsTestAliasAreRead() {
        let config = """
            export default defineConfig({
              test: { alias: [{ find: '@test', replacement: resolve(__dirname, 'test') }] },
              resolve: { alias: [
                { find: /^~(.*)$/, replacement: '$1' },
                { replacement: path.resolve(__dirname, 'src'), find: '@' },
              ] },
            })
            """

        #expect(aliases(config, at: "vitest.config.mts") == [
            ": @test → test", ": @test/* → test/*", ": @ → src", ": @/* → src/*",
        ])
    }

    @Test func whatCannotBeReadStaticallyIsIgnored() {
        let config = """
            const root = process.cwd()
            export default {
              resolve: {
                alias: {
                  vue: 'vue/dist/vue.esm-bundler.js',
                  '@rel': './src',
                  '@var': root,
                  '@abs': path.resolve('/opt/src'),
                  '@join': path.join('src'),
                  '@cwd': path.resolve(process.cwd(), 'src'),
                  '@tpl': `${root}/src`,
                  [key]: path.resolve(__dirname, 'src'),
                  ...more,
                },
              },
            }
            """

        #expect(aliases(config).isEmpty)
        #expect(aliases("export default { resolve: { alias } }").isEmpty)
        #expect(aliases("alias: { '@': path.resolve(__dirname, 'src') }", at: "app/rollup.config.js").isEmpty)
    }

    /// A webpack config's aliases serve the project it builds, the nearest folder with a `package.json` (a Vue 2
    /// template's `build/webpack.base.conf.js`); `vue$` is `vue` alone; next.js assigns them (`alias = {…}`).
    @Test func webpackConfigsServeTheirProject() {
        let base = "module.exports = { resolve: { alias: { vue$: path.resolve(__dirname, '../vendor/vue.js'), "
            + "'@': path.resolve(__dirname, '../src') } } }"
        let paths = ["web/package.json", "web/build/webpack.base.conf.js", "lib/webpack.config.js"]
        let flat = "module.exports = { resolve: { alias: { vue$: path.resolve(__dirname, 'vendor/vue.js'), "
            + "'@': path.resolve(__dirname, 'src') } } }"
        let read = { (path: String) -> [UInt8]? in path.hasSuffix(".js") ? Array(flat.utf8) : nil }
        let nested = { (path: String) -> [UInt8]? in path == "web/build/webpack.base.conf.js" ? Array(base.utf8) : nil }
        let listed = { (read: (String) -> [UInt8]?) in
            BundlerAliases.read(paths: paths, read: read).sorted { $0.key < $1.key }
                .flatMap { folder, pairs in pairs.map { "\(folder): \($0.pattern) → \($0.target)" } }
        }

        #expect(listed(nested) == ["web: vue → web/vendor/vue.js", "web: @ → web/src", "web: @/* → web/src/*"])
        let next = "module.exports = { webpack: (config) => { config.resolve.alias = { ...config.resolve.alias, "
            + "'@': path.join(__dirname, 'src') }; return config } }"
        #expect(aliases(next, at: "site/next.config.js") == ["site: @ → site/src", "site: @/* → site/src/*"])
        // No package.json above lib/: its config serves its own folder.
        #expect(listed(read).filter { $0.hasPrefix("lib") } == [
            "lib: vue → lib/vendor/vue.js", "lib: @ → lib/src", "lib: @/* → lib/src/*",
        ])
    }

    @Test func aViteAliasResolvesToItsFileBeforeTsconfigsPaths() {
        let modules = npmPackages(["app", "widgets"])
        let paths = ["app/src/main.ts", "app/src/util.ts", "app/vite.config.ts", "widgets/index.js", "app/tsconfig.json"]
        let vite = "export default { resolve: { alias: { '@': resolve(__dirname, 'src'), widgets: resolve(__dirname, '../widgets/index.js') } } }"
        let tsconfig = #"{"compilerOptions": {"paths": {"@/*": ["../widgets/*"]}}}"#
        let read = { (path: String) -> [UInt8]? in
            path == "app/vite.config.ts" ? Array(vite.utf8) : path == "app/tsconfig.json" ? Array(tsconfig.utf8) : nil
        }
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths,
            scriptAliases: ScriptPathAliases.read(paths: paths, read: read), bundlerAliases: BundlerAliases.read(paths: paths, read: read))
        func resolve(_ spec: String) -> String? {
            resolver.resolve(ImportFacts(path: spec, kind: .module, line: 1), in: "app/src/main.ts", style: "javascript")
                .map { modules[$0].name }
        }

        #expect(resolve("@/util") == "app")
        #expect(resolve("widgets") == "widgets")
        #expect(resolver.resolvesByPath(ImportFacts(path: "widgets", kind: .module, line: 1), in: "app/src/main.ts"))
        // `@/index` is no file below app/src: vite's alias gives nothing, tsconfig's `@/*` leads to widgets.
        #expect(resolve("@/index") == "widgets")
    }
}
