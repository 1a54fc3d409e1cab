/// Folders a split's new module may be named after (Planning's `ModuleSplitStages+Naming` asks).
extension ModuleNaming {
    /// The last name of the deepest folder holding every one of `paths`, unless it is one of the module's `roots` or
    /// above one (a folder the whole module shares names nothing of a part).
    package static func enclosingFolder(of paths: [String], roots: [String]) -> String? {
        let folder = commonFolder(of: paths)
        guard !folder.isEmpty, !roots.contains(where: { $0.isEmpty || $0 == folder || $0.hasPrefix(folder + "/") })
        else { return nil }
        return folder.split(separator: "/").last.map(String.init)
    }

    /// `enclosingFolder(of:roots:)` where the folder all of `module`'s files share is a root too (lazy.nvim's
    /// `lua/lazy/` in its `lua/` module names nothing of a part), and only when `paths` hold at least half of the
    /// folder's code lines: a folder mostly staying names more than what leaves it (vite's pack of `worker.ts`,
    /// `asset.ts` and four more files of `src/node/`, which holds a hundred, was to be named `node`). Nor does a
    /// folder name nine in ten of the module's files have in their paths: a JVM module's root package in each of its
    /// source sets (okhttp's pack of `src/androidMain/kotlin/okhttp3/…` files was to be the module `okhttp3`).
    package static func enclosingFolder(of paths: [String], in module: some ModuleLayout) -> String? {
        let shared = commonFolder(of: module.files.map(\.path))
        // A root inside another is one of its folders (tesla's Mix project lists `lib/tesla/middleware` beside `lib`:
        // its pack of 22 middleware files was named `tesla_logger`, after the largest).
        let outer = module.roots.filter { root in !module.roots.contains { root.hasPrefix($0 + "/") } }
        guard let name = enclosingFolder(of: paths, roots: outer + (shared.isEmpty ? [] : [shared])) else { return nil }
        guard !namesWholeModule(name, module) else { return nil }
        let (folder, moving) = (commonFolder(of: paths) + "/", Set(paths))
        let under = module.files.filter { $0.path.hasPrefix(folder) }
        let lines = under.reduce(0) { $0 + $1.codeLines }
        return 2 * under.filter { moving.contains($0.path) }.reduce(0) { $0 + $1.codeLines } >= lines ? name : nil
    }

    /// The last name of `folder` a split's files fill, unless it names the whole module (`namesWholeModule`).
    package static func partName(ofFolder folder: String, in module: some ModuleLayout) -> String? {
        guard let name = folder.split(separator: "/").last.map(String.init) else { return nil }
        return namesWholeModule(name, module) ? nil : name
    }

    /// Whether nine in ten of `module`'s files have a folder named `name` in their paths: a JVM module's root package
    /// in each of its source sets (`okhttp3` in okhttp's `src/androidMain/kotlin/`, `src/jvmMain/kotlin/`…).
    private static func namesWholeModule(_ name: String, _ module: some ModuleLayout) -> Bool {
        let component = "/" + name + "/"
        return 10 * module.files.filter { ("/" + $0.path).contains(component) }.count >= 9 * module.files.count
    }

    /// Whether a file's name starts in lower case: its first letter, past a leading `_` (telescope.nvim's
    /// `__files.lua` and `__git.lua` had named their module `Telescope` beside its `telescope`); a name with no
    /// letter decides nothing.
    package static func startsInLowerCase(_ path: String) -> Bool {
        (path.split(separator: "/").last?.first(where: \.isLetter)?.isLowercase) ?? true
    }

    /// The deepest folder holding every one of `paths` (`""` for none but the top).
    package static func commonFolder(of paths: [String]) -> String {
        guard var folder = paths.first.map({ $0.split(separator: "/").dropLast().joined(separator: "/") }) else { return "" }
        while !folder.isEmpty, !paths.allSatisfy({ $0.hasPrefix(folder + "/") }) {
            folder = folder.split(separator: "/").dropLast().joined(separator: "/")
        }
        return folder
    }

    /// `Readers/ODT.hs` as `Readers/ODT/_` when files of `Readers/ODT/` are among `paths` (the file the folder's files
    /// extend); any other path as it is.
    package static func intoItsFolder(_ path: String, among paths: Set<String>) -> String {
        guard let dot = path.lastIndex(of: "."), let slash = path.lastIndex(of: "/"), dot > slash else { return path }
        let folder = path[..<dot] + "/"
        return paths.contains { $0.hasPrefix(folder) } ? folder + "_" : path
    }

    /// The folders and files already where `module`'s new modules go (the parent of `folder(for:module:)`), among
    /// `paths` (the module's own files among them), lower-cased: a new module's folder is none of them, in any case
    /// (`Taken`). telescope.nvim's folder module `lua` was to get a new `lua/telescope/`, the folder its files were
    /// in already, and moved `lua/telescope/builtin/init.lua` onto itself.
    package static func presentEntries(
        besideNewModulesOf module: some ModuleLayout, among paths: some Sequence<String>
    ) -> Set<String> {
        let parent = folder(for: "_", module: module).split(separator: "/").dropLast().joined(separator: "/")
        let prefix = parent.isEmpty ? "" : parent.lowercased() + "/"
        var entries = Set<String>()
        for path in paths {
            let path = path.lowercased()
            guard path.hasPrefix(prefix), let entry = path.dropFirst(prefix.count).split(separator: "/").first
            else { continue }
            entries.insert(String(entry))
        }
        return entries
    }
}
