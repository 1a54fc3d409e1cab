import BuildManifests
import ModuleGraph

/// Reads an R package's `DESCRIPTION` (Debian control format, never run): one module of ecosystem `cran`, owning its
/// folder, named by its `Package:` field.
///
/// Its code is what the package installs, `R/`, `src/`, `inst/` and `exec/` (`loadedPaths`): `data-raw/` scripts and
/// the like are tooling, counted with its tests. Its declared dependencies are the packages its `Imports:`, `Depends:`
/// and `LinkingTo:` fields list, their
/// version constraints (`cli (>= 3.4.0)`) dropped and R itself left out; a field continues on the lines indented
/// below it. A `DESCRIPTION` with no `Package:` (a project's, not a package's) declares nothing. R's `library()` and
/// `pkg::f` name packages, whose imports no reader resolves yet: the module has no import names. tidyverse/dplyr had
/// been four folder modules, `R`, `src`, `data-raw` and `tests`.
public struct RPackageManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["DESCRIPTION"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let fields = Self.fields(String(decoding: bytes, as: UTF8.self))
        let name = (fields["Package"]?.value ?? "").filter { $0 != " " && $0 != "\t" && $0 != "\r" }
        guard !name.isEmpty else { return ([], []) }
        let listed = ["Imports", "Depends", "LinkingTo"].flatMap { field in
            (fields[field]?.value ?? "").split(separator: ",").compactMap { entry in
                entry.split(whereSeparator: { " (\n\t".contains($0) }).first.map(String.init)
            }
        }
        let folder = ManifestContext.folder(of: path)
        var module = ModuleDeclaration(
            name: name, ecosystem: "cran", roots: [folder], dependencies: Set(listed).subtracting(["R", name]).sorted(),
            manifest: path, line: fields["Package"]?.line ?? 1)
        module.loadedPaths = ["R", "src", "inst", "exec"].map { ManifestContext.join(folder, $0) }
        return ([module], [])
    }

    /// The fields by name, each with its value (continuation lines joined) and line.
    static func fields(_ text: String) -> [String: (value: String, line: Int)] {
        var fields: [String: (value: String, line: Int)] = [:]
        var current: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.first == " " || line.first == "\t" {
                if let current { fields[current]?.value += "\n" + line }
            } else if let colon = line.firstIndex(of: ":") {
                let name = String(line[..<colon])
                fields[name] = (String(line[line.index(after: colon)...]), index + 1)
                current = name
            } else {
                current = nil
            }
        }
        return fields
    }
}

/// Reads a Crystal shard's `shard.yml` (block YAML, read as pub's `pubspec.yaml` is): one module of ecosystem
/// `shards`, owning its folder, named by its `name:`; its declared dependencies are the keys of `dependencies:` and
/// `development_dependencies:`; its code is `src/`. Crystal's `require` names files. kemalcr/kemal had been no module
/// at all.
public struct ShardManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["shard.yml"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let shard = Pubspec(String(decoding: bytes, as: UTF8.self), path: path)
        guard let name = shard.name else {
            return ([], shard.warnings + [ManifestWarning(path: path, line: 1, message: "shard.yml has no name")])
        }
        let folder = ManifestContext.folder(of: path)
        var module = ModuleDeclaration(
            name: name, ecosystem: "shards", roots: [folder], dependencies: shard.dependencies, manifest: path,
            line: shard.nameLine)
        module.loadedPaths = [ManifestContext.join(folder, "src")]
        return ([module], shard.warnings)
    }
}
