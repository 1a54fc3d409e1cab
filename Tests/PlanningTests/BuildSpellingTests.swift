import PlanNaming
@testable import Planning
import Testing

/// Builds whose modules are entries of a parent build declare a new module as accrue reads them back: a Maven
/// `<module>` and its pom, a Gradle `include` and build file, an sbt `lazy val`, a Mix project, a dune `library`, a
/// CMake `add_library` below an `add_subdirectory`, a Composer package with its PSR-4 prefix.
@Suite struct BuildSpellingTests {
    private func module(_ name: String, _ ecosystem: String, root: String, manifest: String) -> PlanModule {
        PlanModule(name: name, ecosystem: ecosystem, roots: [root], manifest: manifest, files: [])
    }

    @Test func aMavenModuleIsAPomListedInItsParent() {
        let databind = module("jackson-databind", "maven", root: "", manifest: "pom.xml")
        #expect(ModuleNaming.declaration(
            of: "java-type", folder: "java-type", module: databind, newIsLower: true, dependencies: ["jackson-core"])
            == "Create `java-type/pom.xml` with `<artifactId>java-type</artifactId>` and the same `<groupId>` as jackson-databind, "
                + "add `<module>java-type</module>` to the `<modules>` of pom.xml (jackson-databind's own pom: a pom listing "
                + "`<modules>` is packaged `pom`, so jackson-databind's sources move to a module too), add a `<dependency>` on "
                + "`java-type` to pom.xml, and add a `<dependency>` on `jackson-core` to java-type/pom.xml")
        let core = module("guava", "maven", root: "guava", manifest: "guava/pom.xml")
        #expect(ModuleNaming.declaration(of: "guava-cache", folder: "guava-cache", module: core, newIsLower: false)
            == "Create `guava-cache/pom.xml` with `<artifactId>guava-cache</artifactId>` and the same `<groupId>` as guava, add "
                + "`<module>guava-cache</module>` to the `<modules>` of pom.xml, and add a `<dependency>` on `guava` to guava-cache/pom.xml")
        #expect(ModuleNaming.addedDependencies(["a", "b"], of: "guava-cache", module: core)
            == "Add `<dependency>` entries for `a`, `b` to guava-cache/pom.xml: the files this stage moves import them")
    }

    @Test func aGradleProjectIsIncludedWithABuildFileInItsDSL() {
        let okio = module(":okio", "gradle", root: "okio", manifest: "settings.gradle.kts")
        #expect(ModuleNaming.declaration(
            of: "inflater", folder: "inflater", module: okio, newIsLower: false, dependencies: [":okio-fakefilesystem"])
            == "Add `include(\":inflater\")` to settings.gradle.kts and create `inflater/build.gradle.kts` (the plugins of "
                + "okio/build.gradle.kts), and add `implementation(project(\":okio\"))`, "
                + "`implementation(project(\":okio-fakefilesystem\"))` to the `dependencies` of inflater/build.gradle.kts")
        #expect(ModuleNaming.declaredName(ofNew: "buffer", module: okio) == ":buffer")
        let data = module(":core:data", "gradle", root: "core/data", manifest: "settings.gradle")
        #expect(ModuleNaming.declaration(of: "paging", folder: "core/paging", module: data, newIsLower: true)
            == "Add `include ':core:paging'` to settings.gradle and create `core/paging/build.gradle` (the plugins of "
                + "core/data/build.gradle), and add `implementation project(':core:paging')` to the `dependencies` of "
                + "core/data/build.gradle")
        #expect(ModuleNaming.addedDependencies(["app"], of: "paging", module: data)
            == "Add `implementation project(':')` to the `dependencies` of core/paging/build.gradle: the files this stage moves import it")
    }

    @Test func anSbtProjectIsALazyValDependingOnItsModules() {
        let laws = module("laws", "sbt", root: "laws", manifest: "build.sbt")
        #expect(ModuleNaming.declaration(
            of: "traverseLaws", folder: "laws/traverseLaws", module: laws, newIsLower: true, dependencies: ["kernelLaws", "core"])
            == "Add `lazy val traverseLaws = (project in file(\"laws/traverseLaws\")).dependsOn(core, kernelLaws)` to build.sbt, "
                + "and add `traverseLaws` to laws's `.dependsOn(…)` in build.sbt")
        #expect(ModuleNaming.addedDependencies(["kernel"], of: "traverseLaws", module: laws)
            == "Add `kernel` to traverseLaws's `.dependsOn(…)` in build.sbt: the files this stage moves import it")
    }

    @Test func aMixAppDependsInItsUmbrellaAndStartsWhatElixirShips() {
        let web = module("web", "mix", root: "apps/web", manifest: "apps/web/mix.exs")
        #expect(ModuleNaming.declaration(of: "web_auth", folder: "apps/web_auth", module: web, newIsLower: true, dependencies: ["core"])
            == "Create the Mix project `apps/web_auth/mix.exs` (`app: :web_auth`), add `{:web_auth, in_umbrella: true}` to web's "
                + "(apps/web/mix.exs) `deps`, and add `{:core, in_umbrella: true}` to web_auth's (apps/web_auth/mix.exs) `deps`")
        let logger = module("logger", "mix", root: "lib/logger", manifest: "lib/logger/mix.exs")
        #expect(ModuleNaming.declaration(
            of: "logger_config", folder: "lib/logger_config", module: logger, newIsLower: false, dependencies: ["elixir", "plug"])
            == "Create the Mix project `lib/logger_config/mix.exs` (`app: :logger_config`), and add `{:plug, path: \"../plug\"}` "
                + "to logger_config's (lib/logger_config/mix.exs) `deps` and `:logger` to its `extra_applications`")
        #expect(ModuleNaming.addedDependencies(["elixir"], of: "logger_config", module: logger) == nil)
    }

    @Test func aDuneLibraryListsItsLibraries() {
        let trace = module("dune_trace", "dune", root: "src/dune_trace", manifest: "src/dune_trace/dune")
        #expect(ModuleNaming.declaration(of: "event", folder: "src/event", module: trace, newIsLower: true, dependencies: ["stdune", "dyn"])
            == "Create `src/event/dune` with `(library (name event) (libraries dyn stdune))`, and add `event` to dune_trace's "
                + "`(libraries …)` in src/dune_trace/dune (with a `public_name` for event if dune_trace has one: a public library "
                + "depends on public ones only)")
        #expect(ModuleNaming.addedDependencies(["memo"], of: "event", module: trace)
            == "Add `memo` to the `(libraries …)` of src/event/dune: the files this stage moves import it")
    }

    @Test func aCMakeLibraryIsASubdirectoryLinkingItsModules() {
        let catch2 = module("Catch2", "cmake", root: "src/catch2", manifest: "src/CMakeLists.txt")
        #expect(ModuleNaming.declaration(
            of: "matchers", folder: "src/catch2/matchers", module: catch2, newIsLower: true, dependencies: ["Catch2Base"])
            == "Create `src/catch2/matchers/CMakeLists.txt` with `add_library(matchers …)` listing its files, add "
                + "`add_subdirectory(catch2/matchers)` to src/CMakeLists.txt, add `target_link_libraries(Catch2 PUBLIC matchers)` "
                + "to src/CMakeLists.txt, and add `target_link_libraries(matchers PUBLIC Catch2Base)` to src/catch2/matchers/CMakeLists.txt")
    }

    @Test func aComposerPackageMapsItsNamespaceAndIsRequired() {
        let cache = module("illuminate/cache", "composer", root: "src/Illuminate/Cache", manifest: "src/Illuminate/Cache/composer.json")
        #expect(ModuleNaming.declaration(
            of: "Lock", folder: "src/Illuminate/Lock", module: cache, newIsLower: true, dependencies: ["illuminate/support"])
            == "Create `src/Illuminate/Lock/composer.json` (`\"name\": \"illuminate/lock\"`, "
                + "`\"autoload\": {\"psr-4\": {\"Illuminate\\\\Lock\\\\\": \"\"}}`: the namespace its files take), add `illuminate/lock` "
                + "to the `require` of src/Illuminate/Cache/composer.json, and add `illuminate/support` to the `require` of "
                + "src/Illuminate/Lock/composer.json")
        #expect(ModuleNaming.declaredName(ofNew: "AssetMapperCommand", module: cache) == "illuminate/asset-mapper-command")
        let app = module("acme/app", "composer", root: "", manifest: "composer.json")
        #expect(ModuleNaming.declaration(of: "Billing", folder: "Billing", module: app, newIsLower: false)
            == "Create `Billing/composer.json` (`\"name\": \"acme/billing\"`, the `autoload` entries of composer.json for its "
                + "files, which keep their paths below it), add `{\"type\": \"path\", \"url\": \"Billing\"}` to the `repositories` "
                + "of composer.json, and add `acme/app` to the `require` of Billing/composer.json")
    }
}
