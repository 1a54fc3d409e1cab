import BuildManifests
import JVMManifests
import PlainManifests
import TargetManifests
import ModuleGraph
/// The manifest readers, one per ecosystem, in the order discovery consults them.
///
/// Order matters only where two readers handle the same file name, and none do: each reader keys on its
/// own manifest names. Every reader is pure: it parses the bytes it is handed and reads other manifests
/// only through `ManifestContext.read`. The SwiftPM reader (`SwiftPackageManifest`) belongs in this list
/// too; discovery adds it.
public enum ManifestReaders {
    /// The readers for Cargo, Go, npm/yarn/pnpm, Deno, Maven, Gradle, Python, CMake, .NET project and solution, Composer, pub, Bazel,
    /// RubyGems, Cabal, hpack, Mix, sbt, dune, Clojure (deps.edn, Leiningen), OTP application manifests, Xcode projects, LuaRocks
    /// rockspecs, R packages' DESCRIPTION, Julia's Project.toml and Crystal's shard.yml.
    public static let all: [any ManifestReader] = [
        CargoManifest(),
        GoModManifest(),
        NodeWorkspaceManifest(),
        DenoManifest(),
        MavenManifest(),
        GradleManifest(),
        PythonManifest(),
        CMakeManifest(),
        DotNetProjectManifest(),
        DotNetSolutionManifest(),
        ComposerManifest(),
        PubspecManifest(),
        BazelManifest(),
        GemspecManifest(),
        CabalManifest(),
        HpackManifest(),
        MixManifest(),
        SbtManifest(),
        DuneManifest(),
        ClojureManifest(),
        OTPApplicationManifest(),
        ErlangMkManifest(),
        XcodeProjectManifest(),
        RockspecManifest(),
        RPackageManifest(),
        JuliaProjectManifest(),
        ShardManifest(),
    ]

    /// Runs every reader on every tracked manifest it handles: modules sorted by name, warnings by path.
    ///
    /// A convenience for tests and tools; discovery proper (ownership, SwiftPM, the folder fallback)
    /// lives elsewhere.
    public static func readAll(
        _ context: ManifestContext, readers: [any ManifestReader] = all
    ) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        var modules: [ModuleDeclaration] = []
        var warnings: [ManifestWarning] = []
        for path in context.paths {
            for reader in readers where reader.handles(path: path) {
                guard let bytes = context.read(path) else { continue }
                let result = reader.read(manifest: path, bytes: bytes, context: context)
                modules += result.modules
                warnings += result.warnings
            }
        }
        return (modules.sortedForOutput(), warnings.sorted { ($0.path, $0.line, $0.message) < ($1.path, $1.line, $1.message) })
    }
}
