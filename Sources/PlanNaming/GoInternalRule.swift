/// Go's rule for `internal` packages, for stages that propose a new import between two Go packages.
///
/// A package whose import path has an `internal` element may be imported only by packages in the tree rooted
/// at the parent of that element (the last one binds: `a/internal/b/internal/c` only from `a/internal/b/…`).
/// The toolchain checks paths alone, so `a/x` in one go.mod may import `a/internal/y` of another; a plan
/// does not propose that: an `internal` package is its go.mod module's private API, which another module
/// cannot require at a version and trust (the OpenTelemetry modules generate a copy per module instead).
package enum GoInternalRule {
    /// The tree `path` may be imported from: the path before its last `internal` element ("" for a top-level
    /// `internal`), or nil when it has none (anyone may import it).
    package static func scope(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let last = parts.lastIndex(of: "internal") else { return nil }
        return parts[..<last].joined(separator: "/")
    }

    /// Whether `importer` may import `imported`; `sameModule` when both sit in one go.mod module.
    package static func mayImport(_ importer: String, _ imported: String, sameModule: Bool) -> Bool {
        guard let scope = scope(of: imported) else { return true }
        return sameModule && (scope.isEmpty || importer == scope || importer.hasPrefix(scope + "/"))
    }

    /// The longest path both lie in, by whole elements ("" when they share none).
    package static func commonAncestor(_ first: String, _ second: String) -> String {
        let a = first.split(separator: "/", omittingEmptySubsequences: false)
        let b = second.split(separator: "/", omittingEmptySubsequences: false)
        var shared = 0
        while shared < min(a.count, b.count) && a[shared] == b[shared] { shared += 1 }
        return a[..<shared].joined(separator: "/")
    }

    /// A shared package both `first` and `second` may import: `<their nearest common ancestor>/internal/<name>`
    /// (every package below the ancestor may import it; `<ancestor>/<name>` when the ancestor is an `internal`
    /// folder itself), as a folder and an import path. `folders` are the packages' folders in the repository,
    /// `paths` their import paths.
    package static func sharedHome(
        name: String, folders: (String, String), paths: (String, String)
    ) -> (folder: String, importPath: String) {
        let home = { (ancestor: String) -> String in
            if ancestor.isEmpty { return "internal/" + name }
            let last = ancestor.split(separator: "/").last
            return ancestor + (last == "internal" ? "/" : "/internal/") + name
        }
        return (home(commonAncestor(folders.0, folders.1)), home(commonAncestor(paths.0, paths.1)))
    }
}
