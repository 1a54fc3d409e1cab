import ModuleGraph

/// C and C++ headers no manifest lists, given to the module whose sources sit beside them.
///
/// Builds list the sources they compile and seldom the headers those include: zstd's CMake `zstd` target compiles
/// `programs/*.c`, which include `programs/platform.h` and `fileio_common.h`. Left unowned, such headers became a
/// folder module `programs` that `zstd` imported and that imported `zstd` back: a false cycle. A header directly in
/// a folder (below the root) where modules own code files, and that no module owns, goes to the module owning most
/// of them there, when that module owns more of them than no module does (in nlohmann/json's `tests/src/`, one CMake
/// test target lists `unit-32bit.cpp` of a hundred unowned tests: its `test_utils.hpp` stays with them). A file
/// several modules list counts for each, and on a tie every module owning most lists the header: cJSON's 22 test
/// executables each compile their own `tests/*.c` and the shared `unity_setup.c`, and `tests/common.h`, which all
/// include, is each one's (ModuleOwnership gives a shared file to the importer listing it), not the first one's.
enum FolderHeaders {
    static let extensions: Set<Substring> = ["h", "hh", "hpp", "hxx"]

    static func attach(_ modules: [ModuleDeclaration], files: [ModuleCoverage.File]) -> [ModuleDeclaration] {
        let ownership = ModuleOwnership(modules: modules)
        let listers = sharedFileListers(modules)
        var owned: [Substring: [Int: Int]] = [:]
        var unowned: [Substring: Int] = [:]
        var orphans: [(path: String, folder: Substring)] = []
        for file in files {
            guard let slash = file.path.lastIndex(of: "/") else { continue }
            let folder = file.path[..<slash]
            if let owner = ownership.owner(of: file.path) {
                for lister in listers[file.path] ?? [owner] { owned[folder, default: [:]][lister, default: 0] += 1 }
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
            guard let counts = owned[orphan.folder], let best = counts.values.max(),
                best > unowned[orphan.folder, default: 0]
            else { continue }
            for (module, count) in counts where count == best { result[module].roots.append(orphan.path) }
        }
        return result
    }

    /// The roots several modules list (files, as a source two CMake targets compile), to those modules.
    private static func sharedFileListers(_ modules: [ModuleDeclaration]) -> [String: [Int]] {
        var listers: [String: [Int]] = [:]
        for (index, module) in modules.enumerated() {
            for root in Set(module.roots) { listers[root, default: []].append(index) }
        }
        return listers.filter { $0.value.count > 1 }
    }
}
