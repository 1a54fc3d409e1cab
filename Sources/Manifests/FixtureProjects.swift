import ModuleGraph

/// Projects a test suite builds as its data, and example projects: no modules of the repository.
///
/// A manifest in test code (`test_paths`) below a fixture folder (`fixtures/`, `testdata/`, a test source set's
/// `resources/`, Maven's `src/it/`) or an examples folder (`examples/`, `samples/`, `js-monorepo-example/`) declares
/// a project the tests build or a user copies (elixir-lang/elixir's 14 `lib/mix/test/fixtures/**/mix.exs`,
/// langgraph-cli's example projects). Unless a real build lists it (a workspace member: tokio's `examples` crate,
/// `listedBy`) or a real module of its ecosystem depends on it by a name no real module has, it is left out: no
/// module, no edge, no cycle, no plan; its files stay where they lie, test code of the module around them.
/// A project kept makes those it lists or depends on real in turn. Test targets a real manifest declares
/// (SwiftPM's `Tests/XTests`, a Maven `*-tests` module, Gradle's `src/testFixtures`) are declared outside these
/// folders and stay modules.
public enum FixtureProjects {
    /// Folders holding the data of tests (lower-cased): a project below one is a fixture.
    static let fixtureFolders: Set<String> = [
        "fixtures", "fixture", "__fixtures__", "testdata", "test-data", "test_data", "test-fixtures", "test_fixtures",
        "resources",
    ]
    /// Folders holding examples (lower-cased), and the endings of folder names that say so (`uv-examples`).
    static let exampleFolders: Set<String> = ["examples", "example", "samples"]
    static let exampleEndings = ["-examples", "_examples", "-example", "_example"]

    /// Whether the test code (`isTest`) at `manifest` lies below a fixture or examples folder.
    public static func isFixture(manifest: String, isTest: (String) -> Bool) -> Bool {
        let folders = manifest.split(separator: "/").dropLast().map { $0.lowercased() }
        let placed = folders.indices.contains { index in
            let folder = folders[index]
            return fixtureFolders.contains(folder) || exampleFolders.contains(folder)
                || exampleEndings.contains { folder.hasSuffix($0) }
                || (folder == "it" && index > 0 && folders[index - 1] == "src")
        }
        return placed && isTest(manifest)
    }

    /// `modules` without the fixture and example projects no real build lists or depends on.
    static func withoutFixtures(
        _ modules: [ModuleDeclaration], listedBy: [String: String], isTest: (String) -> Bool
    ) -> [ModuleDeclaration] {
        let candidate = modules.map {
            !["config", "folder"].contains($0.ecosystem) && isFixture(manifest: $0.manifest, isTest: isTest)
        }
        guard candidate.contains(true) else { return modules }
        let candidateManifests = Set(modules.indices.filter { candidate[$0] }.map { modules[$0].manifest })
        var kept = candidate.map { !$0 }
        var changed = true
        while changed {
            changed = false
            let realManifests = Set(modules.indices.filter { kept[$0] }.map { modules[$0].manifest })
            let realNames = Set(modules.indices.filter { kept[$0] }.map { "\(modules[$0].ecosystem)|\(modules[$0].name)" })
            let used = Set(modules.indices.filter { kept[$0] }.flatMap { index in
                (modules[index].dependencies + modules[index].testDependencies).map { "\(modules[index].ecosystem)|\($0)" }
            })
            for index in modules.indices where !kept[index] {
                let module = modules[index]
                let key = "\(module.ecosystem)|\(module.name)"
                let listing = listedBy[module.manifest]
                let listed = listing.map { realManifests.contains($0) || !candidateManifests.contains($0) && !isFixture(manifest: $0, isTest: isTest) } ?? false
                if listed || (used.contains(key) && !realNames.contains(key)) {
                    kept[index] = true
                    changed = true
                }
            }
        }
        return modules.indices.filter { kept[$0] }.map { modules[$0] }
    }
}
