import Manifests
import ModuleGraph

/// Which of a module's files are test code, and which configure it rather than being its code or its tests.
///
/// A file is a test when its manifest builds it only for tests (Bazel's `testonly`) or a `test_paths` glob matches
/// it, except inside a SwiftPM target that is no test: a target compiles every source file below its folder into
/// itself, whatever the file's name or subfolder, so Quick's `Sources/Quick/Examples/Example.swift` and
/// `Sources/Quick/StopTest.swift` are the library's code (484 lines had been its tests). There the target's folder
/// alone decides: a support target in `Tests/Support` stays test code. Other builds define tests inside a module's
/// folder themselves (Go's `_test.go`, a crate's `tests/` and `examples/`), and keep the globs.
///
/// A file configures its module, and lists with its `files` whatever its module's kind, when it is a build manifest
/// or a tool's configuration script in the module's manifest folder or a root folder (serde_json's fuzz crate's
/// `fuzz/Cargo.toml`, okio's `build-support/settings.gradle.kts`, ex_doc's `.formatter.exs`), or a file in no
/// language written as code under a CI folder (`.github/workflows/ci.yml`, issue templates, `FUNDING.yml`): the
/// CI folders' scripts are tooling, counted with the tests, but their configuration is no test.
struct TestFileRules {
    let testPaths: TestPaths
    /// The files a manifest builds only for tests.
    let declared: Set<String>

    /// The folders continuous integration reads, each with its trailing `/`.
    static let ciFolders = [".github/", ".gitlab/", ".circleci/", ".buildkite/"]

    /// Whether `path`, a file of `module`, is test code.
    func isTest(_ path: String, of module: ModuleDeclaration) -> Bool {
        if declared.contains(path) { return true }
        guard testPaths.contains(path) else { return false }
        guard let root = Self.compiledRoot(of: path, in: module) else { return true }
        // The glob matched inside the target's folder or on the folder itself: only the latter makes it a test.
        return testPaths.contains(root.isEmpty ? "_" : root + "/_")
    }

    /// Whether `path`, a file of `module`, configures it (`isCode`: whether its language is written as code).
    static func isConfiguration(_ path: String, isCode: Bool, of module: ModuleDeclaration) -> Bool {
        if !isCode && ciFolders.contains(where: path.hasPrefix) { return true }
        guard BuildFiles.isBuildScript(path) else { return false }
        let folder = ManifestContext.folder(of: path)
        return folder == ManifestContext.folder(of: module.manifest) || module.roots.contains(folder)
    }

    /// The deepest root of `module` holding `path`, where the module compiles every file below its roots (a SwiftPM
    /// target that is no test); nil elsewhere.
    private static func compiledRoot(of path: String, in module: ModuleDeclaration) -> String? {
        guard module.ecosystem == "swiftpm", module.kind != .test else { return nil }
        return module.roots.filter { ManifestContext.isInside(path, $0) }.max { $0.count < $1.count }
    }
}
