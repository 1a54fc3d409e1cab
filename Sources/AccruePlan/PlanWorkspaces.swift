import ModuleGraph

/// The file listing each module as a member of a workspace its build keeps apart from the module's own manifest,
/// where a new module split off it is listed too (Planning's `PlanModule.workspace`): a pub workspace member's (its
/// pubspec.yaml says `resolution: workspace`) nearest pub workspace root (a pub module of kind `other`, whose
/// pubspec.yaml has `workspace:`), a Cabal package's nearest `cabal.project` at or above its folder, else the nearest
/// `stack.yaml` (first for an hpack package, which stack builds). Other modules have none.
enum PlanWorkspaces {
    /// The workspace file of each module that has one, by module name, from the modules, the tracked paths and
    /// the manifests' text.
    static func files(
        of modules: [ModuleDeclaration], paths: () -> [String], read: (String) -> [UInt8]?
    ) -> [String: String] {
        let pubRoots = modules.filter { $0.ecosystem == "pub" && $0.kind == .other }.map(\.manifest)
        let cabal = modules.filter { $0.ecosystem == "cabal" }
        let projects = cabal.isEmpty
            ? [] : paths().filter { ["cabal.project", "stack.yaml"].contains(fileName(of: $0)) }
        var result: [String: String] = [:]
        for module in modules {
            let folder = ManifestContext.folder(of: module.manifest)
            switch module.ecosystem {
            case "pub":
                guard module.kind != .other, read(module.manifest).map(isWorkspaceMember) == true else { continue }
                result[module.name] = nearest(pubRoots.filter { $0 != module.manifest }, above: folder)
            case "cabal":
                let order = module.manifest.hasSuffix("package.yaml") ? ["stack.yaml", "cabal.project"] : ["cabal.project", "stack.yaml"]
                result[module.name] = order.lazy.compactMap { name in
                    nearest(projects.filter { fileName(of: $0) == name }, above: folder)
                }.first
            default: continue
            }
        }
        return result
    }

    /// Whether a pubspec.yaml has a top-level `resolution: workspace`.
    private static func isWorkspaceMember(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { line in
            line.hasPrefix("resolution:") && line.dropFirst("resolution:".count).split(separator: "#").first?
                .trimmingPrefix(" ").hasPrefix("workspace") == true
        }
    }

    private static func fileName(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The file of `files` in the deepest folder holding `folder` (or being it); nil when none does.
    private static func nearest(_ files: [String], above folder: String) -> String? {
        files.filter { ManifestContext.isInside(folder, ManifestContext.folder(of: $0)) }
            .max { ManifestContext.folder(of: $0).count < ManifestContext.folder(of: $1).count }
    }
}
