/// Assigns every file to the module with the longest root containing it.
public struct ModuleOwnership: Sendable {
    /// `(root, module index)` pairs, longest roots first.
    private let roots: [(root: String, module: Int)]

    public init(modules: [ModuleDeclaration]) {
        var pairs: [(String, Int)] = []
        for (index, module) in modules.enumerated() {
            for root in module.roots { pairs.append((root, index)) }
        }
        roots = pairs.sorted { ($0.0.count, $1.1) > ($1.0.count, $0.1) }
    }

    /// The index of the module owning `path`, or nil when no root contains it.
    public func owner(of path: String) -> Int? {
        for (root, module) in roots {
            if root.isEmpty { return module }
            let utf8 = path.utf8
            if utf8.count > root.utf8.count && path.hasPrefix(root)
                && utf8[utf8.index(utf8.startIndex, offsetBy: root.utf8.count)] == UInt8(ascii: "/")
            {
                return module
            }
        }
        return nil
    }
}
