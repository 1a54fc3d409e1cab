import ModuleGraph
import Testing

@Suite struct ModuleIdentityTests {
    private func module(_ name: String, _ ecosystem: String, _ manifest: String, deps: [String] = []) -> ModuleDeclaration {
        ModuleDeclaration(name: name, ecosystem: ecosystem, roots: [], dependencies: deps, manifest: manifest, line: 1)
    }

    @Test func aDependencyMeansTheModuleOfItsManifestThenOfItsEcosystem() {
        let modules = [
            module("core", "cargo", "a/Cargo.toml"),
            module("core", "cmake", "b/CMakeLists.txt"),
            module("core", "cmake", "c/CMakeLists.txt"),
            module("app", "cmake", "c/CMakeLists.txt", deps: ["core", "pthread"]),
            module("cli", "cmake", "d/CMakeLists.txt", deps: ["core"]),
            module("tool", "cargo", "e/Cargo.toml", deps: ["core"]),
            module("script", "npm", "package.json", deps: ["core"]),
        ]

        let targets = ModuleDeclaration.dependencies(of: modules)

        #expect(targets[3] == [2, nil])  // same manifest; pthread is external
        #expect(targets[4] == [1])  // same ecosystem, the first of them
        #expect(targets[5] == [0])
        #expect(targets[6] == [0])  // no module of its own: the first of that name
    }

    @Test func aDependencyMeansTheNearestModuleOfItsEcosystemWhenSeveralShareTheName() {
        let modules = [
            module("shared", "python", "ex/one/libs/shared/pyproject.toml"),
            module("shared", "python", "ex/two/libs/shared/pyproject.toml"),
            module("agent", "python", "ex/two/apps/agent/pyproject.toml", deps: ["shared"]),
            module("agent", "python", "ex/one/apps/agent/pyproject.toml", deps: ["shared"]),
        ]

        let distinct = ModuleDeclaration.distinct(modules)

        #expect(distinct.first { $0.manifest == "ex/two/apps/agent/pyproject.toml" }?.dependencies
            == ["shared (ex/two/libs/shared/pyproject.toml)"])
        #expect(distinct.first { $0.manifest == "ex/one/apps/agent/pyproject.toml" }?.dependencies
            == ["shared (ex/one/libs/shared/pyproject.toml)"])
    }

    @Test func sharedNamesTakeTheirEcosystemOrTheirManifest() {
        let modules = [
            module("libgit", "cargo", "contrib/libgit-rs/Cargo.toml"),
            module("libgit", "cmake", "contrib/buildsystems/CMakeLists.txt"),
            module("test", "cmake", "a/CMakeLists.txt"),
            module("test", "cmake", "b/CMakeLists.txt"),
            module("main", "cmake", "a/CMakeLists.txt", deps: ["test", "libgit", "z"]),
        ]

        let distinct = ModuleDeclaration.distinct(modules)

        #expect(distinct.map(\.name) == [
            "libgit (cargo)", "libgit (cmake)", "main", "test (a/CMakeLists.txt)", "test (b/CMakeLists.txt)",
        ])
        #expect(distinct[2].dependencies == ["libgit (cmake)", "test (a/CMakeLists.txt)", "z"])
    }

    @Test func aFixtureProjectYieldsItsNameToTheModuleThatShips() {
        // poetry's tests/utils/fixtures/pyproject.toml is named `poetry` too: the dashboard read "poetry (pyproject.toml)".
        let modules = [
            module("poetry", "python", "pyproject.toml"),
            module("poetry", "python", "tests/utils/fixtures/pyproject.toml"),
            module("demo", "python", "tests/fixtures/a/pyproject.toml"),
            module("demo", "python", "tests/fixtures/b/pyproject.toml"),
            module("core", "npm", "a/package.json"), module("core", "npm", "tests/core/package.json"),
            module("core", "npm", "b/package.json"),
        ]

        let names = ModuleDeclaration.distinctNames(modules) { $0.hasPrefix("tests/") }

        #expect(names == [
            "poetry", "poetry (tests/utils/fixtures/pyproject.toml)", "demo (tests/fixtures/a/pyproject.toml)",
            "demo (tests/fixtures/b/pyproject.toml)", "core (a/package.json)", "core (tests/core/package.json)",
            "core (b/package.json)",
        ])
    }

    @Test func distinctNamesLeaveTheModulesAsTheyAre() {
        let modules = [module("b", "go", "go.mod"), module("a", "cargo", "Cargo.toml", deps: ["b"])]

        #expect(ModuleDeclaration.distinct(modules) == modules)
    }
}
