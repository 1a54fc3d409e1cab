import BuildManifests
import ModuleGraph

/// Reads a Cabal package description (`pandoc.cabal`) as text: one module per package, and one per internal
/// library with source folders of its own.
///
/// The package is named by its `name:` field (else the file's stem, which Cabal requires to match) and owns the
/// `.cabal` file's folder: its library, executables, test suites and benchmarks, as a crate owns its targets. An
/// internal library (`library xml-light`, pandoc's) whose `hs-source-dirs` no other component shares is a module of
/// its own, owning those folders (or the folder holding its only one, `src/`, `lib/` or `source/`, when no other
/// library or executable builds there: haskell-language-server's 30 plugins, each with its tests beside it); its
/// name is how `build-depends` names it. Dependencies are the packages every
/// stanza's `build-depends` lists, with the `common` stanzas it `import`s, in every `if`/`else` branch. The
/// Haskell files below the source folders of test suites and benchmarks alone are test code. Haskell imports name
/// modules, not packages, and resolve through the files that define them, so the module needs no import names.
/// Only the layout-based syntax is read (not the rare `{ }` one); fields are case-insensitive and continue on
/// lines indented deeper than their name.
public struct CabalManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { [] }
    public var manifestExtensions: Set<String> { ["cabal"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let description = CabalDescription(String(decoding: bytes, as: UTF8.self))
        let folder = ManifestContext.folder(of: path)
        var warnings: [ManifestWarning] = []
        let stem = String(ManifestText.fileName(of: path).dropLast(".cabal".count))
        let name = description.name?.value ?? stem
        if description.name == nil {
            warnings.append(ManifestWarning(path: path, line: 1, message: "no `name:` field; the package is named '\(stem)' after its file"))
        }
        let components = description.sections.filter { Self.componentKinds.contains($0.kind) }
        let sourceFolders = components.map { section in
            description.sourceDirs(of: section).map { ManifestContext.join(folder, $0) }
        }
        var modules: [ModuleDeclaration] = []
        var packageIndices: [Int] = []
        for (index, section) in components.enumerated() {
            if section.kind == "library", let library = section.name,
                let roots = Self.ownRoots(of: index, components: components, sourceFolders: sourceFolders, package: folder)
            {
                modules.append(ModuleDeclaration(
                    name: library, ecosystem: "cabal", roots: roots,
                    dependencies: description.dependencies(of: [section], package: name, except: [name, library]),
                    manifest: path, line: section.line))
            } else {
                packageIndices.append(index)
            }
        }
        let packageSections = packageIndices.map { components[$0] }
        let testFolders = Set(packageIndices.filter { Self.testKinds.contains(components[$0].kind) }.flatMap { sourceFolders[$0] })
            .subtracting(packageIndices.filter { !Self.testKinds.contains(components[$0].kind) }.flatMap { sourceFolders[$0] })
            .filter { $0 != folder }
        let testFiles = testFolders.sorted().flatMap { context.paths(under: $0).filter(Self.isHaskell) }
        let isLibrary = packageSections.contains { $0.kind == "library" && $0.name == nil } || packageSections.isEmpty
        let hasExecutable = packageSections.contains { $0.kind == "executable" }
        modules.append(ModuleDeclaration(
            name: name, ecosystem: "cabal", kind: isLibrary || !hasExecutable ? .library : .executable, roots: [folder],
            dependencies: description.dependencies(of: packageSections, package: name, except: [name]),
            manifest: path, line: description.name?.line ?? 1, testFiles: testFiles))
        return (modules.sortedForOutput(), warnings)
    }

    /// The roots of the internal library `index` when it is a module of its own: its source folders, or the folder
    /// holding its only one (`home(of:)`) when no other library or executable builds there; nil when it shares a
    /// source folder with another component or the package's folder.
    private static func ownRoots(
        of index: Int, components: [CabalDescription.Section], sourceFolders: [[String]], package folder: String
    ) -> [String]? {
        let own = sourceFolders[index]
        let others = sourceFolders.indices.filter { $0 != index }
        guard !own.contains(where: { mine in mine == folder || others.contains { sourceFolders[$0].contains(mine) } })
        else { return nil }
        let builtInside = { (home: String) in
            others.contains { other in
                !testKinds.contains(components[other].kind) && sourceFolders[other].contains { ManifestContext.isInside($0, home) }
            }
        }
        guard let home = home(of: own), home != folder, !builtInside(home) else { return own.sorted() }
        return [home]
    }

    /// The folder holding an internal library's conventional source folder (`plugins/hls-class-plugin` for
    /// `plugins/hls-class-plugin/src`), so its test suite beside it is its own; nil for any other layout.
    private static func home(of sources: [String]) -> String? {
        guard let source = sources.first, sources.count == 1,
            ["src", "lib", "source"].contains(ManifestText.fileName(of: source))
        else { return nil }
        let parent = ManifestContext.folder(of: source)
        return parent.isEmpty ? nil : parent
    }

    private static let componentKinds: Set<String> = ["library", "executable", "test-suite", "benchmark", "foreign-library"]
    private static let testKinds: Set<String> = ["test-suite", "benchmark"]

    /// A Haskell source: `.hs`, literate `.lhs`, or `.hsc` (preprocessed into a module).
    static func isHaskell(_ path: String) -> Bool {
        path.hasSuffix(".hs") || path.hasSuffix(".lhs") || path.hasSuffix(".hsc")
    }
}

/// A `.cabal` file's fields, top-level and by stanza, as text.
struct CabalDescription {
    struct Section {
        /// `library`, `executable`, `test-suite`, `benchmark`, `common`, `flag`, … (lower-cased).
        var kind: String
        /// The stanza's name (`library xml-light`); nil for the main library.
        var name: String?
        var line: Int
        /// Field name (lower-cased) → values, in order, whatever `if`/`else` branch they sit in.
        var fields: [String: [String]] = [:]
    }

    let name: (value: String, line: Int)?
    let sections: [Section]

    init(_ text: String) {
        var current: Section?
        var sections: [Section] = []
        var name: (value: String, line: Int)?
        var nameLine = 1
        var field: (name: String, indent: Int, value: String)?
        func endField() {
            guard let open = field else { return }
            field = nil
            if current == nil, open.name == "name" {
                let value = ManifestText.trimmed(open.value)
                if name == nil, !value.isEmpty { name = (value, nameLine) }
            } else {
                current?.fields[open.name, default: []].append(open.value)
            }
        }
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.hasPrefix("--") { continue }
            if let open = field, indent > open.indent {
                field?.value += " " + content
                continue
            }
            endField()
            if let colon = Self.fieldColon(content) {
                let key = content[..<colon].lowercased()
                if indent == 0, current != nil { Self.close(&current, into: &sections) }
                if current == nil, key == "name" { nameLine = offset + 1 }
                field = (key, indent, String(content[content.index(after: colon)...]))
            } else if indent == 0 {
                Self.close(&current, into: &sections)
                let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                let rest = ManifestText.trimmed(words.dropFirst().joined(separator: " "))
                current = Section(kind: words[0].lowercased(), name: rest.isEmpty ? nil : rest, line: offset + 1)
            }
        }
        endField()
        Self.close(&current, into: &sections)
        self.name = name
        self.sections = sections
    }

    private static func close(_ section: inout Section?, into sections: inout [Section]) {
        if let done = section { sections.append(done) }
        section = nil
    }

    /// The colon ending a field name (`build-depends:`), or nil when the line is no field (`if flag(http)`).
    private static func fieldColon(_ content: Substring) -> Substring.Index? {
        guard let colon = content.firstIndex(of: ":"), colon > content.startIndex else { return nil }
        let key = content[..<colon]
        return key.allSatisfy(isNameCharacter) ? colon : nil
    }

    /// The stanza with the `common` stanzas it imports (transitively, each once).
    private func withImports(_ section: Section) -> [Section] {
        var result = [section]
        var seen: Set<String> = []
        var index = 0
        while index < result.count {
            for imported in Self.list(result[index].fields["import"] ?? []) where seen.insert(imported).inserted {
                result += sections.filter { $0.kind == "common" && $0.name == imported }
            }
            index += 1
        }
        return result
    }

    /// `hs-source-dirs` of the stanza (with its imports), relative to the package; `.` when none is given.
    func sourceDirs(of section: Section) -> [String] {
        let dirs = withImports(section).flatMap { Self.list($0.fields["hs-source-dirs"] ?? []) }
        let joined = (dirs.isEmpty ? ["."] : dirs).map { ManifestContext.join("", $0) }
        return joined.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The packages the stanzas' `build-depends` name (`pkg >= 1 && < 2`, `pkg:{a, b}`), sorted, without
    /// `except`: the package's own internal libraries by their names (`pandoc:xml-light` is `xml-light`).
    func dependencies(of stanzas: [Section], package: String, except: Set<String>) -> [String] {
        var names = Set<String>()
        for section in stanzas.flatMap(withImports) {
            let text = (section.fields["build-depends"] ?? []).joined(separator: ",")
            for item in Self.dependencyItems(text) {
                let packageName = String(item.prefix(while: Self.isNameCharacter))
                guard !packageName.isEmpty else { continue }
                let rest = item.dropFirst(packageName.count).drop { $0 == " " }
                if packageName == package, rest.hasPrefix(":") {
                    let after = rest.dropFirst().drop { $0 == " " }
                    let libraries = after.hasPrefix("{") ? after.dropFirst().prefix { $0 != "}" } : after.prefix(while: Self.isNameCharacter)
                    names.formUnion(libraries.split(separator: " ").map(String.init))
                } else {
                    names.insert(packageName)
                }
            }
        }
        return names.subtracting(except).sorted()
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// `build-depends` items split at commas outside `{ }`, trimmed.
    private static func dependencyItems(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            if character == ",", depth <= 0 {
                items.append(ManifestText.trimmed(current))
                current = ""
            } else {
                current.append(character == "," || character == "\t" ? " " : character)
            }
        }
        items.append(ManifestText.trimmed(current))
        return items.filter { !$0.isEmpty }
    }

    /// A field's values as a list: split at commas and spaces, quotes removed.
    private static func list(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }) }
            .map { String($0.filter { $0 != "\"" }) }.filter { !$0.isEmpty }
    }
}
