import ManifestSyntax

/// tsconfig.json and jsconfig.json path aliases (ManifestSyntax's reader), for the import resolver: modules come
/// from manifests and the aliases that reach them from these configs, so discovery's callers find both here.
public typealias ScriptPathAliases = ManifestSyntax.ScriptPathAliases
