import RuleCatalog
import SourceScan
import Testing
import ModuleGraph

/// rules/modules.yaml's `test_paths` on the paths they were written for, and on the look-alikes they must leave.
@Suite struct BundledTestPathsTests {
    private func isTest(_ path: String) throws -> Bool {
        try RuleCatalog.bundled().modules.testPaths.map(PathGlob.init).contains { $0.matches(path) }
    }

    @Test func benchmarkFoldersAreTestCodeButABenchmarkingToolsCoreIsNot() throws {
        // typelevel/cats' sbt project bench/, swift-nio's Benchmarks/, criterion-style benchmarks/.
        #expect(try isTest("bench/src/main/scala/cats/bench/FoldBench.scala"))
        #expect(try isTest("Benchmarks/Benchmarks/NIOCoreBenchmarks/Benchmarks.swift"))
        #expect(try isTest("python/benchmarks/bench_parse.py"))
        #expect(try isTest("benches/lines.rs"))
        #expect(try isTest("benchmark/parse-vs-render.rb"))
        #expect(try isTest("profiling/dict_huge.py"))
        #expect(try !isTest("ddtrace/profiling/collector/stack.py"))
        // hyperfine's src/benchmark/ is the tool itself; a file named for benchmarks is not a folder of them.
        #expect(try !isTest("src/benchmark/executor.rs"))
        #expect(try !isTest("src/benchmarks.rs"))
        #expect(try !isTest("workbench/src/main.ts"))
    }

    @Test func rustTestModulesAndCompileFailDocTestsAreTestCode() throws {
        // rayon's `#[cfg(test)] mod test;` files and its `compile_fail` doc tests.
        #expect(try isTest("rayon-core/src/join/test.rs"))
        #expect(try isTest("src/iter/tests.rs"))
        #expect(try isTest("rayon-core/src/compile_fail/quicksort_race1.rs"))
        #expect(try !isTest("src/testing.rs"))
        #expect(try !isTest("src/contest.rs"))
    }

    @Test func demosAndTutorialsAreTestCodeButAFeatureFolderNamedDemoIsNot() throws {
        // rayon's rayon-demo crate, Kingfisher's Demo/ apps, bubbletea's tutorials/ Go modules.
        #expect(try isTest("rayon-demo/src/main.rs"))
        #expect(try isTest("Demo/Demo/Kingfisher-Demo/ViewController.swift"))
        #expect(try isTest("tutorials/basics/main.go"))
        #expect(try isTest("packages/ui_demo/lib/main.dart"))
        #expect(try !isTest("ux.symfony.com/src/Controller/Demo/LiveDemoController.php"))
        #expect(try !isTest("src/demonstration.rs"))
    }

    @Test func foldersNamedForTheirTestsAreTestCode() throws {
        // mockito's integration test projects, dart-lang/http's conformance test package.
        #expect(try isTest("mockito-integration-tests/osgi-tests/src/test/java/Test.java"))
        #expect(try isTest("mockito-integration-tests/android-tests/src/main/java/App.java"))
        #expect(try isTest("pkgs/http_client_conformance_tests/lib/src/redirect_tests.dart"))
        #expect(try !isTest("src/latest/main.rs"))
        #expect(try !isTest("lib/contests/entry.rb"))
    }

    @Test func kebabCaseJavaScriptTestFilesAreTestCode() throws {
        // react-router's integration/ package: Playwright tests named `*-test.ts`.
        #expect(try isTest("integration/abort-signal-test.ts"))
        #expect(try isTest("src/test/utils-test.js"))
        #expect(try !isTest("src/latest.ts"))
        #expect(try !isTest("src/test-runner.ts"))
    }

    @Test func gradleVariantTestSourceSetsAreTestCode() throws {
        // spock's variant test source sets, beside Gradle's and Kotlin Multiplatform's `*Test` ones.
        #expect(try isTest("spock-specs/src/test-groovy-ge-3.0/groovy/org/spockframework/smoke/LambdaSpec.groovy"))
        #expect(try isTest("spock-specs/src/test-java-le-11/java/Foo.java"))
        #expect(try isTest("core/src/jvmTest/kotlin/FooTest.kt"))
        #expect(try !isTest("core/src/testing/Harness.kt"))
        #expect(try !isTest("src/test_data.rs"))
    }

    @Test func sampleAppsAreTestCodeAsExamplesAre() throws {
        // Polly's samples/ (.NET console apps), okhttp's and leakcanary's samples/ (Gradle projects).
        #expect(try isTest("samples/Intro/Program.cs"))
        #expect(try isTest("samples/compare/src/main/kotlin/okhttp3/compare/Compare.kt"))
        #expect(try isTest("examples/todos/lib/main.dart"))
        #expect(try isTest("Snapshots/Euclid/Sources/Mesh.swift"))
        #expect(try isTest("src/components/__snapshots__/Button.test.tsx.snap"))
        // Jest's manual mocks; jscodeshift's inputs and expected outputs (@tanstack/query-codemods).
        #expect(try isTest("src/__mocks__/fs.ts"))
        #expect(try isTest("src/v5/rename-hydrate/__testfixtures__/named-import.output.tsx"))
        #expect(try isTest("packages/babel/src/__fixtures__/input.js"))
        #expect(try !isTest("src/mocks.ts"))
        #expect(try !isTest("src/testfixtures.ts"))
        #expect(try !isTest("src/snapshots/store.rs"))
        #expect(try !isTest("src/audio/sampler.c"))
        #expect(try !isTest("lib/samplesheet.py"))
    }

    @Test func ciScriptsErlangSuitesJavatestsAndDenoTestsAreTestCode() throws {
        // Continuous integration's scripts ship in no package (pydantic-ai's `.github/scripts/`).
        #expect(try isTest(".github/scripts/ci_duration.py"))
        #expect(try isTest(".gitlab/ci/build.sh"))
        #expect(try isTest(".circleci/run.sh"))
        #expect(try !isTest("src/github/client.py"))
        #expect(try !isTest("docs/.github.md"))
        // Erlang's Common Test suites and their data, EUnit's test modules (rebar3).
        #expect(try isTest("systest/all_SUITE.erl"))
        #expect(try isTest("systest/all_SUITE_data/alias_clash/src/alias_clash.erl"))
        #expect(try isTest("apps/rebar/src/rebar_utils_tests.erl"))
        #expect(try !isTest("apps/rebar/src/rebar_prv_common_test.erl"))
        #expect(try isTest("apps/rebar/priv/templates/provider.erl"))
        #expect(try isTest("priv/templates/phx.gen.html/controller.ex"))
        #expect(try !isTest("priv/repo/migrations/20240101_create_users.exs"))
        // swift-openapi-generator's package of generated clients it builds to test them.
        #expect(try isTest("IntegrationTest/Sources/MockTransportClient/Client.swift"))
        // Documentation's code samples (Exposed's Writerside snippets).
        #expect(try isTest("documentation-website/Writerside/snippets/exposed-dao/src/main/kotlin/Main.kt"))
        #expect(try !isTest("src/snippet.ts"))
        // Google's Bazel repositories keep Java tests apart from `java/` (dagger).
        #expect(try isTest("javatests/dagger/functional/ComponentTest.java"))
        #expect(try !isTest("java/dagger/Component.java"))
        // Deno's test runner and bench find these (denoland/std); its `front_matter/test.ts` is code.
        #expect(try isTest("assert/equals_test.ts"))
        #expect(try isTest("bytes/concat_bench.ts"))
        #expect(try isTest("http/file_server_test.mjs"))
        #expect(try !isTest("front_matter/test.ts"))
        #expect(try !isTest("src/latest.ts"))
    }

    @Test func typeTestsAndBenchmarksAreTestCode() throws {
        // vitest's typecheck and tsd find type tests by these names (vuejs/core's packages-private/dts-test).
        #expect(try isTest("packages-private/dts-test/appUse.test-d.ts"))
        #expect(try isTest("src/types.spec-d.tsx"))
        #expect(try !isTest("src/test-dependencies.ts"))
        #expect(try !isTest("types/index.d.ts"))
        // vitest's benchmarks (vuejs/core's packages/reactivity/__benchmarks__/).
        #expect(try isTest("packages/reactivity/__benchmarks__/ref.bench.ts"))
        #expect(try isTest("src/parse.benchmark.mjs"))
        #expect(try !isTest("src/workbench.ts"))
    }

    @Test func testDataAndFixturesAreTestCode() throws {
        // gin's testdata/ (the Go tool ignores such folders), fixture repositories and their build scripts.
        #expect(try isTest("testdata/template/hello.tmpl"))
        #expect(try isTest("middleware/testdata/cert.go"))
        #expect(try isTest("fixtures/plan-split/build.sh"))
        #expect(try isTest("spec/fixtures/app.rb"))
        #expect(try !isTest("src/fixture.rs"))
        #expect(try !isTest("lib/test_data.ex"))
        // The IntelliJ Platform's testData/ (sqldelight's idea plugin), test-data/ and test_data/ folders.
        #expect(try isTest("sqldelight-idea-plugin/testData/project/src/main/kotlin/App.kt"))
        #expect(try isTest("crates/parser/test_data/ok/expr.rs"))
    }

    @Test func documentationSiteAssetsAreNoLibraryCode() throws {
        // mobx's docs/assets/…/javascripts/ (React 0.13, CodeMirror), Sphinx's _static/.
        #expect(try isTest("docs/assets/getting-started-assets/javascripts/react-with-addons.js"))
        #expect(try isTest("docs/_static/js/versions.js"))
        // reitit's perf-test/ (a Leiningen profile's :test-paths).
        #expect(try isTest("perf-test/clj/reitit/router_perf_test.clj"))
        #expect(try !isTest("src/assets/icons.ts"))
        #expect(try !isTest("docs/conf.py"))
    }

    @Test func testHelpersFoldersAreTestCode() throws {
        // tailwindcss's src/test-utils/ (it imported @tailwindcss/node to test, a cycle of two packages), Go's testutil.
        #expect(try isTest("packages/tailwindcss/src/test-utils/run.ts"))
        #expect(try isTest("util/testutil/context.go"))
        #expect(try isTest("src/test_utils/mod.rs"))
        #expect(try isTest("lib/test-helpers/render.js"))
        #expect(try !isTest("src/utils/tester.rs"))
        #expect(try isTest("integration-tests/cli/run.ts"))
        #expect(try isTest("IntegrationTests/Sources/Runner/main.swift"))
        #expect(try !isTest("sentry_sdk/integrations/django/__init__.py"))
        // tailwindcss's playgrounds/ (vite's playground/ already was): apps to try the library on.
        #expect(try isTest("playgrounds/vite/src/app.tsx"))
        #expect(try !isTest("src/testing.ts"))
    }

    @Test func fuzzingHarnessesAreTestCode() throws {
        // jellyfin's fuzz/ holds two .NET fuzz projects (a hidden coupling of two executables), cargo-fuzz's crate
        // lives in fuzz/fuzz_targets/; a fuzzy matcher's own code is no harness.
        #expect(try isTest("fuzz/Jellyfin.Api.Fuzz/Program.cs"))
        #expect(try isTest("fuzz/fuzz_targets/parse.rs"))
        #expect(try isTest("tests/fuzzing/http_parser.c"))
        #expect(try !isTest("src/fuzzy/matcher.go"))
        #expect(try !isTest("src/fuzz.rs"))
    }

    @Test func capitalizedExampleFoldersAreExamples() throws {
        // swift-syntax's Examples/ package of macros, Alamofire's Example/ app, a .NET Samples/ folder.
        #expect(try isTest("Examples/Sources/MacroExamples/Implementation/StringifyMacro.swift"))
        #expect(try isTest("Example/Source/MasterViewController.swift"))
        #expect(try isTest("Samples/Console/Program.cs"))
        #expect(try !isTest("Sources/ExampleKit/Example.swift"))
    }

    @Test func aDocCCatalogsCodeIsExamples() throws {
        // swift-syntax's tutorial steps in Sources/SwiftSyntax/Documentation.docc import SwiftParser: no edge.
        #expect(try isTest("Sources/SwiftSyntax/Documentation.docc/Resources/Formatter.step3.swift"))
        #expect(try !isTest("Sources/SwiftSyntax/Documentation.swift"))
    }

    @Test func cucumberStepDefinitionsAreTestCode() throws {
        // jekyll's features/: the Ruby behind its feature files tests the gem; a feature folder of an app does not.
        #expect(try isTest("features/step_definitions.rb"))
        #expect(try isTest("features/step_definitions/jekyll_steps.rb"))
        #expect(try isTest("features/support/helpers.rb"))
        #expect(try !isTest("src/features/search/index.ts"))
    }

    @Test func gradleBuildLogicIsNoProductCode() throws {
        // mockito's buildSrc/ and okhttp's included build-logic/ build: conventions, no shipped code.
        #expect(try isTest("buildSrc/src/main/kotlin/mockito.java-conventions.gradle.kts"))
        #expect(try isTest("build-logic/src/main/kotlin/Osgi.kt"))
        #expect(try isTest("gradle/build-logic/src/main/kotlin/Conventions.kt"))
        #expect(try !isTest("okhttp/src/main/kotlin/okhttp3/internal/buildSrcVersion.kt"))
    }
}
