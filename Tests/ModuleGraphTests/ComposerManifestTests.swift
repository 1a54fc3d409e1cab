import ImportScan
import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct ComposerManifestTests {
    private let files = [
        "composer.json": #"""
            {
                "name": "acme/shop",
                "require": {"php": ">=8.1", "acme/money": "^1.0"},
                "autoload": {"psr-4": {"Acme\\Shop\\": "src/"}},
                "autoload-dev": {"psr-4": {"Acme\\Shop\\Tests\\": "tests/"}}
            }
            """#,
        "packages/money/composer.json": #"""
            {"name": "acme/money", "type": "library", "autoload": {"psr-0": {"Acme_Money_": "lib/"}}}
            """#,
        "packages/plugin/composer.json": #"{"type": "composer-plugin"}"#,
        "src/Cart.php": "", "packages/money/lib/Acme/Money/Amount.php": "",
    ]

    @Test func packagesAreModulesAnsweringToTheirNamespaces() {
        let result = ManifestHarness.read(ManifestHarness.context(files), with: ComposerManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"acme/money [library] roots=["packages/money"] deps=[] imports=["Acme_Money"] @packages/money/composer.json:1"#,
            #"acme/shop [library] roots=[""] deps=["acme/money", "php"] imports=["Acme\\Shop", "Acme\\Shop\\Tests"] @composer.json:2"#,
            #"plugin [plugin] roots=["packages/plugin"] deps=[] imports=[] @packages/plugin/composer.json:1"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    /// What its autoloader loads, whatever the form: a folder or a list of them per prefix, classmap and files lists,
    /// `./` and `/` trimmed, `""` its own folder. A package naming none loads every file of its folder.
    @Test func theAutoloadPathsAreTheCodeItLoads() {
        let files = [
            "composer.json": #"{"name": "acme/shop", "autoload": {"psr-4": {"Acme\\": ["src/", "./lib"]}, "files": ["helpers.php"]}}"#,
            "pkg/composer.json": #"{"name": "acme/pkg", "autoload": {"psr-4": {"Acme\\Pkg\\": ""}, "classmap": ["legacy/"]}, "bin": "run"}"#,
            "cli/composer.json": #"{"name": "acme/cli", "autoload": {"psr-4": {"Cli\\": "src"}}, "bin": ["bin/cli", "bin/cli-dev"]}"#,
            "bare/composer.json": #"{"name": "acme/bare"}"#,
            "src/Cart.php": "", "pkg/A.php": "", "bare/B.php": "",
        ]
        let modules = ManifestHarness.read(ManifestHarness.context(files), with: ComposerManifest()).modules
        let loaded = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.loadedPaths) })

        #expect(loaded["acme/shop"] == ["helpers.php", "lib", "src"])
        // The commands its `bin` installs ship with it too.
        #expect(loaded["acme/pkg"] == ["pkg", "pkg/legacy", "pkg/run"])
        #expect(loaded["acme/cli"] == ["cli/bin/cli", "cli/bin/cli-dev", "cli/src"])
        #expect(loaded["acme/bare"] == [])
        let shop = modules.first { $0.name == "acme/shop" }
        #expect(shop?.isTooling("bin/release.php") == true && shop?.isTooling("src/Cart.php") == false)
        #expect(modules.first { $0.name == "acme/bare" }?.isTooling("bin/x.php") == false)
    }

    /// Resolves PHP `use` names written in `file` among the Composer packages of `files`, to package names.
    private func resolver(_ files: [String: String], in file: String) -> (String) -> String? {
        let modules = ManifestHarness.read(ManifestHarness.context(files), with: ComposerManifest()).modules
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: Array(files.keys))
        return { path in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: file, style: "php").map { modules[$0].name }
        }
    }

    @Test func aUseResolvesToThePackageWhoseNamespaceFitsLongest() {
        let resolve = resolver(files, in: "src/Cart.php")

        #expect(resolve(#"Acme\Shop\Tests\CartTest"#) == "acme/shop")
        #expect(resolve(#"Acme\Shop\Cart"#) == "acme/shop")
        #expect(resolve(#"GuzzleHttp\Client"#) == nil)
    }

    @Test func packagesSharingANamespaceAreToldApartByTheClassFile() {
        // laravel/framework: illuminate/support and illuminate/collections both map Illuminate\Support.
        let files = [
            "src/Support/composer.json": #"{"name": "illuminate/support", "autoload": {"psr-4": {"Illuminate\\Support\\": ""}}}"#,
            "src/Collections/composer.json":
                #"{"name": "illuminate/collections", "autoload": {"psr-4": {"Illuminate\\Support\\": ""}}}"#,
            "src/Support/Str.php": "", "src/Support/Defer/DeferredCallback.php": "", "src/Collections/Collection.php": "",
            "app/Cart.php": "",
        ]
        let resolve = resolver(files, in: "app/Cart.php")

        #expect(resolve(#"Illuminate\Support\Defer\DeferredCallback"#) == "illuminate/support")
        #expect(resolve(#"Illuminate\Support\Str"#) == "illuminate/support")
        #expect(resolve(#"Illuminate\Support\Collection"#) == "illuminate/collections")
        // No file of that name: the namespace still names one of them.
        #expect(resolve(#"Illuminate\Support\Missing"#) != nil)
    }

    @Test func invalidJSONIsAWarningWithItsLine() {
        let context = ManifestHarness.context(["composer.json": "{\n  \"name\": \"a/b\",\n  oops\n}\n"])

        let result = ManifestHarness.read(context, with: ComposerManifest())

        #expect(result.modules.isEmpty)
        #expect(result.warnings.map(\.description) == ["composer.json:3: invalid JSON"])
    }
}
