import ManifestSyntax
import ModuleGraph

/// Reads .NET project files (`.csproj`, `.fsproj`, `.vbproj`): one module per project, named by its file.
///
/// A project owns its folder (SDK-style projects compile every source below it). Its dependencies are
/// its `ProjectReference`s (by the referenced project's file name) and `PackageReference`s; C# code imports
/// namespaces, so a module answers to its project name, `RootNamespace` and `AssemblyName`. A project is a
/// test when it says so (`IsTestProject`, a test SDK or framework package, `ProjectType` Test) or its
/// name's last part does (`*.Tests`, `*.UnitTests`, `*.Specs`); an executable when its `OutputType` is
/// `Exe`/`WinExe` or its SDK is a web or worker SDK. MSBuild is not evaluated: `$(…)` references,
/// conditions and `Directory.Build.props` are read as written or skipped. A project file saved as UTF-16 is read
/// as its text.
public struct DotNetProjectManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { [] }
    public var manifestExtensions: Set<String> { ["csproj", "fsproj", "vbproj"] }

    /// Packages whose reference makes a project a test project (the SDK's test host and the frameworks).
    private static let testPackages: Set<String> = [
        "microsoft.net.test.sdk", "xunit", "xunit.v3", "xunit.core", "nunit", "mstest", "mstest.testframework",
        "tunit", "fscheck.xunit",
    ]

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard let text = ManifestText.utf8Text(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let outline = XMLOutline(text)
        let warnings = ManifestText.warnings(outline.problems, path: path)
        let name = Self.projectName(path)
        let property = { (key: String) in Self.property(key, in: outline) }
        let projectReferences = outline.attributes(at: "Project/ItemGroup/ProjectReference", named: "Include")
            .compactMap { Self.referencedProject($0.text) }
        let packages = outline.attributes(at: "Project/ItemGroup/PackageReference", named: "Include").map(\.text)
            .filter { !$0.contains("$(") }
        let importNames = [name, property("RootNamespace"), property("AssemblyName")].compactMap { $0 }
            .filter { !$0.contains("$(") }
        let sdk = outline.attributes(at: "Project", named: "Sdk").first
        let kind = Self.kind(name: name, sdk: sdk?.text, property: property, packages: packages)
        let module = ModuleDeclaration(
            name: name, ecosystem: "dotnet", kind: kind, roots: [ManifestContext.folder(of: path)],
            dependencies: Array(Set(projectReferences + packages)).sorted(), importNames: uniqued(importNames),
            manifest: path, line: sdk?.line ?? 1)
        return ([module], warnings)
    }

    /// `src/Polly.Core/Polly.Core.csproj` → `Polly.Core`.
    static func projectName(_ path: String) -> String {
        let file = ManifestText.fileName(of: path)
        guard let dot = file.lastIndex(of: ".") else { return file }
        return String(file[..<dot])
    }

    /// A property's last unconditional-or-not value (`<PropertyGroup><RootNamespace>Polly</…>`), nil when unset.
    private static func property(_ key: String, in outline: XMLOutline) -> String? {
        outline.texts(at: "Project/PropertyGroup/" + key).last?.text
    }

    /// `..\Polly.Core\Polly.Core.csproj` → `Polly.Core`; nil when it is an MSBuild expression.
    private static func referencedProject(_ include: String) -> String? {
        guard !include.contains("$(") else { return nil }
        let path = include.replacingBackslashes()
        return projectName(path)
    }

    private static func kind(
        name: String, sdk: String?, property: (String) -> String?, packages: [String]
    ) -> ModuleDeclaration.Kind {
        let last = name.split(separator: ".").last.map(String.init) ?? name
        let testNamed = ["Tests", "Test", "Specs", "Spec", "TestUtils", "TestHelpers", "TestUtilities"]
            .contains { last.hasSuffix($0) }
        if property("IsTestProject")?.lowercased() == "true" || property("ProjectType")?.lowercased() == "test"
            || sdk?.hasPrefix("MSTest.Sdk") == true || testNamed
            || packages.contains(where: { testPackages.contains($0.lowercased()) })
        {
            return .test
        }
        let output = property("OutputType")?.lowercased()
        if output == "exe" || output == "winexe" || sdk == "Microsoft.NET.Sdk.Web" || sdk == "Microsoft.NET.Sdk.Worker" {
            return .executable
        }
        return .library
    }

    private func uniqued(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }
}
