import BuildManifests
import ModuleGraph

/// Reads Dart and Flutter `pubspec.yaml` files: each is one pub package owning its folder.
///
/// The YAML is read line by line, never evaluated: the top-level `name:`, the keys of the `dependencies:`
/// and `dev_dependencies:` blocks (the declared dependencies, as Cargo counts its dev-dependencies; an SDK,
/// `flutter: {sdk: flutter}`, is left out) and a pub workspace's `workspace:` list. A workspace root is its tooling (kind `other`, like an npm workspace
/// root); its members declare themselves. A package is an `executable` when it is a Flutter app
/// (`lib/main.dart`) or has `bin/` but no `lib/`; otherwise a `library`. Code imports a package as
/// `package:NAME/…`, so its import name is `package:NAME` (and `package:flutter/…` never names another
/// ecosystem's `flutter`). A nested package (an `example/` app) is a module of
/// its own, as pub treats it.
public struct PubspecManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["pubspec.yaml"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let pubspec = Pubspec(String(decoding: bytes, as: UTF8.self), path: path)
        var warnings = pubspec.warnings
        guard let name = pubspec.name else {
            warnings.append(ManifestWarning(path: path, line: 1, message: "pubspec.yaml has no name"))
            return ([], warnings)
        }
        let folder = ManifestContext.folder(of: path)
        let hasLib = context.hasFiles(under: ManifestContext.join(folder, "lib"))
        let hasBin = context.hasFiles(under: ManifestContext.join(folder, "bin"))
        let isApp = context.contains(ManifestContext.join(folder, "lib/main.dart")) || (hasBin && !hasLib)
        let kind: ModuleDeclaration.Kind = pubspec.isWorkspace ? .other : isApp ? .executable : .library
        let module = ModuleDeclaration(
            name: name, ecosystem: "pub", kind: kind, roots: [folder], dependencies: pubspec.dependencies,
            importNames: ["package:" + name], manifest: path, line: pubspec.nameLine)
        return ([module], warnings)
    }
}

/// The fields of one `pubspec.yaml` the reader needs, read from block-style YAML.
struct Pubspec {
    private(set) var name: String?
    private(set) var nameLine = 1
    /// Whether the file lists `workspace:` members (a pub workspace root).
    private(set) var isWorkspace = false
    private(set) var warnings: [ManifestWarning] = []
    private let path: String
    private var names = Set<String>()
    /// Entries that name an SDK (`flutter: {sdk: flutter}`), never a package of the repository.
    private var sdks = Set<String>()
    /// The top-level key whose block is being read, the indentation of its entries (fixed by its first
    /// entry) and the last entry read, which deeper lines belong to.
    private var block: String?
    private var entryIndent: Int?
    private var lastKey: String?

    /// pub's blocks, and Crystal's `shard.yml` `development_dependencies:` (`ShardManifest`).
    private static let dependencyBlocks: Set<String> = ["dependencies", "dev_dependencies", "development_dependencies"]

    /// Declared dependencies, sorted, without SDKs.
    var dependencies: [String] { names.subtracting(sdks).sorted() }

    init(_ text: String, path: String) {
        self.path = path
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            read(ManifestText.withoutYAMLComment(rawLine), line: offset + 1)
        }
    }

    private mutating func read(_ content: String, line: Int) {
        guard content.contains(where: { $0 != " " && $0 != "\t" }) else { return }
        let indent = content.prefix { $0 == " " }.count
        if content.first == "\t" {
            warnings.append(ManifestWarning(path: path, line: line, message: "tab indentation is not YAML"))
        } else if indent == 0 && content.first != "-" {
            readTopLevel(content, line: line)
        } else if let block, Self.dependencyBlocks.contains(block) {
            readEntry(String(content.dropFirst(indent)), indent: indent, line: line)
        }
    }

    private mutating func readTopLevel(_ content: String, line: Int) {
        block = nil
        entryIndent = nil
        if content.hasPrefix("---") || content.hasPrefix("...") { return }
        guard let (key, value) = Self.keyValue(content) else {
            warnings.append(ManifestWarning(path: path, line: line, message: "expected 'key:' at the top level"))
            return
        }
        block = key
        if key == "name" {
            name = value.isEmpty ? nil : value
            nameLine = line
        }
        if key == "workspace" { isWorkspace = true }
    }

    /// A line inside `dependencies:`: an entry at the block's indentation, or a line of the last entry's value.
    private mutating func readEntry(_ entry: String, indent: Int, line: Int) {
        let expected = entryIndent ?? indent
        entryIndent = expected
        guard indent == expected else {
            if indent > expected, let lastKey, entry.hasPrefix("sdk:") { sdks.insert(lastKey) }
            return
        }
        guard let (key, _) = Self.keyValue(entry) else {
            let message = "\(block ?? "dependencies") entry is not 'name: version'"
            warnings.append(ManifestWarning(path: path, line: line, message: message))
            lastKey = nil
            return
        }
        names.insert(key)
        lastKey = key
    }

    /// `key: value` (the value unquoted, possibly empty), or nil when the line holds no `key:`.
    private static func keyValue(_ content: String) -> (key: String, value: String)? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let afterColon = content.index(after: colon)
        guard afterColon == content.endIndex || content[afterColon] == " " else { return nil }
        let key = ManifestText.yamlUnquoted(String(content[..<colon]))
        guard !key.isEmpty, !key.hasPrefix("-") else { return nil }
        return (key, ManifestText.yamlUnquoted(String(content[afterColon...])))
    }
}
