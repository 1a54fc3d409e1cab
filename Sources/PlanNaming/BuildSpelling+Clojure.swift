// MARK: - Clojure

/// A Clojure project as BuildManifests' ClojureManifest reads one back: a `deps.edn` (the Clojure CLI's) named by its
/// folder, depending on the folders its `:local/root` coordinates name; or a Leiningen `project.clj` named by its
/// `defproject`'s artifact, depending on the artifacts of its `:dependencies`, listed in the `:sub` of its parent
/// project where lein-sub builds them (the old project's `workspace`). A Polylith brick (a `deps.edn` below a
/// `workspace.edn`) names no bricks: the development project and the projects that bring in the old brick bring in
/// the new one.
extension BuildSpelling {
    private static func isLeiningen(_ new: NewModule) -> Bool { new.manifest.hasSuffix("project.clj") }

    private static func isPolylith(_ new: NewModule) -> Bool { new.workspace.hasSuffix("workspace.edn") }

    /// `X/deps.edn` with its `:local/root` dependencies, or `X/project.clj` with a `defproject` in the old project's
    /// group and version.
    static func clojureCreation(_ new: NewModule, own: [String]) -> String {
        let more = own.count > 8 ? " (and \(own.count - 8) more)" : ""
        if isLeiningen(new) {
            let dependencies = own.isEmpty ? "" : " :dependencies [\(own.prefix(8).map(leiningenVector).joined(separator: " "))]"
            let member = NewModule.path(from: NewModule.parent(of: new.workspace), to: new.folder)
            let sub = new.workspace.isEmpty ? "" : ", add `\"\(member)\"` to the `:sub` of \(new.workspace)"
            return "Create `\(new.folder)/project.clj` with `(defproject <group>/\(new.declared) \"<version>\"\(dependencies))`"
                + "\(more) (`<group>` and `<version>` as in \(new.manifest))" + sub
        }
        guard !isPolylith(new) else { return polylithCreation(new) }
        let dependencies = own.prefix(8).map { localRoot($0, from: new.folder, new) }.joined(separator: " ")
        return "Create `\(new.folder)/deps.edn` with `{:deps {\(dependencies)}}`\(more) and the `:paths` of \(new.manifest)"
    }

    /// A brick's `deps.edn`, and its `:local/root` in the development project's `:dev` alias and in the projects.
    private static func polylithCreation(_ new: NewModule) -> String {
        let workspace = NewModule.parent(of: new.workspace)
        let development = NewModule.join(workspace, "deps.edn")
        let project = NewModule.join(workspace, "projects/*")
        let entry = { (from: String) in
            "`\(new.declared)/\(new.declared) {:local/root \"\(NewModule.path(from: from, to: new.folder))\"}`"
        }
        return "Create `\(new.folder)/deps.edn` with `{:deps {}}` and the `:paths` of \(new.manifest) (a Polylith brick names "
            + "no bricks), add \(entry(workspace)) to the `:extra-deps` of the `:dev` alias in \(development) and "
            + "\(entry(project)) to the `:deps` of each \(project)/deps.edn that brings in \(new.root)"
    }

    /// `[<group>/name "<version>"]`: a Leiningen dependency on a project of the repository.
    private static func leiningenVector(_ name: String) -> String { "[<group>/\(name) \"<version>\"]" }

    /// `name/name {:local/root "../name"}`: a `deps.edn` dependency on the project in the folder `name` names
    /// (`NewModule.folder(of:)`), from `user`'s folder.
    private static func localRoot(_ module: String, from user: String, _ new: NewModule) -> String {
        let folder = module == new.declared ? new.folder : new.folder(of: module)
        return "\(module)/\(module) {:local/root \"\(NewModule.path(from: user, to: folder))\"}"
    }

    /// The old project's dependency on the new one, or the new one's on `modules`; none between Polylith bricks.
    static func clojureAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let file = toNew ? "\(new.folder)/\(isLeiningen(new) ? "project.clj" : "deps.edn")" : new.manifest
        if isLeiningen(new) {
            return "add \(ModuleNaming.listed(modules) { "`\(leiningenVector($0))`" }) to the `:dependencies` of \(file)"
        }
        guard !isPolylith(new) else { return nil }
        let user = toNew ? new.folder : new.root
        return "add \(ModuleNaming.listed(modules) { "`\(localRoot($0, from: user, new))`" }) to the `:deps` of \(file)"
    }
}
