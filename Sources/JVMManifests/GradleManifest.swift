import BuildManifests
import ManifestSyntax
import ModuleGraph
import SourceScan
/// Reads Gradle builds: `settings.gradle(.kts)` for the projects, each project's `build.gradle(.kts)` for
/// its `project(":x")` dependencies.
///
/// A subproject is named by its Gradle path (`:core:data`) and lives in the folder the path spells
/// (`core/data`) unless `project(":x").projectDir = file("…")` moves it; the root project is named by
/// `rootProject.name` (else its folder), and is `other` where it gathers projects with no `src/` of its own. A
/// `build.gradle` with no settings file in its folder or above
/// is a single-project build. Each settings file's build is separate from the others, but for those it includes
/// (`GradleBuilds`: an included build of build logic is test code).
public struct GradleManifest: ManifestReader {
    public init() {}

    private static let settingsNames = GradleBuilds.settingsNames
    private static let buildNames = ["build.gradle", "build.gradle.kts"]

    public var manifestNames: Set<String> { Set(Self.settingsNames + Self.buildNames) }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let folder = ManifestContext.folder(of: path)
        let name = ManifestText.fileName(of: path)
        guard speaksForBuild(name: name, folder: folder, context: context) else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let tokens = ManifestTokens(bytes, grammar: ManifestTokens.gradle).items
        var warnings: [ManifestWarning] = []
        let settings = Self.settingsNames.contains(name) ? GradleSettings(tokens) : GradleSettings([])
        if Self.settingsNames.contains(name) {
            warnings += ManifestText.warnings(ManifestTokens.bracketProblems(in: tokens), path: path)
        }

        let rootName = Self.rootName(settings.rootName, folder: folder)
        var modules = [
            project(
                named: rootName, folder: folder, manifest: path, line: settings.rootNameLine ?? 1,
                context: context, ownTokens: Self.buildNames.contains(name) ? tokens : nil)
        ]
        modules[0].kind = Self.rootKind(modules[0], settings: settings, context: context)
        for include in settings.includes {
            let projectFolder = GradleBuilds.projectFolder(include.path, settings: settings, in: folder)
            if !context.hasFiles(under: projectFolder) {
                warnings.append(ManifestWarning(path: path, line: include.line, message: "project '\(include.path)' has no tracked files"))
            }
            modules.append(project(
                named: settings.path(of: include.path), folder: projectFolder, manifest: path, line: include.line,
                context: context, ownTokens: nil))
        }
        resolveAccessors(in: &modules, settings: settings)
        if Self.settingsNames.contains(name) {
            modules = GradleBuilds.separate(modules, settings: settings, folder: folder, context: context)
        }
        return (modules.sortedForOutput(), warnings)
    }

    /// A root project that only gathers its subprojects (no `src/`) is their aggregate: tooling, as an npm
    /// workspace root's (koin's `projects`, whose own files are release and test scripts).
    private static func rootKind(
        _ root: ModuleDeclaration, settings: GradleSettings, context: ManifestContext
    ) -> ModuleDeclaration.Kind {
        let isAggregate = !settings.includes.isEmpty && root.kind == .library
            && !context.hasFiles(under: ManifestContext.join(root.roots.first ?? "", "src"))
        return isAggregate ? .other : root.kind
    }

    /// Settings (here or above) speak for a build, not its build scripts; with both build files, `build.gradle`
    /// speaks, and with both settings files, `settings.gradle`.
    private func speaksForBuild(name: String, folder: String, context: ManifestContext) -> Bool {
        if Self.buildNames.contains(name) {
            let hasSettings = Self.settingsNames.contains { context.contains(ManifestContext.join(folder, $0)) }
                || !context.ancestors(of: folder, holding: Self.settingsNames).isEmpty
            return !hasSettings
                && !(name == "build.gradle.kts" && context.contains(ManifestContext.join(folder, "build.gradle")))
        }
        return !(name == "settings.gradle.kts" && context.contains(ManifestContext.join(folder, "settings.gradle")))
    }

    /// `projects.okhttpTestingSupport` (type-safe project accessors) names `:okhttp-testing-support`.
    private func resolveAccessors(in modules: inout [ModuleDeclaration], settings: GradleSettings) {
        let accessors = Dictionary(
            settings.includes.map { settings.path(of: $0.path) }.map { (GradleSettings.accessor(of: $0), $0) },
            uniquingKeysWith: { first, _ in first })
        func resolved(_ names: [String], of module: String) -> [String] {
            let prefix = "projects."
            let named = names.filter { $0.hasPrefix(prefix) }
            guard !named.isEmpty else { return names }
            let paths = named.compactMap { GradleSettings.resolve($0.dropFirst(prefix.count).split(separator: "."), accessors) }
            return Set(names.filter { !$0.hasPrefix(prefix) } + paths).subtracting([module]).sorted()
        }
        for index in modules.indices {
            modules[index].dependencies = resolved(modules[index].dependencies, of: modules[index].name)
            modules[index].testDependencies = resolved(modules[index].testDependencies, of: modules[index].name)
        }
    }

    private func project(
        named name: String, folder: String, manifest: String, line: Int, context: ManifestContext,
        ownTokens: [ManifestTokens.Item]?
    ) -> ModuleDeclaration {
        var tokens = ownTokens ?? []
        if ownTokens == nil {
            for buildName in Self.buildNames {
                let buildPath = ManifestContext.join(folder, buildName)
                guard context.contains(buildPath), let bytes = context.read(buildPath), !ManifestText.looksBinary(bytes)
                else { continue }
                tokens = ManifestTokens(bytes, grammar: ManifestTokens.gradle).items
                break
            }
        }
        // Accessors (`projects.x`) stay as written until every project of the settings is known.
        let references = GradleSettings.projectReferences(in: tokens)
        let dependencies = Set(references.main).subtracting([name])
        // `plugins { application }`, `id("application")`, `apply plugin: 'com.android.application'`; not a plugin
        // declared for subprojects only (`alias(libs.plugins.android.application) apply false`).
        let later = GradlePlugins.appliedLater(tokens)
        let isApplication = tokens.contains { token in
            let names = (token.kind == .word && token.text == "application")
                || (token.kind == .string && ["application", "com.android.application"].contains(token.unquoted))
            return names && !later.contains(token.line)
        }
        let plugins = GradlePlugins(tokens)
        var module = ModuleDeclaration(
            name: name, ecosystem: "gradle", kind: plugins.tests ? .test : isApplication ? .executable : .library,
            roots: [folder],
            dependencies: dependencies.sorted(), manifest: manifest, line: line)
        module.testDependencies = Set(references.tests).subtracting(dependencies).subtracting([name]).sorted()
        module.testFiles = Self.benchmarkFiles(folder: folder, plugins: plugins, context: context)
        return module
    }

    /// A benchmark's (JMH, kotlinx-benchmark) code, which ships nothing: test code, as sbt's `JmhPlugin` projects'.
    /// The whole project's where its folder says it measures (koin's `core/benchmark`, a `jmh` project), else its
    /// benchmark source sets' alone (`src/jmh/`, `src/jvmBenchmark/`): kotlinx-coroutines-core applies
    /// kotlinx-benchmark beside its 50,000 lines of library code.
    private static func benchmarkFiles(folder: String, plugins: GradlePlugins, context: ManifestContext) -> [String] {
        guard plugins.measures else { return [] }
        let measuresAll = isBenchmarkFolder(Substring(ManifestText.fileName(of: folder)))
        return context.paths(under: folder).filter { path in
            [".kt", ".java", ".groovy", ".scala"].contains { path.hasSuffix($0) } && !path.hasSuffix(".gradle.kts")
                && (measuresAll
                    || path.dropFirst(folder.count).split(separator: "/").dropLast().contains(where: isBenchmarkFolder))
        }
    }

    private static func isBenchmarkFolder(_ name: Substring) -> Bool {
        let lowered = name.lowercased()
        return lowered.contains("bench") || lowered.contains("jmh") || lowered.contains("perf")
    }


    /// The root project's name: its `rootProject.name`, else its folder's. Gradle calls the build in `buildSrc/`
    /// buildSrc whatever its settings say: coil's `rootProject.name = "coil"` there had made a second `coil` beside
    /// the library `:coil`.
    private static func rootName(_ declared: String?, folder: String) -> String {
        let folderName = folder.isEmpty ? "root" : ManifestText.fileName(of: folder)
        return folderName == "buildSrc" ? folderName : declared ?? folderName
    }
}
