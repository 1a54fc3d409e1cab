import ModuleGraph

/// Which of a go.mod's requirements its code uses, judged per go.mod rather than per package.
///
/// GoModManifest makes one module per package and gives each the `require`s of its go.mod, which declares them for
/// all its packages at once: a package that imports none of them is no unused requirement (opentelemetry-go's
/// `attribute` package "declared but never imported" the `metric` and `trace` modules the root module's other
/// packages import). And a requirement names a Go module, which an import of any of its packages uses
/// (`go.opentelemetry.io/otel/sdk` by `…/sdk/resource`), tests' imports included: go.mod lists those too.
public enum GoRequirements {
    /// For each of `modules`, the module paths some package of its go.mod imports, in code or tests; nil for a module
    /// that is no Go package. `imports` are module index pairs: `from` imports `to`.
    public static func used(_ modules: [ModuleDeclaration], imports: [(from: Int, to: Int)]) -> [Set<String>?] {
        var byManifest: [String: Set<String>] = [:]
        for (from, to) in imports where modules[from].ecosystem == "go" && modules[to].ecosystem == "go" {
            byManifest[modules[from].manifest, default: []].insert(modulePath(of: modules[to]))
        }
        return modules.map { $0.ecosystem == "go" ? byManifest[$0.manifest, default: []] : nil }
    }

    /// The path of the Go module holding `package`: its import path less its folder below the go.mod's folder.
    public static func modulePath(of package: ModuleDeclaration) -> String {
        let manifestFolder = ManifestContext.folder(of: package.manifest)
        guard let folder = package.roots.first, folder != manifestFolder else { return package.name }
        let below = manifestFolder.isEmpty ? folder : String(folder.dropFirst(manifestFolder.count + 1))
        return package.name.hasSuffix("/" + below) ? String(package.name.dropLast(below.count + 1)) : package.name
    }
}
