// MARK: - Clojure

/// A Clojure project as BuildManifests' ClojureManifest reads one back: a `deps.edn` (the Clojure CLI's) named by its
/// folder, depending on the folders its `:local/root` coordinates name; or a Leiningen `project.clj` named by its
/// `defproject`'s artifact, depending on the artifacts of its `:dependencies`. The new project is of the old one's
/// kind.
extension BuildSpelling {
    private static func isLeiningen(_ new: NewModule) -> Bool { new.manifest.hasSuffix("project.clj") }

    /// `X/deps.edn` with its `:local/root` dependencies, or `X/project.clj` with a `defproject` in the old project's
    /// group and version.
    static func clojureCreation(_ new: NewModule, own: [String]) -> String {
        guard !isLeiningen(new) else {
            let dependencies = own.isEmpty ? "" : " :dependencies [\(own.prefix(8).map(leiningenVector).joined(separator: " "))]"
            return "Create `\(new.folder)/project.clj` with `(defproject <group>/\(new.declared) \"<version>\""
                + "\(dependencies))`\(own.count > 8 ? " (and \(own.count - 8) more)" : "") (`<group>` and `<version>` as in "
                + "\(new.manifest))"
        }
        let dependencies = own.prefix(8).map { localRoot($0, from: new.folder, new) }.joined(separator: " ")
        return "Create `\(new.folder)/deps.edn` with `{:deps {\(dependencies)}}`\(own.count > 8 ? " (and \(own.count - 8) more)" : "")"
            + " and the `:paths` of \(new.manifest)"
    }

    /// `[<group>/name "<version>"]`: a Leiningen dependency on a project of the repository.
    private static func leiningenVector(_ name: String) -> String { "[<group>/\(name) \"<version>\"]" }

    /// `name/name {:local/root "../name"}`: a `deps.edn` dependency on the project in the folder `name` names
    /// (`NewModule.folder(of:)`), from `user`'s folder.
    private static func localRoot(_ module: String, from user: String, _ new: NewModule) -> String {
        let folder = module == new.declared ? new.folder : new.folder(of: module)
        return "\(module)/\(module) {:local/root \"\(NewModule.path(from: user, to: folder))\"}"
    }

    /// The old project's dependency on the new one, or the new one's on `modules`.
    static func clojureAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let file = toNew ? "\(new.folder)/\(isLeiningen(new) ? "project.clj" : "deps.edn")" : new.manifest
        guard !isLeiningen(new) else {
            return "add \(ModuleNaming.listed(modules) { "`\(leiningenVector($0))`" }) to the `:dependencies` of \(file)"
        }
        let user = toNew ? new.folder : new.root
        return "add \(ModuleNaming.listed(modules) { "`\(localRoot($0, from: user, new))`" }) to the `:deps` of \(file)"
    }
}
