import ManifestSyntax
import ModuleGraph

/// Reads Composer's `composer.json`: one module per package, owning its folder.
///
/// PHP code imports namespaces (`use GuzzleHttp\Psr7\Request;`), which Composer maps to folders with its
/// `autoload`/`autoload-dev` PSR-4 and PSR-0 prefixes: those prefixes are the module's import names, so a `use`
/// resolves to the package whose prefix is the longest that fits. `require` and `require-dev` are its declared
/// dependencies; `type` tells a plugin (`composer-plugin`) or a metapackage (other) from a library. The `autoload`
/// paths and its `bin` commands are the code it ships (`loadedPaths`): the package's other PHP files are the
/// repository's tooling, counted with its tests.
public struct ComposerManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["composer.json"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        let (object, warning) = ManifestText.jsonObject(bytes, path: path)
        guard let json = object else { return ([], warning.map { [$0] } ?? []) }
        let folder = ManifestContext.folder(of: path)
        let fields = json.fields
        let name = fields["name"] as? String ?? (folder.isEmpty ? "root" : ManifestText.fileName(of: folder))
        let required = ["require", "require-dev"].flatMap { ((fields[$0] as? [String: Any])?.keys).map(Array.init) ?? [] }
        let kind: ModuleDeclaration.Kind =
            switch fields["type"] as? String {
            case "composer-plugin": .plugin
            case "metapackage": .other
            default: .library
            }
        var module = ModuleDeclaration(
            name: name, ecosystem: "composer", kind: kind, roots: [folder], dependencies: Array(Set(required)).sorted(),
            importNames: Self.namespaces(fields), manifest: path, line: json.line(ofKey: "name") ?? 1)
        module.loadedPaths = Self.autoloadPaths(fields, folder: folder)
        return ([module], [])
    }

    /// The folders and files its `autoload` maps (PSR-4 and PSR-0 folders, one or a list per prefix; `classmap` and
    /// `files` lists) and the commands its `bin` installs, repository-relative; `""` or `.` is the package's folder.
    static func autoloadPaths(_ fields: [String: Any], folder: String) -> [String] {
        let autoload = fields["autoload"] as? [String: Any] ?? [:]
        var paths: [String] = []
        for standard in ["psr-4", "psr-0"] {
            for value in (autoload[standard] as? [String: Any] ?? [:]).values {
                paths += value as? [String] ?? (value as? String).map { [$0] } ?? []
            }
        }
        for list in ["classmap", "files"] { paths += autoload[list] as? [String] ?? [] }
        // The commands it installs (`bin`) ship with it too.
        paths += fields["bin"] as? [String] ?? (fields["bin"] as? String).map { [$0] } ?? []
        return Set(paths.map { path in
            var relative = Substring(path)
            while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
            while relative.hasSuffix("/") { relative = relative.dropLast() }
            if relative == "." { relative = "" }
            return folder.isEmpty ? String(relative) : relative.isEmpty ? folder : folder + "/" + relative
        }).sorted()
    }

    /// The autoload and autoload-dev PSR-4 and PSR-0 prefixes, without their trailing `\` (or PSR-0's `_`).
    private static func namespaces(_ fields: [String: Any]) -> [String] {
        var namespaces: [String] = []
        for section in ["autoload", "autoload-dev"] {
            let autoload = fields[section] as? [String: Any] ?? [:]
            for standard in ["psr-4", "psr-0"] {
                let prefixes = (autoload[standard] as? [String: Any])?.keys.sorted() ?? []
                namespaces += prefixes.map { String($0.reversed().drop { $0 == "\\" || $0 == "_" }.reversed()) }
                    .filter { !$0.isEmpty && !namespaces.contains($0) }
            }
        }
        return namespaces
    }
}
