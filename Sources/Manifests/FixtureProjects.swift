import ModuleGraph

/// Projects a test suite builds as its data, and example projects: no modules of the repository.
///
/// A manifest in test code (`test_paths`) below a fixture folder (`fixtures/`, `testdata/`, pip's `tests/data/`, SwiftPM's and the Swift
/// compiler's `Inputs/`, a `template/` the tests copy, a test source set's `resources/`, Maven's `src/it/`) or an
/// examples folder (`examples/`, `samples/`, `js-monorepo-example/`, Alamofire's `watchOS Example/`) declares a project
/// the tests build or a user copies (elixir-lang/elixir's 14 `lib/mix/test/fixtures/**/mix.exs`, langgraph-cli's example projects, swift-nio's
/// allocation-counter templates). Unless a real build lists it (a workspace member: tokio's `examples` crate; a project
/// a .NET solution outside such folders lists: MediatR's `samples/`; `listedBy`) or a real module of its ecosystem
/// depends on it by a name no real module has, it is left out: no module, no edge, no cycle, no plan; its files stay
/// where they lie, test code of the module around them, or unowned where no real module holds them (axum's separate
/// `examples/` workspace, swift-syntax's `Examples/` package: examples beside the product, as `unowned_files` lists
/// any). A project kept makes those it lists or depends on real in turn. Test targets a real manifest declares
/// (SwiftPM's `Tests/XTests`, a Maven `*-tests` module, Gradle's `src/testFixtures`) are declared outside these folders
/// and stay modules. Only a repository whose manifests are all such projects keeps them: they are all it builds.
public enum FixtureProjects {
    /// Folders holding the data of tests (lower-cased): a project below one is a fixture.
    static let fixtureFolders: Set<String> = [
        "fixtures", "fixture", "__fixtures__", "testdata", "test-data", "test_data", "test-fixtures", "test_fixtures",
        "resources", "inputs", "template", "templates", "data",
    ]
    /// Folders holding examples (lower-cased), and the endings of folder names that say so (`uv-examples`); a
    /// documentation's `snippets` are examples too (Exposed's Writerside snippets, a build of 13 example projects).
    static let exampleFolders: Set<String> = ["examples", "example", "samples", "snippets"]
    static let exampleEndings = ["-examples", "_examples", "-example", "_example", " examples", " example"]

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
        _ modules: [ModuleDeclaration], listedBy: [String: [String]], isTest: (String) -> Bool
    ) -> [ModuleDeclaration] {
        func isCandidate(_ module: ModuleDeclaration) -> Bool {
            module.ecosystem != "config" && module.ecosystem != "folder"
                && isFixture(manifest: module.manifest, isTest: isTest)
        }
        var real = modules.filter { !isCandidate($0) }
        var pending = modules.filter(isCandidate)
        guard !pending.isEmpty else { return modules }
        // Only fixtures and examples: they are what the repository builds.
        guard real.contains(where: { $0.ecosystem != "config" && $0.ecosystem != "folder" }) else { return modules }
        // A project kept may claim others in turn (an example workspace's members, a fixture's own dependency).
        while let index = pending.firstIndex(where: { isClaimed($0, by: real, listedBy: listedBy, isTest: isTest) }) {
            real.append(pending.remove(at: index))
        }
        let dropped = Set(pending)
        return modules.filter { !dropped.contains($0) }
    }

    /// Whether a real build lists `module` (a manifest of `real`, or one outside fixture folders: a virtual
    /// workspace root, a .NET solution; a solution below an examples folder is a build of examples only), or a module of `real` in its ecosystem depends on it by a name no module of `real` has.
    private static func isClaimed(
        _ module: ModuleDeclaration, by real: [ModuleDeclaration], listedBy: [String: [String]], isTest: (String) -> Bool
    ) -> Bool {
        let listings = listedBy[module.manifest] ?? []
        if listings.contains(where: { listing in
            !isFixture(manifest: listing, isTest: isTest) || real.contains { $0.manifest == listing }
        }) {
            return true
        }
        let peers = real.filter { $0.ecosystem == module.ecosystem }
        return !peers.contains { $0.name == module.name }
            && peers.contains { $0.dependencies.contains(module.name) || $0.testDependencies.contains(module.name) }
    }
}
