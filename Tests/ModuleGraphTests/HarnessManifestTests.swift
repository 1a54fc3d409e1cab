import Foundation
import Manifests
import BuildManifests
import ModuleGraph
import TestSupport
import Testing

/// Builds manifest contexts for the reader tests: from literal files, from `fixtures/manifests/<name>`,
/// or from a real checkout (`git ls-files`).
enum ManifestHarness {
    /// A context over literal files (path → text).
    static func context(_ files: [String: String]) -> ManifestContext {
        let bytes = files.mapValues { Array($0.utf8) }
        return ManifestContext(paths: bytes.keys.sorted()) { bytes[$0] }
    }

    /// A context over every file under `fixtures/manifests/<name>`, paths relative to that folder.
    static func fixture(_ name: String) throws -> ManifestContext {
        let root = FixtureRepository.fixturesFolder.appendingPathComponent("manifests/\(name)").path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                paths.append(path)
            }
        }
        return folderContext(root: root, paths: paths.sorted())
    }

    /// A context over a git checkout's tracked files.
    static func checkout(_ root: String) throws -> ManifestContext {
        let listing = try FixtureRepository.run("/usr/bin/git", ["-C", root, "ls-files", "-z"])
        return folderContext(root: root, paths: listing.split(separator: "\0").map(String.init).sorted())
    }

    private static func folderContext(root: String, paths: [String]) -> ManifestContext {
        ManifestContext(paths: paths) { path in
            FileManager.default.contents(atPath: root + "/" + path).map { Array($0) }
        }
    }

    /// Runs `reader` on every manifest it handles in `context`.
    static func read(
        _ context: ManifestContext, with reader: any ManifestReader
    ) -> (modules: [ModuleDeclaration], warnings: [ManifestWarning]) {
        ManifestReaders.readAll(context, readers: [reader])
    }

    /// One line per module: `name [kind] roots=… deps=… imports=… @manifest:line`, for readable diffs.
    static func summary(_ modules: [ModuleDeclaration]) -> [String] {
        modules.map { module in
            "\(module.name) [\(module.kind.rawValue)] roots=\(module.roots) deps=\(module.dependencies) "
                + "imports=\(module.importNames) @\(module.manifest):\(module.line)"
        }
    }
}

/// Runs every reader over a real checkout: `ACCRUE_MANIFEST_CORPUS=/work/corpus/gin swift test --filter corpus`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["ACCRUE_MANIFEST_CORPUS"] != nil))
func corpusCheckoutPrintsItsModules() throws {
    let root = ProcessInfo.processInfo.environment["ACCRUE_MANIFEST_CORPUS"] ?? ""
    let context = try ManifestHarness.checkout(root)
    let started = Date()

    let result = ManifestReaders.readAll(context)
    let folders = FolderModules().modules(in: context)

    let elapsed = Date().timeIntervalSince(started)
    var report = ["# \(root): \(context.paths.count) files, \(result.modules.count) modules in \(String(format: "%.3f", elapsed)) s"]
    report += ManifestHarness.summary(result.modules)
    report += result.warnings.map { "warning: \($0)" }
    report.append("# folder fallback: \(folders.map(\.name).joined(separator: ", "))")
    let text = report.joined(separator: "\n") + "\n"
    if let output = ProcessInfo.processInfo.environment["ACCRUE_MANIFEST_REPORT"] {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
    } else {
        print(text)
    }
}
