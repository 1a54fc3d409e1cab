/// A JVM import of a class no source file defines, in a package that holds no file but sub-packages: Android's
/// generated `R` (nowinandroid's `import com.google.samples.apps.nowinandroid.feature.bookmarks.api.R`, whose
/// module's code sits in `…/feature/bookmarks/api/navigation/`) is the module owning that package's sub-packages,
/// not the module of an ancestor package (`…/nowinandroid/`, the app's, which made every feature import the app).
/// Any other class there is defined by no file of the repository, and is external.
extension ImportResolver {
    /// The classes Android's build generates in a module's namespace package.
    private static let generatedAndroidClasses: Set<String> = ["R", "BuildConfig"]

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

    /// What a class of a package holding no source file but sub-packages resolves to (`known` tells which hold
    /// files), or nil where that does not apply (a package with files, none below it, or no class: `a.b.*`).
    /// Android's generated `R` and `BuildConfig`: the one module (after reachability; the importer's own first)
    /// owning the sub-packages, else not settled here (nil). Any other class: none, no file of the repository
    /// defining it (spock's `import org.codehaus.groovy.ast.ClassNode` is the Groovy jar's, not the module's whose shim
    /// classes sit in the sub-package `org.codehaus.groovy.ast.expr`).
    func parentPackageClass(_ parts: [String], own: Int?, known: (String) -> Bool) -> ParentPackageClass? {
        guard parts.count >= 3, let name = parts.last, name.first?.isUppercase == true else { return nil }
        let package = parts.dropLast().joined(separator: "/")
        guard !known(package), let owners = jvmParents[package] else { return nil }
        guard Self.generatedAndroidClasses.contains(name) else { return ParentPackageClass(owner: nil) }
        let reachable = own.map { own in owners.filter { isReachable($0, from: own) } } ?? owners
        if let own, reachable.contains(own) { return ParentPackageClass(owner: own) }
        return reachable.count == 1 ? ParentPackageClass(owner: reachable.first) : nil
    }
}

/// The module a class of a package holding only sub-packages resolves to; nil: none (`parentPackageClass`).
struct ParentPackageClass {
    let owner: Int?
}
