@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// A new module depends on the modules of the repository its files import, as its ecosystem's manifest lists them:
/// without them the target a split declares does not build (swift-syntax's SyntaxRefactoringProvider's files import
/// SwiftSyntax and SwiftBasicFormat).
@Suite struct NewModuleDependencyTests {
    private func module(_ name: String, _ ecosystem: String, manifest: String) -> PlanModule {
        PlanModule(name: name, ecosystem: ecosystem, roots: [], manifest: manifest, files: [])
    }

    @Test func aSwiftTargetListsItsDependenciesInItsDeclaration() {
        let refactor = PlanModule(
            name: "SwiftRefactor", ecosystem: "swiftpm", roots: ["Sources/SwiftRefactor"], manifest: "Package.swift", files: [])
        #expect(ModuleNaming.declaration(
            of: "SyntaxRefactoringProvider", folder: "Sources/SyntaxRefactoringProvider", module: refactor, newIsLower: true,
            dependencies: ["SwiftSyntax", "SwiftBasicFormat"])
            == "In Package.swift, add `.target(name: \"SyntaxRefactoringProvider\", dependencies: [\"SwiftBasicFormat\", "
                + "\"SwiftSyntax\"], path: \"Sources/SyntaxRefactoringProvider\")` and add \"SyntaxRefactoringProvider\" to "
                + "SwiftRefactor's dependencies")
        // An upper layer depends on the module it was split off too: one list, in name order.
        #expect(ModuleNaming.declaration(
            of: "QualifiedLookup", folder: "Sources/QualifiedLookup", module: refactor, newIsLower: false,
            dependencies: ["SwiftSyntax"])
            == "In Package.swift, add `.target(name: \"QualifiedLookup\", dependencies: [\"SwiftRefactor\", \"SwiftSyntax\"], "
                + "path: \"Sources/QualifiedLookup\")`")
    }

    @Test func aSwiftTargetWhosePathHoldsTheNewFolderExcludesIt() {
        // SnapKit's one target has `path: "Sources"`: the new `Sources/Constraint` lies inside it.
        let snapKit = PlanModule(name: "SnapKit", ecosystem: "swiftpm", roots: ["Sources"], manifest: "Package.swift", files: [])
        #expect(ModuleNaming.declaration(of: "Constraint", folder: "Sources/Constraint", module: snapKit, newIsLower: true)
            == "In Package.swift, add `.target(name: \"Constraint\", path: \"Sources/Constraint\")` and add \"Constraint\" "
                + "to SnapKit's dependencies; SnapKit's target, whose path `Sources` holds the new folder, must leave it out: "
                + "add `exclude: [\"Constraint\"]`")
    }

    @Test func moreThanEightDependenciesAreCounted() {
        let app = module("App", "swiftpm", manifest: "Package.swift")
        let modules = (1...11).map { "M\($0 < 10 ? "0" : "")\($0)" }
        #expect(ModuleNaming.declaration(of: "Part", folder: "Sources/Part", module: app, newIsLower: true, dependencies: modules)
            .contains("dependencies: [\"M01\", \"M02\", \"M03\", \"M04\", \"M05\", \"M06\", \"M07\", \"M08\", /* and 3 more */]"))
        let tokio = module("tokio-util", "cargo", manifest: "tokio-util/Cargo.toml")
        #expect(ModuleNaming.addedDependencies(modules, of: "tokio-util-task", module: tokio)
            == "Add `M01`, `M02`, `M03`, `M04`, `M05`, `M06`, `M07`, `M08` and 3 more to tokio-util-task's [dependencies]: "
                + "the files this stage moves import them")
    }

    /// A crate of the workspace is named by its path where the split knows it: the old crate's and the new one's.
    @Test func aCrateListsThemInItsDependencies() {
        let tokio = module("tokio-util", "cargo", manifest: "tokio-util/Cargo.toml")
        #expect(ModuleNaming.declaration(
            of: "tokio-util-time", folder: "tokio-util-time", module: tokio, newIsLower: true, dependencies: ["tokio-macros", "tokio"])
            == "Create the crate `tokio-util-time/Cargo.toml` (`name = \"tokio-util-time\"`), add it to the workspace members, "
                + "add `tokio-util-time = { path = \"../tokio-util-time\" }` to tokio-util's [dependencies], and add `tokio`, "
                + "`tokio-macros` to tokio-util-time's [dependencies]")
        #expect(ModuleNaming.declaration(
            of: "tokio-util-task", folder: "tokio-util-task", module: tokio, newIsLower: false, dependencies: ["tokio"])
            == "Create the crate `tokio-util-task/Cargo.toml` (`name = \"tokio-util-task\"`), add it to the workspace members, "
                + "and add `tokio`, `tokio-util = { path = \"../tokio-util\" }` to tokio-util-task's [dependencies]")
    }

    @Test func aGemAddsADependencyPerModule() {
        let rubocop = module("rubocop", "gem", manifest: "rubocop.gemspec")
        #expect(ModuleNaming.declaration(
            of: "rubocop-server", folder: "rubocop-server", module: rubocop, newIsLower: true, dependencies: ["rubocop-ast"])
            == "Create the gem `rubocop-server/rubocop-server.gemspec` (`spec.name = \"rubocop-server\"`), add "
                + "`spec.add_dependency \"rubocop-server\"` to rubocop's gemspec, and add `spec.add_dependency \"rubocop-ast\"` "
                + "to rubocop-server's gemspec")
    }

    @Test func aDotNetProjectReferencesThem() {
        let naming = PlanModule(name: "Emby.Naming", ecosystem: "dotnet", roots: ["Emby.Naming"], manifest: "Emby.Naming/Emby.Naming.csproj", files: [])
        #expect(ModuleNaming.declaration(
            of: "Emby.Naming.VideoResolver", folder: "Emby.Naming.VideoResolver", module: naming, newIsLower: false,
            dependencies: ["MediaBrowser.Model", "Jellyfin.Extensions"])
            == "Create the project `Emby.Naming.VideoResolver/Emby.Naming.VideoResolver.csproj`, add it to the solution, and add "
                + "`<ProjectReference>`s to Emby.Naming, Jellyfin.Extensions, MediaBrowser.Model in Emby.Naming.VideoResolver's project file")
        #expect(ModuleNaming.addedDependencies(["Jellyfin.Data"], of: "Emby.Naming.VideoResolver", module: naming)
            == "Add a `<ProjectReference>` to Jellyfin.Data in Emby.Naming.VideoResolver's project file: the files this stage "
                + "moves import it")
    }

    @Test func anNpmPackageAndAPythonDistributionListThemInTheirDependencies() {
        let client = module("@trpc/client", "npm", manifest: "packages/client/package.json")
        #expect(ModuleNaming.declaration(
            of: "links", folder: "packages/links", module: client, newIsLower: true, dependencies: ["@trpc/server"])
            == "Create the workspace package `packages/links/package.json` (`\"name\": \"@trpc/links\"`), add `@trpc/links` "
                + "to @trpc/client's dependencies, and add `@trpc/server` to links's dependencies")
        #expect(ModuleNaming.declaredName(ofNew: "links", module: client) == "@trpc/links")
        let postgres = module("langgraph-checkpoint-postgres", "python", manifest: "libs/checkpoint-postgres/pyproject.toml")
        #expect(ModuleNaming.addedDependencies(
            ["langgraph.checkpoint.postgres_conn", "langgraph-checkpoint"], of: "langgraph.store.postgres_base", module: postgres)
            == "Add `langgraph-checkpoint`, `langgraph-checkpoint-postgres-conn` to langgraph-store-postgres-base's "
                + "dependencies: the files this stage moves import them")
    }

    @Test func aGoPackageNeedsNoneAndNoneMeansNoStep() {
        let otel = module("go.opentelemetry.io/otel/sdk/metric", "go", manifest: "sdk/metric/go.mod")
        #expect(ModuleNaming.declaration(of: "aggregation", folder: "sdk/aggregation", module: otel, newIsLower: true, dependencies: ["otel"])
            == "Create package `aggregation` in `sdk/aggregation/`; go.opentelemetry.io/otel/sdk/metric imports aggregation by its import path")
        #expect(ModuleNaming.addedDependencies(["otel"], of: "aggregation", module: otel) == nil)
        #expect(ModuleNaming.addedDependencies([], of: "Part", module: module("App", "swiftpm", manifest: "Package.swift")) == nil)
    }

    /// App's lower layer Alpha ← Beta moves in two batches (Gamma, which both use, stays); each batch's files import
    /// other targets of the package. The first declares the target with its files' imports; the second adds only the
    /// imports new to it.
    private func batches(betaImports: Set<String>) throws -> [PlanStage] {
        let files: [(String, Int)] = [("Alpha.swift", 200), ("Beta.swift", 200), ("Gamma.swift", 200), ("AppX.swift", 850), ("AppY.swift", 850)]
        let uses: [(String, String, [String])] = [
            ("Beta.swift", "Alpha.swift", ["Provider"]), ("Gamma.swift", "Beta.swift", ["Provider"]),
            ("Gamma.swift", "Alpha.swift", ["Provider"]), ("AppX.swift", "Gamma.swift", ["gamma"]),
            ("AppY.swift", "Gamma.swift", ["gamma"]), ("AppX.swift", "AppY.swift", ["y"]), ("AppY.swift", "AppX.swift", ["x"]),
        ]
        let path = { (file: String) in "Sources/App/\(file)" }
        let module = PlanModule(
            name: "App", ecosystem: "swiftpm", roots: ["Sources/App"], manifest: "Package.swift",
            files: files.map { PlanFile(path: path($0.0), codeLines: $0.1, declaredNames: []) },
            dependencies: uses.map { FileDependency(from: path($0.0), to: path($0.1), weight: 3, names: $0.2) })
        var input = try sizeInput(module, lines: 2300)
        input.imports = PlanImports(
            edges: ["App": ["SwiftSyntax", "SwiftBasicFormat", "SwiftParser"]],
            byFile: [path("Alpha.swift"): ["SwiftSyntax"], path("Beta.swift"): betaImports, path("AppX.swift"): ["SwiftParser"]],
            owners: [path("Alpha.swift"): "App", path("Beta.swift"): "App", path("AppX.swift"): "App"])

        let moves = Planner(settings: PlanSettings(budget: 250)).plan(input).stages.filter { $0.id.contains(":move:") }

        try #require(moves.map(\.files) == [[path("Alpha.swift")], [path("Beta.swift")]])
        #expect(moves[0].steps[0].contains("dependencies: [\"SwiftSyntax\"], path:"))
        return moves
    }

    /// The added dependency is a line of the stage's change (until session 30 a later batch's build edit was not counted).
    @Test func aLaterBatchAddsTheDependenciesItsFilesBringNew() throws {
        let moves = try batches(betaImports: ["SwiftSyntax", "SwiftBasicFormat"])
        let without = try batches(betaImports: ["SwiftSyntax"])

        #expect(moves[1].steps[0]
            == "In Package.swift, add \"SwiftBasicFormat\" to Provider's dependencies: the files this stage moves import it")
        #expect(moves[1].changedLines == without[1].changedLines + 1)
    }

    @Test func aLaterBatchBringingNoNewDependencyHasNoStepForThem() throws {
        let moves = try batches(betaImports: ["SwiftSyntax"])

        #expect(moves[1].steps.first?.hasPrefix("Move ") == true)
    }
}

/// Builds accrue has no manifest spelling for (folder modules, Bazel…) are told to build the new module against them.
@Suite struct FolderModuleDependencyTests {
    @Test func aFolderIsBuiltAgainstThem() {
        let core = PlanModule(name: "src/core", ecosystem: "folder", roots: ["src/core"], manifest: "", files: [])
        #expect(ModuleNaming.declaration(of: "parse", folder: "src/parse", module: core, newIsLower: false, dependencies: ["src/util"])
            == "Create the folder `src/parse/` and add it to the build so that parse builds against src/core, src/util")
        #expect(ModuleNaming.addedDependencies(["src/io"], of: "parse", module: core)
            == "In the build, make parse build against src/io: the files this stage moves import it")
    }
}
