import ModuleGraph
import TOMLText

/// Reads a Julia package's `Project.toml`: one module of ecosystem `julia`, owning its folder, named by its `name`;
/// its code is `src/` and its package extensions' `ext/` (`docs/`, `perf/` and `benchmark/` are tooling, counted with
/// its tests); its declared dependencies are the keys of its `[deps]` and `[weakdeps]`. An environment's
/// `Project.toml` with no `name` (a `docs/` or `test/` environment) declares nothing. `using X` names packages, whose imports no reader
/// resolves yet. FluxML/Flux.jl had been eleven folder modules.
public struct JuliaProjectManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["Project.toml", "JuliaProject.toml"] }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        let document = TOMLDocument(bytes)
        guard let (value, line) = document.valueWithLine(["name"]), let name = value.string, !name.isEmpty else {
            return ([], [])
        }
        let dependencies = (document.keys(under: ["deps"]) + document.keys(under: ["weakdeps"])).map(\.key)
        let folder = ManifestContext.folder(of: path)
        var module = ModuleDeclaration(
            name: name, ecosystem: "julia", roots: [folder],
            dependencies: Set(dependencies).subtracting([name]).sorted(), manifest: path, line: line)
        module.loadedPaths = ["src", "ext"].map { ManifestContext.join(folder, $0) }
        return ([module], [])
    }
}
