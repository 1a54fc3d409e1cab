import ModuleGraph

/// Module edges a build declares rather than code imports.
///
/// C# code names namespaces, which projects share (Polly and Polly.Core both declare `namespace Polly`), and
/// code in one namespace uses its types without any `using`: imports miss most project dependencies, while
/// the compiler allows none that the project file does not declare. So a .NET project's references to
/// projects of the repository are edges, sited in its project file (where a plan would delete them). So are a dune
/// stanza's `libraries`: the compiler allows no other, and OCaml code can use a library without naming its module
/// (a `-open` flag); but as its code names what it uses (`Dune_engine.Process`), a declared library none of its
/// files names is listed unused (`namedInCode`).
/// Java, Kotlin, Scala and Groovy code uses its own package's types without an import too: a Gradle, Maven or sbt
/// module's declared dependency on a module it shares a package with is an edge (leakcanary's modules are all in
/// package `leakcanary`), sited in its build file.
public enum DeclaredReferences {
    /// Ecosystems whose declared dependencies on local modules are edges.
    public static let ecosystems: Set<String> = ["dotnet", "dune"]
    /// Ecosystems of `ecosystems` whose code names the modules it uses, so that a declared dependency no import
    /// names is unused though it is an edge (not .NET's: projects share namespaces).
    public static let namedInCode: Set<String> = ["dune"]
    /// Ecosystems whose declared dependencies are edges between modules sharing a package.
    public static let packageEcosystems: Set<String> = ["gradle", "maven", "sbt"]

    /// One site per declared reference from a module of those ecosystems to another module of the same ecosystem.
    /// `packages` are the JVM packages of each module's code (`jvmPackage`), `buildFiles` where each declares.
    public static func sites(
        _ modules: [ModuleDeclaration], packages: [Set<String>] = [], buildFiles: [String] = []
    ) -> [(from: Int, to: Int, file: String)] {
        let declaring = ecosystems.union(packageEcosystems)
        var byName: [String: Int] = [:]
        for (index, module) in modules.enumerated() where declaring.contains(module.ecosystem) {
            byName["\(module.ecosystem) \(module.name)"] = byName["\(module.ecosystem) \(module.name)"] ?? index
        }
        guard !byName.isEmpty else { return [] }
        // A JVM dependency counts only between modules sharing a package.
        let sharesPackage = { (from: Int, to: Int) in
            from < packages.count && to < packages.count && !packages[from].isDisjoint(with: packages[to])
        }
        var sites: [(from: Int, to: Int, file: String)] = []
        for (index, module) in modules.enumerated() where declaring.contains(module.ecosystem) {
            let file = index < buildFiles.count ? buildFiles[index] : module.manifest
            let targets = module.dependencies.compactMap { byName["\(module.ecosystem) \($0)"] }.filter { $0 != index }
            for target in targets where !packageEcosystems.contains(module.ecosystem) || sharesPackage(index, target) {
                sites.append((index, target, file))
            }
        }
        return sites
    }

    /// The package folder of a Java, Kotlin, Scala or Groovy file (`m/src/main/kotlin/com/acme/A.kt` → `com/acme`):
    /// its folders after the first language folder (`scala-3` too), else after `src`; nil for other files and the
    /// default package.
    public static func jvmPackage(of path: String) -> String? {
        guard JVMSources.isSource(path) else { return nil }
        let folders = path.split(separator: "/").dropLast()
        guard let root = folders.firstIndex(where: JVMSources.isLanguageFolder) ?? folders.firstIndex(of: "src"),
            root + 1 < folders.endIndex
        else { return nil }
        return folders[(root + 1)...].joined(separator: "/")
    }
}
