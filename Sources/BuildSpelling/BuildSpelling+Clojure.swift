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
    /// group and version (`<group>` and `<version>` where its text does not give them).
    static func clojureCreation(_ new: NewModule, own: [String]) -> String {
        let more = own.count > 8 ? " (and \(own.count - 8) more)" : ""
        if isLeiningen(new) {
            let vectors = own.prefix(8).map { leiningenVector($0, new) }
            let dependencies = own.isEmpty ? "" : " :dependencies [\(vectors.joined(separator: " "))]"
            let member = NewModule.path(from: NewModule.parent(of: new.workspace), to: new.folder)
            let sub = new.workspace.isEmpty ? "" : ", add `\"\(member)\"` to the `:sub` of \(new.workspace)"
            let form = "(defproject \(leiningenCoordinate(new.declared, new))\(dependencies))"
            return "Create `\(new.folder)/project.clj` with `\(form)`\(more)\(placeholders(in: form, new))" + sub
        }
        guard !isPolylith(new) else { return polylithCreation(new) }
        let dependencies = own.prefix(8).map { localRoot($0, from: new.folder, new) }.joined(separator: " ")
        return "Create `\(new.folder)/deps.edn` with `{:deps {\(dependencies)}}`\(more) and the `:paths` of \(new.manifest)"
    }

    /// What stands for what the old project's text does not say: ` (`<group>` and `<version>` as in ring-core/project.clj)`
    /// for the new project's own; for a project it depends on that the old one does not, as that project declares them.
    private static func placeholders(in form: String, _ new: NewModule) -> String {
        let missing = ["<group>", "<version>"].filter { form.contains($0) }
        guard !missing.isEmpty else { return "" }
        let own = leiningenCoordinate(new.declared, new).contains("<")
        return " (\(missing.map { "`\($0)`" }.joined(separator: " and ")) "
            + (own ? "as in \(new.manifest))" : "as the project depended on declares them)")
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

    /// `[ring/ring-core "1.15.5"]`: a Leiningen dependency on a project of the repository.
    private static func leiningenVector(_ name: String, _ new: NewModule) -> String { "[\(leiningenCoordinate(name, new))]" }

    /// `group/name "version"`: the project `name` as the old project's text names it (`NewModule.coordinates`), the new
    /// one in the old one's group (a bare `ring` is its own group) and version; `<group>` and `<version>` for what it
    /// does not say.
    private static func leiningenCoordinate(_ name: String, _ new: NewModule) -> String {
        if name == new.declared, let old = new.coordinates[new.old] {
            let symbol = old.prefix { $0 != " " }
            let group = symbol.split(separator: "/").first ?? symbol
            let version = old.dropFirst(symbol.count + 1)
            return "\(group)/\(name) \(version.isEmpty ? "\"<version>\"" : version)"
        }
        guard let written = new.coordinates[name] else { return "<group>/\(name) \"<version>\"" }
        return written.contains(" ") ? written : written + " \"<version>\""
    }

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
            return "add \(listed(modules) { "`\(leiningenVector($0, new))`" }) to the `:dependencies` of \(file)"
        }
        guard !isPolylith(new) else { return nil }
        let user = toNew ? new.folder : new.root
        return "add \(listed(modules) { "`\(localRoot($0, from: user, new))`" }) to the `:deps` of \(file)"
    }
}
