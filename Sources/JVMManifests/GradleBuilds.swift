import BuildManifests
import ManifestSyntax
import ModuleGraph

/// How the Gradle builds of one repository relate: each settings file's projects make one build
/// (`ModuleDeclaration.build`), whose code uses another build's projects only where its settings include that build
/// (a composite build, `includeBuild("…")`: Gradle substitutes the included projects for their published
/// coordinates; `ModuleDeclaration.includedBuilds`; not one `pluginManagement` includes, for its plugins alone). An
/// included build does not see the including one's projects: spock's `build-logic/` tests its plugins with Spock 2.4
/// from Maven Central, not with `:spock-core`.
///
/// A build included for its plugins (`pluginManagement { includeBuild(…) }`), or included and making Gradle plugins
/// (`GradlePlugins.makesPlugins`: okio's `build-support/`), is build logic, unless a build script of it publishes
/// something: it ships nothing, and its projects are test modules, as `buildSrc/` is test code. A settings file in the
/// folder of a project an enclosing build includes lets that project build alone: it is the enclosing build's. A
/// project outside a build's folder that an enclosing build includes too is the enclosing build's, lent.
enum GradleBuilds {
    static let settingsNames = ["settings.gradle", "settings.gradle.kts"]

    /// `modules`, the projects of `settings` (the script in `folder`), as one build: the builds it includes, and test
    /// modules when it is build logic.
    static func separate(
        _ modules: [ModuleDeclaration], settings: GradleSettings, folder: String, context: ManifestContext
    ) -> [ModuleDeclaration] {
        let enclosing = enclosingSettings(of: folder, context: context)
        // A build `pluginManagement` includes lends its plugins alone, no projects to substitute.
        let included = settings.includedBuilds.filter { !$0.forPlugins }.compactMap {
            Self.folder($0.path, from: folder)
        }
        let build = enclosing.first { $0.projectFolders.contains(folder) }?.folder
        let isBuildLogic = build == nil && isBuildLogic(folder, includedBy: enclosing, context: context)
        // A project outside its folder that an enclosing build includes too is that build's, lent to this one
        // (wire's build-support includes `../wire-compiler` to build its plugin from source).
        let borrowed = Set(enclosing.flatMap(\.projectFolders)).filter { !ManifestContext.isInside($0, folder) }
        return modules.filter { module in !module.roots.contains(where: borrowed.contains) }.map { module in
            var module = module
            module.build = build ?? folder
            module.includedBuilds = included
            if isBuildLogic { module.kind = .test }
            return module
        }
    }

    /// The folder `path` (a settings script's `includeBuild`, relative to its `folder`) names, inside the repository.
    static func folder(_ path: String, from folder: String) -> String? {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), parts.filter({ $0 == ".." }).count <= folder.split(separator: "/").count else {
            return nil
        }
        return ManifestContext.join(folder, path)
    }

    /// The folder of the project `include` (a Gradle path) of `settings`, the script in `folder`: its `projectDir`,
    /// else the folder its path spells (`:core:data` → `core/data`).
    static func projectFolder(_ include: String, settings: GradleSettings, in folder: String) -> String {
        settings.projectDirs[include].map { ManifestContext.join(folder, $0) }
            ?? ManifestContext.join(folder, include.split(separator: ":").joined(separator: "/"))
    }

    /// Whether the build in `folder` is build logic: included by a build enclosing it (`enclosing`: not a sample's
    /// `includeBuild("..")`, which includes the product) for its plugins, or included and making plugins; publishing
    /// nothing.
    private static func isBuildLogic(
        _ folder: String, includedBy enclosing: [Settings], context: ManifestContext
    ) -> Bool {
        let inclusions = enclosing.flatMap { other in
            other.settings.includedBuilds.filter { Self.folder($0.path, from: other.folder) == folder }
        }
        guard !inclusions.isEmpty else { return false }
        let plugins = scripts(of: folder, context: context)
        return !plugins.contains(where: \.publishes)
            && (inclusions.contains(where: \.forPlugins) || plugins.contains(where: \.makesPlugins))
    }

    /// The plugins of the build scripts of the build in `folder` (any `*.gradle` or `*.gradle.kts` but its settings,
    /// whatever its settings name them: spock's `base.gradle`); not the precompiled script plugins under a `src/`
    /// folder, which are build logic's code and apply what the builds using them publish.
    private static func scripts(of folder: String, context: ManifestContext) -> [GradlePlugins] {
        context.paths(under: folder).filter { path in
            (path.hasSuffix(".gradle") || path.hasSuffix(".gradle.kts"))
                && !settingsNames.contains(ManifestText.fileName(of: path))
                && !path.dropFirst(folder.count).split(separator: "/").contains("src")
        }.compactMap { path in
            context.read(path).map { GradlePlugins(ManifestTokens($0, grammar: ManifestTokens.gradle).items) }
        }
    }

    /// A settings script of the repository, with the folders of the projects it includes.
    struct Settings {
        let folder: String
        let settings: GradleSettings
        let projectFolders: Set<String>
    }

    /// The settings scripts in the folders enclosing `folder`, nearest first (`settings.gradle` where both are).
    private static func enclosingSettings(of folder: String, context: ManifestContext) -> [Settings] {
        context.ancestors(of: folder, holding: settingsNames).compactMap { other in
            let name = settingsNames.first { context.contains(ManifestContext.join(other, $0)) } ?? settingsNames[0]
            guard let bytes = context.read(ManifestContext.join(other, name)) else { return nil }
            let settings = GradleSettings(ManifestTokens(bytes, grammar: ManifestTokens.gradle).items)
            let projects = settings.includes.map { projectFolder($0.path, settings: settings, in: other) }
            return Settings(folder: other, settings: settings, projectFolders: Set(projects))
        }
    }
}
