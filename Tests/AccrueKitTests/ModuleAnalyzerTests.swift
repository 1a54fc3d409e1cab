import AccrueKit
import FileScanning
import Foundation
import RuleCatalog
import Testing
import TestSupport
import SourceScan
import ModuleGraph

@Suite struct ModuleAnalyzerTests {
    @Test func findsTheTargetsOfAManifestWithoutEvaluatingIt() throws {
        let marker = "/tmp/accrue-manifest-was-executed"
        try? FileManager.default.removeItem(atPath: marker)
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.modules.map(\.declaration.name) == ["App", "AppTests", "Cache", "Core", "Net", "Store"])
        #expect(byName["App"]?.declaration.roots == ["Sources/AppMain"])
        #expect(byName["Net"]?.declaration.dependencies == ["Store", "Core"])
        #expect(byName["Core"]?.declaration.dependencies == ["Collections"])
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(report.unownedFiles.isEmpty)
    }

    @Test func aDependencyOnlyTheTestsUseIsUsedButNoEdge() throws {
        let files = [
            "Cargo.toml": "[workspace]\nmembers = [\"core\", \"app\"]\n",
            "core/Cargo.toml": "[package]\nname = \"core\"\n", "core/src/lib.rs": "pub fn f() {}\n",
            "app/Cargo.toml": "[package]\nname = \"app\"\n\n[dev-dependencies]\ncore = { path = \"../core\" }\n",
            "app/src/lib.rs": "pub fn g() {}\n", "app/tests/t.rs": "use core::f;\n#[test]\nfn t() { f() }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "dev-dependency")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let app = report.modules.first { $0.declaration.name == "app" }

        #expect(app?.declaredButUnused == [])
        #expect(!report.edges.contains { $0.from == "app" && $0.to == "core" })
    }

    @Test func erlangMkApplicationsUnderDepsAreScannedAndNamedByTheirMakefiles() throws {
        // rabbitmq-server's layout: a release at the root, its applications under deps/ beside the root's erlang.mk.
        let files = [
            "erlang.mk": "# erlang.mk\n", "rebar.config": "{erl_opts, [debug_info]}.\n",
            "Makefile": "PROJECT = release\nDEPS = broker common\ninclude erlang.mk\n",
            "deps/broker/Makefile": "PROJECT = broker\nDEPS = common\ninclude ../../erlang.mk\n",
            "deps/broker/src/broker.erl": "-module(broker).\n-export([go/0]).\ngo() -> common:id(1).\n",
            "deps/common/Makefile": "PROJECT = common\ninclude ../../erlang.mk\n",
            "deps/common/src/common.erl": "-module(common).\n-export([id/1]).\nid(X) -> X.\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "erlang-mk")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["broker"]?.files == ["deps/broker/Makefile", "deps/broker/src/broker.erl"])
        #expect(byName["common"]?.files == ["deps/common/Makefile", "deps/common/src/common.erl"])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["broker->common"])
        // The release holds only its rebar.config, a build script: what it declares it gathers, nothing is unused.
        #expect(byName["release"]?.declaredButUnused == [])
        #expect(!report.scan.excluded.contains { $0.path.hasPrefix("deps/") })
    }

    @Test func abstractnessNeedsMostOfTheCodeInLanguagesThatMeasureIt() throws {
        // penpot's `common`: Clojure (no measure of abstractness) beside one TypeScript class. (`web` was a deps.edn
        // holding no Clojure, a folder module only while `.cljc` was no folder source: since session 42 an npm package.)
        let clojure = (1...30).map { "(defn f\($0) [x] (inc x))" }.joined(separator: "\n") + "\n"
        let files = [
            "common/deps.edn": "{:paths [\"src\"]}\n", "common/src/app/data.cljc": clojure,
            "common/src/app/shape.ts": "export class Shape {}\n",
            "web/package.json": "{\"name\": \"web\"}\n",
            "web/src/app/view.ts": "export class View {}\nexport interface Model { render(): void }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "abstractness-share")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["common"]?.abstractness == nil)
        #expect(byName["web"]?.abstractness == 0.5)
    }

    @Test func aModuleWithoutCodeDeclaresNothingUnused() throws {
        // A Polylith project gathers bricks it never imports; a brick declaring one it does not use is reported, and
        // one importing a brick it does not declare, when it declares any.
        let files = [
            "components/util/deps.edn": "{:paths [\"src\"]}\n", "components/util/src/util.clj": "(ns util)\n",
            "components/db/deps.edn": "{:deps {poly/util {:local/root \"../util\"}}}\n",
            "components/db/src/db.clj": "(ns db)\n(defn f [] 1)\n",
            "projects/service/deps.edn": "{:deps {poly/util {:local/root \"../../components/util\"}}}\n",
            "projects/service/README.md": "The service.\n",
            "components/cache/deps.edn": "{:paths [\"src\"]}\n",
            "components/cache/src/cache.clj": "(ns cache (:require [util]))\n",
            "components/api/deps.edn": "{:deps {poly/db {:local/root \"../db\"}}}\n",
            "components/api/src/api.clj": "(ns api (:require [db] [cache]))\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "gathering-project")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["service"]?.declaration.kind == .other)
        #expect(byName["service"]?.declaredButUnused == [])
        #expect(byName["db"]?.declaredButUnused == ["util"])
        // A brick declaring nothing is not held to declarations; one that declares some is.
        #expect(byName["cache"]?.usedButUndeclared == [])
        #expect(byName["api"]?.usedButUndeclared == ["cache"])
    }

    @Test func workspaceTestsUseTheRootsDependenciesAndAPathAliasIsNoPackageName() throws {
        // vitejs/vite: playgrounds import `vite`, declared at the workspace root, and `~utils`, a tsconfig alias of a
        // file of the playground package; a published library importing `vite` undeclared is still reported.
        let files = [
            "package.json": #"{"name": "root", "private": true, "devDependencies": {"vite": "workspace:*"}}"#,
            "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - 'playground/**'\n",
            "packages/vite/package.json": #"{"name": "vite", "main": "index.js"}"#,
            "packages/vite/index.js": "export const build = () => 1\n",
            "scripts/release.ts": "export const release = () => 1\n", "eslint.config.js": "export default []\n",
            "packages/plugin/package.json": #"{"name": "plugin", "main": "index.js"}"#,
            "packages/plugin/index.js": "import { build } from 'vite'\nexport const p = build\n",
            "playground/package.json": #"{"name": "@vitejs/vite-playground", "private": true}"#,
            "playground/tsconfig.json": #"{"compilerOptions": {"paths": {"~utils": ["./test-utils.ts"]}}}"#,
            "playground/test-utils.ts": "export const page = 1\n",
            "playground/css/package.json": #"{"name": "@vitejs/test-css", "version": "0.0.0"}"#,
            "playground/css/main.ts": "import { build } from 'vite'\nimport { page } from '~utils'\nexport default build\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "pnpm-root-deps")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["@vitejs/test-css"]?.declaration.kind == .test)
        #expect(byName["@vitejs/test-css"]?.usedButUndeclared == [])
        #expect(report.edges.contains { $0.from == "@vitejs/test-css" && $0.to == "vite" })
        #expect(report.edges.contains { $0.from == "@vitejs/test-css" && $0.to == "@vitejs/vite-playground" })
        #expect(byName["plugin"]?.usedButUndeclared == ["vite"])
        // The root declares `vite` for its members, which use it.
        #expect(byName["root"]?.declaredButUnused == [])
    }

    @Test func theApplicationsElixirShipsNeedNoDeclaration() throws {
        // elixir-lang/elixir: ex_unit aliases the `elixir` app's modules, which no Mix project lists in `deps`.
        let mix = { (app: String, deps: String) in
            "defmodule P.MixProject do\n  def project, do: [app: :\(app), deps: deps()]\n  defp deps, do: [\(deps)]\nend\n"
        }
        let files = [
            "lib/elixir/mix.exs": mix("elixir", ""), "lib/elixir/lib/kernel.ex": "defmodule Kernel do\nend\n",
            "lib/ex_unit/mix.exs": mix("ex_unit", "{:jason, \"~> 1.0\"}"),
            "lib/ex_unit/lib/ex_unit.ex": "defmodule ExUnit do\n  alias Kernel, as: K\n  alias Shop.Cart\nend\n",
            "apps/shop/mix.exs": mix("shop", ""), "apps/shop/lib/shop/cart.ex": "defmodule Shop.Cart do\nend\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "mix-provided")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(byName["ex_unit"]?.usedButUndeclared == ["shop"])
        #expect(byName["ex_unit"]?.declaredButUnused == [])
    }

    @Test func reportsTheKnownCycleAndOversizedModuleAndNothingElse() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.cycles.map(\.modules) == [["Cache", "Net", "Store"]])
        #expect(report.cycles[0].cut.map { "\($0.from)->\($0.to)" } == ["Cache->Net"])
        #expect(report.modules.filter { $0.budgetStatus != nil }.map(\.declaration.name) == ["Core"])
        #expect(report.modules.first { $0.declaration.name == "Core" }?.budgetStatus == .error)
        #expect(report.modules.first { $0.declaration.name == "AppTests" }?.testLines.code == 3)
    }

    @Test func documentationAndDataInAModuleCountNothingAgainstItsBudget() throws {
        let path = try FixtureRepository.materialize("modules-docs")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let core = try #require(report.modules.first { $0.declaration.name == "Core" })

        // Guide.md (2,506 lines) and table.json (102) are Core's files, but only the Swift (10 lines) is code written.
        #expect(core.files == ["Sources/Core/Core.swift", "Sources/Core/Guide.md", "Sources/Core/table.json"])
        #expect(core.lines.code == 10)
        #expect(core.largestFiles.map(\.path) == ["Sources/Core/Core.swift"])
        #expect(core.budgetStatus == nil)
        // external/Helper is skipped as vendored, and said so.
        #expect(report.warnings.map(\.description) == [
            "external/Helper/Package.swift:1: build manifest under a vendored folder skipped: its modules are not "
                + "discovered; --include vendored reads them",
        ])
    }

    @Test func aTestTargetsImportsMakeNoModuleDependedUpon() throws {
        let path = try FixtureRepository.materialize("modules-swiftpm")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        // AppTests imports App: the edge is reported, but coupling counts only the modules that ship.
        #expect(report.edges.contains { $0.from == "AppTests" && $0.to == "App" })
        #expect(byName["App"].map { [$0.afferent, $0.efferent] } == [0, 2])
        #expect(byName["AppTests"].map { [$0.afferent, $0.efferent] } == [0, 0])
        #expect(byName["Net"].map { [$0.afferent, $0.efferent] } == [2, 2])
    }
}

@Suite struct ModuleHistoryTests {
    private func report(_ fixture: String) throws -> ModuleReport {
        let path = try FixtureRepository.materialize(fixture)
        let analyzer = ModuleAnalyzer(catalog: try RuleCatalog.bundled())
        let now = Date(timeIntervalSince1970: 1_706_000_000)
        return try analyzer.run(FileScanRequest(repositoryPath: path), history: HistoryRequest(now: now))
    }

    @Test func reportsTheKnownHiddenCouplingAndNothingElse() throws {
        let report = try report("modules-history")

        #expect(report.hiddenCouplings.map { "\($0.first)<->\($0.second)" } == ["A<->B"])
        #expect(report.hiddenCouplings.first?.degree == 100)
        #expect(report.hiddenCouplings.first?.commits.count == 6)
        #expect(report.changeCoupling.count == 1)
        #expect(report.cycles.isEmpty)
        #expect(report.modules.allSatisfy { $0.budgetStatus == nil })
    }

    @Test func documentationEditedTogetherIsNoHiddenCoupling() throws {
        let report = try report("modules-docs")

        // Core's guide and Net's README changed together six times: a docs sweep, not a dependency.
        #expect(report.hiddenCouplings.map { "\($0.first)<->\($0.second)" } == ["Core<->Log"])
        #expect(report.modules.map { "\($0.declaration.name) \($0.revisions)" } == ["Core 7", "Log 7", "Net 1"])
    }

    @Test func gemsAreModulesAndTheirGemfilesChangeWithNoDesign() throws {
        let report = try report("modules-gems")

        // Six dependency sweeps edited both Gemfiles: build scripts, like manifests, are no change to a module.
        #expect(report.modules.map { "\($0.declaration.name) \($0.declaration.roots) \($0.revisions)" } == [
            #"money ["money"] 1"#, #"shop ["Gemfile", "Rakefile", "lib", "lib/shop", "shop.gemspec"] 1"#,
        ])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["shop->money"])
        #expect(report.changeCoupling.isEmpty)
        #expect(report.unownedFiles == ["bin/setup.sh"])
    }

    @Test func filesOfALayoutThatIsGoneCountForNoModuleOfToday() throws {
        let report = try report("modules-old-layout")

        // lib/a.rs changed with lib/b.rs (now core/src/lib.rs) eight times; lib/ is gone, so the root crate,
        // whose folder covers every path, does not take it: app and core never changed together.
        #expect(report.changeCoupling.isEmpty, "\(report.changeCoupling.map { "\($0.first)<->\($0.second)" })")
        #expect(report.modules.map { "\($0.declaration.name) \($0.revisions)" }.sorted() == ["app 2", "core 8"])
    }

    @Test func aModuleWhoseTestsImportTheOtherIsNoHiddenCoupling() throws {
        let report = try report("modules-test-imports")

        // laws' tests use core_types (its dev-dependency) and change with it seven times: coupled in plain sight.
        // app never names core_types: their five shared changes stay hidden.
        #expect(report.edges.isEmpty)
        #expect(report.changeCoupling.map { "\($0.first)<->\($0.second) \($0.hasImport)" }.sorted() == [
            "app<->core_types false", "core_types<->laws true",
        ])
        #expect(report.hiddenCouplings.map { "\($0.first)<->\($0.second)" } == ["app<->core_types"])
    }

    /// flysystem: the root package's `bin/`, `test_files/` and `phpunit.php` lie outside its `autoload`, and import
    /// the adapter packages below `src/`: a cycle through every adapter, the dashboard's best payback.
    @Test func aComposerPackagesToolingOutsideItsAutoloadMakesNoEdge() throws {
        let report = try report("modules-composer-tooling")

        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["acme/fs-ftp->acme/fs"])
        #expect(report.cycles.isEmpty)
        // The script is still the root package's, counted with its tests: it is no part of its size.
        let root = report.modules.first { $0.declaration.name == "acme/fs" }
        #expect(root?.testFiles.contains("bin/check.php") == true)
        #expect(root?.files.contains("bin/check.php") == false)
    }

    @Test func aJVMModulesDeclaredDependencyOnOneSharingItsPackageIsAnEdge() throws {
        let report = try report("modules-gradle-package")

        // testing uses core's Cart from the same package, with no import: its build file's declaration is the
        // edge, and their changes together are no hidden coupling. tools shares the package but declares nothing.
        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.files)" } == [
            #":app->:core ["app/src/main/kotlin/shop/app/Main.kt"]"#,
            #":testing->:core ["testing/build.gradle.kts"]"#,
        ])
        #expect(report.changeCoupling.map { "\($0.first)<->\($0.second) \($0.hasImport)" } == [":core<->:testing true"])
        #expect(report.modules.allSatisfy { $0.declaredButUnused.isEmpty })
    }

    @Test func siblingsThatChangeWithTheirCommonDependencyAreARippleNotAHiddenCoupling() throws {
        let report = try report("modules-ripple")

        // json and xml changed together 7 times, every time with core, which both import: a ripple. cli and web
        // changed together 5 times without core (and once in the first commit, with it): hidden.
        let pairs = report.changeCoupling.filter { !$0.hasImport }
        #expect(pairs.map { "\($0.first)<->\($0.second) \($0.sharedRevisions) \($0.rippleRevisions)" } == [
            "json<->xml 7 7", "cli<->web 6 1",
        ])
        #expect(report.hiddenCouplings.map { "\($0.first)<->\($0.second)" } == ["cli<->web"])
    }

    @Test func anImportWhoseEndsNeverChangeTogetherIsStable() throws {
        let report = try report("modules-history")

        #expect(report.stableImports.map { "\($0.from)->\($0.to)" } == ["A->C"])
        #expect(report.modules.map(\.revisions) == [6, 6, 3])
    }

    @Test func aSingleCommitHistoryHasNoCoupling() throws {
        let report = try report("modules-swiftpm")

        #expect(report.changeCoupling.isEmpty)
        #expect(report.history?.commits == 1)
    }
}

@Suite struct DotNetModulesTests {
    @Test func projectsAreModulesAndTheirReferencesEdges() throws {
        let path = try FixtureRepository.materialize("modules-dotnet")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        // samples/Cli is a sample app no real build lists (samples/Samples.slnx is a build of samples only): no
        // module (FixtureProjects), its code unowned test code. Shop.sln lists samples/Web with the product: a module,
        // whose code is test code (`test_paths`) as a listed examples crate's is, so a test module with its edges.
        #expect(report.modules.map { "\($0.declaration.name) \($0.declaration.kind.rawValue)" } == [
            "Shop library", "Shop.Core library", "Shop.Tests test", "Web test",
        ])
        // Shop uses Shop.Core's Price with no `using` naming it: the project reference is the edge. The test
        // project's `using Shop;` means the project it references, Shop, not Shop.Core (RootNamespace Shop).
        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.files)" } == [
            #"Shop->Shop.Core ["src/Shop/Shop.csproj"]"#,
            #"Shop.Tests->Shop ["test/Shop.Tests/CartTests.cs", "test/Shop.Tests/Shop.Tests.csproj"]"#,
            #"Web->Shop ["samples/Web/Program.cs", "samples/Web/Web.csproj"]"#,
        ])
        #expect(report.modules.first { $0.declaration.name == "Shop.Tests" }?.testLines.code == 7)
        #expect(report.unownedFiles == ["samples/Cli/Program.cs"])
    }
}

@Suite struct DuneModulesTests {
    @Test func ocamlImportsResolveToLibrariesAndADeclaredLibraryNoFileNamesIsUnused() throws {
        let files = [
            "dune-project": "(lang dune 3.0)\n",
            "src/stdune/dune": "(library (name stdune))\n", "src/stdune/stdune.ml": "let id () = ()\n",
            "src/engine/dune": "(library (name dune_engine) (public_name dune.engine) (libraries stdune))\n",
            "src/engine/process.ml": "let run () = Stdune.id ()\n", "src/engine/build.ml": "let go () = Process.run ()\n",
            "src/vcs/dune": "(library (name dune_vcs) (libraries stdune dune.engine))\n",
            "src/vcs/vcs.ml": "module Process = Dune_engine.Process\nlet f () = Process.run (); List.length []\n",
            "src/util/dune": "(library (name util) (wrapped false))\n", "src/util/strings.ml": "let x = 1\n",
            "bin/dune": "(executable (name main) (libraries dune_vcs))\n",
            "bin/main.ml": "let () = Dune_vcs.Vcs.f (); ignore Strings.x\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "dune-imports")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        // The declared libraries stay edges, with the files naming them; `Process` in build.ml is its own library's.
        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.files)" } == [
            #"bin->dune_vcs ["bin/dune", "bin/main.ml"]"#, #"bin->util ["bin/main.ml"]"#,
            #"dune_engine->stdune ["src/engine/dune", "src/engine/process.ml"]"#,
            #"dune_vcs->dune_engine ["src/vcs/dune", "src/vcs/vcs.ml"]"#, #"dune_vcs->stdune ["src/vcs/dune"]"#,
        ])
        #expect(byName["dune_vcs"]?.declaredButUnused == ["stdune"])
        #expect(byName["dune_engine"]?.declaredButUnused == [])
        #expect(byName["bin"]?.usedButUndeclared == ["util"])
        #expect(byName["dune_vcs"]?.externalImports == 1)  // List
    }
}

@Suite struct TestOnlyModulesTests {
    @Test func aFolderOfTestsIsATestModuleAndChangingWithItsCodeIsNoHiddenCoupling() throws {
        let path = try FixtureRepository.materialize("modules-folder-tests")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(
            FileScanRequest(repositoryPath: path), history: HistoryRequest(now: Date(timeIntervalSince1970: 1_706_000_000)))

        #expect(report.modules.map { "\($0.declaration.name) \($0.declaration.kind.rawValue)" } == [
            "lib/shop library", "test test",
        ])
        #expect(report.edges.map { "\($0.from)->\($0.to)" } == ["test->lib/shop"])
        #expect(report.hiddenCouplings.isEmpty)
        // The test module's import does not make lib depended upon.
        #expect(report.modules.first { $0.declaration.name == "lib/shop" }?.afferent == 0)
    }
}
