import BuildManifests
import ModuleGraph
import TargetManifests
import SourceScan
import SwiftManifests

/// Discovers the modules of a repository so that its source code is not left out of the module view.
///
/// Manifest discovery (ModuleDiscovery) first, without the fixture and example projects no real build lists or
/// depends on (FixtureProjects), with the npm packages a workspace does not list
/// (`NodeWorkspaceManifest.unlistedPackages`); then two corrections over the scanned files:
/// 1. Code held by a module declared at the repository root only through that root, in a language its ecosystem
///    does not build, is unowned: that module keeps the folders (and root-level files) of its own languages and
///    its manifest instead of the whole repository (fzf's Go module is not its shell scripts, retrofit's Gradle
///    root project not its website). When manifests own only a sliver of the source code (the unowned share of
///    `rules/modules.yaml`), the unowned source files get folder modules (FolderModules over them, container
///    folders split) and files at the repository root a module `(root)`.
/// 2. A manifest module that owns no scanned file (its sources are computed, or outside its folder) is left
///    out with a warning at its declaration, unless a module owning files declares a dependency on it, or it owns
///    generated files that still make a package (`packageCode`: a Go package of generated files is imported and
///    imports like any other).
/// Modules sharing a name are then renamed apart, their dependencies resolved first (ModuleIdentity.swift).
/// Without any manifest, the folder fallback's modules own every folder, and files at the root get `(root)` by
/// the same share (tmux keeps 80 % of its C at the root).
public struct ModuleCoverage: Sendable {
    /// One scanned file: its path, language (rules/languages.yaml) and code lines.
    public struct File: Sendable {
        public var path: String
        public var language: String
        public var codeLines: Int
        /// Whether its language is written as code (not documentation, data or configuration: `non_code_languages`).
        public var isCode: Bool

        public init(path: String, language: String, codeLines: Int, isCode: Bool = true) {
            self.path = path
            self.language = language
            self.codeLines = codeLines
            self.isCode = isCode
        }
    }

    /// The name of the module holding the files at the repository root that no manifest owns.
    public static let rootModuleName = "(root)"

    /// Every manifest grammar accrue reads.
    public static let readers: [any ManifestReader] = [SwiftPackageManifest()] + ManifestReaders.all

    public var settings: ModuleSettings
    public var folders: FolderModules

    public init(settings: ModuleSettings, folders: FolderModules? = nil) {
        self.settings = settings
        self.folders = folders ?? FolderModules(settings: settings)
    }

    /// The modules of `context`'s manifests (and `overrides`) completed over `files`, with every warning. A module
    /// owning only some of `packageCode` (generated files of a package, not scanned) is kept too.
    public func discover(
        context: ManifestContext, overrides: [ModuleDeclaration] = [], files: [File], packageCode: [String] = []
    ) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        let discovered = ModuleDiscovery(readers: Self.readers, folders: folders).discover(
            context: context, sourcePaths: files.map(\.path), overrides: overrides)
        let testPaths = settings.testPathMatcher
        let isTest = { (path: String) in testPaths.contains(path) }
        let real = FixtureProjects.withoutFixtures(discovered.modules, listedBy: discovered.listedBy, isTest: isTest)
        let unlisted = NodeWorkspaceManifest.unlistedPackages(context: context, declared: real, isTest: isTest)
        // CMake's second descriptions go first: an Xcode target's file a CMake target lists (swift-collections'
        // `target_sources`) is the SwiftPM target's, which that CMake target describes again.
        let described = XcodeTargetRoots.resolve(
            ModuleDeclaration.withoutSecondDescriptions(BazelManifest.withoutSecondDescriptions(real + unlisted)),
            files: files, paths: context.paths, languages: settings.ecosystemLanguages)
        let separated = SharedRoots.split(described, files: files, languages: settings.ecosystemLanguages)
        let completed = complete(separated, files: files)
        let kept = ModuleDeclaration.withoutEmptyModules(completed, paths: files.map(\.path) + packageCode)
        // A fixture's manifest may be broken on purpose (elixir's bad_deps_repo): its problems are not the build's.
        let manifests = Set(real.map(\.manifest))
        let ownWarnings = discovered.warnings.filter {
            manifests.contains($0.path) || !FixtureProjects.isFixture(manifest: $0.path, isTest: isTest)
        }
        let warnings = (ownWarnings + kept.warnings).sorted { ($0.path, $0.line, $0.message) < ($1.path, $1.line, $1.message) }
        return (ModuleDeclaration.distinct(kept.modules, isTest: isTest), warnings)
    }

    /// `modules` plus folder modules and `(root)` over the unowned source, when it is a significant share.
    public func complete(_ modules: [ModuleDeclaration], files: [File]) -> [ModuleDeclaration] {
        // Manifests (Package.swift, build.gradle.kts) describe modules; they are not unowned source.
        let index = ManifestReaderIndex(Self.readers)
        let code = files.filter { $0.isCode && !index.readsByName($0.path) }
        let withHeaders = FolderHeaders.attach(modules, files: code)
        let claims = SourceClaims(modules: withHeaders, files: code, settings: settings, isSource: folders.isSource)
        // A root module holds through the root only the languages its ecosystem builds, whatever the share.
        var result = withHeaders
        for (index, roots) in claims.narrowedRoots { result[index].roots = roots }
        guard claims.unownedLines > 0, Double(claims.unownedLines) >= settings.unownedShare * Double(claims.totalLines)
        else { return result }
        let takenRoots = Set(result.flatMap(\.roots))
        let takenNames = Set(result.map(\.name))
        let unowned = ManifestContext(paths: claims.unownedPaths.sorted(), read: { _ in nil })
        result += folders.modules(in: unowned).filter { !takenRoots.contains($0.roots[0]) && !takenNames.contains($0.name) }
        if claims.unownedPaths.contains(where: { !$0.contains("/") }) && !takenRoots.contains("") {
            result.append(
                ModuleDeclaration(name: Self.rootModuleName, ecosystem: "folder", roots: [""], manifest: "", line: 0))
        }
        return result.sorted { ($0.name, $0.manifest) < ($1.name, $1.manifest) }
    }
}
