import ImportScan
import ModuleGraph
import RuleCatalog
import Testing

/// An import by name reaches only the modules of ecosystems building the importing file's language
/// (rules/modules.yaml's `ecosystem_languages`); languages one ecosystem builds together still import each other.
@Suite struct ImportLanguageTests {
    private func module(
        _ name: String, _ root: String, ecosystem: String, manifest: String, importNames: [String]? = nil
    ) -> ModuleDeclaration {
        ModuleDeclaration(
            name: name, ecosystem: ecosystem, roots: [root], importNames: importNames ?? [name], manifest: manifest,
            line: 1)
    }

    /// The module `path` imported from `file` (in `language`) resolves to, with the bundled ecosystem languages.
    private func resolve(
        _ modules: [ModuleDeclaration], _ path: String, names: [String] = [], kind: ImportFacts.Kind = .module,
        in file: String, language: String?, paths: [String] = []
    ) throws -> String? {
        let languages = try RuleCatalog.bundled().modules.ecosystemLanguages
        let resolver = ImportResolver(
            modules: modules, ownership: ModuleOwnership(modules: modules), paths: paths + [file],
            ecosystemLanguages: languages)
        let style = Self.styles[language ?? "Python"]
        return resolver.resolve(ImportFacts(path: path, kind: kind, line: 1, names: names), in: file, style: style, language: language)
            .map { modules[$0].name }
    }

    /// The import styles of the languages below (rules/languages.yaml's `import_style`).
    private static let styles = [
        "Python": "python", "Swift": "swift", "TypeScript": "javascript", "JavaScript": "javascript",
        "Vuejs Component": "javascript", "Rust": "rust", "C#": "csharp", "Dart": "dart", "Go": "go", "Kotlin": "java",
        "Java": "java",
    ]

    @Test func aPythonImportOfTheStandardLibraryIsNoSwiftTargetOfThatName() throws {
        // nlohmann/json: Package.swift's target `json` and tools/amalgamate/amalgamate.py's `import json`.
        let modules = [
            module("json", "single_include/nlohmann", ecosystem: "swiftpm", manifest: "Package.swift"),
            module("App", "Sources/App", ecosystem: "swiftpm", manifest: "Package.swift"),
            module("tools", "tools", ecosystem: "folder", manifest: "", importNames: []),
        ]

        #expect(try resolve(modules, "json", in: "tools/amalgamate/amalgamate.py", language: "Python") == nil)
        #expect(try resolve(modules, "json", names: ["dumps"], in: "tools/amalgamate/amalgamate.py", language: "Python") == nil)
        // Swift imports the C target by its module name: SwiftPM builds both languages.
        #expect(try resolve(modules, "json", in: "Sources/App/main.swift", language: "Swift") == "json")
        // A file of no known language keeps the old rule: any module answering to the name.
        #expect(try resolve(modules, "json", in: "tools/amalgamate/amalgamate.py", language: nil) == "json")
    }

    @Test func aCandidateOfAnotherLanguagesEcosystemIsNoMatchButOneOfItsOwnIs() throws {
        let modules = [
            module("web-utils", "web/utils", ecosystem: "npm", manifest: "web/utils/package.json", importNames: ["utils"]),
            module("py-utils", "py/utils", ecosystem: "python", manifest: "py/utils/pyproject.toml", importNames: ["utils"]),
            module("app", "web/app", ecosystem: "npm", manifest: "web/app/package.json"),
        ]
        let python = Array(modules[1...])

        // Before, a Python file no module owns took the npm package, declared first.
        #expect(try resolve(modules, "utils", in: "scripts/build.py", language: "Python") == "py-utils")
        // TypeScript, JavaScript and Vue components import npm packages alike; never a Python package.
        #expect(try resolve(modules, "utils/strings", in: "web/app/src/main.ts", language: "TypeScript") == "web-utils")
        #expect(try resolve(modules, "utils", in: "web/app/src/App.vue", language: "Vuejs Component") == "web-utils")
        #expect(try resolve(modules, "utils", in: "web/app/src/main.js", language: "JavaScript") == "web-utils")
        #expect(try resolve(python, "utils", in: "web/app/src/main.ts", language: "TypeScript") == nil)
    }

    @Test func everyLanguageReachesAModuleOfAnEcosystemBuildingAnyLanguage() throws {
        // Bazel builds Go, Python and C++ alike (not listed in ecosystem_languages): its Python package answers.
        let modules = [
            module("//absl/flags", "absl/flags", ecosystem: "bazel", manifest: "absl/flags/BUILD", importNames: ["absl.flags"]),
            module("json", "single_include/nlohmann", ecosystem: "swiftpm", manifest: "Package.swift"),
            module("shared", "shared", ecosystem: "config", manifest: ".accrue.yml", importNames: ["Shared"]),
        ]

        #expect(try resolve(modules, "absl", names: ["flags"], in: "absl/app.py", language: "Python") == "//absl/flags")
        #expect(try resolve(modules, "Shared", in: "Sources/App/main.swift", language: "Swift") == "shared")
    }

    @Test func eachLanguageReachesOnlyItsOwnEcosystemsCrateNamespaceOrPackage() throws {
        let modules = [
            module("json", "rust/json", ecosystem: "cargo", manifest: "rust/json/Cargo.toml"),
            module("Json", "dotnet/Json", ecosystem: "dotnet", manifest: "dotnet/Json/Json.csproj"),
            module("package:json", "dart/json", ecosystem: "pub", manifest: "dart/json/pubspec.yaml"),
            module("json", "py/json", ecosystem: "python", manifest: "py/json/pyproject.toml"),
        ]

        #expect(try resolve(modules, "json::Value", in: "rust/app/src/main.rs", language: "Rust") == "json")
        #expect(try resolve(modules, "Json.Linq", in: "dotnet/App/Program.cs", language: "C#") == "Json")
        #expect(try resolve(modules, "package:json/json.dart", in: "dart/app/lib/main.dart", language: "Dart")
            == "package:json")
        #expect(try resolve(modules, "json", in: "Sources/App/main.swift", language: "Swift") == nil)
        #expect(try resolve(modules, "json", in: "go/main.go", language: "Go") == nil)
    }

    @Test func kotlinAndJavaKeepImportingEachOthersClassesByTheirPackageFolders() throws {
        // Not by name: JVM imports go to the module owning the class's file, whatever its language.
        let modules = [
            module(":core", "core", ecosystem: "gradle", manifest: "settings.gradle", importNames: []),
            module(":app", "app", ecosystem: "gradle", manifest: "settings.gradle", importNames: []),
        ]
        let paths = ["core/src/main/java/com/acme/core/Engine.java", "core/src/main/kotlin/com/acme/core/Util.kt"]

        #expect(try resolve(modules, "com.acme.core.Engine", in: "app/src/main/kotlin/Main.kt", language: "Kotlin", paths: paths)
            == ":core")
        #expect(try resolve(modules, "com.acme.core.Util", in: "app/src/main/java/Main.java", language: "Java", paths: paths)
            == ":core")
    }
}
