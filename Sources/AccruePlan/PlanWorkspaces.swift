import AccrueKit
import FileScanning
import ModuleGraph

/// The file listing each module as a member of a workspace its build keeps apart from the module's own manifest,
/// where a new module split off it is listed too (Planning's `PlanModule.workspace`):
/// - a pub workspace member's (its pubspec.yaml says `resolution: workspace`) nearest pub workspace root (a
///   pubspec.yaml with a top-level `workspace:`; its module may be of any kind: riverpod's root holds test code);
/// - a Cabal package's nearest `cabal.project` at or above its folder, else the nearest `stack.yaml` (first for an
///   hpack package, which stack builds);
/// - a Polylith brick's `workspace.edn` (a `deps.edn` project below one), a Leiningen project's nearest parent
///   project that lists its sub-projects in `:sub` (lein-sub: ring's root).
/// Other modules have none.
struct PlanWorkspaces {
    /// The manifests that may list others: every pub and Clojure module's.
    private let roots: [String]
    /// The tracked cabal.project, stack.yaml and workspace.edn files.
    private let listed: [String]
    private let read: (String) -> [UInt8]?

    /// The workspace file of each module of a scan that has one, by module name.
    static func files(of report: ModuleReport) -> [String: String] {
        files(of: report.modules.map(\.declaration), paths: { report.scan.source.paths }, read: report.scan.source.read)
    }

    /// The workspace file of each module that has one, by module name, from the modules, the tracked paths and
    /// the manifests' text.
    static func files(
        of modules: [ModuleDeclaration], paths: () -> [String], read: @escaping (String) -> [UInt8]?
    ) -> [String: String] {
        let needsPaths = modules.contains { ["cabal", "clojure"].contains($0.ecosystem) }
        let projectFiles: Set<String> = ["cabal.project", "stack.yaml", "workspace.edn"]
        let workspaces = PlanWorkspaces(
            roots: modules.filter { ["pub", "clojure"].contains($0.ecosystem) }.map(\.manifest),
            listed: needsPaths ? paths().filter { projectFiles.contains(fileName(of: $0)) } : [], read: read)
        var result: [String: String] = [:]
        for module in modules {
            result[module.name] = workspaces.workspace(of: module)
        }
        return result
    }

    /// The workspace file listing `module`, or nil.
    private func workspace(of module: ModuleDeclaration) -> String? {
        let folder = ManifestContext.folder(of: module.manifest)
        let nearest = { (files: [String]) in Self.nearest(files.filter { $0 != module.manifest }, above: folder) }
        let named = { (name: String) in listed.filter { Self.fileName(of: $0) == name } }
        switch (module.ecosystem, Self.fileName(of: module.manifest)) {
        case ("pub", _):
            guard hasTopLevel("resolution: workspace", in: module.manifest) else { return nil }
            return nearest(roots.filter { $0.hasSuffix("pubspec.yaml") && hasTopLevel("workspace:", in: $0) })
        case ("cabal", let file):
            let order = file == "package.yaml" ? ["stack.yaml", "cabal.project"] : ["cabal.project", "stack.yaml"]
            return order.lazy.compactMap { nearest(named($0)) }.first
        case ("clojure", "deps.edn"): return nearest(named("workspace.edn"))
        case ("clojure", _): return nearest(roots.filter { $0.hasSuffix("project.clj") && text($0).contains(":sub") })
        default: return nil
        }
    }

    private func text(_ path: String) -> String { read(path).map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// Whether a line of the YAML file at `path` starts with `entry` (`workspace:`, `resolution: workspace`).
    private func hasTopLevel(_ entry: String, in path: String) -> Bool {
        text(path).split(separator: "\n").contains { $0.hasPrefix(entry) }
    }

    private static func fileName(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The file of `files` in the deepest folder holding `folder` (or being it); nil when none does.
    private static func nearest(_ files: [String], above folder: String) -> String? {
        files.filter { ManifestContext.isInside(folder, ManifestContext.folder(of: $0)) }
            .max { ManifestContext.folder(of: $0).count < ManifestContext.folder(of: $1).count }
    }
}
