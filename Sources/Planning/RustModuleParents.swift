/// The Rust files that declare a moving folder's modules: they move with it.
///
/// A Rust folder module's children are declared by its parent file, `wrappers.rs` or `wrappers/mod.rs` (`mod watch;`,
/// `pub use watch::WatchStream;`). A split moving `src/wrappers/*.rs` without it leaves `mod` lines naming files that
/// are gone and re-exports of names the crate no longer has: the new crate would not build, and the plan would ask for
/// an interface to carry plain re-exports. So when every file below a folder moves, its parent file moves too (and,
/// once it does, its own folder's may).
enum RustModuleParents {
    /// `paths` with the parent files of the folders they fill among `files` (a crate's paths, sorted or not).
    static func completing(_ paths: Set<String>, in files: [String]) -> Set<String> {
        var result = paths
        let all = Set(files)
        var changed = true
        while changed {
            changed = false
            for folder in Set(result.map(folder(of:))) where !folder.isEmpty {
                let below = files.filter { $0.hasPrefix(folder + "/") }
                guard !below.isEmpty, below.allSatisfy(result.contains) else { continue }
                for parent in [folder + ".rs", folder + "/mod.rs"] where all.contains(parent) && !result.contains(parent) {
                    // `folder/mod.rs` is below the folder, so it is moving already when the folder is full.
                    result.insert(parent)
                    changed = true
                }
            }
        }
        return result
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
