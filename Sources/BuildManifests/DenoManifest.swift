import ManifestSyntax
import ModuleGraph

/// Reads Deno workspaces: `deno.json` (or `deno.jsonc` written as plain JSON), as npm's reader reads `package.json`.
///
/// The top-most one declares everything: a workspace root (`"workspace": ["./assert", …]`, or `{"members": […]}`)
/// declares itself, kind `other` unless it is a package of its own (a `name` and `exports`), and one module per member
/// folder holding a `deno.json`, named by its `name` (`@std/assert`), which code imports it by (`@std/assert`,
/// `@std/assert/equals`). A `deno.json` without a workspace is one module. A folder holding a `package.json`, or
/// inside one, is npm's: its `deno.json` configures tasks, lint or a runtime's tests for it (hono's
/// `runtime-tests/deno/`). Members resolve each other by name with no declaration.
public struct DenoManifest: ManifestReader {
    public init() {}

    private static let names = ["deno.json", "deno.jsonc"]

    public var manifestNames: Set<String> { Set(Self.names) }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let folder = ManifestContext.folder(of: path)
        guard context.ancestors(of: folder, holding: Self.names + ["package.json"]).isEmpty,
            !context.contains(ManifestContext.join(folder, "package.json")),
            !(path.hasSuffix(".jsonc") && context.contains(ManifestContext.join(folder, "deno.json")))
        else { return ([], []) }
        let root = Self.parse(bytes, path: path)
        guard let fields = root.fields else { return ([], root.warnings) }
        let members = Self.members(fields["workspace"], under: folder, context: context)
        var modules = [Self.module(fields, folder: folder, path: path, isWorkspaceRoot: !members.isEmpty)]
        var warnings = root.warnings
        for (member, memberPath) in members {
            guard let memberBytes = context.read(memberPath) else { continue }
            let parsed = Self.parse(memberBytes, path: memberPath)
            warnings += parsed.warnings
            if let memberFields = parsed.fields {
                modules.append(Self.module(memberFields, folder: member, path: memberPath, isWorkspaceRoot: false))
            }
        }
        return (modules.sortedForOutput(), warnings)
    }

    /// The fields of a manifest's object, or a warning naming the line where it stops being one.
    private static func parse(_ bytes: [UInt8], path: String) -> (fields: [String: Any]?, warnings: [ManifestWarning]) {
        let (object, warning) = ManifestText.jsonObject(bytes, path: path)
        return (object?.fields, warning.map { [$0] } ?? [])
    }

    /// The member folders the `workspace` entry lists, each with its manifest (`deno.json`, else `deno.jsonc`).
    private static func members(_ workspace: Any?, under folder: String, context: ManifestContext) -> [(String, String)] {
        let listed = (workspace as? [Any]) ?? ((workspace as? [String: Any])?["members"] as? [Any]) ?? []
        return listed.compactMap { $0 as? String }.compactMap { entry in
            let member = ManifestContext.join(folder, entry)
            guard member != folder else { return nil }
            return names.lazy.map { ManifestContext.join(member, $0) }.first(where: context.contains).map { (member, $0) }
        }
    }

    private static func module(_ fields: [String: Any], folder: String, path: String, isWorkspaceRoot: Bool) -> ModuleDeclaration {
        let name = fields["name"] as? String
        let isPackage = name != nil && fields["exports"] != nil
        return ModuleDeclaration(
            name: name ?? (folder.isEmpty ? "root" : ManifestText.fileName(of: folder)), ecosystem: "deno",
            kind: isWorkspaceRoot && !isPackage ? .other : .library, roots: [folder], importNames: name.map { [$0] } ?? [],
            manifest: path, line: 1)
    }
}
