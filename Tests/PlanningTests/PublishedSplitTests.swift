@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// A published module's names are its API (`PlanModule.isPublished`): a lower layer split off it stays re-exported
/// for good, and an upper layer says that its users lose the names it takes.
@Suite struct PublishedSplitTests {
    /// Core (SwiftPM, 3,100 lines): `Base/` is a lower layer the rest and the target `App` use (`Mid/` splits after it).
    private func lowerLayer(published: Bool, hidden: String? = nil) throws -> RemediationPlan {
        let file = { (path: String, lines: Int) in
            var file = PlanFile(path: "Sources/Core/\(path)", codeLines: lines, declaredNames: [path])
            if path.hasPrefix("Base/") { file.unpublishedBecause = hidden }
            return file
        }
        let use = { (from: String, to: String, weight: Int) in
            FileDependency(from: "Sources/Core/\(from)", to: "Sources/Core/\(to)", weight: weight, names: [to])
        }
        var module = PlanModule(
            name: "Core", ecosystem: "swiftpm", roots: ["Sources/Core"], manifest: "Package.swift",
            files: [file("Base/A.swift", 250), file("Base/B.swift", 250), file("Mid/x.swift", 250), file("Mid/y.swift", 250), file("Run.swift", 1100), file("Main.swift", 1000)],
            dependencies: [
                use("Base/A.swift", "Base/B.swift", 100), use("Base/B.swift", "Base/A.swift", 100),
                use("Run.swift", "Main.swift", 100), use("Main.swift", "Run.swift", 100),
                use("Run.swift", "Base/A.swift", 30), use("Main.swift", "Base/B.swift", 30), use("Mid/x.swift", "Mid/y.swift", 100),
                use("Mid/y.swift", "Mid/x.swift", 100), use("Run.swift", "Mid/x.swift", 10), use("Base/A.swift", "Mid/x.swift", 1), use("Mid/x.swift", "Base/A.swift", 5),
            ],
            callers: [Caller(path: "Sources/App/Use.swift", names: ["Base/A.swift"])])
        module.isPublished = published
        var input = try sizeInput(module, lines: 3100)
        input.imports = PlanImports(
            edges: ["App": ["Core"]], byFile: ["Sources/App/Use.swift": ["Core"]],
            owners: ["Sources/App/Use.swift": "App"])
        return Planner(settings: PlanSettings()).plan(input)
    }

    @Test func anUnpublishedModuleSwitchesItsCallersAndEndsTheForwarding() throws {
        let plan = try lowerLayer(published: false)

        #expect(plan.stages.flatMap(\.steps).contains("Add `@_exported import Base` to one file of Core, so callers keep building"))
        #expect(plan.stages.contains { $0.id.contains(":callers:") })
        #expect(plan.stages.contains { $0.id.hasSuffix(":forwarding") })
    }

    /// Users outside the repository import Core: the re-export is their way to the moved names.
    @Test func aPublishedModuleKeepsItsForwardingForGood() throws {
        let plan = try lowerLayer(published: true)

        #expect(plan.stages.flatMap(\.steps).contains(
            "Add `@_exported import Base` to one file of Core, so callers keep building; keep it for good: Core is "
                + "published, and its users reach these names through it"))
        #expect(!plan.stages.contains { $0.id.contains(":callers:") || $0.id.hasSuffix(":forwarding") })
    }

    /// crossbeam-channel's `mod flavors;` is private: its users can name nothing below it, and a split of it needs no
    /// major version, nor a forwarding kept for good.
    @Test func aPublishedModuleWhoseUsersCannotNameTheMovedFilesSplitsAsAnUnpublishedOne() throws {
        let plan = try lowerLayer(published: true, hidden: "`mod base;` at Sources/Core/Main.swift:3 is not `pub`")
        let steps = plan.stages.flatMap(\.steps)

        #expect(steps.contains("Add `@_exported import Base` to one file of Core, so callers keep building"))
        #expect(steps.contains(
            "No major version needed: Core's users can name nothing these files declare (`mod base;` at "
                + "Sources/Core/Main.swift:3 is not `pub`), so this split breaks none of them; publish Base with Core's "
                + "next release: Core depends on it now"))
        #expect(plan.stages.contains { $0.id.contains(":callers:") })
        let base = plan.stages.filter { $0.group.hasSuffix(":Base") }.flatMap(\.steps)
        #expect(!base.isEmpty && !base.contains { $0.contains("major version of") || $0.contains("keep it for good") })
        #expect(plan.stages.flatMap(\.steps).contains { $0.hasSuffix("keep it for good: Core is published, and its users reach these names through it") })
    }

    /// An upper layer takes names out of the package: nothing can pass them on, as that package would import it.
    @Test func anUpperLayerOfAPublishedModuleIsABreakingRelease() {
        var vapor = PlanModule(name: "Vapor", ecosystem: "swiftpm", roots: ["Sources/Vapor"], manifest: "Package.swift", files: [])

        #expect(ModuleNaming.passingOn(of: "Validation", from: vapor, newIsLower: false, hasCallers: false).isEmpty)
        vapor.isPublished = true
        #expect(ModuleNaming.passingOn(of: "Validation", from: vapor, newIsLower: false, hasCallers: false) == [
            "Release this split in a major version of Vapor: it is published, and its users who use the names these "
                + "files declare must depend on a product Validation, which Package.swift declares "
                + "(`.library(name: \"Validation\", targets: [\"Validation\"])`)",
        ])
        #expect(ModuleNaming.forwardingRemoval(of: "Validation", from: vapor) == nil)
        var scrape = PlanModule(name: "example.com/m/scrape", ecosystem: "go", roots: ["scrape"], manifest: "go.mod", files: [])
        scrape.isPublished = true
        let folder = ModuleNaming.folder(for: "metrics", module: scrape)
        #expect(ModuleNaming.passingOn(of: "metrics", from: scrape, newIsLower: false, hasCallers: true)
            .first?.hasSuffix("must import example.com/m/\(folder)") == true)
        var server = PlanModule(
            name: "@trpc/server", ecosystem: "npm", roots: ["packages/server"], manifest: "packages/server/package.json", files: [])
        server.isPublished = true
        #expect(ModuleNaming.passingOn(of: "adapters", from: server, newIsLower: false, hasCallers: false)
            .first?.hasSuffix("must add @trpc/adapters, published with that version, as a dependency") == true)
        #expect(ModuleNaming.passingOn(of: "observable", from: server, newIsLower: true, hasCallers: false).last
            == "Publish @trpc/observable with @trpc/server's next release: @trpc/server depends on it now")
    }

    /// Gradle passes an `api` dependency on to the modules using it: a published project keeps it `api`, and the new
    /// project is published with it; a SwiftPM target ships in the products depending on it.
    @Test func aPublishedLowerLayerIsPublishedWithTheModule() {
        var retrofit = PlanModule(name: ":retrofit", ecosystem: "gradle", roots: ["retrofit"], manifest: "settings.gradle", files: [])
        retrofit.isPublished = true

        let steps = ModuleNaming.passingOn(of: "call", from: retrofit, newIsLower: true, hasCallers: false)
        #expect(steps.first?.hasSuffix("keep it for good: :retrofit is published, and its users reach these names through it") == true)
        #expect(steps.last == "Publish call with :retrofit's next release: :retrofit depends on it now")
        #expect(ModuleNaming.forwardingRemoval(of: "call", from: retrofit) == nil)
        var core = PlanModule(name: "Core", ecosystem: "swiftpm", roots: ["Sources/Core"], manifest: "Package.swift", files: [])
        core.isPublished = true
        #expect(ModuleNaming.passingOn(of: "Base", from: core, newIsLower: true, hasCallers: false).count == 1)
    }

    /// A gem passes another on by requiring its files (the step declaring the new gem adds the dependency).
    @Test func aGemForwardsThroughItsGemspecAndEntryFile() {
        var sinatra = PlanModule(name: "sinatra", ecosystem: "gem", roots: ["lib"], manifest: "sinatra.gemspec", files: [])
        sinatra.isPublished = true

        #expect(ModuleNaming.forwarding(of: "sinatra-rack", from: sinatra)
            == "Require sinatra-rack's files from sinatra's entry file, so callers keep working; keep it for good: "
                + "sinatra is published, and its users reach these names through it")
    }

    /// A published distribution's users import from the modules the names were in, not only from its package.
    @Test func aPublishedDistributionKeepsItsModulePaths() {
        var jinja = PlanModule(name: "Jinja2", ecosystem: "python", roots: ["src"], manifest: "pyproject.toml", files: [])
        jinja.isPublished = true

        #expect(ModuleNaming.forwarding(of: "jinja2_assign", from: jinja)?.hasPrefix(
            "Import the moved names back into each module they leave (`from jinja2_assign import …`; a module that "
                + "moves whole stays behind as a stub of such imports), so callers keep importing them from where they were") == true)
    }

    /// A moved Rust file keeps its path below `src/`: a `use` where its `mod` and `pub use` lines were keeps every
    /// path to it.
    @Test func aCrateKeepsTheMovedItemsAtTheirPaths() {
        let stream = PlanModule(name: "tokio-stream", ecosystem: "cargo", roots: ["tokio-stream"], manifest: "tokio-stream/Cargo.toml", files: [])

        #expect(ModuleNaming.forwarding(of: "tokio-stream-ext", from: stream)
            == "Leave in tokio-stream a `pub use` of tokio_stream_ext for each moved `pub use` line (`pub use x::Item;` → "
                + "`pub use tokio_stream_ext::Item;`) and a `use` of the same visibility for each moved `mod` line a path "
                + "names (`mod x;` → `use tokio_stream_ext::…::x;`, its `mod` line made `pub` in tokio_stream_ext), so "
                + "every path that named the moved items keeps building")
    }
}
