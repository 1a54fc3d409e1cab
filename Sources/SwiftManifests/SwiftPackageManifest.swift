import ModuleGraph
import SourceScan

/// Reads SwiftPM's `Package.swift` as Swift tokens: targets, their kinds, paths and dependencies.
///
/// A folder's version-specific manifests (`Package@swift-5.9.swift`) describe the same package: one of them, or
/// `Package.swift`, is read, the one with the highest tools version (SwiftManifestVersions).
/// Never evaluates the manifest. It understands the literal forms (`.target(name: "X", dependencies: […],
/// path: "…")`) and top-level `let` bindings of dependencies (`let atomics: Target.Dependency =
/// .product(name: "Atomics", package: "swift-atomics")`). Anything computed (a loop, a function call
/// building targets) is reported as a warning naming the line, and the literal targets are still read.
public struct SwiftPackageManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["Package.swift"] }
    public var manifestPrefixes: Set<String> { [SwiftManifestVersions.prefix] }

    public func handles(path: String) -> Bool {
        let name = SwiftManifestVersions.fileName(of: path)
        return name == "Package.swift" || SwiftManifestVersions.version(fileName: name) != nil
    }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard SwiftManifestVersions.isChosen(path, bytes: bytes, context: context) else { return ([], []) }
        let lexer = Lexer(language: SwiftPackageManifest.swiftSyntax)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = lexer.lex(buffer, collectTokens: true).tokens
            var parser = SwiftManifestParser(tokens: tokens, bytes: buffer, path: path)
            parser.parse()
            let folder = ManifestContext.folder(of: path)
            let modules = parser.targets.map { target -> ModuleDeclaration in
                let root = target.path.map { ManifestContext.join(folder, $0) }
                    ?? defaultRoot(for: target, folder: folder, context: context)
                return ModuleDeclaration(
                    name: target.name, ecosystem: "swiftpm", kind: target.kind, roots: [root],
                    dependencies: target.dependencies, importNames: [c99Name(target.name)], manifest: path,
                    line: target.line)
            }
            return (modules.sorted { $0.name < $1.name }, parser.warnings)
        }
    }

    /// SwiftPM's default folders: `Tests/X` for tests, `Plugins/X` for plugins (`Sources/X` for a macro, also a
    /// compiler plugin), else the first of `Sources/X`, `Source/X`, `src/X`, `srcs/X` that has files (X: the target's
    /// name, or a helper's `directory:`).
    private func defaultRoot(for target: SwiftManifestParser.Target, folder: String, context: ManifestContext) -> String {
        let candidates: [String]
        switch target.kind {
        case .test: candidates = ["Tests"]
        case .plugin: candidates = ["Plugins", "Sources"]
        default: candidates = ["Sources", "Source", "src", "srcs"]
        }
        for candidate in candidates {
            let root = ManifestContext.join(folder, candidate + "/" + (target.folderName ?? target.name))
            if context.hasFiles(under: root) { return root }
        }
        return ManifestContext.join(folder, candidates[0] + "/" + (target.folderName ?? target.name))
    }

    /// The module name Swift code imports: the target name with characters invalid in identifiers as `_`.
    private func c99Name(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }

    /// Enough of Swift's syntax to tokenize a manifest: comments and string forms.
    static let swiftSyntax = Language(
        name: "Swift", lineComments: ["//"], blockComments: [.init(open: "/*", close: "*/")],
        nestedComments: true,
        strings: [
            .init(open: "\"\"\"", close: "\"\"\"", multiline: true, hashes: true),
            .init(open: "\"", close: "\"", hashes: true),
            .init(open: "\"\"\"", close: "\"\"\"", multiline: true),
            .init(open: "\"", close: "\""),
        ], directives: true)
}
