/// Assigns every file to the module with the longest root containing it.
///
/// Roots are looked up by the path itself (a root may name one file: `build.rs`), then by its folders,
/// deepest first, so a lookup costs one hash per folder level whatever the number of modules (vite has 274).
///
/// When several modules share a root (a source file two CMake targets compile), a library takes it before an
/// executable, plugin or other, and those before a test; then one declared outside a test folder; then the first
/// by index. zstd's `programs/benchzstd.c` is the `zstd` program's, not the `fullbench` test tool's that
/// `build/cmake/tests/` also compiles it into (which had closed a false cycle through the programs' folder).
public struct ModuleOwnership: Sendable {
    /// Root folder → the module owning it (the preferred one, above, when several share a root).
    private let byRoot: [Substring: Int]
    /// Roots several modules list → all of them.
    private let sharers: [Substring: [Int]]
    private let rootModule: Int?

    public init(modules: [ModuleDeclaration]) {
        var byRoot: [Substring: Int] = [:]
        var shared: [Substring: [Int]] = [:]
        for (index, module) in modules.enumerated() {
            for root in module.roots where !root.isEmpty {
                let key = Substring(root)
                if let other = byRoot[key] {
                    shared[key, default: [other]].append(index)
                } else {
                    byRoot[key] = index
                }
            }
        }
        for (root, indices) in shared {
            let folder = root.lastIndex(of: "/").map { root[..<$0] } ?? ""
            byRoot[root] = indices.min {
                Self.rank(modules[$0], $0, in: folder) < Self.rank(modules[$1], $1, in: folder)
            }
        }
        self.byRoot = byRoot
        self.sharers = shared
        self.rootModule = modules.firstIndex { $0.roots.contains("") }
    }

    /// How a module ranks for a root it shares, lowest first: its kind (library 0, test 2, others 1), whether its
    /// manifest lies in a `test` or `tests` folder, fewer of its roots in the root's folder (the folder's main
    /// target compiles most of it: zstd's `programs/*.c` glob against pzstd's one `programs/util.c`), its index.
    private static func rank(_ module: ModuleDeclaration, _ index: Int, in folder: Substring) -> (Int, Int, Int, Int) {
        let kind = module.kind == .library ? 0 : module.kind == .test ? 2 : 1
        let inTests = module.manifest.split(separator: "/").dropLast().contains { $0 == "test" || $0 == "tests" }
        let inFolder = module.roots.count { root in (root.lastIndex(of: "/").map { root[..<$0] } ?? "") == folder }
        return (kind, inTests ? 1 : 0, -inFolder, index)
    }

    /// The index of the module owning `path`, or nil when no root contains it.
    public func owner(of path: String) -> Int? { owner(of: path, for: nil) }

    /// The module owning `path` as `importer` sees it: the importer itself when it lists the root holding `path` with
    /// others, whose file is then its own too. cJSON's `tests/unity_setup.c`, which every test executable compiles,
    /// and `tests/common.h` beside it went to `cjson_add` alone, and each of the other 21 tests had an edge to it.
    public func owner(of path: String, for importer: Int?) -> Int? {
        var end = path.endIndex
        while true {
            if let module = byRoot[path[..<end]] {
                guard let importer, importer != module, sharers[path[..<end]]?.contains(importer) == true else {
                    return module
                }
                return importer
            }
            guard let slash = path[..<end].lastIndex(of: "/") else { return rootModule }
            end = slash
        }
    }
}
