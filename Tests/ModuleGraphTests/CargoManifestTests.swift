import Manifests
import BuildManifests
import ModuleGraph
import Testing

@Suite struct CargoManifestTests {
    @Test func everyCrateIsDeclaredOnceIncludingNonMembers() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")

        let result = ManifestHarness.read(context, with: CargoManifest())

        // experimental is excluded and tool-fuzz unlisted: each declares itself.
        #expect(result.modules.map(\.name) == ["experimental", "gen", "tool-cli", "tool-core", "tool-fuzz", "tool-macros"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func rootPackageReadsEveryDependencyForm() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")

        let root = try #require(ManifestHarness.read(context, with: CargoManifest()).modules.first { $0.name == "tool-cli" })

        #expect(root.dependencies == ["anyhow", "libc", "log", "serde_json", "tempfile", "tool-core"])
        #expect(root.kind == .executable)
        #expect(root.importNames.isEmpty)
        #expect(root.roots == [""])
        #expect(root.line == 3)
    }

    @Test func memberResolvesWorkspaceDependenciesAndLibName() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")

        let core = try #require(ManifestHarness.read(context, with: CargoManifest()).modules.first { $0.name == "tool-core" })

        #expect(core.dependencies == ["cc", "regex", "serde", "tool-macros"])
        #expect(core.importNames == ["toolcore"])
        #expect(core.roots == ["crates/tool-core"])
        #expect(core.manifest == "crates/tool-core/Cargo.toml")
    }

    @Test func importNameReplacesDashes() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")

        let macros = try #require(ManifestHarness.read(context, with: CargoManifest()).modules.first { $0.name == "tool-macros" })

        #expect(macros.importNames == ["tool_macros"])
        // `[lib] proc-macro = true`: a compiler plugin, which has no main-sequence distance.
        #expect(macros.kind == .plugin)
    }

    @Test func memberManifestDeclaresNothingOnItsOwn() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")
        let path = "crates/tool-core/Cargo.toml"

        let result = CargoManifest().read(manifest: path, bytes: context.read(path) ?? [], context: context)

        #expect(result.modules.isEmpty)
    }

    @Test func excludedCrateDeclaresItself() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")
        let path = "crates/experimental/Cargo.toml"

        let result = CargoManifest().read(manifest: path, bytes: context.read(path) ?? [], context: context)

        #expect(result.modules.map(\.name) == ["experimental"])
    }

    @Test func missingMemberIsAWarningWithItsLine() {
        let context = ManifestHarness.context([
            "Cargo.toml": "[workspace]\nmembers = [\n  \"crates/a\",\n  \"crates/gone\",\n]\n",
            "crates/a/Cargo.toml": "[package]\nname = \"a\"\n",
        ])

        let result = ManifestHarness.read(context, with: CargoManifest())

        #expect(result.modules.map(\.name) == ["a"])
        #expect(result.warnings.map(\.description) == ["Cargo.toml:2: workspace member 'crates/gone' has no tracked Cargo.toml"])
    }

    @Test func packageWithoutNameIsAWarning() {
        let context = ManifestHarness.context(["Cargo.toml": "[package]\nversion = \"1\"\n"])

        let result = ManifestHarness.read(context, with: CargoManifest())

        #expect(result.modules.isEmpty)
        #expect(result.warnings.map(\.description) == ["Cargo.toml:1: [package] has no name"])
    }

    @Test func devOnlyDependenciesAreTestDependencies() throws {
        let context = ManifestHarness.context([
            "Cargo.toml": """
                [package]
                name = "tokio-macros"
                [dependencies]
                syn = "2"
                [dev-dependencies]
                tokio = { version = "1", features = ["full"] }
                syn = "2"
                [target.'cfg(unix)'.dev-dependencies]
                libc = "0.2"
                [build-dependencies]
                cc = "1"
                """,
            "src/lib.rs": "",
        ])

        let crate = try #require(ManifestHarness.read(context, with: CargoManifest()).modules.first)

        #expect(crate.dependencies == ["cc", "libc", "syn", "tokio"])
        #expect(crate.testDependencies == ["libc", "tokio"])
    }

    @Test func renamedDependenciesKeepTheNameTheCodeUses() throws {
        let context = try ManifestHarness.fixture("cargo-workspace")
        let modules = ManifestHarness.read(context, with: CargoManifest()).modules

        let cli = try #require(modules.first { $0.name == "tool-cli" })
        let core = try #require(modules.first { $0.name == "tool-core" })

        // `json = { package = "serde_json" }`; tool-core's `regex-lite = { workspace = true }`, the workspace's
        // `regex-lite = { package = "regex" }`, is `regex_lite` in code. Plain dependencies need no alias.
        #expect(cli.importAliases == ["json": "serde_json"])
        #expect(core.importAliases == ["regex_lite": "regex"])
    }

    /// Targets named by path are the crate's roots (`targetFiles`) and its own: a folder outside every package is a
    /// root of the crate, a file in another package's folder one alone; tests, benches and examples are test code wherever they lie, with the
    /// Rust files of a folder of their own (not one holding the library or a binary).
    @Test func targetsNamedByPathAreTheCratesAndTestTargetsAreTests() throws {
        let context = ManifestHarness.context([
            "Cargo.toml": """
                [workspace]
                members = ["crates/app"]
                """,
            "crates/app/Cargo.toml": """
                [package]
                name = "app"
                [lib]
                path = "src/lib.rs"
                [[bin]]
                name = "client"
                path = "src/client.rs"
                [[bin]]
                name = "tool"
                path = "../../tools/tool/main.rs"
                [[test]]
                name = "suite"
                path = "suite/main.rs"
                [[bench]]
                name = "speed"
                path = "src/speed.rs"
                [[example]]
                name = "demo"
                path = "../helper/demo.rs"
                """,
            "crates/app/src/lib.rs": "", "crates/app/src/client.rs": "", "crates/app/src/speed.rs": "",
            "crates/app/suite/main.rs": "", "crates/app/suite/common.rs": "", "crates/app/suite/data.json": "",
            "tools/tool/main.rs": "",
            "crates/helper/Cargo.toml": "[package]\nname = \"helper\"\n", "crates/helper/demo.rs": "",
            "crates/helper/src/lib.rs": "",
        ])

        let app = try #require(ManifestHarness.read(context, with: CargoManifest()).modules.first { $0.name == "app" })

        #expect(app.targetFiles == [
            "crates/app/src/lib.rs", "crates/app/src/client.rs", "tools/tool/main.rs", "crates/app/suite/main.rs",
            "crates/app/src/speed.rs", "crates/helper/demo.rs",
        ])
        #expect(app.roots == ["crates/app", "crates/helper/demo.rs", "tools/tool"])
        #expect(app.testFiles == [
            "crates/app/src/speed.rs", "crates/app/suite/common.rs", "crates/app/suite/main.rs", "crates/helper/demo.rs",
        ])
    }

    /// `[package] build = "…"` names the build script (bat's `build/main.rs`): a crate root the crate keeps, no library
    /// root; `build = false` names none, and without the key a `build.rs` beside the manifest is the script.
    @Test func buildKeyNamesTheBuildScript() throws {
        let context = ManifestHarness.context([
            "Cargo.toml": "[package]\nname = \"bat\"\nbuild = \"build/main.rs\"\n",
            "build/main.rs": "", "build/util.rs": "", "src/lib.rs": "",
            "off/Cargo.toml": "[package]\nname = \"off\"\nbuild = false\n", "off/build.rs": "", "off/src/lib.rs": "",
            "std/Cargo.toml": "[package]\nname = \"std\"\n", "std/build.rs": "", "std/src/lib.rs": "",
        ])

        let modules = ManifestHarness.read(context, with: CargoManifest()).modules
        let bat = try #require(modules.first { $0.name == "bat" })
        let off = try #require(modules.first { $0.name == "off" })
        let std = try #require(modules.first { $0.name == "std" })

        #expect(bat.targetFiles == ["build/main.rs"])
        #expect(bat.roots == [""])
        #expect(bat.kind == .library && bat.testFiles.isEmpty)
        #expect(off.targetFiles.isEmpty)
        #expect(bat.buildScripts == ["build/main.rs"] && off.buildScripts.isEmpty && std.buildScripts == ["std/build.rs"])
    }
}
