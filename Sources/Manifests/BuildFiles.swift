import BuildManifests

/// Which tracked files describe a build rather than being code of a module: the manifests some reader reads, and the
/// build scripts no reader reads (Elixir's `mix.exs`, Ruby's `Rakefile` and `Gemfile`).
public enum BuildFiles {
    /// Whether some reader reads `path` as a build manifest (Package.swift, build.gradle.kts, App.csproj).
    public static func isManifest(_ path: String) -> Bool {
        ModuleCoverage.readers.contains { $0.handles(path: path) }
    }

    /// A manifest accrue reads, or a build script it does not.
    public static func isBuildScript(_ path: String) -> Bool {
        ["mix.exs", "Rakefile", "Gemfile"].contains(ManifestText.fileName(of: path)) || isManifest(path)
    }
}
