import ManifestSyntax

/// tsconfig.json and jsconfig.json path aliases (ManifestSyntax's reader): the JavaScript readers' companions, which
/// the import resolver takes with the modules.
public typealias ScriptPathAliases = ManifestSyntax.ScriptPathAliases

/// vite and vitest configs' aliases (ManifestSyntax's reader), which the import resolver tries before tsconfig's.
public typealias BundlerAliases = ManifestSyntax.BundlerAliases
