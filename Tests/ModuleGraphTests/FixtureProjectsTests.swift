import Manifests
import ModuleGraph
import RuleCatalog
import Testing
import Foundation

/// Fixture and example projects in test code are no modules unless a real build lists them or depends on them.
@Suite struct FixtureProjectsTests {
    /// The modules of `manifests`, each but a virtual workspace given one source file, `src/lib.*` in its folder,
    /// plus the `code` files.
    private func modules(_ manifests: [String: String], code: [String] = []) throws -> [String] {
        let settings = try RuleCatalog.bundled().modules
        let languages = ["Cargo.toml": ("rs", "Rust"), "mix.exs": ("ex", "Elixir"), "pyproject.toml": ("py", "Python"),
            "package.json": ("js", "JavaScript"), "go.mod": ("go", "Go"), "pom.xml": ("java", "Java")]
        var scanned = code.map { ModuleCoverage.File(path: $0, language: "Swift", codeLines: 10) }
        for (manifest, text) in manifests where !text.hasPrefix("[workspace]") {
            let name = manifest.split(separator: "/").last.map(String.init)
            let project = manifest.hasSuffix(".csproj") ? ("cs", "C#") : nil
            guard let (ending, language) = project ?? name.flatMap({ languages[$0] }) else { continue }
            let path = ManifestContext.join(ManifestContext.folder(of: manifest), "src/lib.\(ending)")
            scanned.append(.init(path: path, language: language, codeLines: 10))
        }
        let files = manifests.merging(scanned.map { ($0.path, "") }) { manifest, _ in manifest }
        let result = ModuleCoverage(settings: settings).discover(context: ManifestHarness.context(files), files: scanned)
        return result.modules.map { "\($0.name) \($0.kind.rawValue)" }
    }

    private static func mix(_ app: String, deps: String = "") -> String {
        """
        defmodule \(app.capitalized).MixProject do
          use Mix.Project
          def project do
            [app: :\(app), version: "0.1.0", deps: deps()]
          end
          defp deps do
            [\(deps)]
          end
        end
        """
    }

    @Test func mixProjectsUnderATestsFixturesAreNoModules() throws {
        // elixir-lang/elixir: lib/mix/test/fixtures/**/mix.exs, an umbrella and a cycle among them.
        let result = try modules([
            "lib/mix/mix.exs": Self.mix("mix"),
            "lib/mix/test/fixtures/umbrella_test/mix.exs": "defmodule UmbrellaTest.MixProject do\n  use Mix.Project\n"
                + "  def project do\n    [apps_path: \"apps\"]\n  end\nend\n",
            "lib/mix/test/fixtures/umbrella_test/apps/bar/mix.exs": Self.mix("bar", deps: "{:foo, in_umbrella: true}"),
            "lib/mix/test/fixtures/umbrella_test/apps/foo/mix.exs": Self.mix("foo"),
            "lib/mix/test/fixtures/deps_cycle/app1/mix.exs": Self.mix("app1", deps: "{:app2, path: \"../app2\"}"),
            "lib/mix/test/fixtures/deps_cycle/app2/mix.exs": Self.mix("app2", deps: "{:app1, path: \"../app1\"}"),
        ])

        #expect(result == ["mix library"])
    }

    @Test func aFixtureARealModuleDependsOnStaysAModule() throws {
        // A real crate's path dependency on a helper crate kept under tests/fixtures, and the crate that helper uses.
        let result = try modules([
            "Cargo.toml": "[package]\nname = \"app\"\n\n[dev-dependencies]\nhelper = { path = \"tests/fixtures/helper\" }\n",
            "tests/fixtures/helper/Cargo.toml": "[package]\nname = \"helper\"\n\n[dependencies]\nbase = { path = \"../base\" }\n",
            "tests/fixtures/base/Cargo.toml": "[package]\nname = \"base\"\n",
            "tests/fixtures/broken/Cargo.toml": "[package]\nname = \"broken\"\n",
        ])

        #expect(result == ["app library", "base library", "helper library"])
    }

    @Test func aWorkspaceMemberInTestCodeStaysAModuleAndAnUnlistedOneDoesNot() throws {
        // tokio lists its examples crate as a member; a Go module under testdata/ is the go tool's test input.
        let result = try modules([
            "Cargo.toml": "[workspace]\nmembers = [\"core\", \"examples\"]\n",
            "core/Cargo.toml": "[package]\nname = \"core\"\n",
            "examples/Cargo.toml": "[package]\nname = \"examples\"\n",
            "examples/standalone/Cargo.toml": "[package]\nname = \"standalone\"\n",
            "core/testdata/mod/go.mod": "module example.com/mod\n",
            "core/src/test/resources/project/pom.xml":
                "<project><artifactId>sample</artifactId></project>\n",
        ])

        #expect(result == ["core library", "examples library"])
    }

    @Test func anExampleWorkspaceNoRealModuleHoldsIsNoModule() throws {
        // axum: a virtual workspace at the root, and its examples a workspace of their own that lists them; no real
        // build lists that workspace, so its crates are examples beside the product and their files unowned.
        let result = try modules([
            "Cargo.toml": "[workspace]\nmembers = [\"core\"]\n",
            "core/Cargo.toml": "[package]\nname = \"core\"\n",
            "examples/Cargo.toml": "[workspace]\nmembers = [\"*\"]\n",
            "examples/hello/Cargo.toml": "[package]\nname = \"hello\"\n",
        ], code: ["core/src/a.rs", "core/src/b.rs", "core/src/c.rs"])  // below the unowned share, the examples

        #expect(result == ["core library"])
    }

    @Test func aRepositoryOfExamplesOnlyKeepsThem() throws {
        // Nothing else is built: the examples are the repository's modules.
        let result = try modules([
            "examples/hello/Cargo.toml": "[package]\nname = \"hello\"\n",
            "examples/world/Cargo.toml": "[package]\nname = \"world\"\n",
        ])

        #expect(result == ["hello library", "world library"])
    }

    @Test func swiftPackagesUnderTestFixturesInputsTemplatesAndExamplesAreNoModules() throws {
        // swift-syntax's Examples/ package, swift-nio's allocation-counter templates, fixture packages a test builds
        // (Tests/Fixtures/, a test target's Fixtures/ and Inputs/): none of them in the root package.
        let package = { (targets: String) in
            "// swift-tools-version: 6.0\nimport PackageDescription\n"
                + "let package = Package(name: \"P\", targets: [\(targets)])\n"
        }
        let fixture = package(".target(name: \"Fixture\")")
        let manifests = [
            "Package.swift": package(".target(name: \"Lib\"), .testTarget(name: \"LibTests\")"),
            "Examples/Package.swift": package(".executableTarget(name: \"Demo\")"),
            "Tests/Fixtures/Pkg/Package.swift": fixture,
            "Tests/LibTests/Fixtures/Nested/Package.swift": fixture,
            "Tests/LibTests/Inputs/Input/Package.swift": fixture,
            "IntegrationTests/framework/template/Counter/Package.swift": package(".target(name: \"Counter\")"),
        ]
        let code = ["Sources/Lib/Lib.swift", "Tests/LibTests/LibTests.swift", "Examples/Sources/Demo/main.swift",
            "Tests/Fixtures/Pkg/Sources/Fixture/F.swift", "Tests/LibTests/Fixtures/Nested/Sources/Fixture/F.swift",
            "Tests/LibTests/Inputs/Input/Sources/Fixture/F.swift",
            "IntegrationTests/framework/template/Counter/Sources/Counter/C.swift"]
            + (1...20).map { "Sources/Lib/Part\($0).swift" }  // the unowned rest below the unowned share
        let result = try modules(manifests, code: code)

        #expect(result == ["Lib library", "LibTests test"])
    }

    @Test func exampleProjectsByAnyFolderNameEndingSoAreNoModules() throws {
        // langgraph-cli: standalone example projects beside the package, one a uv workspace of its own.
        let result = try modules([
            "libs/cli/pyproject.toml": "[project]\nname = \"langgraph-cli\"\n",
            "libs/cli/python-monorepo-example/pyproject.toml":
                "[project]\nname = \"monorepo\"\n\n[tool.uv.workspace]\nmembers = [\"apps/*\"]\n",
            "libs/cli/python-monorepo-example/apps/agent/pyproject.toml": "[project]\nname = \"agent\"\n",
            "libs/cli/js-examples/package.json": "{ \"name\": \"example-graph\" }\n",
            // JetBrains/Exposed's documentation samples, a Gradle build of their own.
            "docs/Writerside/snippets/settings.gradle.kts": "include(\":exposed-dao\")\n",
            "docs/Writerside/snippets/exposed-dao/src/main/kotlin/Main.kt": "",
        ])

        #expect(result == ["langgraph-cli library"])
    }

    @Test func testTargetsARealManifestDeclaresStayModules() throws {
        // SwiftPM's Tests/ targets and a Gradle project's test fixtures source set are declared outside fixtures.
        let package = """
            // swift-tools-version: 6.0
            import PackageDescription
            let package = Package(name: "P", targets: [.target(name: "Lib"), .testTarget(name: "LibTests")])
            """
        let code = ["Sources/Lib/Lib.swift", "Tests/LibTests/LibTests.swift"]
        let result = try modules(["Package.swift": package], code: code)

        #expect(result == ["Lib library", "LibTests test"])
        #expect(FixtureProjects.isFixture(manifest: "lib/src/testFixtures/build.gradle") { _ in true } == false)
        #expect(FixtureProjects.isFixture(manifest: "core/src/it/simple/pom.xml") { _ in true })
        #expect(FixtureProjects.isFixture(manifest: "src/main/resources/pom.xml") { $0.contains("/test/") } == false)
        // pip's 43 test projects under tests/data/; a data folder outside test code holds no fixture.
        #expect(FixtureProjects.isFixture(manifest: "tests/data/src/pep517_setup_cfg_only/setup.cfg") { $0.hasPrefix("tests/") })
        #expect(FixtureProjects.isFixture(manifest: "data/pyproject.toml") { $0.hasPrefix("tests/") } == false)
    }

    private static func project(references: [String] = []) -> String {
        let items = references.map { "<ProjectReference Include=\"\($0)\" />" }.joined()
        return "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>\(items)</ItemGroup></Project>\n"
    }

    private static func solution(_ projects: [String]) -> String {
        projects.map {
            #"Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "P", ""# + $0 + #"", "{1}""# + "\r\nEndProject\r\n"
        }.joined()
    }

    @Test func exampleProjectsARootSolutionListsStayModulesAndTheOthersDoNot() throws {
        // jbogard/MediatR: MediatR.sln lists nine of its ten samples (not Windsor); a listed sample's reference to
        // a sample no solution lists makes that one real too.
        let result = try modules([
            "MediatR.sln": Self.solution([#"src\MediatR\MediatR.csproj"#, #"samples\Examples\Examples.csproj"#,
                #"samples\Examples.Autofac\Examples.Autofac.csproj"#]),
            "src/MediatR/MediatR.csproj": Self.project(),
            "samples/Examples/Examples.csproj": Self.project(references: [#"..\..\src\MediatR\MediatR.csproj"#]),
            "samples/Examples.Autofac/Examples.Autofac.csproj":
                Self.project(references: [#"..\Examples.Shared\Examples.Shared.csproj"#]),
            "samples/Examples.Shared/Examples.Shared.csproj": Self.project(),
            "samples/Examples.Windsor/Examples.Windsor.csproj": Self.project(),
        ])

        #expect(result == ["Examples library", "Examples.Autofac library", "Examples.Shared library", "MediatR library"])
    }

    @Test func aSolutionOfSamplesOnlyKeepsNoneButARealOneListingThemToo() throws {
        // App-vNext/Polly's samples/Samples.slnx lists only samples: a build of examples, no real build. Each of
        // dotnet/aspire-samples' samples has its own solution, and .github/for.dependabot.only.sln lists them all:
        // a listing from a real place wins over one from the examples folder, whatever their order.
        let polly = try modules([
            "Polly.slnx": "<Solution><Project Path=\"src/Polly/Polly.csproj\" /></Solution>\n",
            "src/Polly/Polly.csproj": Self.project(),
            "samples/Samples.slnx": "<Solution><Project Path=\"Intro/Intro.csproj\" /></Solution>\n",
            "samples/Intro/Intro.csproj": Self.project(),
        ], code: (1...3).map { "src/Polly/Part\($0).cs" })  // the unowned samples below the unowned share
        let aspire = try modules([
            ".github/for.dependabot.only.sln": Self.solution([#"..\samples\shop\Shop.AppHost\Shop.AppHost.csproj"#]),
            "samples/shop/Shop.slnx": "<Solution><Project Path=\"Shop.AppHost/Shop.AppHost.csproj\" /></Solution>\n",
            "samples/shop/Shop.AppHost/Shop.AppHost.csproj": Self.project(),
            "samples/volume/Volume.slnx": "<Solution><Project Path=\"Volume.AppHost/Volume.AppHost.csproj\" /></Solution>",
            "samples/volume/Volume.AppHost/Volume.AppHost.csproj": Self.project(),
            "tests/Samples.Tests/Samples.Tests.csproj": Self.project(),
        ], code: (1...3).map { "samples/shop/Shop.AppHost/Part\($0).cs" })

        #expect(polly == ["Polly library"])
        #expect(aspire == ["Samples.Tests test", "Shop.AppHost library"])
    }
}
