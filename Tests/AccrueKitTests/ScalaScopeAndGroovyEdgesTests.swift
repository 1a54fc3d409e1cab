import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

@Suite struct ScalaScopeAndGroovyEdgesTests {
    /// typelevel/cats: inside `package cats` the code names `cats.kernel…` as `kernel…` and `cats.syntax…` as
    /// `syntax…`, in imports and in code alike.
    @Test func aScalaNameRelativeToAnEnclosingPackageIsAnEdgeToItsModule() throws {
        let files = [
            "build.sbt": """
                lazy val kernel = project.in(file("kernel"))
                lazy val core = project.in(file("core")).dependsOn(kernel)
                lazy val laws = project.in(file("laws")).dependsOn(kernel, core)
                """,
            "kernel/src/main/scala/cats/kernel/Eq.scala": "package cats.kernel\n\ntrait Eq[A]\nobject Eq\n",
            "kernel/src/main/scala-2.13+/cats/kernel/compat/scalaVersionSpecific.scala":
                "package cats.kernel\npackage compat\n\nobject scalaVersionSpecific\n",
            "core/src/main/scala/cats/syntax/all.scala": "package cats\npackage syntax\n\nobject all\n",
            "core/src/main/scala/cats/data/Chain.scala": """
                package cats
                package data

                import kernel.compat.scalaVersionSpecific._
                import annotation.tailrec

                sealed abstract class Chain[A]
                """,
            "laws/src/main/scala/cats/laws/FoldableLaws.scala": """
                package cats
                package laws

                trait FoldableLaws {
                  def laws: FoldableLaws
                  def eq = kernel.Eq.instance[Int](_ == _)
                  def t = syntax.all.catsSyntaxTuple2Semigroupal(x)
                  def f = laws.F
                }
                """,
        ]
        let path = try FixtureRepository.committed(files, prefix: "scala-scopes")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.sites)" }.sorted() == [
            "core->kernel 1", "laws->core 1", "laws->kernel 1",
        ])
        #expect(byName["laws"]?.declaredButUnused == [])
        // `annotation.tailrec` is the standard library's `scala.annotation`: external.
        #expect(byName["core"]?.externalImports == 1)
    }

    /// A Groovy module of a Gradle build imports Java's classes (spock's specs and build logic are Groovy); a
    /// Groovy module sharing a package with one it depends on is an edge as Java's is; a build script is no code.
    @Test func groovyImportsAndSharedPackagesAreEdges() throws {
        let files = [
            "settings.gradle": "include 'core', 'plugin', 'extra'\n",
            "core/build.gradle": "plugins { id 'java' }\n",
            "core/src/main/java/org/acme/core/Money.java": "package org.acme.core;\n\npublic class Money {}\n",
            "plugin/build.gradle": "import org.acme.core.Money\ndependencies { implementation project(':core') }\n",
            "plugin/src/main/groovy/org/acme/plugin/P.groovy": """
                package org.acme.plugin

                import static org.acme.core.Money.of as make
                import org.acme.core.Money

                class P { def m = Money.of(1) }
                """,
            "extra/build.gradle": "dependencies { implementation project(':core') }\n",
            "extra/src/main/groovy/org/acme/core/Extra.groovy": "package org.acme.core\n\nclass Extra { Money m }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "groovy-imports")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.files)" }.sorted() == [
            ":extra->:core [\"extra/build.gradle\"]",
            ":plugin->:core [\"plugin/src/main/groovy/org/acme/plugin/P.groovy\"]",
        ])
    }
}
