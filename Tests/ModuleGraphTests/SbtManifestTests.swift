import BuildManifests
import ImportScan
import JVMManifests
import Manifests
import ModuleGraph
import Testing

@Suite struct SbtManifestTests {
    /// A build in the shape of typelevel/cats' and scalameta/scalafmt's: cross projects, a folder given by
    /// `in(file(…))` or by a helper's argument, test-only dependencies, a benchmark, the build's own code.
    static let build = """
        // lazy val commented = project
        ThisBuild / name := "cats-root"
        lazy val root = tlCrossRootProject.aggregate(kernel, core, tests)

        lazy val kernel = crossProject(JSPlatform, JVMPlatform)
          .crossType(CrossType.Pure)
          .in(file("kernel"))
          .settings(moduleName := "cats-kernel", name := "Cats kernel")

        lazy val core = crossProject(JSPlatform, JVMPlatform)
          .dependsOn(kernel)
          .settings(Compile / sourceGenerators += (Compile / sourceManaged).map(Boilerplate.gen).taskValue)

        lazy val tests = crossProject(JSPlatform, JVMPlatform)
          .dependsOn(core, testkit % Test, kernel % "test->test")
          .settings(compile.in(Compile) := compile.in(Compile).dependsOn(compile.in(cli, Compile)).value)

        lazy val cli = projectMatrix("cats-cli").settings(
          Compile / mainClass := Some("cats.Main"),
        ).dependsOn(core.jvm(v), LocalProject("kernel")).dependsOn(tests % "compile->compile;test->test")

        lazy val bench = project
          .dependsOn(core.jvm)
          .enablePlugins(NoPublishPlugin, JmhPlugin)

        lazy val docs = project.in(file("site")).dependsOn(core.jvm)
        val V = "1.0"
        addCommandAlias("bench", "bench/Jmh/run")
        """

    static let files = [
        "build.sbt": build,
        "kernel/src/main/scala/cats/Eq.scala": "",
        "core/src/main/scala/cats/Functor.scala": "",
        "core/build.sbt": "Compile / scalacOptions += \"-Xfatal-warnings\"\n",
        "tests/shared/src/test/scala/cats/tests/EqSuite.scala": "",
        "cats-cli/src/main/scala/cats/Main.scala": "",
        "bench/src/main/scala/cats/bench/MapBench.scala": "",
        "project/Boilerplate.scala": "",
        "project/plugins.sbt": "",
        "scripts/releaseNotes.scala": "",
        "scalafix/build.sbt": "lazy val rules = project.settings(name := \"rules\")\n",
        "scalafix/rules/src/main/scala/fix/Rule.scala": "",
    ]

    @Test func projectsAreModulesNamedByTheirIdsWithTheProjectsTheyDependOn() {
        let result = ManifestHarness.read(ManifestHarness.context(Self.files), with: SbtManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"bench [library] roots=["bench"] deps=["core"] imports=[] @build.sbt:22"#,
            #"cats-root [other] roots=[""] deps=[] imports=[] @build.sbt:2"#,
            #"cli [executable] roots=["cats-cli"] deps=["core", "kernel", "tests"] imports=[] @build.sbt:18"#,
            #"core [library] roots=["core"] deps=["kernel"] imports=[] @build.sbt:10"#,
            #"docs [library] roots=["site"] deps=["core"] imports=[] @build.sbt:26"#,
            #"kernel [library] roots=["kernel"] deps=[] imports=[] @build.sbt:5"#,
            #"rules [library] roots=["scalafix/rules"] deps=[] imports=[] @scalafix/build.sbt:1"#,
            #"scalafix [other] roots=["scalafix"] deps=[] imports=[] @scalafix/build.sbt:1"#,
            #"tests [library] roots=["tests"] deps=["core"] imports=[] @build.sbt:14"#,
        ])
        #expect(result.warnings.map(\.description) == ["build.sbt:26: project 'docs' has no tracked files"])
        let testFiles = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.name, $0.testFiles) })
        #expect(testFiles["bench"] == ["bench/src/main/scala/cats/bench/MapBench.scala"])
        #expect(testFiles["cats-root"] == ["project/Boilerplate.scala", "project/plugins.sbt"])
        #expect(testFiles["core"] == [])
        // Only tests depend on kernel there: no edge, but the tests' imports of it are declared.
        #expect(result.modules.first { $0.name == "tests" }?.testDependencies == ["kernel"])
    }

    @Test func aSingleProjectBuildIsOneModuleNamedByItsNameAndARootValueNamesTheRoot() {
        let single = ManifestHarness.read(
            ManifestHarness.context(["tool/build.sbt": "name := \"tool\"\nscalaVersion := \"3.3.1\"\n", "tool/src/main/scala/A.scala": ""]),
            with: SbtManifest())
        #expect(ManifestHarness.summary(single.modules) == [#"tool [library] roots=["tool"] deps=[] imports=[] @tool/build.sbt:1"#])

        let explicitRoot = ManifestHarness.read(
            ManifestHarness.context([
                "build.sbt": "lazy val app = (project in file(\".\")).dependsOn(lib)\nlazy val lib = project in file(\"modules/lib\")\n",
                "src/main/scala/App.scala": "", "modules/lib/src/main/scala/Lib.scala": "",
            ]),
            with: SbtManifest())
        #expect(ManifestHarness.summary(explicitRoot.modules) == [
            #"app [library] roots=[""] deps=["lib"] imports=[] @build.sbt:1"#,
            #"lib [library] roots=["modules/lib"] deps=[] imports=[] @build.sbt:2"#,
        ])
    }

    /// scopt/scopt: an aggregate root beside a cross project in the build's folder, whose code is in `shared/`,
    /// `jvm/`, `js/` and `native/`; the root is the cross project (it had been the aggregate, `root [other]`).
    @Test func aCrossProjectInTheBuildsFolderIsItsRoot() {
        let result = ManifestHarness.read(
            ManifestHarness.context([
                "build.sbt": """
                    lazy val root = (project in file(".")).aggregate(scopt.jvm, scopt.js)
                    lazy val scopt = (crossProject(JSPlatform, JVMPlatform, NativePlatform) in file("."))
                      .settings(name := "scopt")
                    """,
                "shared/src/main/scala/scopt/OParser.scala": "", "jvm/src/main/scala/scopt/PlatformReadInstances.scala": "",
            ]),
            with: SbtManifest())

        #expect(ManifestHarness.summary(result.modules) == [#"scopt [library] roots=[""] deps=[] imports=[] @build.sbt:2"#])
    }

    @Test func helpersMakingProjectsAreConstructorsToo() {
        // apache/pekko's and http4s/http4s' shapes: a typed helper, an untyped one calling a constructor, a helper
        // calling that one, and one in project/*.scala; a def taking a project as a parameter makes none.
        let build = """
            lazy val root = Project(id = "pekko", base = file(".")).aggregate(actor, remote)
            lazy val actor = pekkoModule("actor")
            lazy val remote =
              pekkoModule("remote")
                .dependsOn(actor, testkit % "test->test")
            lazy val client = libraryCrossProject("client").dependsOn(actor)
            lazy val site = sitePage("site")
            lazy val aliases = tasksOf(remote, "compile")
            def pekkoModule(moduleName: String): Project =
              Project(id = moduleName, base = file(moduleName))
                .settings(name := s"pekko-$moduleName")
            def http4sCrossProject(name: String, crossType: CrossType) =
              sbtcrossproject.CrossProject(name, file(name))(JVMPlatform, JSPlatform).crossType(crossType)
            def libraryCrossProject(name: String) = http4sCrossProject(name, CrossType.Full)
            def tasksOf(p: Project, task: String): String = s"${p.id}/$task"
            """
        let files = [
            "build.sbt": build, "project/Site.scala": "object Site {\n  def sitePage(name: String): Project = Project(name, file(name))\n}\n",
            // playframework's shape: the folder is the helper's second argument; sbt's scripted tests are fixtures.
            "web/build.sbt": "lazy val PlayWs = playProject(\"Play-WS\", \"core/ws\").dependsOn(Other % \"test\")\n"
                + "def playProject(name: String, dir: String): Project = Project(name, file(dir))\n",
            "web/core/ws/W.scala": "", "web/test/T.scala": "",
            "plugin/src/sbt-test/routes/basic/build.sbt": "lazy val app = project.in(file(\".\"))\n",
            "actor/A.scala": "", "remote/R.scala": "", "client/C.scala": "", "site/S.scala": "", "src/main/scala/Root.scala": "",
        ]
        let result = ManifestHarness.read(ManifestHarness.context(files), with: SbtManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #"PlayWs [library] roots=["web/core/ws"] deps=[] imports=[] @web/build.sbt:1"#,
            #"actor [library] roots=["actor"] deps=[] imports=[] @build.sbt:2"#,
            #"client [library] roots=["client"] deps=["actor"] imports=[] @build.sbt:6"#,
            #"remote [library] roots=["remote"] deps=["actor"] imports=[] @build.sbt:3"#,
            #"root [library] roots=[""] deps=[] imports=[] @build.sbt:1"#,
            #"site [library] roots=["site"] deps=[] imports=[] @build.sbt:7"#,
            #"web [other] roots=["web"] deps=[] imports=[] @web/build.sbt:1"#,
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test func aScalafixRulesTestsAndTheInputAndOutputProjectsItNamesAreTestCode() {
        // typelevel/cats' scalafix/ build.
        let build = """
            lazy val rules = project.settings(libraryDependencies += "ch.epfl.scala" %% "scalafix-core" % "0.9")
            lazy val input = project.in(file("v1/input"))
            lazy val output = project.in(file("v1/output"))
            lazy val tests = project.in(file("v1/tests"))
              .settings(
                compile.in(Compile) := compile.in(Compile).dependsOn(compile.in(input, Compile)).value,
                scalafixTestkitOutputSourceDirectories := sourceDirectories.in(output, Compile).value
              )
              .dependsOn(rules)
            """
        let files = [
            "scalafix/build.sbt": build, "scalafix/rules/src/main/scala/Rule.scala": "",
            "scalafix/v1/input/src/main/scala/In.scala": "", "scalafix/v1/output/src/main/scala/Out.scala": "",
            "scalafix/v1/tests/src/test/scala/RuleSuite.scala": "",
        ]
        let result = ManifestHarness.read(ManifestHarness.context(files), with: SbtManifest())

        let testFiles = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.name, $0.testFiles) })
        #expect(testFiles["input"] == ["scalafix/v1/input/src/main/scala/In.scala"])
        #expect(testFiles["output"] == ["scalafix/v1/output/src/main/scala/Out.scala"])
        #expect(testFiles["tests"] == ["scalafix/v1/tests/src/test/scala/RuleSuite.scala"])
        #expect(testFiles["rules"] == [])
        #expect(result.modules.first { $0.name == "tests" }?.dependencies == ["rules"])
    }

    /// typelevel/cats' `scalafix/` is a build of its own (its own `project/`): its code uses cats' published
    /// artifacts (`"org.typelevel" %% "cats-core" % "2.2.0"`), and its names mean its own projects.
    @Test func aNestedBuildsNamesAndImportsResolveOnlyWithinIt() {
        let files = [
            "build.sbt": "lazy val core = project\nlazy val laws = project.dependsOn(core)\n",
            "core/src/main/scala/cats/Functor.scala": "", "laws/src/main/scala/cats/laws/FunctorLaws.scala": "",
            "scalafix/build.sbt": "lazy val rules = project\nlazy val laws = project.in(file(\"v1/laws\")).dependsOn(rules, core)\n",
            "scalafix/project/plugins.sbt": "", "scalafix/rules/src/main/scala/fix/Rule.scala": "",
            "scalafix/v1/laws/src/main/scala/fix/Input.scala": "",
        ]
        // A name the reader would not give: the outer build's `core` stays out of reach all the same.
        var stray = ModuleDeclaration(
            name: "stray", ecosystem: "sbt", roots: ["scalafix/stray"], dependencies: ["core", "rules"],
            manifest: "scalafix/build.sbt", line: 3)
        stray.build = "scalafix"

        let read = ManifestHarness.read(ManifestHarness.context(files), with: SbtManifest())
        let modules = ModuleDeclaration.distinct(read.modules + [stray])
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: files.keys.sorted())
        let resolve = { (name: String, file: String) in
            resolver.resolve(ImportFacts(path: name, kind: .module, line: 1), in: file, style: "java").map { modules[$0].name }
        }

        #expect(modules.map { "\($0.name) build=\($0.build ?? "-") deps=\($0.dependencies)" } == [
            "core build= deps=[]", "laws (build.sbt) build= deps=[\"core\"]",
            "laws (scalafix/build.sbt) build=scalafix deps=[\"rules\"]", "root build= deps=[]", "rules build=scalafix deps=[]",
            "scalafix build=scalafix deps=[]", "stray build=scalafix deps=[\"core\", \"rules\"]",
        ])
        let stranded = ModuleDeclaration.dependencies(of: modules)[6].map { $0.map { modules[$0].name } }
        #expect(stranded == [nil, "rules"])
        #expect(resolve("cats.Functor", "laws/src/main/scala/cats/laws/FunctorLaws.scala") == "core")
        #expect(resolve("cats.Functor", "scalafix/v1/laws/src/main/scala/fix/Input.scala") == nil)
        #expect(resolve("fix.Rule", "scalafix/v1/laws/src/main/scala/fix/Input.scala") == "rules")
    }

    /// `ProjectRef(file("…"), "id")` names a project of the build at that folder: this build's is a dependency like
    /// `LocalProject`; another build's (or a `uri`) is no project of this one. Its `file(…)` is not the project's
    /// folder, nor are the strings of `dependsOn(…)` (the folder of `util` had been the root, then `core`).
    @Test func aProjectRefToThisBuildIsADependencyAndItsFileNoFolder() {
        let files = [
            "build.sbt": """
                lazy val core = project
                lazy val util = project.dependsOn(ProjectRef(file("."), "core"))
                lazy val cli = project.dependsOn(ProjectRef(file("."), "util") % Test, ProjectRef(file("./"), "core"))
                """,
            "core/src/main/scala/core/A.scala": "", "util/src/main/scala/util/U.scala": "",
            "cli/src/main/scala/cli/Main.scala": "",
            "tools/build.sbt": """
                lazy val app = project
                  .dependsOn(ProjectRef(file(".."), "core"), ProjectRef(uri("https://x/y.git"), "lib"))
                """,
            "tools/app/src/main/scala/app/M.scala": "",
        ]

        let modules = ManifestHarness.read(ManifestHarness.context(files), with: SbtManifest()).modules

        #expect(modules.map { "\($0.name) \($0.roots) deps=\($0.dependencies) tests=\($0.testDependencies)" } == [
            #"app ["tools/app"] deps=[] tests=[]"#, #"cli ["cli"] deps=["core"] tests=["util"]"#,
            #"core ["core"] deps=[] tests=[]"#, #"root [""] deps=[] tests=[]"#, #"tools ["tools"] deps=[] tests=[]"#,
            #"util ["util"] deps=["core"] tests=[]"#,
        ])
    }

    @Test func scalaPackagesSkipTheirCompilerVersionFolders() {
        #expect(DeclaredReferences.jvmPackage(of: "core/src/main/scala-2.13+/cats/data/Chain.scala") == "cats/data")
        #expect(DeclaredReferences.jvmPackage(of: "sysops/shared/src/main/scala-3/org/scalafmt/A.scala") == "org/scalafmt")
        #expect(DeclaredReferences.jvmPackage(of: "core/src/main/scala/cats/Eq.scala") == "cats")
    }
}
