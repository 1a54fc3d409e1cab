import ImportScan
import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct ImportResolverTests {
    private func module(
        _ name: String, _ root: String, manifest: String, ecosystem: String = "swiftpm", dependencies: [String] = [],
        importNames: [String]? = nil
    ) -> ModuleDeclaration {
        ModuleDeclaration(
            name: name, ecosystem: ecosystem, roots: [root], dependencies: dependencies,
            importNames: importNames ?? [name], manifest: manifest, line: 1)
    }

    private func resolve(_ modules: [ModuleDeclaration], _ path: String, in file: String, style: String) -> String? {
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: [file])
        return resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: file, style: style)
            .map { modules[$0].name + " " + modules[$0].manifest }
    }

    @Test func aSharedNameResolvesInsideTheImportersOwnPackage() {
        let modules = [
            module("App", "a/Sources/App", manifest: "a/Package.swift"),
            module("Shared", "a/Sources/Shared", manifest: "a/Package.swift"),
            module("Tool", "b/Sources/Tool", manifest: "b/Package.swift"),
            module("Shared", "b/Sources/Shared", manifest: "b/Package.swift"),
        ]

        #expect(resolve(modules, "Shared", in: "a/Sources/App/main.swift", style: "swift") == "Shared a/Package.swift")
        #expect(resolve(modules, "Shared", in: "b/Sources/Tool/main.swift", style: "swift") == "Shared b/Package.swift")
    }

    @Test func aNameTwoExampleMonoreposShareResolvesToTheImportersNeighbour() {
        // langgraph's CLI carries two copies of one uv monorepo example, each with an `agent` importing `shared`.
        let modules = [
            module("shared", "ex/one/libs/shared", manifest: "ex/one/libs/shared/pyproject.toml", ecosystem: "python"),
            module("shared", "ex/two/libs/shared", manifest: "ex/two/libs/shared/pyproject.toml", ecosystem: "python"),
            module("agent", "ex/two/apps/agent", manifest: "ex/two/apps/agent/pyproject.toml", ecosystem: "python"),
        ]

        #expect(resolve(modules, "shared", in: "ex/two/apps/agent/graph.py", style: "python")
            == "shared ex/two/libs/shared/pyproject.toml")
    }

    @Test func elixirAliasesResolveToTheModuleOwningTheirFileUnderLib() {
        // An umbrella: apps/shop and apps/shop_web (folder modules), and Elixir's own layout (lib/ex_unit).
        let modules = [
            module("apps/shop", "apps/shop", manifest: "", ecosystem: "folder"),
            module("apps/shop_web", "apps/shop_web", manifest: "", ecosystem: "folder"),
            module("lib/ex_unit", "lib/ex_unit", manifest: "", ecosystem: "folder"),
            module("lib/mix", "lib/mix", manifest: "", ecosystem: "folder"),
            module("apps/elixir_ls_utils", "apps/elixir_ls_utils", manifest: "", ecosystem: "folder"),
        ]
        let paths = [
            "apps/shop/lib/shop/cart.ex", "apps/shop/lib/shop.ex", "apps/shop_web/lib/shop_web/cart_controller.ex",
            "lib/ex_unit/lib/ex_unit/case.ex", "lib/mix/lib/mix/tasks/compile.elixir.ex", "apps/shop/test/support/fixtures.ex",
            "apps/elixir_ls_utils/lib/matcher.ex",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (alias: String) in
            resolver.resolve(ImportFacts(path: alias, kind: .module, line: 1), in: paths[2], style: "elixir")
                .map { modules[$0].name }
        }

        #expect(resolve("Shop.Cart") == "apps/shop")
        #expect(resolve("Shop.Cart.LineItem") == "apps/shop")  // a module nested in cart.ex's
        #expect(resolve("Shop") == "apps/shop")
        #expect(resolve("ExUnit.Case") == "lib/ex_unit")
        #expect(resolve("Mix.Tasks.Compile.Elixir") == "lib/mix")
        // The app's namespace is its folder's name; its files below lib/ leave it out.
        #expect(resolve("ElixirLS.Utils.Matcher") == "apps/elixir_ls_utils")
        // Only files under lib/ define the application's modules; Logger and Ecto are not in the repository.
        #expect(resolve("Shop.Fixtures") == "apps/shop")  // through Shop, lib/shop.ex
        #expect(resolve("Logger") == nil)
        #expect(resolve("Ecto.Query") == nil)
    }

    @Test func haskellModulesResolveToTheModuleOwningTheFileThatDefinesThem() {
        // pandoc: the package at the root, its internal library xml-light and pandoc-lua-engine beside it.
        let modules = [
            module("pandoc", "", manifest: "pandoc.cabal", ecosystem: "cabal", importNames: []),
            module("xml-light", "xml-light", manifest: "pandoc.cabal", ecosystem: "cabal", importNames: []),
            module("pandoc-lua-engine", "pandoc-lua-engine", manifest: "pandoc-lua-engine/pandoc-lua-engine.cabal", ecosystem: "cabal", importNames: []),
        ]
        let paths = [
            "src/Text/Pandoc/Class.hs", "xml-light/Text/Pandoc/XML/Light.hs", "pandoc-lua-engine/src/Text/Pandoc/Lua.hs",
            "src/Text/Pandoc/Shared.lhs", "test/test-pandoc.hs",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (name: String) in
            resolver.resolve(ImportFacts(path: name, kind: .module, line: 1), in: paths[2], style: "haskell")
                .map { modules[$0].name }
        }

        #expect(resolve("Text.Pandoc.Class") == "pandoc")
        #expect(resolve("Text.Pandoc.Shared") == "pandoc")
        #expect(resolve("Text.Pandoc.XML.Light") == "xml-light")
        #expect(resolve("Text.Pandoc.Lua") == "pandoc-lua-engine")
        #expect(resolve("Text.Pandoc") == nil)  // no file defines it
        #expect(resolve("Data.Map") == nil)
        #expect(ImportResolver.haskellModule(of: "test/test-pandoc.hs") == nil)
        #expect(ImportResolver.haskellModule(of: "src/Text/Pandoc/Class.hs") == "Text.Pandoc.Class")
    }

    @Test func erlangModulesResolveToTheModuleOwningTheirFileAndIncludesToTheFileTheyEnd() {
        // emqx: Mix apps of Erlang code.
        let modules = [
            module("emqx", "apps/emqx", manifest: "apps/emqx/mix.exs", ecosystem: "mix", importNames: []),
            module("emqx_conf", "apps/emqx_conf", manifest: "apps/emqx_conf/mix.exs", ecosystem: "mix", importNames: []),
        ]
        let paths = [
            "apps/emqx/src/emqx_types.erl", "apps/emqx/include/logger.hrl", "apps/emqx_conf/src/emqx_conf.erl",
            "apps/emqx_conf/src/emqx_conf_cli.erl",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (name: String, kind: ImportFacts.Kind) in
            resolver.resolve(ImportFacts(path: name, kind: kind, line: 1), in: paths[3], style: "erlang").map { modules[$0].name }
        }

        #expect(resolve("emqx_types", .module) == "emqx")
        #expect(resolve("emqx_conf", .module) == "emqx_conf")
        #expect(resolve("emqx/include/logger.hrl", .file) == "emqx")
        #expect(resolve("lists", .module) == nil)
        #expect(resolve("emqx_conf", .file) == nil)
    }

    @Test func clojureNamespacesResolveToTheModuleOwningAFileWhosePathEndsInThem() {
        // penpot: deps.edn projects whose namespaces live below src/ in files spelled with `_`.
        let modules = [
            module("common", "common", manifest: "common/deps.edn", ecosystem: "clojure", importNames: []),
            module("backend", "backend", manifest: "backend/deps.edn", ecosystem: "clojure", importNames: []),
        ]
        let paths = [
            "common/src/app/common/data.cljc", "common/src/app/common/data_macros.clj", "common/src/app/common/types/shape.cljs",
            "backend/src/app/rpc.clj", "backend/src/app/main.clj",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (name: String) in
            resolver.resolve(ImportFacts(path: name, kind: .module, line: 1), in: paths[4], style: "clojure").map { modules[$0].name }
        }

        #expect(resolve("app.common.data") == "common")
        #expect(resolve("app.common.data-macros") == "common")
        #expect(resolve("app.common.data_macros") == "common")  // an `(:import …)` package, spelled as Java spells it
        #expect(resolve("app.common.types.shape") == "common")
        #expect(resolve("app.rpc") == "backend")
        #expect(resolve("clojure.string") == nil)
        #expect(resolve("app.common") == nil)
    }

    @Test func aNamespaceTwoModulesDefineResolvesToTheOneTheImporterDeclares() {
        // penpot: `app.util.object` is the exporter's and the frontend's; the library declares the frontend.
        let modules = [
            module("exporter", "exporter", manifest: "exporter/deps.edn", ecosystem: "clojure", importNames: []),
            module("frontend", "frontend", manifest: "frontend/deps.edn", ecosystem: "clojure", importNames: []),
            module("library", "library", manifest: "library/deps.edn", ecosystem: "clojure", dependencies: ["frontend"],
                importNames: []),
        ]
        let paths = ["exporter/src/app/util/object.cljs", "frontend/src/app/util/object.cljc", "library/src/lib/x.cljs"]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)

        let found = resolver.resolve(ImportFacts(path: "app.util.object", kind: .module, line: 1), in: paths[2], style: "clojure")

        #expect(found.map { modules[$0].name } == "frontend")
    }

    @Test func aDeclaredDependencyWinsAmongTheImportersManifest() {
        let modules = [
            module("Core", "Sources/Core", manifest: "Package.swift", importNames: ["Core"]),
            module("CoreCompat", "Sources/CoreCompat", manifest: "Package.swift", importNames: ["Core"]),
            module("App", "Sources/App", manifest: "Package.swift", dependencies: ["CoreCompat"]),
        ]

        #expect(resolve(modules, "Core", in: "Sources/App/main.swift", style: "swift") == "CoreCompat Package.swift")
    }

    @Test func anotherEcosystemsNameLosesToTheImportersOwn() {
        let modules = [
            module("utils", "web/utils", manifest: "web/package.json", ecosystem: "npm"),
            module("utils", "py/utils", manifest: "py/pyproject.toml", ecosystem: "python"),
            module("app", "py/app", manifest: "py/app/setup.py", ecosystem: "python"),
        ]

        #expect(resolve(modules, "utils.strings", in: "py/app/main.py", style: "python") == "utils py/pyproject.toml")
        // No language given: every ecosystem's modules answer (ImportLanguageTests: a Python file's never an npm one).
        #expect(resolve(modules, "utils", in: "elsewhere.py", style: "python") == "utils web/package.json")
    }
}

@Suite struct ComponentImportResolutionTests {
    private let modules = npmPackages(["app", "ui"])
    private let paths = [
        "app/src/main.ts", "app/src/App.vue", "ui/src/Button.vue", "ui/src/Card.svelte", "ui/src/list/index.vue",
    ]

    private func resolve(_ path: String, in file: String) -> String? {
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        return resolver.resolve(ImportFacts(path: path, kind: .relative, line: 1), in: file, style: "javascript")
            .map { modules[$0].name }
    }

    @Test func componentFilesResolveFromScriptsAndComponentsByTheirFullNames() {
        #expect(resolve("../../ui/src/Button.vue", in: "app/src/main.ts") == "ui")
        #expect(resolve("../../ui/src/Card.svelte", in: "app/src/App.vue") == "ui")
        #expect(resolve("./App.vue", in: "app/src/main.ts") == "app")
        #expect(resolve("../../ui/src/Missing.vue", in: "app/src/main.ts") == nil)
    }

    @Test func anImportWithoutAnEndingFindsAVueComponentAsVueCLIDoes() {
        #expect(resolve("../../ui/src/Button", in: "app/src/App.vue") == "ui")
        #expect(resolve("../../ui/src/list", in: "app/src/main.ts") == "ui")
        #expect(resolve("../../ui/src/Card", in: "app/src/main.ts") == nil)
    }
}

@Suite struct DotNetResolutionTests {
    private func project(_ name: String, _ root: String, references: [String] = [], namespaces: [String] = [])
        -> ModuleDeclaration
    {
        ModuleDeclaration(
            name: name, ecosystem: "dotnet", roots: [root], dependencies: references, importNames: [name] + namespaces,
            manifest: "\(root)/\(name).csproj", line: 1)
    }

    @Test func aSharedNamespaceResolvesToTheReferencedProject() {
        // Polly.Core's RootNamespace is Polly, as is the Polly project's name: a project referencing only
        // Polly.Core means Polly.Core by `using Polly;`.
        let modules = [
            project("Polly", "src/Polly", references: ["Polly.Core"]),
            project("Polly.Core", "src/Polly.Core", namespaces: ["Polly"]),
            project("Polly.Testing", "src/Polly.Testing", references: ["Polly.Core"]),
        ]
        let file = "src/Polly.Testing/ResiliencePipelineExtensions.cs"
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: [file])

        let target = resolver.resolve(ImportFacts(path: "Polly.Utils", kind: .module, line: 1), in: file, style: "csharp")

        #expect(target.map { modules[$0].name } == "Polly.Core")
    }

    @Test func projectReferencesAreEdgesSitedInTheProjectFile() {
        let modules = [
            project("App", "src/App", references: ["Core", "Newtonsoft.Json", "App"]),
            project("Core", "src/Core"),
            ModuleDeclaration(name: "Core", ecosystem: "cargo", roots: ["rust"], manifest: "rust/Cargo.toml", line: 1),
            ModuleDeclaration(
                name: "tool", ecosystem: "cargo", roots: ["tool"], dependencies: ["Core"], manifest: "tool/Cargo.toml",
                line: 1),
        ]

        let sites = DeclaredReferences.sites(modules).map { "\($0.from)->\($0.to) \($0.file)" }

        // External packages, itself and other ecosystems' modules are no edges; Cargo's declarations are not read.
        #expect(sites == ["0->1 src/App/App.csproj"])
    }
}

@Suite struct RustPathResolutionTests {
    @Test func aCratePathResolvesOnlyToADeclaredDependency() {
        let modules = [
            ModuleDeclaration(
                name: "tokio", ecosystem: "cargo", roots: ["tokio"], importNames: ["tokio"], manifest: "tokio/Cargo.toml",
                line: 1),
            ModuleDeclaration(
                name: "tokio-fuzz", ecosystem: "cargo", roots: ["fuzz"], dependencies: ["tokio"],
                manifest: "fuzz/Cargo.toml", line: 1),
            ModuleDeclaration(name: "other", ecosystem: "cargo", roots: ["other"], manifest: "other/Cargo.toml", line: 1),
        ]
        let paths = ["tokio/src/lib.rs", "fuzz/src/main.rs", "other/src/lib.rs"]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let path = ImportFacts(path: "tokio", kind: .path, line: 3)

        let resolved = paths.map { resolver.resolve(path, in: $0, style: "rust") }

        // Its own crate is no import; a crate not declared may be a local item of that name.
        #expect(resolved == [nil, 0, nil])
    }
}

@Suite struct JVMResolutionTests {
    private let modules = [
        ModuleDeclaration(name: ":retrofit", ecosystem: "gradle", roots: ["retrofit"], manifest: "settings.gradle", line: 1),
        ModuleDeclaration(
            name: ":adapter-guava", ecosystem: "gradle", roots: ["retrofit-adapters/guava"], manifest: "settings.gradle",
            line: 2),
        ModuleDeclaration(name: ":moshi-kotlin", ecosystem: "gradle", roots: ["moshi-kotlin"], manifest: "settings.gradle", line: 3),
    ]
    private let paths = [
        "retrofit/src/main/java/retrofit2/Call.java",
        "retrofit-adapters/guava/src/main/java/retrofit2/adapter/guava/GuavaCallAdapterFactory.java",
        "moshi-kotlin/src/main/java/com/squareup/moshi/kotlin/reflect/KotlinJsonAdapter.kt",
        "app/src/main/kotlin/Main.kt",
    ]

    private func resolve(_ path: String, in file: String) -> String? {
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        return resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: file, style: "java")
            .map { modules[$0].name }
    }

    @Test func aSubPackageImportingItsParentsClassReachesTheModuleOwningTheClass() {
        let file = paths[1]

        #expect(resolve("retrofit2.Call", in: file) == ":retrofit")
        #expect(resolve("retrofit2.adapter.guava.Other", in: file) == ":adapter-guava")
    }

    /// nowinandroid: a feature's generated `R` is in its own package, which holds no source file but a sub-package;
    /// the app, which owns the ancestor package `…/nowinandroid/`, is not what the feature imports.
    @Test func aClassOfAPackageWithOnlySubPackagesIsTheirModules() {
        let modules = [
            ModuleDeclaration(name: ":app", ecosystem: "gradle", roots: ["app"], manifest: "settings.gradle.kts", line: 1),
            ModuleDeclaration(name: ":api", ecosystem: "gradle", roots: ["api"], manifest: "settings.gradle.kts", line: 2),
            ModuleDeclaration(name: ":impl", ecosystem: "gradle", roots: ["impl"], manifest: "settings.gradle.kts", line: 3),
        ]
        let paths = [
            "app/src/main/kotlin/com/acme/nia/MainActivity.kt",
            "api/src/main/kotlin/com/acme/nia/feature/api/navigation/NavKey.kt",
            "impl/src/main/kotlin/com/acme/nia/feature/impl/Screen.kt",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (path: String) in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: paths[2], style: "java").map { modules[$0].name }
        }

        #expect(resolve("com.acme.nia.feature.api.R") == ":api")
        #expect(resolve("com.acme.nia.MainActivity") == ":app")
        // Sub-packages of several modules, the importer's among them: its own, no edge.
        #expect(resolve("com.acme.nia.feature.R") == ":impl")
        // Another class there no file of the repository defines: external, neither the sub-packages' module nor the
        // ancestor package's (spock's `org.codehaus.groovy.ast.ClassNode` beside its shim `…ast.expr` package).
        #expect(resolve("com.acme.nia.feature.api.Unknown") == nil)
        #expect(resolve("com.acme.nia.feature.Unknown") == nil)
    }

    /// A class named by its qualified name in code (`.path`) reaches another module's class, never the importer's.
    @Test func aQualifiedNameInCodeIsAnotherModulesClassOrNothing() {
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (path: String) in
            resolver.resolve(ImportFacts(path: path, kind: .path, line: 1), in: paths[1], style: "java").map { modules[$0].name }
        }

        #expect(resolve("retrofit2.Call") == ":retrofit")
        #expect(resolve("retrofit2.adapter.guava.GuavaCallAdapterFactory") == nil)
        #expect(resolve("response.headers.Default") == nil)
    }

    @Test func theStandardLibraryIsNotAProjectFolderEndingLikeIt() {
        #expect(resolve("kotlin.reflect.KType", in: paths[3]) == nil)
        #expect(resolve("kotlin.reflect.full.*", in: paths[3]) == nil)
        #expect(resolve("com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory", in: paths[3]) == ":moshi-kotlin")
    }
}

@Suite struct RubyLoadPathTests {
    @Test func aRequireResolvesToAGemsLibFolderButNotToAnyFileOfThatName() {
        let modules = [
            ModuleDeclaration(name: "sinatra", ecosystem: "folder", roots: ["lib"], manifest: "", line: 0),
            ModuleDeclaration(name: "sinatra-contrib", ecosystem: "folder", roots: ["sinatra-contrib"], manifest: "", line: 0),
            ModuleDeclaration(name: "rack-protection", ecosystem: "folder", roots: ["rack-protection"], manifest: "", line: 0),
        ]
        let paths = [
            "lib/sinatra/base.rb", "sinatra-contrib/lib/sinatra/contrib.rb", "rack-protection/lib/rack/protection.rb",
            "sinatra-contrib/lib/sinatra/json.rb",
        ]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (path: String, file: String) in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1), in: file, style: "ruby").map { modules[$0].name }
        }

        #expect(resolve("sinatra/base", paths[1]) == "sinatra")
        #expect(resolve("rack/protection", paths[0]) == "rack-protection")
        #expect(resolve("json", paths[0]) == nil)
    }
}

@Suite struct CIncludeTests {
    /// Resolves C includes from `paths[from]` among Bazel packages `packages` (each owning its own folder).
    private func resolver(_ packages: [String], _ paths: [String], from: Int) -> (String, ImportFacts.Kind) -> String? {
        let modules = packages.map {
            ModuleDeclaration(name: "//" + $0, ecosystem: "bazel", roots: [$0], manifest: $0 + "/BUILD.bazel", line: 1)
        }
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        return { path, kind in
            resolver.resolve(ImportFacts(path: path, kind: kind, line: 1), in: paths[from], style: "c").map { modules[$0].name }
        }
    }

    @Test func aStandardHeaderIsNoTrackedFileOfThatName() {
        let paths = ["absl/base/config.h", "absl/cctz/testdata/version", "absl/cctz/include/cctz/time_zone.h"]
        let resolve = resolver(["absl/base", "absl/cctz"], paths, from: 0)

        #expect(resolve("version", .system) == nil)
        #expect(resolve("cctz/time_zone.h", .system) == "//absl/cctz")
        #expect(resolve("absl/cctz/include/cctz/time_zone.h", .file) == "//absl/cctz")
    }

    @Test func aStandardCHeaderNamesTheSystemsNotAProjectFileOfItsName() {
        let paths = ["absl/time/time.h", "absl/time/clock.h", "absl/cctz/src/time_zone.cc"]
        let resolve = resolver(["absl/time", "absl/cctz"], paths, from: 2)

        #expect(resolve("time.h", .system) == nil)
        #expect(resolve("clock.h", .system) == "//absl/time")  // no standard header: the project's, as before
        #expect(resolve("time.h", .file) == "//absl/time")  // a quoted include may mean the project's
        #expect(resolve("absl/time/time.h", .system) == "//absl/time")
    }
}

@Suite struct PythonSubpackageTests {
    @Test func fromPackageImportSubpackageResolvesToTheSubpackagesModule() {
        let modules = [
            ModuleDeclaration(name: "absl-py", ecosystem: "python", roots: [""], importNames: ["absl"], manifest: "pyproject.toml", line: 1),
            ModuleDeclaration(
                name: "//absl/flags", ecosystem: "bazel", roots: ["absl/flags"], importNames: ["absl.flags"],
                manifest: "absl/flags/BUILD", line: 1),
        ]
        let paths = ["absl/app.py", "absl/flags/__init__.py"]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let resolve = { (path: String, names: [String]) in
            resolver.resolve(ImportFacts(path: path, kind: .module, line: 1, names: names), in: paths[0], style: "python")
                .map { modules[$0].name }
        }

        #expect(resolve("absl", ["flags"]) == "//absl/flags")
        #expect(resolve("absl.flags", ["FLAGS"]) == "//absl/flags")
        #expect(resolve("absl", ["app"]) == "absl-py")
    }
}
