import ModuleGraph

/// Module edges a build declares rather than code imports: a .NET `ProjectReference`.
///
/// C# code names namespaces, which projects share (Polly and Polly.Core both declare `namespace Polly`), and
/// code in one namespace uses its types without any `using`: imports miss most project dependencies, while
/// the compiler allows none that the project file does not declare. So a .NET project's references to
/// projects of the repository are edges, sited in its project file (where a plan would delete them).
public enum DeclaredReferences {
    /// Ecosystems whose declared dependencies on local modules are edges.
    public static let ecosystems: Set<String> = ["dotnet"]

    /// One site per declared reference from a module of those ecosystems to another module of the same ecosystem.
    public static func sites(_ modules: [ModuleDeclaration]) -> [(from: Int, to: Int, file: String)] {
        var byName: [String: Int] = [:]
        for (index, module) in modules.enumerated() where ecosystems.contains(module.ecosystem) {
            byName[module.name] = byName[module.name] ?? index
        }
        guard !byName.isEmpty else { return [] }
        var sites: [(from: Int, to: Int, file: String)] = []
        for (index, module) in modules.enumerated() where ecosystems.contains(module.ecosystem) {
            for dependency in module.dependencies {
                guard let target = byName[dependency], target != index else { continue }
                sites.append((index, target, module.manifest))
            }
        }
        return sites
    }
}
