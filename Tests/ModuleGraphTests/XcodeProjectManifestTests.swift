import Foundation
import Manifests
import ModuleGraph
@testable import PlainManifests
import Testing

/// Xcode projects: each native target a module owning the code it compiles, read from `project.pbxproj` as text.
@Suite struct XcodeProjectManifestTests {
    /// A `project.pbxproj` holding `objects`, one per line from line 5, its project object `P0`.
    static func pbxproj(_ objects: [String]) -> String {
        "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjects = {\n"
            + objects.map { "\t\t" + $0 }.joined(separator: "\n") + "\n\t};\n\trootObject = P0 /* Project object */;\n}\n"
    }

    /// An app, a framework it links, a unit test bundle synchronizing a folder, and an extension the app embeds.
    static let app = pbxproj([
        "P0 = {isa = PBXProject; mainGroup = G0; targets = (T1, T2, T3, T4, A1);};",
        "G0 = {isa = PBXGroup; children = (G1, G2, R1); sourceTree = \"<group>\";};",
        "G1 = {isa = PBXGroup; children = (F1, F2, F3); path = App; sourceTree = \"<group>\";};",
        "G2 = {isa = PBXGroup; children = (F4, G3); name = \"Core Kit\"; path = Core; sourceTree = \"<group>\";};",
        "G3 = {isa = PBXGroup; children = (F8); path = Widget; sourceTree = \"<group>\";};",
        "F1 = {isa = PBXFileReference; path = AppDelegate.swift; sourceTree = \"<group>\";};",
        "F2 = {isa = PBXFileReference; path = \"Legacy View.m\"; sourceTree = \"<group>\";};",
        "F3 = {isa = PBXFileReference; path = Info.plist; sourceTree = \"<group>\";};",
        "F4 = {isa = PBXFileReference; path = Core.swift; sourceTree = \"<group>\";};",
        "F5 = {isa = PBXFileReference; path = Shared/Log.swift; sourceTree = SOURCE_ROOT;};",
        "F6 = {isa = PBXFileReference; path = /usr/include/zlib.h; sourceTree = \"<absolute>\";};",
        "F7 = {isa = PBXFileReference; path = Core.framework; sourceTree = BUILT_PRODUCTS_DIR;};",
        "F8 = {isa = PBXFileReference; path = Widget.swift; sourceTree = \"<group>\";};",
        "B1 = {isa = PBXBuildFile; fileRef = F1;};", "B2 = {isa = PBXBuildFile; fileRef = F2;};",
        "B3 = {isa = PBXBuildFile; fileRef = F3;};", "B4 = {isa = PBXBuildFile; fileRef = F4;};",
        "B5 = {isa = PBXBuildFile; fileRef = F5;};", "B6 = {isa = PBXBuildFile; fileRef = F6;};",
        "B7 = {isa = PBXBuildFile; fileRef = F7;};", "B8 = {isa = PBXBuildFile; fileRef = F8;};",
        "S1 = {isa = PBXSourcesBuildPhase; files = (B1, B2, B5, B6);};",
        "S2 = {isa = PBXSourcesBuildPhase; files = (B4, B5);};",
        "S4 = {isa = PBXSourcesBuildPhase; files = (B8);};",
        "K1 = {isa = PBXFrameworksBuildPhase; files = (B7, B9);};",
        "R0 = {isa = PBXResourcesBuildPhase; files = (B3);};",
        "T1 = {isa = PBXNativeTarget; buildPhases = (S1, K1, R0); dependencies = (D1, D4, D5); name = App; "
            + "packageProductDependencies = (X1, X2); productType = \"com.apple.product-type.application\";};",
        "T2 = {isa = PBXNativeTarget; buildConfigurationList = L2; buildPhases = (S2); name = \"Core Kit\"; "
            + "productReference = F7; productType = \"com.apple.product-type.framework\";};",
        "L2 = {isa = XCConfigurationList; buildConfigurations = (C2);};",
        "C2 = {isa = XCBuildConfiguration; buildSettings = {PRODUCT_NAME = \"$(TARGET_NAME)\"; "
            + "PRODUCT_MODULE_NAME = CoreKit;}; name = Debug;};",
        "T3 = {isa = PBXNativeTarget; dependencies = (D3); fileSystemSynchronizedGroups = (R1); name = AppTests; "
            + "productType = \"com.apple.product-type.bundle.unit-test\";};",
        "R1 = {isa = PBXFileSystemSynchronizedRootGroup; exceptions = (E1); path = AppTests; sourceTree = \"<group>\";};",
        "E1 = {isa = PBXFileSystemSynchronizedBuildFileExceptionSet; membershipExceptions = (Fixtures, Info.plist); target = T3;};",
        "T4 = {isa = PBXNativeTarget; buildPhases = (S4); name = \"App Widget\"; "
            + "productType = \"com.apple.product-type.app-extension\";};",
        "D1 = {isa = PBXTargetDependency; target = T2;};", "D3 = {isa = PBXTargetDependency; target = T1;};",
        "D4 = {isa = PBXTargetDependency; target = T4;};",
        "X1 = {isa = XCSwiftPackageProductDependency; package = RP; productName = Alamofire;};",
        "X2 = {isa = XCSwiftPackageProductDependency; productName = \"plugin:SwiftLintPlugin\";};",
        // A framework another project of the workspace builds.
        "F9 = {isa = PBXFileReference; path = Other.framework; sourceTree = BUILT_PRODUCTS_DIR;};",
        "B9 = {isa = PBXBuildFile; fileRef = F9;};",
        // A script the app runs first: no code it links.
        "A1 = {isa = PBXAggregateTarget; name = Lint;};", "D5 = {isa = PBXTargetDependency; target = A1;};",
    ])

    static let appFiles = [
        "App/AppDelegate.swift", "App/Legacy View.m", "App/Legacy View.h", "App/Info.plist", "Core/Core.swift",
        "Core/Widget/Widget.swift", "Shared/Log.swift", "AppTests/AppTests.swift", "AppTests/Fixtures/Sample.swift",
        "AppTests/Info.plist",
    ]

    private func read(_ project: String, files: [String], at path: String = "App.xcodeproj/project.pbxproj") -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let context = ManifestHarness.context(Dictionary(uniqueKeysWithValues: files.map { ($0, "") }).merging([path: project]) { $1 })
        return ManifestHarness.read(context, with: XcodeProjectManifest())
    }

    @Test func eachNativeTargetOwnsTheCodeItCompiles() {
        let result = read(Self.app, files: Self.appFiles)

        #expect(ManifestHarness.summary(result.modules) == [
            // The widget the app embeds and the aggregate target are no dependencies; an absolute path and a built
            // product are no files.
            #"App [executable] roots=["App/AppDelegate.swift", "App/Legacy View.h", "App/Legacy View.m", "Shared/Log.swift"] deps=["Alamofire", "Core Kit", "Other"] imports=["App"] @App.xcodeproj/project.pbxproj:31"#,
            #"App Widget [executable] roots=["Core/Widget/Widget.swift"] deps=[] imports=["App_Widget"] @App.xcodeproj/project.pbxproj:38"#,
            // A unit test bundle imports its host app (`@testable import App`); the exception keeps Fixtures/ out.
            #"AppTests [test] roots=["AppTests/AppTests.swift"] deps=["App"] imports=["AppTests"] @App.xcodeproj/project.pbxproj:35"#,
            // Shared/Log.swift is the app's: the first target compiling it.
            #"Core Kit [library] roots=["Core/Core.swift"] deps=[] imports=["CoreKit"] @App.xcodeproj/project.pbxproj:32"#,
        ])
        #expect(result.modules.first { $0.name == "Core Kit" }?.frameworkNames == ["Core"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aSynchronizedFoldersExceptionForAnotherTargetAddsTheFileToIt() {
        // CodeEdit's OpenWithCodeEdit: its FinderSync.swift lies in a folder no target synchronizes.
        let project = Self.pbxproj([
            "P0 = {isa = PBXProject; mainGroup = G0; targets = (T1);};",
            "G0 = {isa = PBXGroup; children = (R1); sourceTree = \"<group>\";};",
            "R1 = {isa = PBXFileSystemSynchronizedRootGroup; exceptions = (E1); path = Finder; sourceTree = \"<group>\";};",
            "E1 = {isa = PBXFileSystemSynchronizedBuildFileExceptionSet; membershipExceptions = (FinderSync.swift); target = T1;};",
            "T1 = {isa = PBXNativeTarget; buildPhases = (); name = Finder; productType = \"com.apple.product-type.app-extension\";};",
        ])

        let result = read(project, files: ["Finder/FinderSync.swift", "Finder/Unused.swift"])

        #expect(result.modules.map(\.roots) == [["Finder/FinderSync.swift"]])
    }

    @Test func aTargetBuildingAnotherTargetsFilesForAnotherPlatformIsLeftOut() {
        // Alamofire's `Alamofire macOS` beside `Alamofire iOS`; the macOS tests depend on the macOS framework.
        let project = Self.pbxproj([
            "P0 = {isa = PBXProject; mainGroup = G0; targets = (T1, T2, T3, T4);};",
            "G0 = {isa = PBXGroup; children = (F1, F2); sourceTree = \"<group>\";};",
            "F1 = {isa = PBXFileReference; path = Source/Session.swift; sourceTree = \"<group>\";};",
            "F2 = {isa = PBXFileReference; path = Tests/SessionTests.swift; sourceTree = \"<group>\";};",
            "B1 = {isa = PBXBuildFile; fileRef = F1;};", "B2 = {isa = PBXBuildFile; fileRef = F2;};",
            "S1 = {isa = PBXSourcesBuildPhase; files = (B1);};", "S2 = {isa = PBXSourcesBuildPhase; files = (B2);};",
            "T1 = {isa = PBXNativeTarget; buildPhases = (S1); name = \"Net iOS\"; productType = \"com.apple.product-type.framework\";};",
            "T2 = {isa = PBXNativeTarget; buildPhases = (S1); name = \"Net macOS\"; productType = \"com.apple.product-type.framework\";};",
            "T3 = {isa = PBXNativeTarget; buildPhases = (S2); dependencies = (D3); name = \"Net macOS Tests\"; "
                + "productType = \"com.apple.product-type.bundle.unit-test\";};",
            "T4 = {isa = PBXNativeTarget; buildPhases = (); name = \"Net Docs\"; productType = \"com.apple.product-type.bundle\";};",
            "D3 = {isa = PBXTargetDependency; target = T2;};",
        ])

        let result = read(project, files: ["Source/Session.swift", "Tests/SessionTests.swift"])

        // A target listing no source (`Net Docs`) builds no code and declares nothing.
        #expect(result.modules.map { "\($0.name) \($0.dependencies)" } == [#"Net iOS []"#, #"Net macOS Tests ["Net iOS"]"#])
    }

    @Test func kindsFollowTheProductType() {
        let kinds = [
            "com.apple.product-type.application", "com.apple.product-type.app-extension", "com.apple.product-type.tool",
            "com.apple.product-type.watchkit2-extension", "com.apple.product-type.framework",
            "com.apple.product-type.library.static", "com.apple.product-type.bundle",
            "com.apple.product-type.bundle.unit-test", "com.apple.product-type.bundle.ui-testing",
        ].map(XcodeTarget.kind(of:))

        #expect(kinds == [.executable, .executable, .executable, .executable, .library, .library, .library, .test, .test])
    }

    @Test func aModuleNameComesFromTheTargetsXcconfigWhenItsSettingsGiveNone() {
        // iina: `PRODUCT_NAME = IINA` in Configs/iina.xcconfig.
        let project = Self.pbxproj([
            "P0 = {isa = PBXProject; mainGroup = G0; targets = (T1);};",
            "G0 = {isa = PBXGroup; children = (F1, F9); sourceTree = \"<group>\";};",
            "F1 = {isa = PBXFileReference; path = main.swift; sourceTree = \"<group>\";};",
            "F9 = {isa = PBXFileReference; path = Configs/app.xcconfig; sourceTree = \"<group>\";};",
            "B1 = {isa = PBXBuildFile; fileRef = F1;};", "S1 = {isa = PBXSourcesBuildPhase; files = (B1);};",
            "L1 = {isa = XCConfigurationList; buildConfigurations = (C1);};",
            "C1 = {isa = XCBuildConfiguration; baseConfigurationReference = F9; buildSettings = {}; name = Release;};",
            "T1 = {isa = PBXNativeTarget; buildConfigurationList = L1; buildPhases = (S1); name = \"my-app\"; "
                + "productType = \"com.apple.product-type.application\";};",
        ])
        let context = ManifestHarness.context([
            "App.xcodeproj/project.pbxproj": project, "main.swift": "",
            "Configs/app.xcconfig": "// The app\nPRODUCT_NAME_SUFFIX = x\nPRODUCT_NAME = Media Player // shown in the menu\n",
        ])

        let result = ManifestHarness.read(context, with: XcodeProjectManifest())

        #expect(result.modules.map(\.importNames) == [["Media_Player"]])
    }

    @Test func aDamagedProjectWarnsWithItsLineAndKeepsTheTargetsItCouldRead() {
        var lines = Self.app.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Line 36: the test bundle's synchronized folder, its `;` lost.
        lines[35] = lines[35].replacingOccurrences(of: "path = AppTests;", with: "path = AppTests")

        let result = read(lines.joined(separator: "\n"), files: Self.appFiles)

        #expect(result.warnings.map(\.description) == ["App.xcodeproj/project.pbxproj:36: expected ';' after a value"])
        #expect(result.modules.map(\.name) == ["App", "App Widget", "AppTests", "Core Kit"])
    }

    @Test func textWithoutAProjectDeclaresNothingAndSaysSo() {
        let truncated = read(String(Self.app.prefix(120)), files: Self.appFiles)
        let xml = read("<?xml version=\"1.0\"?>\n<plist/>\n", files: [])

        #expect(truncated.modules.isEmpty)
        #expect(truncated.warnings.map(\.description).contains("App.xcodeproj/project.pbxproj:1: no project object found; it declares no module"))
        #expect(xml.warnings.map(\.message) == ["an XML property list, not read; it declares no module"])
    }

    @Test func aProjectFileOutsideAnXcodeprojBundleIsNoProject() {
        #expect(read(Self.app, files: Self.appFiles, at: "backup/project.pbxproj").modules.isEmpty)
    }
}
