import BuildManifests
import ModuleGraph

/// Reads an Xcode project (`X.xcodeproj/project.pbxproj`, an OpenStep property list read as text, never built):
/// each native target is a module (ecosystem `xcode`) owning the code files it compiles (XcodeTarget), imported by its
/// module name (XcodeBuildSettings), depending on the targets and package products it names.
///
/// A target building the module of a target read before it (the project's order, tests last) mostly from its files,
/// or only its files, builds them again for another platform (Alamofire's `Alamofire macOS` beside `Alamofire iOS`, home-assistant's
/// `Shared-watchOS` beside `Shared-iOS`): it is that target, and dependencies on it name that target. A file two
/// targets compile is the first's. A file that cannot be read as a property list is a warning with its line; what could be read is used,
/// and a file with no project object declares nothing.
public struct XcodeProjectManifest: ManifestReader {
    public init() {}

    public var manifestNames: Set<String> { ["project.pbxproj"] }

    public func handles(path: String) -> Bool { Self.isProjectFile(path) }

    /// Whether `path` is the project file of an `.xcodeproj` bundle.
    static func isProjectFile(_ path: String) -> Bool {
        path.hasSuffix(".xcodeproj/project.pbxproj")
    }

    public func read(manifest path: String, bytes: [UInt8], context: ManifestContext) -> (
        modules: [ModuleDeclaration], warnings: [ManifestWarning]
    ) {
        guard Self.isProjectFile(path) else { return ([], []) }
        guard !ManifestText.looksBinary(bytes) else { return ([], [ManifestText.binaryWarning(path)]) }
        if bytes.starts(with: Array("<?xml".utf8)) {
            return ([], [ManifestWarning(path: path, line: 1, message: "an XML property list, not read; it declares no module")])
        }
        let plist = OpenStepPlist(bytes)
        var warnings = ManifestText.warnings(plist.problems, path: path)
        guard let root = plist.root, let project = XcodeProject(root, manifest: path) else {
            warnings.append(ManifestWarning(path: path, line: 1, message: "no project object found; it declares no module"))
            return ([], warnings)
        }
        let modules = Self.withoutCopies(project.targets(context: context)).map { target in
            var module = ModuleDeclaration(
                name: target.name, ecosystem: "xcode", kind: target.kind, roots: target.files.sorted(),
                dependencies: target.dependencies, importNames: [target.moduleName], manifest: path, line: target.line)
            module.frameworkNames = target.frameworkName.map { [$0] } ?? []
            return module
        }
        return (modules.sortedForOutput(), warnings)
    }

    /// `targets` without the copies of another target for another platform: one building the module an earlier
    /// target builds (the same module name and kind) from files most of which that target compiles (home-assistant's
    /// `Shared-watchOS`, which alone compiles 2 of its files, is `Shared-iOS`'s, which takes those 2 and its
    /// dependencies; NetNewsWire's `NetNewsWire-iOS` app, most of whose files are its own, stays), or compiling only
    /// files an earlier target compiles. Tests come after the others. Each kept target holds only the files no target
    /// before it holds; a dependency on a left-out target names the one it went to.
    static func withoutCopies(_ targets: [XcodeTarget]) -> [XcodeTarget] {
        var claimed: [String: String] = [:]
        var replaced: [String: String] = [:]
        var kept: [XcodeTarget] = []
        for var target in targets.filter({ $0.kind != .test }) + targets.filter({ $0.kind == .test }) {
            let own = target.files.filter { claimed[$0] == nil }
            if own.count * 2 < target.files.count,
                let same = kept.firstIndex(where: { $0.moduleName == target.moduleName && $0.kind == target.kind })
            {
                for file in own { claimed[file] = kept[same].name }
                kept[same].files += own
                kept[same].dependencies += target.dependencies
                replaced[target.name] = kept[same].name
                continue
            }
            if own.isEmpty, let first = target.files.first {
                replaced[target.name] = claimed[first]
                continue
            }
            for file in own { claimed[file] = target.name }
            target.files = own
            kept.append(target)
        }
        return kept.map { target in
            var renamed = target
            renamed.dependencies = Set(target.dependencies.map { replaced[$0] ?? $0 }).subtracting([target.name]).sorted()
            return renamed
        }
    }
}
