import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

@Suite struct JVMQualifiedNameEdgesTests {
    @Test func aClassNamedByItsQualifiedNameInCodeIsAnEdgeToItsModule() throws {
        // typelevel/cats: algebra declares the kernel and uses it through qualified names alone, with no import
        // ("algebra declares but never imports: kernel" before).
        let files = [
            "build.sbt": """
                lazy val kernel = project.in(file("kernel"))
                lazy val algebra = project.in(file("algebra-core")).dependsOn(kernel)
                lazy val core = project.in(file("core")).dependsOn(kernel)
                """,
            "kernel/src/main/scala/cats/kernel/Band.scala": "package cats.kernel\n\ntrait Band[A]\nobject Band\n",
            "kernel/src/main/scala/cats/kernel/instances/BigIntInstances.scala":
                "package cats.kernel\npackage instances\n\ntrait BigIntInstances\n",
            "algebra-core/src/main/scala/algebra/package.scala":
                "package object algebra {\n  type Band[A] = cats.kernel.Band[A]\n  val Band = cats.kernel.Band\n}\n",
            "algebra-core/src/main/scala/algebra/instances/Helper.scala": "package algebra.instances\n\nobject Helper\n",
            "algebra-core/src/main/scala/algebra/instances/bigInt.scala": """
                package algebra
                package instances

                trait BigIntInstances extends cats.kernel.instances.BigIntInstances {
                  val helper = algebra.instances.Helper
                  val list = scala.collection.immutable.List.empty
                  val field = request.headers.Default
                }
                """,
            "core/src/main/scala/cats/Functor.scala":
                "package cats\n\nimport cats.kernel.Band\n\ntrait Functor { def band: cats.kernel.Band[Int] }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "jvm-qualified")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.sites)" }.sorted() == ["algebra->kernel 2", "core->kernel 1"])
        #expect(byName["algebra"]?.declaredButUnused == [])
        // Its own class (no self-edge), the standard library's and a variable's field are no imports, not external.
        #expect(byName["algebra"]?.externalImports == 0)
    }
}
