import Manifests
import BuildManifests
import JVMManifests
import ModuleGraph
import Testing

@Suite struct GradleManifestTests {
    @Test func groovySettingsDeclareProjectsWithFoldersAndDependencies() throws {
        let context = try ManifestHarness.fixture("gradle-groovy")

        let result = ManifestHarness.read(context, with: GradleManifest())

        #expect(ManifestHarness.summary(result.modules) == [
            #":app [executable] roots=["app"] deps=[":core:data", ":ui"] imports=[] @settings.gradle:3"#,
            #":core:data [library] roots=["core/data"] deps=[":legacy"] imports=[] @settings.gradle:3"#,
            #":legacy [library] roots=["old/legacy-module"] deps=[] imports=[] @settings.gradle:4"#,
            #":ui [library] roots=["ui"] deps=[] imports=[] @settings.gradle:5"#,
            #"shop [other] roots=[""] deps=[] imports=[] @settings.gradle:2"#,  // the aggregate of its projects
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func theBuildInBuildSrcIsBuildSrcWhateverItsSettingsCallIt() {
        // coil's buildSrc/settings.gradle.kts says `rootProject.name = "coil"`, the name of its library `:coil`.
        let context = ManifestHarness.context([
            "buildSrc/settings.gradle.kts": "rootProject.name = \"coil\"\n",
            "buildSrc/build.gradle.kts": "plugins { `kotlin-dsl` }\n", "buildSrc/src/main/kotlin/Lib.kt": "object Lib\n",
        ])

        #expect(ManifestHarness.read(context, with: GradleManifest()).modules.map(\.name) == ["buildSrc"])
    }

    @Test func kotlinSettingsReadMultiLineIncludesAndProjectDir() throws {
        let context = try ManifestHarness.fixture("gradle-kotlin")

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules

        #expect(ManifestHarness.summary(modules) == [
            #":server [executable] roots=["server"] deps=[":shared"] imports=[] @settings.gradle.kts:3"#,
            #":shared [library] roots=["libs/shared"] deps=[] imports=[] @settings.gradle.kts:4"#,
            #"kt-app [other] roots=[""] deps=[] imports=[] @settings.gradle.kts:1"#,
        ])
    }

    @Test func aSettingsHelperThatIncludesAFolderDeclaresItsProjects() {
        // kotlinx.coroutines: `module("reactive/kotlinx-coroutines-rx2")` includes `:kotlinx-coroutines-rx2` there.
        let context = ManifestHarness.context([
            "settings.gradle.kts": """
                rootProject.name = "kotlinx.coroutines"
                fun module(path: String) {
                    val i = path.lastIndexOf("/")
                    val name = path.substring(i + 1)
                    include(name)
                    project(":$name").projectDir = file(path)
                }
                include("kotlinx-coroutines-core")
                module("reactive/kotlinx-coroutines-rx2")
                module("test-utils")
                """,
            "kotlinx-coroutines-core/build.gradle.kts": "", "reactive/kotlinx-coroutines-rx2/build.gradle.kts": "",
            "test-utils/build.gradle.kts": "",
        ])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules

        #expect(modules.map(\.name) == [":kotlinx-coroutines-core", ":kotlinx-coroutines-rx2", ":test-utils", "kotlinx.coroutines"])
        #expect(modules.map(\.roots) == [["kotlinx-coroutines-core"], ["reactive/kotlinx-coroutines-rx2"], ["test-utils"], [""]])
    }

    @Test func typeSafeProjectAccessorsAreDependencies() {
        let context = ManifestHarness.context([
            "settings.gradle.kts": """
                rootProject.name = "parent"
                include(":okhttp", ":okhttp-testing-support", ":samples:guide", ":mockwebserver3-junit5")
                """,
            "okhttp/build.gradle.kts": "dependencies { testImplementation(projects.okhttpTestingSupport) }\n",
            "okhttp-testing-support/build.gradle.kts": "dependencies { api(projects.okhttp) }\n",
            "samples/guide/build.gradle.kts": """
                kotlin { sourceSets { commonTest { dependencies { implementation(projects.okhttpTestingSupport) }}}}
                dependencies {
                  implementation(projects.okhttp.dependencyProject)
                  implementation(projects.mockwebserver3Junit5)
                  implementation(projects.noSuchProject)
                }
                """,
            "mockwebserver3-junit5/build.gradle.kts": "",
            "okhttp/A.kt": "", "okhttp-testing-support/B.kt": "", "samples/guide/C.kt": "", "mockwebserver3-junit5/D.kt": "",
        ])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules
        let dependencies = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.dependencies) })

        // A test configuration's dependency is the tests', not the project's.
        #expect(dependencies[":okhttp"] == [])
        #expect(dependencies[":okhttp-testing-support"] == [":okhttp"])
        #expect(dependencies[":samples:guide"] == [":mockwebserver3-junit5", ":okhttp"])
        // …which declares it for the tests' imports (retrofit's `:retrofit:java-test`: `testImplementation projects.retrofit`).
        let testDependencies = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.testDependencies) })
        #expect(testDependencies[":okhttp"] == [":okhttp-testing-support"])
        #expect(testDependencies[":samples:guide"] == [":okhttp-testing-support"])
        #expect(testDependencies[":okhttp-testing-support"] == [])
    }

    @Test func aPluginDeclaredWithApplyFalseIsNotApplied() {
        let context = ManifestHarness.context([
            "settings.gradle.kts": "rootProject.name = \"parent\"\ninclude(\":app\")\n",
            "build.gradle.kts": "plugins {\n  alias(libs.plugins.android.application) apply false\n}\n",
            "app/build.gradle.kts": "plugins {\n  alias(libs.plugins.android.application)\n}\n",
            "app/A.kt": "", "B.kt": "",
        ])

        let kinds = Dictionary(uniqueKeysWithValues: ManifestHarness.read(context, with: GradleManifest()).modules.map {
            ($0.name, $0.kind)
        })

        // Not an application; gathering `:app` with no `src/` of its own, their aggregate.
        #expect(kinds["parent"] == .other)
        #expect(kinds[":app"] == .executable)
    }

    @Test func aBenchmarkProjectsCodeIsTestCode() {
        // koin's `:core:benchmark` applies kotlinx-benchmark through its catalog; the root only puts it on the classpath.
        let context = ManifestHarness.context([
            "settings.gradle.kts": "include(\":core\", \":core:benchmark\", \":jmh\", \":lib\")\n",
            "build.gradle.kts": "plugins {\n  alias(libs.plugins.benchmark) apply false\n}\n",
            "core/benchmark/build.gradle.kts": "plugins {\n  alias(libs.plugins.benchmark)\n}\n",
            "jmh/build.gradle": "plugins {\n  id 'me.champeau.jmh' version '0.7.2'\n}\n",
            "core/build.gradle.kts": "dependencies {\n  testImplementation(\"org.openjdk.jmh:jmh-core:1.37\")\n}\n",
            "core/benchmark/src/jvmMain/kotlin/StartupBenchmark.kt": "", "jmh/src/jmh/java/Bench.java": "",
            "core/src/main/kotlin/Core.kt": "", "B.kt": "",
            // kotlinx-coroutines-core: a library measured by its benchmark source set.
            "lib/build.gradle.kts": "plugins {\n  id(\"org.jetbrains.kotlinx.benchmark\")\n}\n",
            "lib/common/src/Channel.kt": "", "lib/src/jvmBenchmark/kotlin/ChannelBenchmark.kt": "",
        ])

        let testFiles = Dictionary(uniqueKeysWithValues: ManifestHarness.read(context, with: GradleManifest()).modules.map {
            ($0.name, $0.testFiles)
        })

        #expect(testFiles[":core:benchmark"] == ["core/benchmark/src/jvmMain/kotlin/StartupBenchmark.kt"])
        #expect(testFiles[":jmh"] == ["jmh/src/jmh/java/Bench.java"])
        #expect(testFiles[":core"] == [] && testFiles["root"] == [])
        #expect(testFiles[":lib"] == ["lib/src/jvmBenchmark/kotlin/ChannelBenchmark.kt"])
    }

    @Test func anAndroidTestProjectIsATestAndBuildToolingIsNoDependency() {
        // coil: `:internal:benchmark` applies com.android.test (a macrobenchmark app producing baseline profiles);
        // `:coil-core` takes its profile and publishes `:coil-lint`'s checks, using neither's code.
        let context = ManifestHarness.context([
            "settings.gradle.kts": "include(\":coil-core\", \":coil-lint\", \":internal:benchmark\", \":app\")\n",
            "internal/benchmark/build.gradle.kts": """
                plugins {
                    id("com.android.test")
                    id("androidx.baselineprofile.producer")
                }
                """,
            "coil-core/build.gradle.kts": """
                baselineProfile {
                    variants {
                        create("androidMain") {
                            from(project(":internal:benchmark"))
                        }
                    }
                }
                dependencies {
                    lintPublish(projects.coilLint) {
                        isTransitive = false
                    }
                    baselineProfile(project(":internal:benchmark"))
                    implementation(project(":app"))
                }
                """,
            "app/build.gradle.kts": "plugins {\n  alias(libs.plugins.android.test)\n}\n",
            "internal/benchmark/src/main/kotlin/ScrollBenchmark.kt": "", "coil-core/src/main/kotlin/Core.kt": "",
            "coil-lint/src/main/kotlin/Lint.kt": "", "app/A.kt": "",
        ])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules
        let byName = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0) })

        #expect(byName[":internal:benchmark"]?.kind == .test)
        #expect(byName[":app"]?.kind == .test)
        #expect(byName[":coil-core"]?.kind == .library)
        #expect(byName[":coil-core"]?.dependencies == [":app"])
        #expect(byName[":coil-core"]?.testDependencies == [])
    }

    @Test func renamedProjectsGoByTheirNewPathInTheirOldFolder() {
        // okhttp's settings: the folder `mockwebserver` is the project `:mockwebserver3`, and the folder
        // `mockwebserver-deprecated` is `:mockwebserver`.
        let context = ManifestHarness.context([
            "settings.gradle.kts": """
                include(":mockwebserver", ":mockwebserver-deprecated", ":samples:slack")
                project(":mockwebserver").name = "mockwebserver3"
                project(":mockwebserver-deprecated").name = "mockwebserver"
                """,
            "samples/slack/build.gradle.kts": "dependencies { implementation(projects.mockwebserver) }\n",
            "mockwebserver/build.gradle.kts": "", "mockwebserver-deprecated/build.gradle.kts": "",
            "mockwebserver/A.kt": "", "mockwebserver-deprecated/B.kt": "", "samples/slack/C.kt": "",
        ])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules
        let roots = Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.roots) })

        #expect(roots[":mockwebserver3"] == ["mockwebserver"])
        #expect(roots[":mockwebserver"] == ["mockwebserver-deprecated"])
        #expect(modules.first { $0.name == ":samples:slack" }?.dependencies == [":mockwebserver"])
    }

    @Test func buildScriptWithoutSettingsIsOneProject() {
        let context = ManifestHarness.context(["svc/build.gradle": "apply plugin: 'java'\n", "svc/src/A.java": ""])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules

        #expect(modules.map(\.name) == ["svc"])
        #expect(modules.map(\.roots) == [["svc"]])
    }

    @Test func includedProjectWithoutFilesIsAWarning() {
        let context = ManifestHarness.context(["settings.gradle": "include ':gone'\n"])

        let result = ManifestHarness.read(context, with: GradleManifest())

        #expect(result.warnings.map(\.description) == ["settings.gradle:1: project ':gone' has no tracked files"])
    }

    @Test func eachSettingsFileIsABuildThatSeesTheBuildsItIncludes() {
        let context = ManifestHarness.context([
            "settings.gradle": """
                pluginManagement {
                  includeBuild("gradle/plugins")
                }
                includeBuild 'money'
                includeBuild("$flutterSdkPath/packages/flutter_tools/gradle")
                includeBuild("../outside")
                include ':app', ':lib'
                """,
            "app/A.kt": "", "lib/B.kt": "",
            // A project's own settings, to build it alone: the enclosing build's project still.
            "lib/settings.gradle": "rootProject.name = 'lib'\n",
            "money/settings.gradle": "rootProject.name = 'money'\n", "money/C.kt": "",
            "gradle/plugins/settings.gradle.kts": "rootProject.name = \"plugins\"\n",
            "gradle/plugins/build.gradle.kts": "plugins { `kotlin-dsl` }\n", "gradle/plugins/D.kt": "",
        ])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules
        let builds = Dictionary(uniqueKeysWithValues: modules.map { ("\($0.name) @\($0.manifest)", $0.build ?? "-") })

        // `pluginManagement`'s build lends plugins, no projects.
        #expect(modules.first { $0.name == ":app" }?.includedBuilds == ["money"])
        #expect(builds == [
            ":app @settings.gradle": "", ":lib @settings.gradle": "", "root @settings.gradle": "",
            "lib @lib/settings.gradle": "", "money @money/settings.gradle": "money",
            "plugins @gradle/plugins/settings.gradle.kts": "gradle/plugins",
        ])
        // Included for its plugins: build logic. Included for its projects, making no plugin: a library.
        #expect(modules.filter { $0.kind == .test }.map(\.name) == ["plugins"])
    }

    @Test func aBuildLogicBuildBorrowsTheProjectsItIncludesFromOutside() {
        // square/wire: build-support builds its plugin with the main build's projects, `projectDir = File("../…")`.
        let context = ManifestHarness.context([
            "settings.gradle.kts": "includeBuild(\"build-support\")\ninclude(\":wire-schema\")\n",
            "build-support/settings.gradle.kts": "rootProject.name = \"build-support\"\ninclude(\":wire-schema\")\n"
                + "project(\":wire-schema\").projectDir = File(\"../wire-schema\")\n",
            "build-support/build.gradle.kts": "plugins { `kotlin-dsl` }\n", "build-support/src/main/kotlin/P.kt": "",
            "wire-schema/src/main/kotlin/Schema.kt": "",
        ])

        let modules = ManifestHarness.read(context, with: GradleManifest()).modules

        #expect(modules.map { "\($0.name) \($0.kind) @\($0.manifest)" } == [
            ":wire-schema library @settings.gradle.kts", "build-support test @build-support/settings.gradle.kts",
            "root other @settings.gradle.kts",
        ])
    }
}
