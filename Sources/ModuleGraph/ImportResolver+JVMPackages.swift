/// A JVM import of a class no source file defines, in a package that holds no file but sub-packages: Android's
/// generated `R` (nowinandroid's `import com.google.samples.apps.nowinandroid.feature.bookmarks.api.R`, whose
/// module's code sits in `…/feature/bookmarks/api/navigation/`) is the module owning that package's sub-packages,
/// not the module of an ancestor package (`…/nowinandroid/`, the app's, which made every feature import the app).
extension ImportResolver {
    /// For each proper ancestor of a package folder (two segments at least), the modules owning its sub-packages.
    static func packageParents(of folders: [String: Set<Int>]) -> [String: Set<Int>] {
        var parents: [String: Set<Int>] = [:]
        for (folder, owners) in folders {
            var parent = Substring(folder)
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                guard parent.contains("/") else { break }
                parents[String(parent), default: []].formUnion(owners)
            }
        }
        return parents
    }

    /// The one module (after reachability; the importer's own first) owning the sub-packages of the package of
    /// `parts` (`a.b.C` → `a/b`), when that package holds no source file (`known` tells) but sub-packages do.
    func parentPackageOwner(_ parts: [String], own: Int?, known: (String) -> Bool) -> Int? {
        guard parts.count >= 3 else { return nil }
        let package = parts.dropLast().joined(separator: "/")
        guard !known(package), let owners = jvmParents[package] else { return nil }
        let reachable = own.map { own in owners.filter { isReachable($0, from: own) } } ?? owners
        if let own, reachable.contains(own) { return own }
        return reachable.count == 1 ? reachable.first : nil
    }
}
