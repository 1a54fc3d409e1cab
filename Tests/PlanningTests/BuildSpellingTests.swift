import PlanNaming
@testable import Planning
import Testing

/// Builds whose modules are entries of a parent build declare a new module as accrue reads them back: a Maven
/// `<module>` and its pom, a Gradle `include` and build file, an sbt `lazy val`, a Mix project, a dune `library`, a
/// CMake `add_library` below an `add_subdirectory`, a Composer package with its PSR-4 prefix, a Bazel package, a Cabal
/// package or internal library, a pub package (a workspace's member), a Clojure `deps.edn` or Leiningen project
/// (BuildSpellingRoundTripTests writes them and reads them back), an Xcode framework target.
@Suite struct BuildSpellingTests {
    private func module(
        _ name: String, _ ecosystem: String, root: String, manifest: String, files: [String] = [], workspace: String = ""
    ) -> PlanModule {
        PlanModule(
            name: name, ecosystem: ecosystem, roots: [root], manifest: manifest,
            files: files.map { PlanFile(path: $0, codeLines: 10) }, workspace: workspace)
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
        // elixir-plug/plug: the project at the repository's root is the folder above the new one.
        let plug = module("plug", "mix", root: "", manifest: "mix.exs")
        #expect(ModuleNaming.declaration(of: "plug_parsers", folder: "plug_parsers", module: plug, newIsLower: false)
            == "Create the Mix project `plug_parsers/mix.exs` (`app: :plug_parsers`), and add `{:plug, path: \"..\"}` to "
                + "plug_parsers's (plug_parsers/mix.exs) `deps`")
        // phoenix: the project at the root names its new lower layer by the folder below it.
        let phoenix = module("phoenix", "mix", root: "", manifest: "mix.exs")
        #expect(ModuleNaming.declaration(of: "phoenix_route", folder: "phoenix_route", module: phoenix, newIsLower: true)
            == "Create the Mix project `phoenix_route/mix.exs` (`app: :phoenix_route`), and add `{:phoenix_route, path: "
                + "\"phoenix_route\"}` to phoenix's (mix.exs) `deps`")
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

    @Test func anXcodeTargetSplitsIntoAFrameworkTargetOfItsProject() {
        // iina's app target, 30,000 lines in iina/: a framework beside it, linked by the app.
        let iina = module("iina", "xcode", root: "iina", manifest: "iina.xcodeproj/project.pbxproj")
        #expect(ModuleNaming.folder(for: "PlayerCore", module: iina) == "PlayerCore")
        #expect(ModuleNaming.declaration(
            of: "PlayerCore", folder: "PlayerCore", module: iina, newIsLower: true, dependencies: ["Mustache"])
            == "Add a framework target `PlayerCore` to iina.xcodeproj (File ▸ New ▸ Target) compiling the files moved to "
                + "`PlayerCore/`, add `PlayerCore` to the Frameworks and Libraries of `iina`, and add `Mustache` to the "
                + "Frameworks and Libraries of `PlayerCore`")
        #expect(ModuleNaming.addedDependencies(["Shared"], of: "PlayerCore", module: iina)
            == "Add `Shared` to the Frameworks and Libraries of `PlayerCore`: the files this stage moves import it")
        // A target holding files by their paths (home-assistant's App beside Shared's files in Sources/App/).
        let app = module("App", "xcode", root: "Sources/App/AppDelegate.swift", manifest: "HomeAssistant.xcodeproj/project.pbxproj",
            files: ["Sources/App/AppDelegate.swift"])
        #expect(ModuleNaming.folder(for: "Onboarding", module: app) == "Sources/Onboarding")
    }

    @Test func aComposerPackageMapsItsNamespaceAndIsRequired() {
        let cache = module("illuminate/cache", "composer", root: "src/Illuminate/Cache", manifest: "src/Illuminate/Cache/composer.json")
        #expect(ModuleNaming.declaration(
            of: "Lock", folder: "src/Illuminate/Lock", module: cache, newIsLower: true, dependencies: ["illuminate/support"])
            == "Create `src/Illuminate/Lock/composer.json` (`\"name\": \"illuminate/lock\"`, "
                + "`\"autoload\": {\"psr-4\": {\"Illuminate\\\\Cache\\\\\": \"\"}}`: the namespace of illuminate/cache, which its "
                + "files keep below it), add `illuminate/lock` "
                + "to the `require` of src/Illuminate/Cache/composer.json, and add `illuminate/support` to the `require` of "
                + "src/Illuminate/Lock/composer.json")
        #expect(ModuleNaming.declaredName(ofNew: "AssetMapperCommand", module: cache) == "illuminate/asset-mapper-command")
        let app = module("acme/app", "composer", root: "", manifest: "composer.json")
        #expect(ModuleNaming.declaration(of: "Billing", folder: "Billing", module: app, newIsLower: false)
            == "Create `Billing/composer.json` (`\"name\": \"acme/billing\"`, the `autoload` entries of composer.json for its "
                + "files, which keep their paths below it), add `{\"type\": \"path\", \"url\": \"Billing\"}` to the `repositories` "
                + "of composer.json, and add `acme/app` to the `require` of Billing/composer.json")
    }

    @Test func aBazelPackageIsABuildFileWithARuleOfItsLanguageAndItsLabels() {
        let strings = module(
            "//absl/strings", "bazel", root: "absl/strings", manifest: "absl/strings/BUILD.bazel",
            files: ["absl/strings/cord.cc", "absl/strings/cord.h", "absl/strings/BUILD.bazel"])
        #expect(ModuleNaming.declaredName(ofNew: "cord", module: strings) == "//absl/cord")
        #expect(ModuleNaming.declaration(
            of: "cord", folder: "absl/cord", module: strings, newIsLower: true, dependencies: ["//absl/base"])
            == "Create `absl/cord/BUILD.bazel` with `cc_library(name = \"cord\", srcs = […], hdrs = […], deps = "
                + "[\"//absl/base\"])` listing its files and with the `visibility` of the rules in absl/strings/BUILD.bazel, "
                + "and add `\"//absl/cord\"` to the `deps` of the rules in absl/strings/BUILD.bazel whose files use it")
        // Below a nested workspace, labels start at it; a package of Python files is a `py_library`.
        let main = module(
            "examples/py//app", "bazel", root: "examples/py/app", manifest: "examples/py/app/BUILD", files: ["examples/py/app/a.py"])
        #expect(ModuleNaming.declaredName(ofNew: "greet", module: main) == "examples/py//greet")
        #expect(ModuleNaming.declaration(of: "greet", folder: "examples/py/greet", module: main, newIsLower: false)
            == "Create `examples/py/greet/BUILD` with `py_library(name = \"greet\", srcs = […], deps = [\"//app\"])` listing "
                + "its files and with the `visibility` of the rules in examples/py/app/BUILD")
        #expect(ModuleNaming.addedDependencies(["examples/py//lib", "//"], of: "greet", module: main)
            == "Add `\"//:<target>\"`, `\"//lib\"` to the `deps` of examples/py/greet/BUILD: the files this stage moves import them")
    }

    @Test func aCabalPackageIsListedInTheProjectAndAnInternalLibraryIsAStanza() {
        let lua = module(
            "pandoc-lua-engine", "cabal", root: "pandoc-lua-engine", manifest: "pandoc-lua-engine/pandoc-lua-engine.cabal",
            workspace: "cabal.project")
        #expect(ModuleNaming.folder(for: "lua-filters", module: lua) == "lua-filters")
        #expect(ModuleNaming.declaration(of: "lua-filters", folder: "lua-filters", module: lua, newIsLower: true, dependencies: ["pandoc"])
            == "Create `lua-filters/lua-filters.cabal` (`name: lua-filters`, a `library` with the moved modules as "
                + "`exposed-modules`, `build-depends: base, pandoc` and the `hs-source-dirs` of "
                + "pandoc-lua-engine/pandoc-lua-engine.cabal), add `lua-filters` to the `packages:` of cabal.project, and add "
                + "`lua-filters` to the `build-depends` of the `library` of pandoc-lua-engine/pandoc-lua-engine.cabal")
        let aeson = module("aeson", "cabal", root: "", manifest: "aeson.cabal")
        #expect(ModuleNaming.declaration(of: "aeson-types", folder: "aeson-types", module: aeson, newIsLower: false)
            == "Create `aeson-types/aeson-types.cabal` (`name: aeson-types`, a `library` with the moved modules as "
                + "`exposed-modules`, `build-depends: base, aeson` and the `hs-source-dirs` of aeson.cabal), create "
                + "`cabal.project` with `packages: . aeson-types`")
        let plugin = module(
            "hls-class-plugin", "cabal", root: "plugins/hls-class-plugin", manifest: "haskell-language-server.cabal",
            files: ["plugins/hls-class-plugin/src/Ide/Plugin/Class.hs"])
        #expect(ModuleNaming.declaration(of: "hls-class-types", folder: "plugins/hls-class-types", module: plugin, newIsLower: true)
            == "Add `library hls-class-types` to haskell-language-server.cabal (`hs-source-dirs: plugins/hls-class-types/src`, "
                + "the moved modules as `exposed-modules`, `build-depends: base`), and add `hls-class-types` to the "
                + "`build-depends` of `library hls-class-plugin` in haskell-language-server.cabal")
        let hpack = module("stack-core", "cabal", root: "core", manifest: "core/package.yaml", workspace: "stack.yaml")
        #expect(ModuleNaming.addedDependencies(["pantry"], of: "stack-build", module: hpack)
            == "Add `pantry` to the `dependencies` of stack-build/package.yaml: the files this stage moves import it")
    }

    @Test func aPubPackageJoinsItsWorkspaceOrIsDependedOnByPath() {
        let bloc = module("bloc", "pub", root: "packages/bloc", manifest: "packages/bloc/pubspec.yaml", workspace: "pubspec.yaml")
        #expect(ModuleNaming.declaration(of: "bloc_core", folder: "packages/bloc_core", module: bloc, newIsLower: true, dependencies: ["meta"])
            == "Create `packages/bloc_core/pubspec.yaml` (`name: bloc_core`, `resolution: workspace`, the `environment` of "
                + "packages/bloc/pubspec.yaml), add `packages/bloc_core` to the `workspace:` of pubspec.yaml, add "
                + "`bloc_core: any` to the `dependencies` of packages/bloc/pubspec.yaml, and add `meta: any` to the "
                + "`dependencies` of packages/bloc_core/pubspec.yaml")
        // felangel/bloc: `bloc (pub)` is told apart from the VS Code extension's `bloc (npm)`; its pubspec names `bloc`.
        let alone = module("bloc (pub)", "pub", root: "packages/bloc", manifest: "packages/bloc/pubspec.yaml")
        #expect(ModuleNaming.declaration(of: "bloc_core", folder: "packages/bloc_core", module: alone, newIsLower: false)
            == "Create `packages/bloc_core/pubspec.yaml` (`name: bloc_core`, the `environment` of packages/bloc/pubspec.yaml), "
                + "and add `bloc: {path: ../bloc}` to the `dependencies` of packages/bloc_core/pubspec.yaml")
    }

    @Test func aClojureProjectNamesItsLocalRootsOrItsLeiningenCoordinates() {
        let backend = module("backend", "clojure", root: "backend", manifest: "backend/deps.edn")
        #expect(ModuleNaming.declaration(
            of: "backend-rpc", folder: "backend-rpc", module: backend, newIsLower: true, dependencies: ["common", "root"])
            == "Create `backend-rpc/deps.edn` with `{:deps {common/common {:local/root \"../common\"} root/root {:local/root "
                + "\"..\"}}}` and the `:paths` of backend/deps.edn, and add `backend-rpc/backend-rpc {:local/root "
                + "\"../backend-rpc\"}` to the `:deps` of backend/deps.edn")
        // ring: lein-sub builds the sub-projects its root lists in `:sub`.
        var ring = module("ring-core", "clojure", root: "ring-core", manifest: "ring-core/project.clj", workspace: "project.clj")
        #expect(ModuleNaming.declaration(of: "ring-x", folder: "ring-x", module: ring, newIsLower: false, dependencies: ["ring-codec"])
            == "Create `ring-x/project.clj` with `(defproject <group>/ring-x \"<version>\" :dependencies [[<group>/ring-codec "
                + "\"<version>\"] [<group>/ring-core \"<version>\"]])` (`<group>` and `<version>` as in ring-core/project.clj), "
                + "add `\"ring-x\"` to the `:sub` of project.clj")
        // The old project's text gives its group and version, and the coordinates of the projects it depends on.
        ring.coordinates = ["ring-core": "ring/ring-core \"1.15.5\"", "ring-codec": "ring/ring-codec \"1.3.0\""]
        #expect(ModuleNaming.declaration(of: "ring-x", folder: "ring-x", module: ring, newIsLower: true, dependencies: ["ring-codec"])
            == "Create `ring-x/project.clj` with `(defproject ring/ring-x \"1.15.5\" :dependencies [[ring/ring-codec \"1.3.0\"]])`, "
                + "add `\"ring-x\"` to the `:sub` of project.clj, and add `[ring/ring-x \"1.15.5\"]` to the `:dependencies` of "
                + "ring-core/project.clj")
        // A bare `ring` is its own group; a version from a form is not read, nor a project the old one does not name.
        var root = module("ring", "clojure", root: "", manifest: "project.clj")
        root.coordinates = ["ring": "ring"]
        #expect(ModuleNaming.declaration(of: "ring-y", folder: "ring-y", module: root, newIsLower: false, dependencies: ["ring-z"])
            == "Create `ring-y/project.clj` with `(defproject ring/ring-y \"<version>\" :dependencies [[ring \"<version>\"] "
                + "[<group>/ring-z \"<version>\"]])` (`<group>` and `<version>` as in project.clj)")
        // A Polylith brick names no bricks; the development project and the projects bring it in.
        let util = module("util", "clojure", root: "components/util", manifest: "components/util/deps.edn", workspace: "workspace.edn")
        #expect(ModuleNaming.declaration(
            of: "colorizer", folder: "components/colorizer", module: util, newIsLower: true, dependencies: ["common"])
            == "Create `components/colorizer/deps.edn` with `{:deps {}}` and the `:paths` of components/util/deps.edn (a Polylith "
                + "brick names no bricks), add `colorizer/colorizer {:local/root \"components/colorizer\"}` to the `:extra-deps` "
                + "of the `:dev` alias in deps.edn and `colorizer/colorizer {:local/root \"../../components/colorizer\"}` to the "
                + "`:deps` of each projects/*/deps.edn that brings in components/util")
        #expect(ModuleNaming.addedDependencies(["file"], of: "colorizer", module: util) == nil)
    }
}
