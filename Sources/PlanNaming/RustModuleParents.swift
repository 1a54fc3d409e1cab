/// A Rust module file and the files of the modules it declares move together.
///
/// A Rust folder module's children are declared by its parent file, `wrappers.rs` or `wrappers/mod.rs` (`mod watch;`,
/// `pub use watch::WatchStream;`), and the compiler looks for them beside it: `wrappers/watch.rs`, or where a
/// `#[path]` attribute says (`RustModuleFiles`: SymbolScan's `RustModuleTree`, or Cargo's default layout). A split
/// moving the files below a parent without it leaves `mod` lines naming files that are gone and re-exports of names the
/// crate no longer has; one moving the parent without them leaves the new crate declaring modules whose files
/// stayed behind (tokio-stream's `stream_ext.rs` without `stream_ext/*.rs`). Either way a crate would not build, and
/// the plan would ask for an interface to carry plain re-exports. So when every file below a parent moves, the parent
/// moves too (`completing`), and a parent moves only with every file below it (`wholeModules`).
package enum RustModuleParents {
    /// `paths` with the parent files whose modules they fill among `files` (a crate's paths, sorted or not). A `mod.rs`
    /// is in the folder it declares, so it is moving already when its folder is full.
    package static func completing(
        _ paths: Set<String>, in files: [String], modules: (any RustModuleFiles)? = nil
    ) -> Set<String> {
        var result = paths
        let below = Below(files: files, modules: modules ?? RustDefaultModules(files: files))
        var changed = true
        while changed {
            changed = false
            for parent in below.parents where !result.contains(parent) && !parent.hasSuffix("/mod.rs") {
                let files = below.files(below: parent)
                guard !files.isEmpty, files.allSatisfy(result.contains) else { continue }
                result.insert(parent)
                changed = true
            }
        }
        return result
    }

    /// `paths` where every parent file among them brings the files below it: those of `allowed` join, and a parent
    /// with a file below it outside `allowed` stays behind (with the files it would have brought). Then the parents
    /// whose modules fill up join too (`completing`).
    package static func wholeModules(
        _ paths: Set<String>, allowing allowed: Set<String>, in files: [String], modules: (any RustModuleFiles)? = nil
    ) -> Set<String> {
        var result = paths
        let below = Below(files: files, modules: modules ?? RustDefaultModules(files: files))
        var changed = true
        while changed {
            changed = false
            for parent in result.sorted() {
                guard result.contains(parent), below.isParent(parent) else { continue }
                let missing = below.files(below: parent).filter { !result.contains($0) }
                guard !missing.isEmpty else { continue }
                if missing.allSatisfy(allowed.contains) {
                    result.formUnion(missing)
                } else {
                    result.remove(parent)
                }
                changed = true
            }
        }
        // A parent just left behind may take a whole folder's parent with it (`completing` puts it back only when
        // its folder moves whole, which it then does).
        return completing(result, in: files, modules: modules)
    }

    /// The folder whose files a Rust module file declares: `a/foo` for `a/foo.rs` and for `a/foo/mod.rs`; nil for a
    /// crate root (`lib.rs`, `main.rs`), whose children sit beside it, and for other files.
    package static func childFolder(of path: String) -> String? {
        guard path.hasSuffix(".rs") else { return nil }
        let name = path.split(separator: "/").last ?? ""
        if name == "mod.rs" {
            let folder = folder(of: path)
            return folder.isEmpty ? nil : folder
        }
        guard name != "lib.rs", name != "main.rs", name != "build.rs" else { return nil }
        return String(path.dropLast(3))
    }

    /// The steps that move the `mod` lines of `moved` (whole files) out of the files that declare them and are not in
    /// the new crate by now (`moving`: this batch and the ones before), one per declaring file, with the number of lines
    /// they change: the parent of `src/empty.rs` is the crate root `src/lib.rs`, whose lines go to the new crate's root
    /// (`destination` of it). A parent among `later` follows in a later batch: until then the lines wait there alone.
    package static func declarationSteps(
        _ moved: [String], moving: Set<String>, later: Set<String>, in files: [String],
        modules: (any RustModuleFiles)? = nil, destination: (String) -> String
    ) -> (steps: [String], lines: Int) {
        let modules = modules ?? RustDefaultModules(files: files)
        var byParent: [String: [String]] = [:]
        for path in moved {
            guard let (name, parent) = modules.declaration(of: path),
                !moving.contains(parent)
            else { continue }
            byParent[parent, default: []].append(name)
        }
        let steps = byParent.keys.sorted().map { parent in
            var target = destination(parent)
            if target.hasSuffix("/main.rs") { target = String(target.dropLast(7)) + "lib.rs" }
            let names = Set(byParent[parent] ?? []).sorted().map { "`mod \($0);`" }
            return "Move " + names.joined(separator: ", ") + " and the `pub use` lines naming "
                + (names.count == 1 ? "it" : "them") + " from \(parent) to \(target)"
                + (later.contains(parent) ? ", a new file until \(parent) follows" : "")
        }
        return (steps, 2 * byParent.values.reduce(0) { $0 + $1.count })
    }

    /// The step for a batch that moves part of a Rust module tree (a parent file among `paths` with the files below
    /// its folder) and leaves the rest to other batches: the tree builds only whole, so those stages go together, or
    /// the `mod` lines of the files still apart reach them by `#[path]`. Nil when every tree the batch touches moves
    /// in it.
    package static func splitTreeStep(
        batch: Set<String>, paths: Set<String>, modules: (any RustModuleFiles)? = nil
    ) -> String? {
        let below = Below(files: Array(paths), modules: modules ?? RustDefaultModules(files: Array(paths)))
        let parents = below.parents.filter { parent in
            guard paths.contains(parent) else { return false }
            let tree = below.files(below: parent) + [parent]
            return tree.contains(where: batch.contains) && !tree.allSatisfy(batch.contains)
        }.sorted()
        guard !parents.isEmpty else { return nil }
        let named = parents.map { "\($0) with its folder" }.joined(separator: ", ")
        return "Mind that \(named) builds only whole: do the stages moving it in one pull request, or point the `mod` "
            + "lines of the files still apart at them with `#[path = \"…\"]` until they follow"
    }

    /// The module name a Rust file gives (`x` of `a/x.rs` and `a/x/mod.rs`) and the file declaring it: `a.rs`,
    /// `a/mod.rs`, or the crate root `a/lib.rs` (`a/main.rs`); nil for a crate root or when none is among `files`.
    package static func declaringFile(of path: String, among files: Set<String>) -> (name: String, parent: String)? {
        guard path.hasSuffix(".rs") else { return nil }
        let isModFile = path.hasSuffix("/mod.rs")
        let module = isModFile ? folder(of: path) : String(path.dropLast(3))
        guard let name = module.split(separator: "/").last.map(String.init),
            !(!isModFile && ["lib", "main", "build"].contains(name))
        else { return nil }
        let above = folder(of: module)
        let prefix = above.isEmpty ? "" : above + "/"
        let candidates = [prefix + "lib.rs", prefix + "main.rs", above + ".rs", prefix + "mod.rs"]
        return candidates.first(where: files.contains).map { (name, $0) }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The files below each parent file among a crate's files: those its modules hold, down the tree.
    private struct Below {
        private let children: [String: [String]]
        private let files: Set<String>
        private let modules: any RustModuleFiles
        /// The files some file among them declares but crate roots, sorted: those that move with what they declare.
        let parents: [String]

        init(files: [String], modules: any RustModuleFiles) {
            let all = Set(files)
            var children: [String: [String]] = [:]
            for file in files {
                guard let parent = modules.declaration(of: file)?.parent else { continue }
                children[parent, default: []].append(file)
            }
            (self.files, self.modules, self.children) = (all, modules, children)
            parents = children.keys.filter { all.contains($0) && !modules.isCrateRoot($0) }.sorted()
        }

        func isParent(_ path: String) -> Bool { children[path] != nil && !modules.isCrateRoot(path) }

        /// The files below `parent` (not itself), sorted.
        func files(below parent: String) -> [String] {
            var result = Set<String>()
            var pending = children[parent] ?? []
            while let next = pending.popLast() {
                guard next != parent, result.insert(next).inserted else { continue }
                pending += children[next] ?? []
            }
            return result.sorted()
        }
    }
}

/// What `RustModuleParents` reads of a crate's module tree: SymbolScan's `RustModuleTree` (conformed in Planning), or
/// Cargo's default layout (`RustDefaultModules`).
package protocol RustModuleFiles {
    /// The module name `path` has and the file declaring it; nil for a crate root or a file none declares.
    func declaration(of path: String) -> (name: String, parent: String)?
    /// Whether `path` is a crate root: it moves with no parent, and is no parent that moves with its modules.
    func isCrateRoot(_ path: String) -> Bool
}

/// Cargo's default layout among the files asked about: `a/x.rs` is module `x` of `a.rs`, `a/mod.rs` or `a/lib.rs`
/// when that file is among them (`RustModuleParents.declaringFile(of:among:)`).
package struct RustDefaultModules: RustModuleFiles {
    private let files: Set<String>

    /// The layout among `files`.
    package init(files: [String]) { self.files = Set(files) }

    package func declaration(of path: String) -> (name: String, parent: String)? {
        RustModuleParents.declaringFile(of: path, among: files)
    }

    package func isCrateRoot(_ path: String) -> Bool { RustModuleParents.childFolder(of: path) == nil }
}
