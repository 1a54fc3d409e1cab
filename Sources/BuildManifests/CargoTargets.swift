import ModuleGraph
import TOMLText

/// The targets a Cargo.toml names by path: `[lib]`, `[[bin]]`, `[[test]]`, `[[bench]]` and `[[example]]` with
/// `path = "…"`, wherever the files lie (ripgrep's binary is `crates/core/main.rs`, axum's websockets example builds
/// `src/client.rs` as a second binary, clap's examples sit in `examples/tutorial_builder/`).
///
/// Each is a crate root (`ModuleDeclaration.targetFiles`: its `mod` lines name files beside it, not in a folder named
/// after it). The crate owns them: a target's folder outside every package is a root of the crate, a target file in
/// another package's folder is one alone. Tests, benches and examples are test code wherever they lie, as Cargo's `tests/`, `benches/` and
/// `examples/` are by `test_paths`: their file, and the Rust files of their folder when it holds no library or binary.
///
/// `[package] build = "…"` names the build script where it is not Cargo's default `build.rs` (bat's `build/main.rs`):
/// a crate root too, which a split leaves in place. `build = false` builds none; `build = true` is the default.
struct CargoTargets {
    /// The target files the manifest names, repository-relative, in manifest order.
    private(set) var files: [String] = []
    /// Those of tests, benches and examples.
    private(set) var testTargets: [String] = []
    /// The build script `[package] build` names, when a path.
    private(set) var buildScript: String?
    /// Whether `[package] build = false` turns the build script off.
    private var buildsNoScript = false

    private static let testKinds = ["test", "bench", "example"]

    init(_ document: TOMLDocument, folder: String) {
        let join = { (path: String) in ManifestContext.join(folder, path) }
        if let lib = document.value(["lib", "path"])?.string { files.append(join(lib)) }
        if let build = document.value(["package", "build"])?.string {
            buildScript = join(build)
            files.append(join(build))
        }
        buildsNoScript = document.value(["package", "build"]) == .scalar("false")
        for kind in ["bin"] + Self.testKinds {
            for table in document.arrayOfTables([kind]) {
                guard let path = table.entries.first(where: { $0.key == ["path"] })?.value.string else { continue }
                files.append(join(path))
                if Self.testKinds.contains(kind) { testTargets.append(join(path)) }
            }
        }
    }

    /// The roots the crate in `folder` needs beyond it: the folder of each target outside every package (a crate root's
    /// modules sit beside it), or the target file alone inside another package's folder, which owns the rest.
    func roots(of folder: String, context: ManifestContext) -> [String] {
        var roots: [String] = []
        for target in files {
            let targetFolder = ManifestContext.folder(of: target)
            switch Self.package(holding: targetFolder, context: context) {
            case folder: continue
            case nil: if !roots.contains(targetFolder) { roots.append(targetFolder) }
            default: roots.append(target)
            }
        }
        return roots
    }

    /// The folder of the nearest Cargo.toml with a `[package]` at or above `folder`; nil for none.
    private static func package(holding folder: String, context: ManifestContext) -> String? {
        let candidates = [folder] + context.ancestors(of: folder, holding: ["Cargo.toml"])
        return candidates.first { candidate in
            guard let bytes = context.read(ManifestContext.join(candidate, "Cargo.toml")),
                !ManifestText.looksBinary(bytes)
            else { return false }
            return TOMLDocument(bytes).headerLine(["package"]) != nil
        }
    }

    /// The test code the targets make in the crate at `folder`: each test, bench or example target, and the Rust files
    /// below its folder when that lies below the crate's and holds no library or binary (`libraries`: the crate's
    /// library and binary roots).
    func testFiles(of folder: String, libraries: [String], context: ManifestContext) -> [String] {
        var result: [String] = []
        for target in testTargets {
            let targetFolder = ManifestContext.folder(of: target)
            let isOwnFolder = targetFolder != folder && ManifestContext.isInside(targetFolder, folder)
                && !libraries.contains { ManifestContext.isInside($0, targetFolder) }
            if isOwnFolder {
                result += context.paths(under: targetFolder).filter { $0.hasSuffix(".rs") }
            } else if context.contains(target) {
                result.append(target)
            }
        }
        return Array(Set(result)).sorted()
    }

    /// The build script of the crate in `folder`: the one `[package] build` names, else Cargo's default `build.rs`
    /// where it exists and `build = false` does not turn it off.
    func buildScripts(of folder: String, context: ManifestContext) -> [String] {
        if let buildScript { return [buildScript] }
        let standard = ManifestContext.join(folder, "build.rs")
        return !buildsNoScript && context.contains(standard) ? [standard] : []
    }

    /// The library and binary roots of the crate in `folder`: those the manifest names and Cargo's defaults present.
    func libraries(of folder: String, context: ManifestContext) -> [String] {
        let defaults = ["src/lib.rs", "src/main.rs"].map { ManifestContext.join(folder, $0) }.filter(context.contains)
        return files.filter { !testTargets.contains($0) && $0 != buildScript } + defaults
    }
}
