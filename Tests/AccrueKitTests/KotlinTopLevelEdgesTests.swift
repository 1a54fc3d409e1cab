import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

@Suite struct KotlinTopLevelEdgesTests {
    /// square/leakcanary: its modules share the packages `shark` and `leakcanary.internal`, so a package folder tells
    /// no module; the Kotlin file declaring a function or property does, imported (`import shark.dump`: the test
    /// helper `:shark-hprof-test`'s `fun File.dump`, not `:shark`'s) or named in code
    /// (`leakcanary.internal.checkMainThread()`), and a class's member is its class file's (`HeapGraph.Companion`).
    @Test func aTopLevelFunctionInASharedPackageIsTheModuleOfItsFile() throws {
        let files = [
            "settings.gradle.kts": """
                include(":app", ":leakcanary-core", ":leakcanary-utils", ":shark", ":shark-hprof-test")
                """,
            "app/build.gradle.kts": """
                dependencies {
                  implementation(project(":shark"))
                  implementation(project(":shark-hprof-test"))
                }
                """,
            "app/src/main/kotlin/app/Main.kt": """
                package app

                import shark.HeapGraph
                import shark.HeapGraph.Companion.load
                import shark.dump

                fun main(graph: HeapGraph) = java.io.File("x").dump()
                """,
            "shark/src/main/kotlin/shark/HeapGraph.kt":
                "package shark\n\nclass HeapGraph {\n  companion object { fun load() = HeapGraph() }\n}\n",
            "shark-hprof-test/src/main/kotlin/shark/HprofWriterHelper.kt":
                "package shark\n\nimport java.io.File\n\nfun File.dump(): Unit = TODO()\n",
            "leakcanary-core/build.gradle.kts": "dependencies { implementation(project(\":leakcanary-utils\")) }\n",
            "leakcanary-core/src/main/kotlin/leakcanary/internal/Core.kt": "package leakcanary.internal\n\nclass Core\n",
            "leakcanary-core/src/main/kotlin/leakcanary/internal/friendly/Friendly.kt": """
                package leakcanary.internal.friendly

                internal fun checkMainThread() = leakcanary.internal.checkMainThread()
                internal val handler get() = leakcanary.internal.mainHandler.looper
                internal val context get() = binding.root.context
                """,
            "leakcanary-utils/src/main/kotlin/leakcanary/internal/Handlers.kt":
                "package leakcanary.internal\n\nval mainHandler = Handler()\n\nfun checkMainThread() {}\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "kotlin-top-level")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.edges.map { "\($0.from)->\($0.to) \($0.sites)" }.sorted() == [
            ":app->:shark 2", ":app->:shark-hprof-test 1", ":leakcanary-core->:leakcanary-utils 3",
        ])
    }
}
