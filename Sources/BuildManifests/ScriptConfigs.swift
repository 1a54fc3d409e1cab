import ManifestSyntax

/// tsconfig.json and jsconfig.json path aliases (ManifestSyntax's reader): the JavaScript readers' companions, which
/// the import resolver takes with the modules.
public typealias ScriptPathAliases = ManifestSyntax.ScriptPathAliases
