import BuildManifests
import ModuleGraph

/// Packages a module uses through its tools' configuration rather than its code: a Dart package's
/// `analysis_options.yaml` (`include: package:bloc_lint/recommended.yaml`), a TypeScript config that `extends` a shared
/// one (`"extends": "@repo/typescript-config/base.json"`), an ESLint, Prettier, Babel, Jest or Vitest config naming a
/// shared preset. A monorepo's shared lint and compiler configs are packages its others declare (as dev dependencies)
/// and never import: without this, each was "declared but never imported" (bloc's seven packages and bloc_lint). So
/// is a package whose binary the `scripts` of the folder's `package.json` run (create-vite's templates and `vite`).
public enum ToolConfigReferences {
    /// The tool configurations among `paths`, wherever they lie.
    public static func configFiles(_ paths: [String]) -> [String] {
        paths.filter { isToolConfig(String($0.split(separator: "/").last ?? "")) }
    }

    /// The names among `candidates` that a tool configuration in `folder` (the module's root, not below; `configs`
    /// from `configFiles`) names as a package: quoted (`"name"`, `'name'`, `"name/…"`) or as Dart does
    /// (`package:name/`).
    public static func named(
        _ candidates: Set<String>, in folder: String, configs: [String], read: (String) -> [UInt8]?
    ) -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        // A package whose binary the folder's package.json scripts run (`"dev": "vite"`).
        let scripts = read(ManifestContext.join(folder, "package.json")).map(PackageScripts.commands) ?? []
        var found = candidates.intersection(scripts)
        for path in configs where ManifestContext.folder(of: path) == folder {
            guard let bytes = read(path), bytes.count <= 256 * 1024 else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            for name in candidates where !found.contains(name) && names(text, name) { found.insert(name) }
            if found.count == candidates.count { break }
        }
        return found
    }

    /// Whether `name` (a file directly in the module's folder) configures a tool that can name a package:
    /// `analysis_options.yaml`, `tsconfig*.json`, `.eslintrc*` and the like, `<tool>.config.<ext>`.
    static func isToolConfig(_ name: String) -> Bool {
        guard !name.contains("/") else { return false }
        if name == "analysis_options.yaml" || name.hasPrefix("tsconfig") && name.hasSuffix(".json") { return true }
        if dotfiles.contains(where: { name.hasPrefix($0) }) { return true }
        let parts = name.split(separator: ".")
        return parts.count == 3 && parts[1] == "config" && tools.contains(String(parts[0]))
    }

    private static let dotfiles = [".eslintrc", ".prettierrc", ".babelrc", ".stylelintrc"]
    private static let tools: Set<String> = [
        "eslint", "prettier", "babel", "jest", "vitest", "stylelint", "commitlint", "tailwind", "postcss",
    ]

    private static func names(_ text: String, _ name: String) -> Bool {
        for quote in ["\"", "'"] where text.contains(quote + name + quote) || text.contains(quote + name + "/") {
            return true
        }
        return text.contains("package:" + name + "/")
    }
}
