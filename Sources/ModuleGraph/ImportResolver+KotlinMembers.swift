/// What a JVM name means when its package folder cannot tell: a package several modules share (okio's `okio` is four
/// modules', leakcanary's `shark` eight; Gradle and Maven modules share packages freely).
///
/// Kotlin's packages hold functions and properties as well as classes, and a Kotlin file of any name holds any of
/// them: the file declaring the name at top level tells its module (leakcanary's `import shark.dump` is
/// `:shark:shark-hprof-test`'s `fun File.dump`, not `:shark:shark`'s; its `leakcanary.internal.checkMainThread()` in
/// code is `:leakcanary:leakcanary-android-utils`'s). The names are ImportScan's `KotlinTopLevelNames`, read from the
/// file when first asked (`kotlinTopLevelNames`), and only in a shared package: elsewhere the folder tells as much. A
/// member or nested class of a class (`import static a.b.C.d`, `a.b.C.Inner`) is the module of the class's file.
extension ImportResolver {
    /// The module owning the file of the class a member or nested class is named after (`a.b.C.d`, `a.b.C.D`): the
    /// first capitalised word but the last ends the class's name.
    func memberClassOwner(_ parts: [String], own: Int?) -> Int? {
        guard let end = parts.indices.dropLast().first(where: { $0 > 0 && parts[$0].first?.isUppercase == true }) else {
            return nil
        }
        return classOwner(Array(parts[...end]), own: own)
    }

    /// The module whose Kotlin file declares at top level the word after the longest package of `parts` the
    /// repository has (`okio.internal.commonWrite`: `commonWrite` in `okio/internal`; a chain in code may go on with
    /// members, `leakcanary.internal.mainHandler.post`), when that package is several reachable modules'; of several
    /// such files, the importer's own module, else one it declares (`preferred`). Nil when the package is one
    /// module's, holds no Kotlin file, or none of them declares the word: the package folder's rule answers.
    func topLevelOwner(_ parts: [String], own: Int?) -> Int? {
        for count in stride(from: parts.count - 1, through: 1, by: -1) {
            let folder = parts[..<count].joined(separator: "/")
            guard jvmFolders[folder] != nil else { continue }
            guard let files = kotlinFiles[folder], isShared(folder, own: own) else { return nil }
            let name = parts[count]
            let owners = files.filter { kotlinTopLevelNames($0).contains(name) }.compactMap { ownership.owner(of: $0) }
            return preferred(Set(owners), own: own)
        }
        return nil
    }

    /// Whether several modules that code of `own` may use own sources of the package folder `folder`.
    private func isShared(_ folder: String, own: Int?) -> Bool {
        guard let owners = jvmFolders[folder], owners.count > 1 else { return false }
        return owners.filter { isReachable($0, from: own) }.count > 1
    }
}
