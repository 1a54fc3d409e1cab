// MARK: - pub

/// A Dart package as PlainManifests' PubspecManifest reads one back: a `pubspec.yaml` named by its `name:`, its
/// dependencies the keys of its `dependencies:`. In a pub workspace (the old package's `workspace` is the root
/// pubspec.yaml listing it) the new package joins it (`resolution: workspace` and an entry in the root's
/// `workspace:`), and a dependency on a workspace package resolves to it whatever its source, so it needs no
/// path; outside one, a package of the repository is depended on by its path.
extension BuildSpelling {
    static func pubCreation(_ new: NewModule, own: [String]) -> String {
        let oldPubspec = new.manifest
        guard !new.workspace.isEmpty else {
            return "Create `\(new.folder)/pubspec.yaml` (`name: \(new.declared)`, the `environment` of \(oldPubspec))"
        }
        let member = NewModule.path(from: NewModule.parent(of: new.workspace), to: new.folder)
        return "Create `\(new.folder)/pubspec.yaml` (`name: \(new.declared)`, `resolution: workspace`, the `environment` of "
            + "\(oldPubspec)), add `\(member)` to the `workspace:` of \(new.workspace)"
    }

    /// `name: any` in a workspace, else `name: {path: ../name}`, in the `dependencies` of the package using them.
    static func pubAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let (user, pubspec) = toNew ? (new.folder, "\(new.folder)/pubspec.yaml") : (new.root, new.manifest)
        let entries = listed(modules) { module in
            guard new.workspace.isEmpty else { return "`\(module): any`" }
            let folder = module == new.declared ? new.folder : new.folder(of: module)
            return "`\(module): {path: \(NewModule.path(from: user, to: folder))}`"
        }
        return "add \(entries) to the `dependencies` of \(pubspec)"
    }
}
