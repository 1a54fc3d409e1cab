import BuildManifests
import ManifestSyntax
import Manifests
import ModuleGraph
import Testing

@Suite struct ClojureManifestTests {
    /// A repository in the shape of penpot's and of a Polylith workspace's: deps.edn projects naming each other by
    /// `:local/root`, a root deps.edn that only gathers them, a Leiningen project, and build files that are none.
    static let files = [
        "deps.edn": "{:deps {dev/backend {:local/root \"backend\"} dev/common {:local/root \"common\"}}}\n",
        "common/deps.edn": "{:paths [\"src\"] :deps {org.clojure/clojure {:mvn/version \"1.12.0\"}}}\n",
        "common/src/app/common/data.cljc": "",
        "backend/deps.edn": """
            {:paths ["src" "resources"]
             :deps {penpot/common {:local/root "../common"}, ; a comment {
                    #_#_ old/lib {:local/root "../old"}
                    metosin/reitit {:mvn/version "0.7"}}
             :aliases {:dev {:extra-deps {dev/tools {:local/root "../tools"}}}}}
            """,
        "backend/src/app/main.clj": "",
        "projects/service/deps.edn": "{:deps {poly/common {:local/root \"../../common\"}}}\n",
        "tools/deps.edn": "{:aliases {:build {:extra-paths [\"build\"]}}}\n", "tools/build/build.clj": "",
        "scripts/deps.edn": "{:deps {babashka/fs {:mvn/version \"0.5\"}}}\n", "scripts/run.sh": "",
        "lein/project.clj": """
            ;; The service
            (defproject acme/lein-app "1.0.0-SNAPSHOT"
              :description "x"
              :dependencies [[org.clojure/clojure "1.11.1"] [acme/common "1.0"] [ring "1.9"]]
              :main acme.core)
            """,
        "lein/deps.edn": "{:paths [\"src\"]}\n", "lein/src/acme/core.clj": "",
        "ring/project.clj": "(defproject ring \"1.15\" :dependencies [[ring/ring-core \"1.15\"]] :sub [\"ring-core\"])\n",
        "components/change/src/polylith/change/project.clj": "(ns polylith.change.project)\n",
        "other/project.clj": "(def not-a-project 1)\n", "other/src/x.clj": "",
        "creator/resources/templates/deps.edn": "{:paths [\"src\"] :deps {a {:local/root \"../a\"}}}\n",
    ]

    @Test func depsEdnProjectsAreNamedByTheirFolderAndDependOnTheirLocalRoots() {
        let result = ManifestHarness.read(ManifestHarness.context(Self.files), with: ClojureManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"backend [library] roots=["backend"] deps=["common", "tools"] imports=[] @backend/deps.edn:1"#,
            #"common [library] roots=["common"] deps=[] imports=[] @common/deps.edn:1"#,
            #"lein-app [executable] roots=["lein"] deps=["clojure", "common", "ring"] imports=[] @lein/project.clj:2"#,
            // No code on its paths: the root gathers, a Polylith project assembles.
            #"ring [other] roots=["ring"] deps=["ring-core"] imports=[] @ring/project.clj:1"#,
            #"root [other] roots=[""] deps=["backend", "common"] imports=[] @deps.edn:1"#,
            #"service [other] roots=["projects/service"] deps=["common"] imports=[] @projects/service/deps.edn:1"#,
            #"tools [library] roots=["tools"] deps=[] imports=[] @tools/deps.edn:1"#,
        ])
        #expect(result.warnings.isEmpty)
        #expect(result.modules.allSatisfy { $0.ecosystem == "clojure" })
    }

    @Test func aLocalRootALeiningenProjectSpeaksForIsNamedByItsArtifact() {
        // clj-kondo's `analysis/deps.edn` depends on the repository's root, the Leiningen project `clj-kondo`.
        let files = [
            "project.clj": "(defproject clj-kondo/clj-kondo \"2025.01\" :dependencies [])\n", "deps.edn": "{:paths [\"src\"]}\n",
            "src/clj_kondo/main.clj": "",
            "analysis/deps.edn": "{:deps {clj-kondo/clj-kondo {:local/root \"..\"}}}\n", "analysis/src/analysis.clj": "",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: ClojureManifest()).modules

        #expect(modules.first { $0.name == "analysis" }?.dependencies == ["clj-kondo"])
    }

    @Test func aLeiningenProjectsAndItsProfilesTestPathsHoldItsTestFiles() {
        // reitit: `:test-paths ["test/clj"]`, and the `:perf` profile's benchmarks in perf-test/clj.
        let files = [
            "project.clj": """
                (defproject metosin/reitit-parent "0.9"
                  :source-paths ["modules/reitit/src"]
                  :test-paths ["test/clj"]
                  :profiles {:dev {:dependencies [[criterium "0.4.6"]]}
                             :perf {:jvm-opts ^:replace ["-server"]
                                    :test-paths ["perf-test/clj" "modules/reitit/src"]}
                             :default [:base :dev]})
                """,
            "modules/reitit/src/reitit/core.cljc": "", "test/clj/reitit/core_test.clj": "",
            "perf-test/clj/reitit/calf_perf_test.clj": "", "scripts/set-version": "",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: ClojureManifest()).modules

        // A source path listed as a test path too stays source.
        #expect(modules.map(\.testFiles) == [
            ["perf-test/clj/reitit/calf_perf_test.clj", "test/clj/reitit/core_test.clj"]
        ])
    }

    @Test func aSourceFileNamedProjectCljIsNoManifest() {
        let reader = ClojureManifest()

        #expect(reader.handles(path: "lein/project.clj"))
        #expect(reader.handles(path: "project.clj"))
        #expect(!reader.handles(path: "components/change/src/polylith/change/project.clj"))
        #expect(!reader.handles(path: "test/app/project.clj"))
        #expect(reader.handles(path: "modules/drivers/x/deps.edn"))
        #expect(!BuildFiles.isManifest("components/change/src/polylith/change/project.clj"))
    }

    @Test func brokenBuildFilesWarnWithTheirLineAndKeepWhatTheyDeclare() {
        let files = [
            "a/deps.edn": "{:paths [\"src\"]\n :deps {b/b {:local/root \"../b\"}\n", "a/src/a.clj": "",
            "d/deps.edn": "\"just a string\"\n",
        ]

        let result = ManifestHarness.read(ManifestHarness.context(files), with: ClojureManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"a [library] roots=["a"] deps=["b"] imports=[] @a/deps.edn:1"#,
        ])
        #expect(result.warnings.map(\.description) == [
            "a/deps.edn:1: bracket opened here is never closed", "d/deps.edn:1: deps.edn holds no map",
        ])
    }

    /// A plan spells a project split off a Leiningen one in its group and version: the coordinates its text writes.
    @Test func aLeiningenProjectsCoordinatesAreReadWithTheirVersionsWhereStrings() throws {
        let lein = try #require(Self.files["lein/project.clj"])

        #expect(ClojureManifest.leiningenCoordinates(Array(lein.utf8)) == [
            "lein-app": "acme/lein-app \"1.0.0-SNAPSHOT\"", "clojure": "org.clojure/clojure \"1.11.1\"",
            "common": "acme/common \"1.0\"", "ring": "ring \"1.9\"",
        ])
        // A version from a form or a symbol is no string: the coordinate goes without it.
        let formed = "(def v \"2.0\")\n(defproject ring ~v :dependencies [[ring/ring-core ~(slurp \"VERSION\")]])\n"
        #expect(ClojureManifest.leiningenCoordinates(Array(formed.utf8)).isEmpty)
        let unquoted = "(defproject ring ~v :dependencies [[ring/ring-core ~(slurp \"VERSION\")] [x \"1\"]])\n"
        #expect(ClojureManifest.leiningenCoordinates(Array(unquoted.utf8)) == [
            "ring": "ring", "ring-core": "ring/ring-core", "x": "x \"1\"",
        ])
    }

    @Test func ednReadsVectorsMapsSetsAndDropsDiscardedForms() {
        let parsed = SExpressions(Array("{:a [1 2], :b #{x y} :c #_ {:gone 1} \\( :d '(q) ^:m e}".utf8), edn: true)

        #expect(parsed.problems.isEmpty)
        let map = parsed.nodes[0]
        #expect(map.value(of: ":a")?.items.compactMap(\.atom) == ["1", "2"])
        #expect(map.value(of: ":b")?.items.compactMap(\.atom) == ["x", "y"])
        #expect(map.value(of: ":c")?.atom == "\\(")
        #expect(map.value(of: ":d")?.atom == "'")
        #expect(map.value(of: ":e") == nil)
    }
}
