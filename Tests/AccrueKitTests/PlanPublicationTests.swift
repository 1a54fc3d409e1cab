@testable import AccruePlan
import ModuleGraph
import Testing

/// Which modules users outside the repository depend on, read from their manifests' text.
@Suite struct PlanPublicationTests {
    private func published(
        _ name: String, _ ecosystem: String, manifest: String, kind: ModuleDeclaration.Kind = .library,
        roots: [String] = [""], files: [String: String]
    ) -> Bool {
        let module = ModuleDeclaration(name: name, ecosystem: ecosystem, kind: kind, roots: roots, manifest: manifest, line: 1)
        return PlanPublication.isPublished(module) { files[$0].map { Array($0.utf8) } }
    }

    @Test func aCrateIsPublishedUnlessItSaysOtherwise() {
        #expect(published("axum", "cargo", manifest: "axum/Cargo.toml", files: ["axum/Cargo.toml": "[package]\nname = \"axum\"\n"]))
        #expect(published("axum-macros", "cargo", manifest: "m/Cargo.toml", kind: .plugin, files: ["m/Cargo.toml": "[lib]\nproc-macro = true\n"]))
        #expect(!published("examples", "cargo", manifest: "e/Cargo.toml", files: ["e/Cargo.toml": "[package]\npublish = false\n"]))
        #expect(!published("internal", "cargo", manifest: "i/Cargo.toml", files: ["i/Cargo.toml": "[package]\n  publish = [ ]\n"]))
        #expect(published("x", "cargo", manifest: "x/Cargo.toml", files: ["x/Cargo.toml": "publish-docs = false\n"]))
        #expect(!published("cli", "cargo", manifest: "c/Cargo.toml", kind: .executable, files: ["c/Cargo.toml": "[package]\n"]))
    }

    @Test func anNpmPackageIsPublishedUnlessPrivate() {
        #expect(published("@trpc/server", "npm", manifest: "p/package.json", files: ["p/package.json": "{\n  \"name\": \"@trpc/server\"\n}"]))
        #expect(!published("www", "npm", manifest: "www/package.json", files: ["www/package.json": "{\n  \"name\": \"www\",\n  \"private\": true,\n}"]))
        // A Deno package JSR publishes: a name and exports (denoland/std's `@std/assert`).
        #expect(published("@std/assert", "deno", manifest: "assert/deno.json", files: [
            "assert/deno.json": #"{"name": "@std/assert", "exports": {".": "./mod.ts"}}"#]))
        #expect(!published("app", "deno", manifest: "deno.json", files: ["deno.json": #"{"name": "app", "tasks": {}}"#]))
    }

    @Test func aSwiftPMTargetIsPublishedWhenALibraryProductListsIt() {
        let manifest = """
            let package = Package(
                name: "vapor",
                products: [
                    .library(name: "Vapor", targets: ["Vapor"]),
                    .executable(name: "Development", targets: ["Development"]),
                ],
                targets: [.target(name: "Vapor", dependencies: [.product(name: "NIO", package: "swift-nio")]), .target(name: "Shared")]
            )
            """
        #expect(published("Vapor", "swiftpm", manifest: "Package.swift", files: ["Package.swift": manifest]))
        #expect(!published("Shared", "swiftpm", manifest: "Package.swift", files: ["Package.swift": manifest]))
        // A manifest cut off in a product reads as far as it goes.
        #expect(published("A", "swiftpm", manifest: "Package.swift", files: ["Package.swift": ".library(name: \"A\", targets: [\"A\""]))
        #expect(!published("B", "swiftpm", manifest: "Package.swift", files: ["Package.swift": ".library(.library("]))
        // swift-collections computes its products from its helper's targets: any library target may be one.
        let computed = "let _products: [Product] = targets.compactMap { t in .library(name: t.name, targets: [t.name]) }"
        #expect(published("DequeModule", "swiftpm", manifest: "Package.swift", files: ["Package.swift": computed]))
    }

    @Test func aGradleProjectIsPublishedWhenItsBuildPublishesIt() {
        let settings = ["settings.gradle": "include ':retrofit'"]
        // koin's projects apply a shared script that applies maven-publish.
        #expect(published(":core:koin-core", "gradle", manifest: "settings.gradle", roots: ["core/koin-core"], files: [
            "settings.gradle": "include ':core:koin-core'", "core/koin-core/build.gradle.kts": "apply(from = file(\"../../gradle/publish.gradle.kts\"))\n",
            "gradle/publish.gradle.kts": "apply(plugin = \"maven-publish\")\n"]))
        #expect(!published(":app", "gradle", manifest: "settings.gradle", roots: ["app"], files: [
            "settings.gradle": "include ':app'", "app/build.gradle": "apply from: '../gradle/lint.gradle'\n", "gradle/lint.gradle": "apply plugin: 'checkstyle'\n"]))
        #expect(published(":retrofit", "gradle", manifest: "settings.gradle", roots: ["retrofit"], files: settings.merging([
            "retrofit/build.gradle": "apply plugin: 'com.vanniktech.maven.publish'\n"]) { a, _ in a }))
        #expect(published(":okio", "gradle", manifest: "settings.gradle", roots: ["okio"], files: settings.merging([
            "okio/gradle.properties": "POM_ARTIFACT_ID=okio\n"]) { a, _ in a }))
        #expect(!published(":samples", "gradle", manifest: "settings.gradle", roots: ["samples"], files: settings.merging([
            "samples/build.gradle": "apply plugin: 'java-library'\n"]) { a, _ in a }))
    }

    @Test func otherRegistriesSayItInTheirManifests() {
        #expect(published("devise", "gem", manifest: "devise.gemspec", files: ["devise.gemspec": "Gem::Specification.new"]))
        #expect(published("nikic/php-parser", "composer", manifest: "composer.json", files: ["composer.json": "{\"name\": \"nikic/php-parser\"}"]))
        #expect(!published("laravel/laravel", "composer", manifest: "composer.json", files: ["composer.json": "{\n  \"type\": \"project\"\n}"]))
        #expect(!published("app", "pub", manifest: "pubspec.yaml", files: ["pubspec.yaml": "name: app\npublish_to: 'none'\n"]))
        #expect(published("black", "python", manifest: "pyproject.toml", files: ["pyproject.toml": "[build-system]\nrequires = []\n"]))
        #expect(!published("site", "python", manifest: "pyproject.toml", files: ["pyproject.toml": "[tool.ruff]\n"]))
        #expect(published("ecto", "mix", manifest: "mix.exs", files: ["mix.exs": "def project do\n  [\n    package: package(),\n"]))
        #expect(published("Newtonsoft.Json", "dotnet", manifest: "N.csproj", files: ["N.csproj": "<PackageId>Newtonsoft.Json</PackageId>"]))
        #expect(published("github.com/go-chi/chi/v5", "go", manifest: "go.mod", files: ["go.mod": "module github.com/go-chi/chi/v5"]))
        #expect(!published("github.com/a/b/internal/x", "go", manifest: "go.mod", files: ["go.mod": "module github.com/a/b"]))
        #expect(published("gson", "maven", manifest: "gson/pom.xml", files: ["gson/pom.xml": "<project/>"]))
        #expect(!published("bench", "maven", manifest: "b/pom.xml", files: ["b/pom.xml": "<maven.deploy.skip>true</maven.deploy.skip>"]))
        #expect(published("pandoc", "cabal", manifest: "pandoc.cabal", files: ["pandoc.cabal": "library\n"]))
        #expect(published("telescope", "luarocks", manifest: "t-scm-1.rockspec", files: ["t-scm-1.rockspec": "package = 't'"]))
        #expect(!published("core", "sbt", manifest: "build.sbt", files: ["build.sbt": "lazy val core = project"]))
        let cmake = "add_library(spdlog src/a.cpp)\nadd_library(bench b.cpp)\ninstall(\n    TARGETS spdlog spdlog_header_only\n    EXPORT spdlog)\n"
        #expect(published("spdlog", "cmake", manifest: "CMakeLists.txt", files: ["CMakeLists.txt": cmake]))
        #expect(!published("bench", "cmake", manifest: "CMakeLists.txt", files: ["CMakeLists.txt": cmake]))
    }

    /// `.accrue.yml` says otherwise where a manifest does not tell it right.
    @Test func theConfigurationOverridesTheManifest() {
        var settings = ModuleSettings(budget: .init(warning: 2000, error: 3000), testPaths: [])
        settings.published = ["Core"]
        settings.unpublished = ["site"]
        let module = { (name: String) in ModuleDeclaration(name: name, ecosystem: "npm", roots: [name], manifest: "\(name)/package.json", line: 1) }
        let read = { (path: String) -> [UInt8]? in Array((path.hasPrefix("site") ? "{\"name\": \"site\"}" : "{\"private\": true}").utf8) }

        #expect(PlanPublication.isPublished(module("Core"), settings: settings, read: read))
        #expect(!PlanPublication.isPublished(module("site"), settings: settings, read: read))
        #expect(!PlanPublication.isPublished(module("other"), settings: settings, read: read))
    }
}
