import Manifests
import BuildManifests
import ModuleGraph
import SwiftManifests
import Testing

@Suite struct SwiftPackageManifestTests {
    private func read(_ text: String, paths: [String] = []) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        let context = ManifestContext(paths: paths.sorted(), read: { _ in nil })
        return SwiftPackageManifest().read(manifest: "Package.swift", bytes: Array(text.utf8), context: context)
    }

    @Test func readsTargetsKindsPathsAndDependencies() {
        let manifest = """
            // swift-tools-version: 6.0
            import PackageDescription
            let atomics: Target.Dependency = .product(name: "Atomics", package: "swift-atomics")
            let package = Package(
                name: "P",
                targets: [
                    .target(name: "Core", dependencies: [atomics, .target(name: "Base")], path: "Lib/Core"),
                    .executableTarget(name: "tool-main", dependencies: ["Core"]),
                    .testTarget(name: "CoreTests", dependencies: [.byName(name: "Core")]),
                ]
            )
            """

        let modules = read(manifest, paths: ["src/tool-main/main.swift"]).modules

        #expect(modules.map(\.name) == ["Core", "CoreTests", "tool-main"])
        #expect(modules[0].roots == ["Lib/Core"] && modules[0].dependencies == ["Atomics", "Base"])
        #expect(modules[1].kind == .test && modules[1].roots == ["Tests/CoreTests"])
        #expect(modules[2].kind == .executable && modules[2].roots == ["src/tool-main"])
        #expect(modules[2].importNames == ["tool_main"])
        #expect(modules[0].line == 7)
    }

    @Test func macrosArePluginsInSourcesAndPluginsInPlugins() {
        let manifest = """
            let package = Package(
                name: "P",
                // A plugin product names the plugin target it ships (swift-format's `FormatPlugin`): no target.
                products: [.plugin(name: "LintPlugin", targets: ["Lint"])],
                targets: [
                    .macro(name: "MacrosImpl", dependencies: [.product(name: "SwiftSyntax", package: "swift-syntax")]),
                    .plugin(name: "Lint", capability: .buildTool()),
                ]
            )
            """

        let modules = read(manifest, paths: ["Sources/MacrosImpl/Macro.swift", "Plugins/Lint/Lint.swift"]).modules

        #expect(modules.map(\.name) == ["Lint", "MacrosImpl"])
        #expect(modules.map(\.kind) == [.plugin, .plugin])
        #expect(modules.map(\.roots) == [["Plugins/Lint"], ["Sources/MacrosImpl"]])
    }

    @Test func aPackagesOwnTargetHelperIsReadThroughItsCalls() {
        // swift-collections declares its targets through a helper of its own and builds `Target`s in a function.
        let manifest = """
            extension CustomTarget {
              func toTarget() -> Target {
                Target.target(name: name, dependencies: dependencies, path: kind.path(for: directory))
              }
            }
            let targets: [CustomTarget] = [
              .target(kind: .testSupport, name: "_TestSupport", dependencies: ["Utilities"]),
              .target(kind: .hidden, name: "Utilities", exclude: ["CMakeLists.txt"]),
              .target(kind: .exported, name: "Deque", dependencies: ["Utilities"]),
              .target(kind: .test, name: "DequeTests", dependencies: ["Deque", "_TestSupport"]),
              .target(kind: .exported, name: "_RopeModule", directory: "RopeModule", exclude: ["CMakeLists.txt"]),
            ]
            let package = Package(name: "swift-collections", targets: targets.map { $0.toTarget() })
            """

        let result = read(manifest)
        let byName = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.name, $0) })

        #expect(result.modules.map(\.name) == ["Deque", "DequeTests", "Utilities", "_RopeModule", "_TestSupport"])
        // The helper's `directory:` names the folder below Sources/ in place of the target's name.
        #expect(byName["_RopeModule"]?.roots == ["Sources/RopeModule"])
        #expect(byName["Deque"]?.roots == ["Sources/Deque"] && byName["Deque"]?.dependencies == ["Utilities"])
        #expect(byName["DequeTests"]?.kind == .test && byName["DequeTests"]?.roots == ["Tests/DequeTests"])
        #expect(byName["_TestSupport"]?.kind == .test)
        #expect(result.warnings.isEmpty)
    }

    @Test func dependencyReferencesAreNotDeclarations() {
        let manifest = """
            let package = Package(name: "P", targets: [
                .target(name: "A", dependencies: [.target(name: "B", condition: .when(platforms: [.linux]))]),
            ])
            """

        #expect(read(manifest).modules.map(\.name) == ["A"])
    }

    @Test func halfWrittenManifestsWarnAndKeepWhatIsLiteral() {
        let truncated = "let package = Package(name: \"P\", targets: [\n  .target(name: \"A\"),\n  .target(name: names[0]),\n  .target(name: \"B\", dependencies: [\"A\""

        let result = read(truncated)

        #expect(result.modules.map(\.name) == ["A", "B"])
        #expect(result.warnings.map(\.line) == [3])
    }

    @Test func garbageAndDeepNestingNeverCrash() {
        let deep = String(repeating: ".target(name: \"X\", dependencies: [", count: 10_000)
        let garbage = String(decoding: (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }, as: UTF8.self)

        _ = read(deep)
        _ = read(garbage)
        _ = read("")
    }
}
