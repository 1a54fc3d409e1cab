import ManifestSyntax
import ModuleGraph
import TOMLText
import Foundation

/// Reads npm, yarn and pnpm workspaces: `package.json` (`workspaces: [...]` or `{packages: [...]}`) and
/// `pnpm-workspace.yaml` (`packages:`).
///
/// The top-most `package.json` (or `pnpm-workspace.yaml`) declares everything: a workspace root declares
/// itself (kind `other`: its tooling) and one module per member `package.json`; a root without
/// workspaces is one module. Nested `package.json` files declare nothing themselves, so test fixtures
/// and examples stay with the package around them.
public struct NodeWorkspaceManifest: ManifestReader {
    public init() {}

    private static let names = ["package.json", "pnpm-workspace.yaml"]

    public var manifestNames: Set<String> { Set(Self.names) }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let folder = ManifestContext.folder(of: path)
        guard context.ancestors(of: folder, holding: Self.names).isEmpty else { return ([], []) }
        let packagePath = ManifestContext.join(folder, "package.json")
        let pnpmPath = ManifestContext.join(folder, "pnpm-workspace.yaml")
        // With both files in one folder, package.json speaks for the pair.
        if path == pnpmPath && context.contains(packagePath) { return ([], []) }

        var warnings: [ManifestWarning] = []
        var root: PackageJSON?
        var patterns: [(pattern: String, line: Int)] = []
        if path == packagePath {
            let parsed = PackageJSON(bytes, path: path)
            warnings += parsed.warnings
            root = parsed
            patterns += parsed.workspaces
        }
        if context.contains(pnpmPath) || path == pnpmPath {
            let yamlBytes = path == pnpmPath ? bytes : (context.read(pnpmPath) ?? [])
            if ManifestText.looksBinary(yamlBytes) {
                warnings.append(ManifestText.binaryWarning(pnpmPath))
            } else {
                patterns += PnpmWorkspace.packages(in: String(decoding: yamlBytes, as: UTF8.self))
            }
        }

        var modules: [ModuleDeclaration] = []
        if let root, root.isValid {
            modules.append(root.module(folder: folder, isWorkspaceRoot: !patterns.isEmpty))
        }
        var parsedMembers: [(folder: String, package: PackageJSON)] = []
        for member in members(patterns.map(\.pattern), under: folder, context: context) {
            let memberPath = ManifestContext.join(member, "package.json")
            guard let memberBytes = context.read(memberPath) else { continue }
            let parsed = PackageJSON(memberBytes, path: memberPath)
            warnings += parsed.warnings
            if parsed.isValid { parsedMembers.append((member, parsed)) }
        }
        return ((modules + memberModules(parsedMembers, root: root)).sortedForOutput(), warnings)
    }

    /// The members' modules. What the root and the members around one declare is installed in their node_modules,
    /// where Node resolves it from the member too: a private member, never published, needs no declaration of its
    /// own; a test module neither (ModuleAnalyzer).
    private func memberModules(
        _ members: [(folder: String, package: PackageJSON)], root: PackageJSON?
    ) -> [ModuleDeclaration] {
        members.map { member, parsed in
            var module = parsed.module(folder: member, isWorkspaceRoot: false)
            let enclosing = members.filter { member.hasPrefix($0.folder + "/") }.flatMap(\.package.dependencies)
            module.workspaceDependencies = Array(Set((root?.dependencies ?? []) + enclosing)).sorted()
            if parsed.isPrivate { module.providedDependencies = module.workspaceDependencies }
            return module
        }
    }

    /// Member folders: folders under `folder` holding a `package.json` that a positive pattern matches and
    /// no `!pattern` does; never inside `node_modules`.
    private func members(_ patterns: [String], under folder: String, context: ManifestContext) -> [String] {
        let matchers = patterns.map(FolderPattern.init)
        let prefix = folder.isEmpty ? "" : folder + "/"
        return context.folders(holding: "package.json").filter { candidate in
            guard candidate != folder, folder.isEmpty || candidate.hasPrefix(prefix) else { return false }
            let relative = String(candidate.dropFirst(prefix.count))
            if relative.split(separator: "/").contains("node_modules") { return false }
            return matchers.contains { !$0.isNegated && $0.matches(relative) }
                && !matchers.contains { $0.isNegated && $0.matches(relative) }
        }
    }
}

extension NodeWorkspaceManifest {
    /// Named packages that nothing declares: a `package.json` below a declared npm module's folder that its
    /// workspace does not list (a docs site, a tooling package). Each is a module of its own, so the package around
    /// it is measured without code it does not ship as its own. Test code stays where it is (`isTest`: fixtures
    /// under `test/`, examples), as do nameless `package.json` files (`{"type": "module"}` markers) and anything
    /// under `node_modules`; a scaffolder's templates (create-vite's `template-*/`) are not even read: the scan
    /// leaves them out as `scaffolding` (FileClassification's `ScaffoldTemplates`).
    public static func unlistedPackages(
        context: ManifestContext, declared: [ModuleDeclaration], isTest: (String) -> Bool
    ) -> [ModuleDeclaration] {
        let npmRoots = Set(declared.filter { $0.ecosystem == "npm" }.flatMap(\.roots))
        guard !npmRoots.isEmpty else { return [] }
        let taken = Set(declared.flatMap(\.roots))
        return context.folders(holding: "package.json").compactMap { folder in
            let path = ManifestContext.join(folder, "package.json")
            guard !taken.contains(folder), !isTest(path), !folder.split(separator: "/").contains("node_modules"),
                context.ancestors(of: folder, holding: ["package.json"]).contains(where: npmRoots.contains),
                let bytes = context.read(path)
            else { return nil }
            let parsed = PackageJSON(bytes, path: path)
            guard parsed.isValid, parsed.name != nil else { return nil }
            return parsed.module(folder: folder, isWorkspaceRoot: false)
        }
    }
}

/// The fields of one `package.json` the reader needs.
struct PackageJSON {
    private(set) var name: String?
    private(set) var nameLine = 1
    private(set) var dependencies: [String] = []
    private(set) var workspaces: [(pattern: String, line: Int)] = []
    private(set) var isExecutableOnly = false
    /// Whether it names an entry point users import (`main`, `module`, `exports`).
    private(set) var hasEntryPoint = false
    /// `"private": true`: never published.
    private(set) var isPrivate = false
    private(set) var warnings: [ManifestWarning] = []
    /// Whether the file parsed as a JSON object.
    private(set) var isValid = false
    private let path: String

    init(_ bytes: [UInt8], path: String) {
        self.path = path
        let (object, warning) = ManifestText.jsonObject(bytes, path: path)
        guard let json = object else {
            warnings += warning.map { [$0] } ?? []
            return
        }
        let fields = json.fields
        isValid = true
        name = fields["name"] as? String
        nameLine = json.line(ofKey: "name") ?? 1
        var names = Set<String>()
        for key in ["dependencies", "devDependencies", "peerDependencies"] {
            if let table = fields[key] as? [String: Any] { names.formUnion(table.keys) }
        }
        dependencies = names.sorted()
        let workspaceLine = json.line(ofKey: "workspaces") ?? 1
        let declared = fields["workspaces"]
        let list = (declared as? [Any]) ?? ((declared as? [String: Any])?["packages"] as? [Any]) ?? []
        workspaces = list.compactMap { $0 as? String }.map { ($0, workspaceLine) }
        if declared != nil && list.isEmpty {
            warnings.append(ManifestWarning(path: path, line: workspaceLine, message: "workspaces lists no packages"))
        }
        isPrivate = fields["private"] as? Bool ?? false
        hasEntryPoint = fields["main"] != nil || fields["exports"] != nil || fields["module"] != nil
        isExecutableOnly = fields["bin"] != nil && !hasEntryPoint && fields["types"] == nil
    }

    /// A workspace root is `other`, its members' tooling, unless it is itself a package users import: published,
    /// with an entry point (vercel/swr, whose workspace lists the folders of its subpath shims).
    func module(folder: String, isWorkspaceRoot: Bool) -> ModuleDeclaration {
        let fallback = folder.isEmpty ? "root" : ManifestText.fileName(of: folder)
        let gathers = isWorkspaceRoot && (isPrivate || !hasEntryPoint)
        let kind: ModuleDeclaration.Kind = gathers ? .other : isExecutableOnly ? .executable : .library
        return ModuleDeclaration(
            name: name ?? fallback, ecosystem: "npm", kind: kind, roots: [folder], dependencies: dependencies,
            importNames: name.map { [$0] } ?? [], manifest: path, line: nameLine)
    }
}

/// The `packages:` list of a `pnpm-workspace.yaml`, read line by line (block or flow style).
enum PnpmWorkspace {
    static func packages(in text: String) -> [(pattern: String, line: Int)] {
        var found: [(pattern: String, line: Int)] = []
        var isInList = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = ManifestText.withoutYAMLComment(rawLine)
            if content.trimmingSpaces().isEmpty { continue }
            let isIndented = content.first == " " || content.first == "\t" || content.first == "-"
            if !isIndented {
                isInList = false
                guard content.hasPrefix("packages:") else { continue }
                let rest = String(content.dropFirst("packages:".count)).trimmingSpaces()
                if rest.hasPrefix("[") {
                    for item in rest.dropFirst().prefix(while: { $0 != "]" }).split(separator: ",") {
                        found.append((ManifestText.yamlUnquoted(String(item)), line))
                    }
                } else {
                    isInList = true
                }
                continue
            }
            let item = content.trimmingSpaces()
            if isInList && item.hasPrefix("-") { found.append((ManifestText.yamlUnquoted(String(item.dropFirst())), line)) }
        }
        return found.filter { !$0.pattern.isEmpty }
    }

}
