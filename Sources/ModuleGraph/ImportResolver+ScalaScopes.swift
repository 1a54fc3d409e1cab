import ImportScan

/// Scala's relative names: inside `package cats` (and `package data` below it) cats' code writes
/// `import kernel.compat.scalaVersionSpecific.*`, `extends kernel.instances.EqInstances` or `instances.all._` for
/// `cats.kernel…` and `cats.instances…`. scalac looks a path's first name up in each package the clauses open,
/// innermost first, before the root package; the scan notes those packages (`ImportFacts.scopes`), and a name is
/// read below the first of them of which the repository has that member: a package (a folder of JVM sources, or of
/// their sub-packages) or an object in a file named after it (`cats/laws/discipline/arbitrary.scala`). A member of
/// no scope is the root package's, as written; what the repository does not define (`annotation.tailrec`, the
/// standard library's `scala.annotation`) resolves to nothing.
extension ImportResolver {
    /// `facts.path` below the first of its scopes of which its first name is a member the repository defines; nil
    /// when it is of none (or names no scope: Java, Kotlin, Groovy, `_root_.`).
    func scopedPath(_ facts: ImportFacts) -> String? {
        guard !facts.scopes.isEmpty else { return nil }
        let first = facts.path.prefix { $0 != "." }
        for scope in facts.scopes {
            let member = scope.split(separator: ".").joined(separator: "/") + "/" + first
            if isPackageFolder(member) || hasObjectFile(member) { return scope + "." + facts.path }
        }
        return nil
    }

    /// A name in code (`.path`). One written `x.C` (Scala's relative `kernel.Eq`, or `cats.Monad`) counts only for
    /// its class's own file, `x` being a package of the repository: a value's member type (`laws.F`, where `laws`
    /// is a method) names no class file. Longer ones as imports are read.
    func resolveNamedInCode(_ facts: ImportFacts, own: Int?) -> Int? {
        let scoped = scopedPath(facts)
        let parts = facts.path.split(separator: ".")
        guard parts.count == 2, parts[1].first?.isUppercase == true else {
            return resolveJVM(scoped ?? facts.path, own: own)
        }
        guard scoped != nil || isPackageFolder(String(parts[0])) else { return nil }
        return classOwner((scoped ?? facts.path).split(separator: ".").map(String.init), own: own)
    }

    /// Whether a package folder suffix (`cats/kernel`) holds JVM sources, or sub-packages that do.
    private func isPackageFolder(_ folder: String) -> Bool {
        jvmFolders[folder] != nil || jvmParents[folder] != nil
    }

    /// Whether a tracked Scala file is the folder suffix `cats/laws/discipline/arbitrary` plus `.scala`.
    private func hasObjectFile(_ member: String) -> Bool {
        let name = (member.split(separator: "/").last.map(String.init) ?? member) + ".scala"
        return (byFileName[name] ?? []).contains { $0 == member + ".scala" || $0.hasSuffix("/" + member + ".scala") }
    }
}
