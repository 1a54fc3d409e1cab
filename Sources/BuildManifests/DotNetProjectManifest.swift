import ManifestSyntax
import ModuleGraph
import TOMLText

/// Reads .NET project files (`.csproj`, `.fsproj`, `.vbproj`): one module per project, named by its file.
///
/// A project owns its folder (SDK-style projects compile every source below it). Its dependencies are
/// its `ProjectReference`s (by the referenced project's file name) and `PackageReference`s; C# code imports
/// namespaces, so a module answers to its project name, `RootNamespace` and `AssemblyName`. A project is a
/// test when it says so (`IsTestProject`, a test SDK or framework package, `ProjectType` Test) or its
/// name's last part does (`*.Tests`, `*.UnitTests`, `*.Specs`); an executable when its `OutputType` is
/// `Exe`/`WinExe` or its SDK is a web or worker SDK. The files its `Compile` items link from outside its folder
/// are roots of its own. MSBuild is not evaluated: `$(…)` references,
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
        let folder = ManifestContext.folder(of: path)
        let module = ModuleDeclaration(
            name: name, ecosystem: "dotnet", kind: kind, roots: [folder] + Self.linkedFiles(outline, folder, context),
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

    /// `..\Polly.Core\Polly.Core.csproj` → `Polly.Core`; nil when the file name is an MSBuild expression. A
    /// property in its folders does not matter: projects are matched by name (RestSharp's
    /// `$(RepoRoot)\gen\SourceGenerator\SourceGenerator.csproj`).
    private static func referencedProject(_ include: String) -> String? {
        let name = ManifestText.fileName(of: include.replacingBackslashes())
        guard !name.contains("$(") && !name.contains(")") else { return nil }
        return projectName(name)
    }

    /// The tracked files `<Compile Include="…"/>` items name outside the project's folder, which the project
    /// compiles as its own (Autofac's test projects link `..\Shims\required\*.cs`); items with an MSBuild
    /// expression are skipped.
    private static func linkedFiles(_ outline: XMLOutline, _ folder: String, _ context: ManifestContext) -> [String] {
        let includes = outline.attributes(at: "Project/ItemGroup/Compile", named: "Include")
            .flatMap { $0.text.split(separator: ";") }
        var files: Set<String> = []
        for include in includes where !include.contains("$(") && !include.contains("@(") && !include.contains("%(") {
            let pattern = ManifestContext.join(folder, String(include).trimmingSpaces().replacingBackslashes())
            guard !ManifestContext.isInside(pattern, folder) else { continue }
            files.formUnion(context.paths(matchingPattern: pattern))
        }
        return files.sorted()
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
