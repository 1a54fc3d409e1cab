@testable import PlanAssembly
import PlanNaming
@testable import Planning
import SymbolScan
import Testing

/// Where a split's files go when the build takes files from any folder: the folder the moved files share becomes
/// the new module, and is not repeated inside it.
@Suite struct FolderSplitLayoutTests {
    /// jellyfin's Jellyfin.Database.Implementations: its `ModelConfiguration/` files use the rest and nothing uses
    /// them. The new project is named in the solution's dotted namespace, beside the old one.
    @Test func aDotNetProjectSplitsIntoAProjectBesideItNamedInItsNamespace() throws {
        let root = "src/Db/Db.Impl"
        let files: [(String, Int)] = [
            ("ModelConfiguration/ItemConfiguration.cs", 200), ("ModelConfiguration/UserConfiguration.cs", 200),
            ("ModelConfiguration/ChapterConfiguration.cs", 200), ("Context.cs", 1200), ("Locking.cs", 1000),
        ]
        let uses: [(String, String, [String])] = [
            ("ModelConfiguration/ItemConfiguration.cs", "Context.cs", ["Context"]),
            ("ModelConfiguration/UserConfiguration.cs", "Context.cs", ["Context"]),
            ("ModelConfiguration/ChapterConfiguration.cs", "Context.cs", ["Context"]),
            ("Context.cs", "Locking.cs", ["Lock"]), ("Locking.cs", "Context.cs", ["Context"]),
        ]
        let module = PlanModule(
            name: "Db.Impl", ecosystem: "dotnet", roots: [root], manifest: "\(root)/Db.Impl.csproj",
            files: files.map { PlanFile(path: "\(root)/\($0.0)", codeLines: $0.1, declaredNames: []) },
            dependencies: uses.map { FileDependency(from: "\(root)/\($0.0)", to: "\(root)/\($0.1)", weight: 3, names: $0.2) })
        let input = try sizeInput(module, lines: 2800)

        let plan = Planner(settings: PlanSettings()).plan(input)

        let steps = plan.stages.filter { $0.id.contains(":move:") }.flatMap(\.steps)
        #expect(steps.first == "Create the project `src/Db/Db.Impl.ModelConfiguration/Db.Impl.ModelConfiguration.csproj`, "
            + "add it to the solution, and add a `<ProjectReference>` to Db.Impl in Db.Impl.ModelConfiguration's project file")
        #expect(steps.contains("Move \(root)/ModelConfiguration/UserConfiguration.cs to src/Db/Db.Impl.ModelConfiguration/UserConfiguration.cs"))
    }

    @Test func theSharedFolderIsDroppedOnlyWhereTheLayoutBelowTheRootCarriesNoMeaning() {
        let swift = PlanModule(name: "App", ecosystem: "swiftpm", roots: ["Sources/App"], manifest: "Package.swift", files: [])
        #expect(ModuleNaming.sharedFolder(of: ["Sources/App/Net/Socket.swift", "Sources/App/Net/HTTP/Client.swift"], module: swift) == "Net")
        #expect(ModuleNaming.sharedFolder(of: ["Sources/App/Net/Socket.swift", "Sources/App/Disk.swift"], module: swift) == "")
        let crate = PlanModule(name: "core", ecosystem: "cargo", roots: ["core"], manifest: "core/Cargo.toml", files: [])
        #expect(ModuleNaming.sharedFolder(of: ["core/src/net/a.rs", "core/src/net/b.rs"], module: crate) == "")
    }
}
