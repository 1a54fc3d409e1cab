import ImportScan
import Manifests
import BuildManifests
import ModuleGraph
import Testing

/// Which crate maturin builds into a Python extension module, as maturin finds it: a pyproject's `manifest-path`, the
/// src layout's `rust/Cargo.toml`, else the Cargo.toml beside it.
@Suite struct PythonExtensionTests {
    private func crates(_ files: [String: String]) -> [String: ModuleDeclaration] {
        let modules = ManifestReaders.readAll(ManifestHarness.context(files)).modules
        return Dictionary(modules.filter { $0.ecosystem == "cargo" }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// pyca/cryptography (trimmed): the root pyproject builds `src/rust/Cargo.toml`, a member of the root workspace.
    private let cryptography = [
        "pyproject.toml": """
            [build-system]
            build-backend = "maturin"
            [project]
            name = "cryptography"
            [tool.maturin]
            python-source = "src"
            python-packages = ["cryptography"]
            manifest-path = "src/rust/Cargo.toml"
            module-name = "cryptography.hazmat.bindings._rust"
            """,
        "Cargo.toml": "[workspace]\nmembers = [\"src/rust\", \"src/rust/cryptography-x509\"]\n",
        "src/rust/Cargo.toml": "[package]\nname = \"cryptography-rust\"\n[lib]\nname = \"cryptography_rust\"\ncrate-type = [\"cdylib\"]\n",
        "src/rust/src/lib.rs": "",
        "src/rust/cryptography-x509/Cargo.toml": "[package]\nname = \"cryptography-x509\"\n",
        "src/rust/cryptography-x509/src/lib.rs": "",
        "src/cryptography/__init__.py": "",
        "src/cryptography/hazmat/bindings/__init__.py": "",
        "src/cryptography/hazmat/bindings/openssl/binding.py": "",
    ]

    @Test func aManifestPathNamesTheCrateMaturinBuilds() throws {
        let crates = crates(cryptography)
        let rust = try #require(crates["cryptography-rust"])

        #expect(rust.importNames == ["cryptography_rust", "cryptography.hazmat.bindings._rust"])
        #expect(rust.bindingLanguages == ["Python"])
        #expect(crates["cryptography-x509"]?.bindingLanguages == [])
    }

    @Test func aRelativeImportInThePythonPackageReachesTheCrateBuiltFromElsewhere() throws {
        let context = ManifestHarness.context(cryptography)
        let modules = ManifestReaders.readAll(context).modules
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: context.paths,
            ecosystemLanguages: ["cargo": ["Rust"], "python": ["Python"]])
        let resolve = { (path: String, file: String) in
            resolver.resolve(
                ImportFacts(path: path, kind: .relative, line: 1, names: ["openssl"]), in: file, style: "python",
                language: "Python"
            ).map { modules[$0].name }
        }

        #expect(resolve(".._rust", "src/cryptography/hazmat/bindings/openssl/binding.py") == "cryptography-rust")
        #expect(resolve("._rust", "src/cryptography/hazmat/bindings/__init__.py") == "cryptography-rust")
        #expect(try #require(modules.first { $0.ecosystem == "python" }).roots == ["src"])
    }

    /// drillan/quantforge (trimmed): the root is a workspace and a crate, the pyproject builds `bindings/python/`,
    /// whose library is named like the Python package.
    private let quantforge = [
        "pyproject.toml": """
            [build-system]
            build-backend = "maturin"
            [tool.maturin]
            module-name = "quantforge.quantforge"
            manifest-path = "bindings/python/Cargo.toml"
            python-source = "bindings/python/python"
            [tool.setuptools.packages.find]
            where = ["."]
            """,
        "Cargo.toml": "[package]\nname = \"quantforge-root\"\n[workspace]\nmembers = [\"bindings/python\"]\n",
        "src/lib.rs": "",
        "bindings/python/Cargo.toml": "[package]\nname = \"quantforge-python\"\n[lib]\nname = \"quantforge\"\n",
        "bindings/python/src/lib.rs": "",
        "bindings/python/python/quantforge/__init__.py": "",
        "tests/__init__.py": "",
        "tests/test_american.py": "",
    ]

    @Test func theCrateBesideAPyprojectPointingElsewhereIsNoExtension() throws {
        let crates = crates(quantforge)

        #expect(crates["quantforge-python"]?.importNames == ["quantforge", "quantforge.quantforge"])
        #expect(crates["quantforge-python"]?.bindingNames == ["quantforge.quantforge"])
        #expect(crates["quantforge-root"]?.importNames == ["quantforge_root"])
        #expect(crates["quantforge-root"]?.bindingLanguages == [])
    }

    /// The crate answers to Python by its extension's name alone: its library name is the Python package's.
    @Test func pythonImportsThePackageNotTheCrateNamedLikeIt() {
        let context = ManifestHarness.context(quantforge)
        let modules = ManifestReaders.readAll(context).modules
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: context.paths,
            ecosystemLanguages: ["cargo": ["Rust"], "python": ["Python"]])
        let resolve = { (path: String, language: String) in
            resolver.resolve(
                ImportFacts(path: path, kind: .module, line: 1, names: ["american"]), in: "tests/test_american.py",
                style: language == "Rust" ? "rust" : "python", language: language
            ).map { modules[$0].name }
        }

        // maturin reads no setuptools table: the package is found in the python-source folder, not at the root.
        #expect(modules.first { $0.ecosystem == "python" }?.importNames == ["quantforge"])
        #expect(resolve("quantforge", "Python") == "quantforge")
        #expect(resolve("quantforge.quantforge", "Python") == "quantforge-python")
        #expect(resolve("quantforge", "Rust") == "quantforge-python")
    }

    @Test func aManifestPathLeavingThePyprojectsFolderIsFollowedForACDylib() {
        let files = { (crateType: String) in
            [
                "python/pyproject.toml": """
                    [build-system]
                    build-backend = "maturin"
                    [project]
                    name = "honba"
                    [tool.maturin]
                    manifest-path = "../crates/honba-py/Cargo.toml"
                    module-name = "honba._honba"
                    """,
                "python/honba/__init__.py": "",
                "crates/honba-py/Cargo.toml": "[package]\nname = \"honba-py\"\n[lib]\n" + crateType,
                "crates/honba-py/src/lib.rs": "",
            ]
        }

        #expect(crates(files("crate-type = [\"cdylib\", \"rlib\"]\n"))["honba-py"]?.bindingLanguages == ["Python"])
        #expect(crates(files("crate_type = [\"cdylib\"]\n"))["honba-py"]?.importNames == ["honba_py", "honba._honba"])
        // Any other crate would read every pyproject of the repository to find one naming it: not done.
        #expect(crates(files(""))["honba-py"]?.bindingLanguages == [])
    }

    @Test func theSrcLayoutBuildsRustCargoToml() {
        // python-pendulum/pendulum: `rust/Cargo.toml`, the package in `src/pendulum/`, no manifest-path.
        let pendulum = [
            "pyproject.toml": """
                [project]
                name = "pendulum"
                [tool.maturin]
                module-name = "pendulum._pendulum"
                python-packages = ["pendulum"]
                [build-system]
                build-backend = "maturin"
                """,
            "rust/Cargo.toml": "[package]\nname = \"_pendulum\"\n[lib]\ncrate-type = [\"cdylib\"]\n",
            "rust/src/lib.rs": "",
            "src/pendulum/__init__.py": "",
        ]
        var withoutPackage = pendulum
        withoutPackage["src/pendulum/__init__.py"] = nil
        withoutPackage["pendulum/__init__.py"] = ""

        #expect(crates(pendulum)["_pendulum"]?.importNames == ["_pendulum", "pendulum._pendulum"])
        // Without the src layout maturin builds the Cargo.toml beside the pyproject, which there is none of.
        #expect(crates(withoutPackage)["_pendulum"]?.bindingLanguages == [])
    }

    @Test func theExtensionLandsInThePackageOfItsNameInThePythonSource() {
        let files = { (package: String) in
            [
                "pyproject.toml": "[tool.maturin]\nmodule-name = \"fastx\"\npython-source = \"python\"\n",
                "Cargo.toml": "[package]\nname = \"fastx-rs\"\n",
                "src/lib.rs": "",
                package + "/__init__.py": "",
            ]
        }

        #expect(crates(files("python/fastx"))["fastx-rs"]?.importNames == ["fastx_rs", "fastx.fastx"])
        #expect(crates(files("fastx"))["fastx-rs"]?.importNames == ["fastx_rs", "fastx"])
    }

    @Test func aBinaryMaturinShipsIsNoExtension() {
        // astral-sh/ruff: maturin packages the `ruff` program; `import ruff` is the Python package in `python/`.
        let crates = crates([
            "pyproject.toml": """
                [build-system]
                build-backend = "maturin"
                [tool.maturin]
                bindings = "bin"
                manifest-path = "crates/ruff/Cargo.toml"
                module-name = "ruff"
                python-source = "python"
                """,
            "crates/ruff/Cargo.toml": "[package]\nname = \"ruff\"\n",
            "crates/ruff/src/main.rs": "",
            "python/ruff/__init__.py": "",
        ])

        #expect(crates["ruff"]?.importNames == [])
        #expect(crates["ruff"]?.bindingLanguages == [])
    }
}
