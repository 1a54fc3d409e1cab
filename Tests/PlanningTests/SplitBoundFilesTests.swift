import PlanAssembly
@testable import Planning
import SymbolScan
import Testing

/// A module split moves files bound to each other (`BoundFiles`) together, in one stage, or leaves them all: okio's
/// split moved the `actual` ByteString and FileSystem of jsMain, wasmMain, appleMain and nonAppleMain while commonMain's
/// `expect`s stayed; Polly's moved `partial class Policy`'s BulkheadSyntax.cs away from Policy.cs; gin's moved
/// deprecated.go, `Context`'s methods, away from context.go; ripgrep's moved `LowArgs` away from its `impl` in defs.rs.
@Suite struct SplitBoundFilesTests {
    private typealias Spec = (path: String, lines: Int, declarations: [Declaration])

    private static func declaration(_ name: String, _ kind: String, _ lines: Int, bound: String? = nil) -> Declaration {
        Declaration(name: name, kind: kind, startLine: 1, endLine: lines, codeLines: lines, boundName: bound)
    }

    /// The split stages of a module of `specs` and `uses` (from, to, names).
    private func stages(
        _ module: (name: String, ecosystem: String, root: String, manifest: String), _ specs: [Spec],
        uses: [(String, String, [String])]
    ) throws -> [PlanStage] {
        let files = specs.map { spec in
            PlanFile(
                path: spec.path, codeLines: spec.lines, declarations: spec.declarations,
                declaredNames: spec.declarations.filter { !Declaration.extendingKinds.contains($0.kind) }.map(\.name))
        }
        let planModule = PlanModule(
            name: module.name, ecosystem: module.ecosystem, roots: [module.root], manifest: module.manifest, files: files,
            dependencies: uses.map { FileDependency(from: $0.0, to: $0.1, weight: $0.2.count, names: $0.2) })
        let total = Double(specs.reduce(0) { $0 + $1.lines })
        return Planner(settings: PlanSettings()).plan(try sizeInput(planModule, lines: total)).stages
            .filter { $0.kind == .splitModule }
    }

    /// The paths each move stage moves whole, with `parts` those it moves in part too.
    private func moved(_ stages: [PlanStage], parts: Bool = false) -> [Set<String>] {
        stages.filter { $0.id.contains(":move:") }.map { Set($0.moves.keys).union(parts ? $0.files : []) }
    }

    @Test func anExpectAndItsActualsMoveInOneStageOrStay() throws {
        func path(_ source: String, _ name: String) -> String {
            "okio/src/\(source)Main/kotlin/okio/\(name).kt"
        }
        let byteString = [path("common", "ByteString"), path("js", "ByteString"), path("jvm", "ByteString")]
        let fileSystem = [path("common", "FileSystem"), path("js", "FileSystem")]
        let specs: [Spec] = [
            (path("common", "Core"), 800, [Self.declaration("Core", "class", 800)]),
            (path("common", "Segment"), 800, [Self.declaration("Segment", "class", 800)]),
            (byteString[0], 120, [Self.declaration("ByteString", "class", 120, bound: "okio.ByteString")]),
            (byteString[1], 100, [Self.declaration("ByteString", "class", 100, bound: "okio.ByteString")]),
            (byteString[2], 100, [Self.declaration("ByteString", "class", 100, bound: "okio.ByteString")]),
            // 330 + 100 lines bound: more than one stage moves (360 of the budget of 400).
            (fileSystem[0], 330, [Self.declaration("FileSystem", "class", 330, bound: "okio.FileSystem")]),
            (fileSystem[1], 100, [Self.declaration("FileSystem", "class", 100, bound: "okio.FileSystem")]),
            (path("js", "JsPlatform"), 150, [Self.declaration("JsPlatform", "class", 150)]),
            (path("jvm", "JvmPlatform"), 300, [Self.declaration("JvmPlatform", "class", 300)]),
            (path("jvm", "JvmFiles"), 300, [Self.declaration("JvmFiles", "class", 300)]),
        ]
        let uses = [
            (path("common", "Core"), byteString[0], ["ByteString"]), (path("common", "Core"), fileSystem[0], ["FileSystem"]),
            (path("js", "JsPlatform"), path("common", "Segment"), ["Segment"]),
            (path("jvm", "JvmPlatform"), path("jvm", "JvmFiles"), ["JvmFiles"]),
            (byteString[1], path("js", "JsPlatform"), ["JsPlatform"]),
        ]

        let batches = moved(try stages((":okio", "gradle", "okio", "okio/build.gradle.kts"), specs, uses: uses))

        #expect(batches.contains { $0.isSuperset(of: byteString) })
        for batch in batches {
            #expect(batch.isDisjoint(with: byteString) || batch.isSuperset(of: byteString))
            #expect(batch.isDisjoint(with: fileSystem))
        }
    }

    @Test func aPartialTypesFilesStayTogether() throws {
        let syntax = ["src/Polly/Policy.cs", "src/Polly/Bulkhead/BulkheadSyntax.cs", "src/Polly/Caching/CacheSyntax.cs"]
        func policy(_ lines: Int) -> [Declaration] { [Self.declaration("Policy", "class", lines, bound: "Polly.Policy")] }
        let specs: [Spec] = [
            (syntax[0], 300, policy(300)), (syntax[1], 80, policy(80)), (syntax[2], 80, policy(80)),
            ("src/Polly/Bulkhead/BulkheadEngine.cs", 200, [Self.declaration("BulkheadEngine", "class", 200)]),
            ("src/Polly/Bulkhead/BulkheadPolicy.cs", 250, [Self.declaration("BulkheadPolicy", "class", 250)]),
            ("src/Polly/Caching/CacheEngine.cs", 300, [Self.declaration("CacheEngine", "class", 300)]),
            ("src/Polly/Execution.cs", 900, [Self.declaration("Execution", "class", 900)]),
            ("src/Polly/Context.cs", 900, [Self.declaration("Context", "class", 900)]),
        ]
        let uses = [
            (syntax[1], "src/Polly/Bulkhead/BulkheadPolicy.cs", ["BulkheadPolicy"]),
            ("src/Polly/Bulkhead/BulkheadPolicy.cs", "src/Polly/Bulkhead/BulkheadEngine.cs", ["BulkheadEngine"]),
            (syntax[2], "src/Polly/Caching/CacheEngine.cs", ["CacheEngine"]),
            ("src/Polly/Execution.cs", "src/Polly/Context.cs", ["Context"]),
        ]

        let batches = moved(try stages(("Polly", "dotnet", "src/Polly", "src/Polly/Polly.csproj"), specs, uses: uses))

        #expect(batches.contains { $0.contains("src/Polly/Bulkhead/BulkheadPolicy.cs") })
        #expect(batches.allSatisfy { $0.isDisjoint(with: syntax) })
    }

    /// Go's methods stay in their type's package (gin's deprecated.go), Rust's inherent `impl`s in their type's crate
    /// (ripgrep's defs.rs and lowargs.rs): bound to a file too large to move, they stay with it.
    @Test func methodsAndInherentImplsStayWithTheirType() throws {
        let goSpecs: [Spec] = [
            ("context.go", 800, [Self.declaration("Context", "type", 800)]),
            ("deprecated.go", 40, [Self.declaration("Context", "method", 40, bound: "Context")]),
            ("render/json.go", 300, [Self.declaration("JSON", "type", 300)]),
            ("render/xml.go", 300, [Self.declaration("XML", "type", 300)]),
            ("gin.go", 900, [Self.declaration("Engine", "type", 900)]),
            ("tree.go", 700, [Self.declaration("node", "type", 700)]),
        ]
        let goUses = [
            ("deprecated.go", "render/json.go", ["JSON"]), ("render/xml.go", "render/json.go", ["JSON"]),
            ("gin.go", "tree.go", ["node"]), ("context.go", "gin.go", ["Engine"]),
        ]
        let rustSpecs: [Spec] = [
            ("crates/core/lowargs.rs", 500, [Self.declaration("LowArgs", "struct", 250), Self.declaration("Mode", "enum", 250)]),
            ("crates/core/defs.rs", 900, [Self.declaration("LowArgs", "impl", 900, bound: "LowArgs")]),
            ("crates/core/hiargs.rs", 900, [Self.declaration("HiArgs", "struct", 900)]),
            ("crates/core/search.rs", 900, [Self.declaration("Search", "struct", 900)]),
        ]
        let rustUses = [("crates/core/hiargs.rs", "crates/core/lowargs.rs", ["LowArgs"])]

        let go = moved(try stages(("github.com/gin-gonic/gin", "go", "", "go.mod"), goSpecs, uses: goUses))
        let rust = moved(
            try stages(("ripgrep", "cargo", "crates/core", "crates/core/Cargo.toml"), rustSpecs, uses: rustUses), parts: true)

        #expect(go.contains { $0.contains("render/json.go") })
        #expect(go.allSatisfy { !$0.contains("deprecated.go") })
        #expect(rust.allSatisfy { !$0.contains("crates/core/lowargs.rs") })
    }
}
