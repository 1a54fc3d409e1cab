import Manifests
import ModuleGraph
import RuleCatalog
import Testing

/// Xcode targets among the modules of a repository: beside a Package.swift, under examples, and as folders.
@Suite struct XcodeModulesTests {
    /// A project whose targets each compile the files listed: `(name, product type, files, target dependencies)`.
    private func project(_ targets: [(String, String, [String], [String])], headers: [String: [String]] = [:]) -> String {
        var objects = ["P0 = {isa = PBXProject; mainGroup = G0; targets = (\(targets.indices.map { "T\($0)" }.joined(separator: ", ")));};"]
        var files: [String] = []
        for (index, target) in targets.enumerated() {
            var buildFiles: [String] = []
            for path in target.2 + (headers[target.0] ?? []) {
                let id = "F\(files.count)"
                files.append(id)
                objects.append("\(id) = {isa = PBXFileReference; path = \"\(path)\"; sourceTree = \"<group>\";};")
                objects.append("B\(id) = {isa = PBXBuildFile; fileRef = \(id);};")
                buildFiles.append("B\(id)")
            }
            let dependencies = target.3.compactMap { name in targets.firstIndex { $0.0 == name } }.map { "D\(index)x\($0)" }
            for dependency in target.3.compactMap({ name in targets.firstIndex { $0.0 == name } }) {
                objects.append("D\(index)x\(dependency) = {isa = PBXTargetDependency; target = T\(dependency);};")
            }
            objects.append("S\(index) = {isa = PBXSourcesBuildPhase; files = (\(buildFiles.joined(separator: ", ")));};")
            objects.append(
                "T\(index) = {isa = PBXNativeTarget; buildPhases = (S\(index)); dependencies = (\(dependencies.joined(separator: ", "))); "
                    + "name = \"\(target.0)\"; productType = \"com.apple.product-type.\(target.1)\";};")
        }
        objects.append("G0 = {isa = PBXGroup; children = (\(files.joined(separator: ", "))); sourceTree = \"<group>\";};")
        return XcodeProjectManifestTests.pbxproj(objects)
    }

    /// The modules found over `manifests` and the Swift (or Objective-C, by ending) `code` files, 100 lines each.
    private func modules(_ manifests: [String: String], code: [String]) throws -> (modules: [ModuleDeclaration], warnings: [String]) {
        let settings = try RuleCatalog.bundled().modules
        let files = code.map { path in
            ModuleCoverage.File(path: path, language: path.hasSuffix(".swift") ? "Swift" : "Objective-C", codeLines: 100)
        }
        let context = ManifestHarness.context(manifests.merging(code.map { ($0, "") }) { manifest, _ in manifest })
        let result = ModuleCoverage(settings: settings).discover(context: context, files: files)
        return (result.modules, result.warnings.map(\.description))
    }

    private let package = """
        // swift-tools-version: 5.9
        import PackageDescription
        let package = Package(name: "Kit", targets: [.target(name: "Kit"), .testTarget(name: "KitTests", dependencies: ["Kit"])])
        """

    @Test func swiftPackageTargetsKeepTheFilesAProjectCompilesToo() throws {
        // Alamofire, Kingfisher, Moya: a Package.swift and an .xcodeproj over the same sources; the umbrella header the
        // framework target lists keeps no second `Kit`.
        let xcode = project([
            ("Kit iOS", "framework", ["Sources/Kit/Client.swift", "Sources/Kit/Request.swift"], []),
            ("Kit macOS", "framework", ["Sources/Kit/Client.swift", "Sources/Kit/Request.swift"], []),
            ("KitTests", "bundle.unit-test", ["Tests/KitTests/ClientTests.swift"], ["Kit iOS"]),
            ("Demo", "application", ["Demo/DemoApp.swift"], ["Kit macOS"]),
        ], headers: ["Kit iOS": ["Supporting Files/Kit.h"]])
        let code = [
            "Sources/Kit/Client.swift", "Sources/Kit/Request.swift", "Tests/KitTests/ClientTests.swift", "Demo/DemoApp.swift",
            "Supporting Files/Kit.h",
        ]

        let result = try modules(["Package.swift": package, "Kit.xcodeproj/project.pbxproj": xcode], code: code)

        #expect(result.modules.map { "\($0.name) \($0.ecosystem) \($0.roots) \($0.dependencies)" } == [
            // The demo linked the macOS copy of the framework: it depends on the module holding its files.
            #"Demo xcode ["Demo"] ["Kit"]"#,
            #"Kit swiftpm ["Sources/Kit"] []"#,
            #"KitTests swiftpm ["Tests/KitTests"] ["Kit"]"#,
        ])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func swiftPackageTargetsKeepTheFilesACMakeTargetListsAgain() throws {
        // swift-collections: Package.swift, a CMakeLists.txt per target listing its files (`target_sources`), and an
        // Xcode project compiling most of them as one framework. The CMake targets describe the SwiftPM ones again; the
        // files they list are no reason for the framework to keep them (it took 373 files from the SwiftPM targets).
        let cmake = """
            add_library(Kit)
            target_sources(Kit PRIVATE "Client.swift" "Request.swift")
            """
        let xcode = project([("Everything", "framework", ["Sources/Kit/Client.swift", "Sources/Kit/Request.swift"], [])])
        let code = [
            "Sources/Kit/Client.swift", "Sources/Kit/Request.swift", "Sources/Kit/Session.swift", "Tests/KitTests/ClientTests.swift",
        ]

        let result = try modules(
            ["Package.swift": package, "Sources/Kit/CMakeLists.txt": cmake, "Kit.xcodeproj/project.pbxproj": xcode],
            code: code)

        #expect(result.modules.map { "\($0.name) \($0.ecosystem) \($0.roots)" } == [
            #"Kit swiftpm ["Sources/Kit"]"#, #"KitTests swiftpm ["Tests/KitTests"]"#,
        ])
    }

    @Test func aProjectUnderAnExamplesFolderIsNoModule() throws {
        // Alamofire's `Example/iOS Example.xcodeproj` beside its Package.swift: an example a user copies.
        let example = project([("iOS Example", "application", ["Source/AppDelegate.swift"], [])])
        let code = [
            "Sources/Kit/Client.swift", "Sources/Kit/Request.swift", "Sources/Kit/Session.swift",
            "Tests/KitTests/ClientTests.swift", "Example/Source/AppDelegate.swift",
        ]

        let result = try modules(["Package.swift": package, "Example/iOS Example.xcodeproj/project.pbxproj": example], code: code)

        #expect(result.modules.map(\.name) == ["Kit", "KitTests"])
    }

    @Test func aTargetsFilesGatherIntoTheLargestFoldersItCompilesWhole() throws {
        // App/Legacy/ holds a file no target compiles: App/ is not wholly the app's, its subfolders Views/ and Model/ are.
        let xcode = project([
            ("App", "application", ["App/main.swift", "App/Views/Home.swift", "App/Views/Detail/Detail.swift", "App/Model/Item.m"], []),
            ("AppTests", "bundle.unit-test", ["AppTests/HomeTests.swift"], ["App"]),
        ])
        let code = [
            "App/main.swift", "App/Views/Home.swift", "App/Views/Detail/Detail.swift", "App/Model/Item.m", "App/Model/Item.h",
            "App/Legacy/Old.swift", "AppTests/HomeTests.swift",
        ]

        let result = try modules(["App.xcodeproj/project.pbxproj": xcode], code: code)

        #expect(result.modules.map { "\($0.name) \($0.kind.rawValue) \($0.roots)" } == [
            #"App executable ["App/Model", "App/Views", "App/main.swift"]"#,
            #"AppTests test ["AppTests"]"#,
        ])
    }
}
