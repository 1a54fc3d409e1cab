import ImportScan
import ModuleGraph
import Testing

/// A header several modules own copies of: the scanned copy, the importer's own, a declared dependency, the
/// nearest copy, the first module, in that order (`ImportResolver.preferred(files:from:own:)`).
@Suite struct DuplicatedHeaderTests {
    /// nlohmann/json's shape: a Swift package `json` over the amalgamation `single_include/`, sorting before the
    /// CMake library `nlohmann_json` over `include/`; `unscanned` holds what the scan left out.
    private func resolve(
        _ include: String, from file: String, unscanned: Set<String> = [], dependencies: [String] = []
    ) -> String? {
        let modules = [
            ModuleDeclaration(name: "json", ecosystem: "swift", roots: ["single_include/nlohmann"], manifest: "Package.swift", line: 1),
            ModuleDeclaration(name: "nlohmann_json", ecosystem: "cmake", roots: ["include"], manifest: "CMakeLists.txt", line: 1),
            ModuleDeclaration(
                name: "tests", ecosystem: "cmake", roots: ["tests"], dependencies: dependencies,
                manifest: "tests/CMakeLists.txt", line: 1),
            ModuleDeclaration(name: "docs", ecosystem: "cmake", roots: ["docs"], manifest: "docs/CMakeLists.txt", line: 1),
        ]
        let paths = [
            "docs/examples/at.cpp", "docs/nlohmann/json_fwd.hpp", "include/nlohmann/json.hpp",
            "include/nlohmann/json_fwd.hpp", "single_include/nlohmann/json.hpp", "single_include/nlohmann/json_fwd.hpp",
            "tests/src/unit.cpp", "tests/nlohmann/json_fwd.hpp",
        ]
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths, unscanned: unscanned)
        return resolver.resolve(ImportFacts(path: include, kind: .system, line: 1), in: file, style: "c")
            .map { modules[$0].name }
    }

    @Test func aScannedCopyWinsOverOneTheScanLeftOut() {
        let amalgamation: Set = ["single_include/nlohmann/json.hpp"]
        #expect(resolve("nlohmann/json.hpp", from: "docs/examples/at.cpp") == "json")  // a tie: the first module
        #expect(resolve("nlohmann/json.hpp", from: "docs/examples/at.cpp", unscanned: amalgamation) == "nlohmann_json")
        // Before the importer's own module or a declared dependency: the edge points to what the scan measures.
        #expect(resolve("nlohmann/json.hpp", from: "tests/src/unit.cpp", unscanned: amalgamation, dependencies: ["json"])
            == "nlohmann_json")
    }

    @Test func theOwnModuleThenADeclaredDependencyThenTheNearestCopy() {
        #expect(resolve("nlohmann/json_fwd.hpp", from: "tests/src/unit.cpp") == "tests")
        #expect(resolve("nlohmann/json.hpp", from: "tests/src/unit.cpp", dependencies: ["nlohmann_json"]) == "nlohmann_json")
        #expect(resolve("nlohmann/json.hpp", from: "tests/src/unit.cpp") == "json")  // no copy nearer: the first
        // The own copy left out: the scanned copies tie, and none shares a folder with the importer.
        let fwd = resolve("nlohmann/json_fwd.hpp", from: "docs/examples/at.cpp", unscanned: ["docs/nlohmann/json_fwd.hpp"])
        #expect(fwd == "json")
        #expect(ImportResolver.sharedFolders("include/nlohmann/json.hpp", "include/nlohmann/x.cpp") == 2)
        #expect(ImportResolver.sharedFolders("include/a.h", "includes/b.h") == 0)
    }

    @Test func theNearestCopyBreaksARemainingTie() {
        let modules = [
            ModuleDeclaration(name: "a", ecosystem: "cmake", roots: ["lib/a"], manifest: "lib/a/CMakeLists.txt", line: 1),
            ModuleDeclaration(name: "b", ecosystem: "cmake", roots: ["tools/b"], manifest: "tools/b/CMakeLists.txt", line: 1),
            ModuleDeclaration(name: "app", ecosystem: "cmake", roots: ["tools/app"], manifest: "tools/app/CMakeLists.txt", line: 1),
        ]
        let paths = ["lib/a/include/util/log.h", "tools/b/include/util/log.h", "tools/app/main.c"]
        let resolver = ImportResolver(modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths)
        let target = resolver.resolve(ImportFacts(path: "util/log.h", kind: .file, line: 1), in: paths[2], style: "c")
        #expect(target.map { modules[$0].name } == "b")
    }
}
