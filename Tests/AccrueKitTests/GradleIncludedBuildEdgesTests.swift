import AccrueKit
import FileScanning
import ModuleGraph
import RuleCatalog
import Testing
import TestSupport

@Suite struct GradleIncludedBuildEdgesTests {
    /// spockframework/spock: `includeBuild "build-logic"`, whose plugin tests import `spock.lang.Specification` from
    /// Spock 2.4 on Maven Central: the build's `:base` did not import `:spock-core`, a project of the including build.
    @Test func anIncludedBuildsImportsNeverReachTheIncludingBuild() throws {
        let files = [
            "settings.gradle": """
                rootProject.name = "spock"
                includeBuild "build-logic"
                include "spock-core"
                include "spock-specs"
                """,
            "spock-core/src/main/java/spock/lang/Specification.java": "package spock.lang;\n\npublic class Specification {}\n",
            "spock-specs/build.gradle": "dependencies { implementation project(':spock-core') }\n",
            "spock-specs/src/test/groovy/spock/SmokeSpec.groovy":
                "package spock\n\nimport spock.lang.Specification\n\nclass SmokeSpec extends Specification {}\n",
            "build-logic/settings.gradle": "rootProject.name = 'build-logic'\ninclude('base')\n",
            "build-logic/base/build.gradle": "plugins { id 'groovy-gradle-plugin' }\n",
            "build-logic/base/src/main/groovy/org/spockframework/gradle/BasePlugin.groovy":
                "package org.spockframework.gradle\n\nclass BasePlugin {}\n",
            "build-logic/base/src/test/groovy/org/spockframework/gradle/BaseSpec.groovy": """
                package org.spockframework.gradle

                import spock.lang.Specification

                class BaseSpec extends Specification {}
                """,
        ]
        let path = try FixtureRepository.committed(files, prefix: "gradle-included-build")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let byName = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0) })

        #expect(report.edges.map { "\($0.from)->\($0.to)" } == [":spock-specs->:spock-core"])
        #expect(byName[":base"]?.externalImports == 1)
        #expect(byName[":base"]?.declaration.kind == .test)
    }

    /// square/okio: `pluginManagement { includeBuild("build-support") }` (Kotlin DSL) includes a build of convention
    /// plugins under a name no `test_paths` glob knows: build logic, a test module. A build the settings include for
    /// its projects is a library the including build's code imports; it does not import the including build's.
    @Test func anIncludedBuildOfPluginsIsBuildLogicAndAnIncludedLibraryIsImported() throws {
        let files = [
            "settings.gradle.kts": """
                pluginManagement {
                  includeBuild("build-support")
                }
                rootProject.name = "okio-parent"
                includeBuild("money")
                include(":okio")
                """,
            "okio/build.gradle.kts": "plugins { id(\"build-support\") }\n",
            "okio/src/main/kotlin/okio/Buffer.kt": "package okio\n\nimport money.Money\n\nclass Buffer(val m: Money)\n",
            "build-support/settings.gradle.kts": "rootProject.name = \"build-support\"\n",
            "build-support/build.gradle.kts": "plugins {\n  `kotlin-dsl`\n  `java-gradle-plugin`\n}\n",
            "build-support/src/main/kotlin/BuildSupport.kt": "import okio.Buffer\n\nclass BuildSupport\n",
            "money/settings.gradle.kts": "rootProject.name = \"money\"\n",
            "money/build.gradle.kts": "plugins { `java-library`\n  `maven-publish` }\n",
            "money/src/main/kotlin/money/Money.kt": "package money\n\nimport okio.Buffer\n\nclass Money\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "gradle-plugin-build")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))
        let kinds = Dictionary(uniqueKeysWithValues: report.modules.map { ($0.declaration.name, $0.declaration.kind) })

        #expect(report.edges.map { "\($0.from)->\($0.to)" } == [":okio->money"])
        #expect(kinds == ["build-support": .test, "money": .library, ":okio": .library, "okio-parent": .other])
    }
}
