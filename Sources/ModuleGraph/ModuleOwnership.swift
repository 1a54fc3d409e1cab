/// Assigns every file to the module with the longest root containing it.
///
/// Roots are looked up by the path itself (a root may name one file: `build.rs`), then by its folders,
/// deepest first, so a lookup costs one hash per folder level whatever the number of modules (vite has 274).
public struct ModuleOwnership: Sendable {
    /// Root folder → the module owning it (the first module, by index, when several share a root).
    private let byRoot: [Substring: Int]
    private let rootModule: Int?

    public init(modules: [ModuleDeclaration]) {
        var byRoot: [Substring: Int] = [:]
        for (index, module) in modules.enumerated() {
            for root in module.roots where !root.isEmpty && byRoot[Substring(root)] == nil {
                byRoot[Substring(root)] = index
            }
        }
        self.byRoot = byRoot
        self.rootModule = modules.firstIndex { $0.roots.contains("") }
    }

    /// The index of the module owning `path`, or nil when no root contains it.
    public func owner(of path: String) -> Int? {
        var end = path.endIndex
        while true {
            if let module = byRoot[path[..<end]] { return module }
            guard let slash = path[..<end].lastIndex(of: "/") else { return rootModule }
            end = slash
        }
    }
}
