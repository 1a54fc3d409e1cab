import BuildManifests
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

    @Test func scalaPackagesSkipTheirCompilerVersionFolders() {
        #expect(DeclaredReferences.jvmPackage(of: "core/src/main/scala-2.13+/cats/data/Chain.scala") == "cats/data")
        #expect(DeclaredReferences.jvmPackage(of: "sysops/shared/src/main/scala-3/org/scalafmt/A.scala") == "org/scalafmt")
        #expect(DeclaredReferences.jvmPackage(of: "core/src/main/scala/cats/Eq.scala") == "cats")
    }
}
