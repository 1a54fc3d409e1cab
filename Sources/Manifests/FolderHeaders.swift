import ModuleGraph

/// C and C++ headers no manifest lists, given to the module whose sources sit beside them.
///
/// Builds list the sources they compile and seldom the headers those include: zstd's CMake `zstd` target compiles
/// `programs/*.c`, which include `programs/platform.h` and `fileio_common.h`. Left unowned, such headers became a
/// folder module `programs` that `zstd` imported and that imported `zstd` back: a false cycle. A header directly in
/// a folder (below the root) where modules own code files, and that no module owns, goes to the module owning most
/// of them there (the first by index on a tie), when that module owns more of them than no module does (in
/// nlohmann/json's `tests/src/`, one CMake test target lists `unit-32bit.cpp` of a hundred unowned tests: its
/// `test_utils.hpp` stays with them).
enum FolderHeaders {
    static let extensions: Set<Substring> = ["h", "hh", "hpp", "hxx"]

    static func attach(_ modules: [ModuleDeclaration], files: [ModuleCoverage.File]) -> [ModuleDeclaration] {
        let ownership = ModuleOwnership(modules: modules)
        var owned: [Substring: [Int: Int]] = [:]
        var unowned: [Substring: Int] = [:]
        var orphans: [(path: String, folder: Substring)] = []
        for file in files {
            guard let slash = file.path.lastIndex(of: "/") else { continue }
            let folder = file.path[..<slash]
            if let owner = ownership.owner(of: file.path) {
                owned[folder, default: [:]][owner, default: 0] += 1
            } else if let dot = file.path.lastIndex(of: "."), dot > slash,
                extensions.contains(file.path[file.path.index(after: dot)...])
            {
                orphans.append((file.path, folder))
            } else {
                unowned[folder, default: 0] += 1
            }
        }
        guard !orphans.isEmpty else { return modules }
        var result = modules
        for orphan in orphans {
            guard let counts = owned[orphan.folder],
                let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                best.value > unowned[orphan.folder, default: 0]
            else { continue }
            result[best.key].roots.append(orphan.path)
        }
        return result
    }
}
