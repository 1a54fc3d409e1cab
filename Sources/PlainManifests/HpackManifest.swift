import BuildManifests
import ModuleGraph

/// Reads hpack's `package.yaml` (Haskell, stack projects), which hpack turns into a `.cabal` file that projects often
/// do not commit: one module per package, owning its folder, as `CabalManifest` reads one. A `.cabal` file beside
/// it describes the same package and wins (the reader then declares nothing).
///
/// The YAML is read line by line, never evaluated: the top-level `name:` (else the folder's name), every package a
/// `dependencies:` list names at any depth (`- base >= 4.8 && < 5`, `[aeson, text]`), and the `source-dirs:` of the
/// entries under `tests:` and `benchmarks:`, whose Haskell files are test code. A package with `executables:` and no
/// `library:` is an executable.
public struct HpackManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["package.yaml"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let folder = ManifestContext.folder(of: path)
        let below = context.paths(under: folder)
        // A .cabal file beside it describes the package; without Haskell files it is another tool's.
        guard !below.contains(where: { $0.hasSuffix(".cabal") && ManifestContext.folder(of: $0) == folder }),
            below.contains(where: CabalManifest.isHaskell)
        else { return ([], []) }
        let package = HpackPackage(String(decoding: bytes, as: UTF8.self))
        guard package.isHpack else { return ([], []) }
        let name = package.name?.value ?? (folder.split(separator: "/").last.map(String.init) ?? "package")
        let testFiles = package.testSourceDirs.map { ManifestContext.join(folder, $0) }.filter { $0 != folder }.sorted()
            .flatMap { context.paths(under: $0).filter(CabalManifest.isHaskell) }
        let module = ModuleDeclaration(
            name: name, ecosystem: "cabal", kind: package.sections.contains("library") || !package.sections.contains("executables")
                ? .library : .executable,
            roots: [folder], dependencies: package.dependencies.subtracting([name]).sorted(), manifest: path,
            line: package.name?.line ?? 1, testFiles: testFiles)
        return ([module], [])
    }
}

/// What the reader needs of a `package.yaml`, from block-style YAML with its indentation.
struct HpackPackage {
    private(set) var name: (value: String, line: Int)?
    private(set) var sections = Set<String>()
    private(set) var dependencies = Set<String>()
    private(set) var testSourceDirs: [String] = []

    /// hpack's own keys: a `package.yaml` with none of them is some other tool's (pnpm reads one as `package.json`,
    /// with `dependencies:` too).
    var isHpack: Bool {
        !sections.isDisjoint(with: ["library", "executables", "executable", "tests", "ghc-options", "default-extensions", "source-dirs"])
    }

    init(_ text: String) {
        var path: [(indent: Int, key: String)] = []  // the keys the current line is under, with their indentation
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = ManifestText.withoutYAMLComment(raw)
            let indent = line.prefix { $0 == " " }.count
            let content = Substring(line.dropFirst(indent))
            guard !content.isEmpty, content != "---" else { continue }
            let isItem = content.hasPrefix("- ")
            while let last = path.last, last.indent > indent || (last.indent == indent && !isItem) { path.removeLast() }
            if isItem {
                read(item: content.dropFirst(2), under: path)
            } else if let colon = content.firstIndex(of: ":") {
                let key = ManifestText.trimmed(String(content[..<colon]))
                if path.isEmpty { sections.insert(key) }
                path.append((indent, key))
                read(value: ManifestText.yamlUnquoted(String(content[content.index(after: colon)...])), under: path, line: offset + 1)
            }
        }
    }

    /// `- item` of the list under `path`.
    private mutating func read(item: Substring, under path: [(indent: Int, key: String)]) {
        if path.last?.key == "dependencies" { add(dependency: item) }
        if path.last?.key == "source-dirs", isTest(path) { testSourceDirs.append(ManifestText.yamlUnquoted(String(item))) }
    }

    /// The value after `key:`, the last of `path`.
    private mutating func read(value: String, under path: [(indent: Int, key: String)], line: Int) {
        let key = path.last?.key
        if path.count == 1, key == "name", !value.isEmpty { name = (value, line) }
        if key == "dependencies" { for item in Self.inlineList(value) { add(dependency: Substring(item)) } }
        if key == "source-dirs", isTest(path), !value.isEmpty {
            testSourceDirs += value.hasPrefix("[") ? Self.inlineList(value) : [value]
        }
    }

    /// Whether the key path lies under `tests:` or `benchmarks:`.
    private func isTest(_ path: [(indent: Int, key: String)]) -> Bool {
        path.first.map { ["tests", "benchmarks"].contains($0.key) } ?? false
    }

    private mutating func add(dependency item: Substring) {
        let name = ManifestText.yamlUnquoted(String(item)).prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        if !name.isEmpty { dependencies.insert(String(name)) }
    }

    /// `[aeson, text >= 1]` as its items; a scalar as nothing.
    private static func inlineList(_ value: String) -> [String] {
        guard value.hasPrefix("["), value.hasSuffix("]") else { return [] }
        return value.dropFirst().dropLast().split(separator: ",").map { ManifestText.yamlUnquoted(String($0)) }
    }
}
