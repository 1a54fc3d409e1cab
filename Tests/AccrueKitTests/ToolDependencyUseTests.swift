import AccrueKit
import FileScanning
import RuleCatalog
import Testing
import TestSupport
import ModuleGraph

@Suite struct ToolDependencyUseTests {
    @Test func anExecutableDependedOnIsRunNotImported() throws {
        // swiftlang/swift-format: its command plugins run the swift-format tool (`context.tool(named:)`).
        let manifest = """
            // swift-tools-version: 5.9
            import PackageDescription
            let package = Package(
                name: "swift-format",
                products: [.plugin(name: "FormatPlugin", targets: ["Format Source Code"])],
                targets: [
                    .target(name: "SwiftFormat"),
                    .executableTarget(name: "swift-format", dependencies: ["SwiftFormat"]),
                    .plugin(name: "Format Source Code", capability: .command(intent: .sourceCodeFormatting()),
                            dependencies: [.target(name: "swift-format")], path: "Plugins/FormatPlugin"),
                ]
            )
            """
        let files = [
            "Package.swift": manifest,
            "Sources/SwiftFormat/Format.swift": "public func format() {}\n",
            "Sources/swift-format/main.swift": "import SwiftFormat\nformat()\n",
            "Plugins/FormatPlugin/Plugin.swift": "import PackagePlugin\nstruct P { func run(_ context: PluginContext) {} }\n",
        ]
        let path = try FixtureRepository.committed(files, prefix: "tool-dependency")

        let report = try ModuleAnalyzer(catalog: try RuleCatalog.bundled()).run(FileScanRequest(repositoryPath: path))

        #expect(report.modules.map(\.declaration.name).sorted() == ["Format Source Code", "SwiftFormat", "swift-format"])
        #expect(report.modules.allSatisfy { $0.declaredButUnused.isEmpty })
    }
}
