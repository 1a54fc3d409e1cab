import BuildManifests

/// tsconfig.json and jsconfig.json path aliases (ManifestSyntax's reader, as BuildManifests passes it on), for the
/// import resolver: modules come from manifests and the aliases that reach them from these configs, so discovery's
/// callers find both here.
public typealias ScriptPathAliases = BuildManifests.ScriptPathAliases

/// vite and vitest configs' `resolve.alias` (ManifestSyntax's reader, as BuildManifests passes it on), for the
/// import resolver beside the tsconfig aliases.
public typealias BundlerAliases = BuildManifests.BundlerAliases
