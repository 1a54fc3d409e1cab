import Manifests
import BuildManifests
import ModuleGraph
import Testing

/// ModuleCoverage's thresholds over literal trees: when the unowned rest becomes modules and when it does not.
@Suite struct CoverageRulesTests {
    private let settings = ModuleSettings(
        budget: .init(warning: 2000, error: 3000), testPaths: [], unownedShare: 0.25,
        ecosystemLanguages: ["go": ["Go"], "swiftpm": ["Swift"], "cmake": ["C"]])

    private func discover(_ files: [String: (language: String, code: Int)], manifests: [String: String]) throws -> (
        names: [String], warnings: [String]
    ) {
        let context = ManifestHarness.context(manifests.merging(files.mapValues { _ in "" }) { manifest, _ in manifest })
        let scanned = files.map { ModuleCoverage.File(path: $0.key, language: $0.value.language, codeLines: $0.value.code) }
        let result = ModuleCoverage(settings: settings).discover(context: context, files: scanned)
        return (result.modules.map(\.name), result.warnings.map(\.description))
    }

    private let package = """
        // swift-tools-version: 6.0
        import PackageDescription
        let package = Package(name: "P", targets: [.target(name: "Lib")])
        """

    @Test func anUnownedRestBelowTheShareStaysUnowned() throws {
        let files = ["Sources/Lib/Lib.swift": ("Swift", 900), "Example/App.swift": ("Swift", 200), "main.swift": ("Swift", 10)]

        let result = try discover(files, manifests: ["Package.swift": package])

        #expect(result.names == ["Lib"])
    }

    @Test func anUnownedRestFromTheShareOnGetsModules() throws {
        let files = ["Sources/Lib/Lib.swift": ("Swift", 600), "Example/App.swift": ("Swift", 300), "main.swift": ("Swift", 10)]

        let result = try discover(files, manifests: ["Package.swift": package])

        #expect(result.names == ["(root)", "Example", "Lib"])
    }

    @Test func aRootModuleKeepsItsOwnLanguageAndLeavesAFewScriptsUnowned() throws {
        let files = ["main.go": ("Go", 500), "internal/x/x.go": ("Go", 400), "scripts/build.sh": ("Bourne Shell", 100)]
        let context = ManifestHarness.context(
            files.mapValues { _ in "" }.merging(["go.mod": "module example.com/tool\n"]) { _, manifest in manifest })
        let scanned = files.map { ModuleCoverage.File(path: $0.key, language: $0.value.0, codeLines: $0.value.1) }

        let result = ModuleCoverage(settings: settings).discover(context: context, files: scanned)

        // 10 % of the code is below the share: the script gets no module, and the Go module does not hold it.
        #expect(result.modules.map { "\($0.name) \($0.roots)" } == [
            "example.com/tool [\"main.go\"]", "example.com/tool/internal/x [\"internal/x\"]",
        ])
    }

    @Test func aRootProjectWithoutCodeOfItsLanguageKeepsItsManifest() throws {
        // retrofit: the Gradle root project holds only its website (stylesheets and scripts) through the root.
        let gradle = ModuleSettings(
            budget: settings.budget, testPaths: [], unownedShare: 0.25, ecosystemLanguages: ["gradle": ["Java"]])
        let files: [String: (String, Int, Bool)] = [
            "lib/src/main/java/A.java": ("Java", 900, true), "website/app.css": ("CSS", 500, true),
            "website/app.js": ("JavaScript", 30, true), "README.md": ("Markdown", 200, false),
            "settings.gradle": ("Gradle", 2, true),
        ]
        let manifests = ["settings.gradle": "rootProject.name = 'site'\ninclude ':lib'\n", "lib/build.gradle": ""]
        let context = ManifestHarness.context(manifests.merging(files.mapValues { _ in "" }) { manifest, _ in manifest })
        let scanned = files.map { ModuleCoverage.File(path: $0.key, language: $0.value.0, codeLines: $0.value.1, isCode: $0.value.2) }

        let result = ModuleCoverage(settings: gradle).discover(context: context, files: scanned)

        #expect(result.modules.map { "\($0.name) \($0.roots)" } == [":lib [\"lib\"]", "site [\"settings.gradle\"]"])
    }

    @Test func twoRootManifestsOfTwoEcosystemsEachKeepOnlyTheirOwnLanguages() throws {
        // penpot: a root package.json and a root deps.edn (for clojure-lsp); a Shell script neither builds stays unowned.
        let twoEcosystems = ModuleSettings(
            budget: settings.budget, testPaths: [], unownedShare: 0.25,
            ecosystemLanguages: ["npm": ["JavaScript"], "clojure": ["Clojure"]])
        let files: [String: (String, Int)] = [
            "common/src/app/data.clj": ("Clojure", 900), "scripts/run.mjs": ("JavaScript", 40),
            "hooks/export.clj": ("Clojure", 20), "manage.sh": ("Bourne Shell", 100),
        ]
        let manifests = [
            "package.json": #"{"name": "penpot", "private": true}"#,
            "deps.edn": #"{:deps {dev/common {:local/root "common"}}}"#, "common/deps.edn": #"{:paths ["src"]}"#,
        ]
        let context = ManifestHarness.context(manifests.merging(files.mapValues { _ in "" }) { manifest, _ in manifest })
        let scanned = files.map { ModuleCoverage.File(path: $0.key, language: $0.value.0, codeLines: $0.value.1) }

        let result = ModuleCoverage(settings: twoEcosystems).discover(context: context, files: scanned)

        #expect(result.modules.map { "\($0.name) \($0.roots)" } == [
            "common [\"common\"]", "penpot [\"scripts\"]", "root [\"hooks\"]",
        ])
    }

    @Test func aRootModuleInAnotherLanguageKeepsOnlyItsOwnFiles() throws {
        let files = ["main.go": ("Go", 100), "web/app.ts": ("TypeScript", 900)]

        let result = try discover(files, manifests: ["go.mod": "module example.com/tool\n"])

        #expect(result.names == ["example.com/tool", "web"])
    }

    @Test func anInterfaceTargetOthersLinkIsKeptThoughItOwnsNothing() throws {
        let lib = "add_library(core STATIC core.c)\ntarget_link_libraries(core api)\n"
        let files = ["lib/core.c": ("C", 100)]

        let result = try discover(
            files, manifests: ["lib/CMakeLists.txt": lib, "api/CMakeLists.txt": "add_library(api INTERFACE)\n"])

        #expect(result.names == ["api", "core"])
        #expect(result.warnings.isEmpty)
    }

    @Test func aRootTargetWithUnreadSourcesLeavesTheRestToFolderModules() throws {
        let cmake = "file(STRINGS Makefile SRCS)\nadd_executable(bench ${SRCS} bench.c)\nadd_library(core core.c)\n"
        let files = ["core.c": ("C", 100), "bench.c": ("C", 50), "tools/x.c": ("C", 300), "extra.c": ("C", 200)]

        let result = try discover(files, manifests: ["CMakeLists.txt": cmake])

        // bench held the repository root, so every file core does not list: tools/x.c, extra.c.
        #expect(result.names == ["(root)", "bench", "core", "tools"])
        #expect(result.warnings == [
            "CMakeLists.txt:2: target bench: sources '${SRCS}' cannot be read as text; "
                + "it owns only the files it lists by name, not the repository root",
        ])
    }

    @Test func modulesSharingANameAreNamedApartAndDependenciesFindTheirOwn() throws {
        // git/git: a Cargo crate `libgit`, and a CMake target `libgit` others link, built from a Makefile list.
        let cmake = """
            add_library(libgit ${FROM_MAKEFILE})
            add_library(common-main OBJECT ../main.c)
            target_link_libraries(common-main libgit)
            """
        let cargo = "[package]\nname = \"libgit\"\nversion = \"0.1.0\"\n"
        let context = ManifestHarness.context([
            "build/CMakeLists.txt": cmake, "contrib/rs/Cargo.toml": cargo, "contrib/rs/src/lib.rs": "", "main.c": "",
        ])
        let scanned = [
            ModuleCoverage.File(path: "contrib/rs/src/lib.rs", language: "Rust", codeLines: 100),
            ModuleCoverage.File(path: "main.c", language: "C", codeLines: 50),
        ]

        let result = ModuleCoverage(settings: settings).discover(context: context, files: scanned)

        // The CMake target owns no file but is kept: common-main, in its manifest, links it (not the crate).
        #expect(result.modules.map { "\($0.name) deps=\($0.dependencies)" } == [
            "common-main deps=[\"libgit (cmake)\"]", "libgit (cargo) deps=[]", "libgit (cmake) deps=[]",
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func npmPackagesNoWorkspaceListsAreModulesOfTheirOwnUnlessTests() throws {
        let tests = ModuleSettings(budget: settings.budget, testPaths: ["**/test/**"], unownedShare: 0.25)
        let manifests = [
            "package.json": #"{"name": "monorepo", "workspaces": ["packages/*"]}"#,
            "packages/create/package.json": #"{"name": "create-app", "bin": "index.js"}"#,
            "packages/create/template-react/package.json": #"{"name": "react-starter", "private": true}"#,
            "packages/create/test/fixture/package.json": #"{"name": "fixture"}"#,
            "packages/create/esm/package.json": #"{"type": "module"}"#,
            "packages/create/node_modules/dep/package.json": #"{"name": "dep"}"#,
        ]
        let files = [
            "packages/create/index.js": ("JavaScript", 300), "packages/create/template-react/src/App.jsx": ("JSX", 40),
            "packages/create/test/fixture/a.js": ("JavaScript", 5), "packages/create/esm/b.js": ("JavaScript", 5),
            "packages/create/node_modules/dep/c.js": ("JavaScript", 5),
        ]
        let context = ManifestHarness.context(manifests.merging(files.mapValues { _ in "" }) { manifest, _ in manifest })
        let scanned = files.map { ModuleCoverage.File(path: $0.key, language: $0.value.0, codeLines: $0.value.1) }

        let result = ModuleCoverage(settings: tests).discover(context: context, files: scanned)

        // The template is a package of its own (create-app is measured without it); the test fixture, the nameless
        // marker and node_modules stay with create-app; the root's tooling owns no file.
        #expect(result.modules.map { "\($0.name) \($0.roots)" } == [
            "create-app [\"packages/create\"]", "react-starter [\"packages/create/template-react\"]",
        ])
    }
}

@Suite struct TestPathsTests {
    /// A JVM source set's package folders are no layout: `com.google.samples` is no `samples/` folder (nowinandroid).
    @Test func aJVMPackageFolderIsNoTestFolder() {
        let tests = TestPaths(["**/samples/**", "**/example/**", "**/src/test/**", "*Test.kt"])

        #expect(!tests.contains("core/ui/src/main/kotlin/com/google/samples/apps/nia/core/ui/NewsFeed.kt"))
        #expect(!tests.contains("app/src/main/java/com/example/app/Main.java"))
        #expect(tests.contains("core/ui/src/test/kotlin/com/google/samples/apps/nia/core/ui/NewsFeedTest.kt"))
        #expect(tests.contains("core/ui/src/main/kotlin/com/acme/ui/NewsFeedTest.kt"))
        #expect(tests.contains("samples/app/src/main/kotlin/com/acme/Main.kt"))
        #expect(tests.contains("samples/Main.kt"))
    }
}
