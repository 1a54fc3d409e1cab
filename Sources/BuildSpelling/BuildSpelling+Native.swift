// MARK: - Mix

extension BuildSpelling {
    /// The applications an Elixir installation ships: started from `extra_applications`, never listed in `deps`
    /// (`elixir` always runs). MixManifest's `elixirApplications`.
    static let elixirApplications: Set<String> = ["eex", "elixir", "ex_unit", "iex", "logger", "mix"]

    /// Whether the old module is an umbrella's app (`apps/x/mix.exs`): its siblings are `in_umbrella` deps.
    private static func isUmbrellaApp(_ new: NewModule) -> Bool {
        NewModule.parent(of: NewModule.parent(of: new.manifest)).split(separator: "/").last == "apps"
    }

    /// A Mix project of its own (in an umbrella, an app beside the others).
    static func mixCreation(_ new: NewModule, own: [String]) -> String {
        "Create the Mix project `\(new.folder)/mix.exs` (`app: :\(new.declared)`)"
    }

    /// `{:a, in_umbrella: true}` in an umbrella, else `{:a, path: "../a"}`; the applications Elixir ships go to
    /// `extra_applications` instead.
    static func mixAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let user = toNew ? "\(new.declared)'s (\(new.folder)/mix.exs)" : "\(new.old)'s (\(new.manifest))"
        let deps = modules.filter { !elixirApplications.contains($0) }
        let shipped = modules.filter { elixirApplications.contains($0) && $0 != "elixir" }
        var clauses: [String] = []
        let userFolder = toNew ? new.folder : NewModule.parent(of: new.manifest)
        if !deps.isEmpty { clauses.append("\(mixTuples(deps, new, from: userFolder)) to \(user) `deps`") }
        if !shipped.isEmpty {
            let applications = listed(shipped) { "`:\($0)`" }
            clauses.append("\(applications) to " + (clauses.isEmpty ? "\(user) `extra_applications`" : "its `extra_applications`"))
        }
        return clauses.isEmpty ? nil : "add " + clauses.joined(separator: " and ")
    }

    /// The `deps` tuples naming `modules`, written in the mix.exs in `folder`: an umbrella's apps `in_umbrella`, the old
    /// and the new project by the path from `folder` to theirs (plug at the repository's root is `..` from the new
    /// project, which had been `../plug`; phoenix's new `phoenix_route/` is `phoenix_route` from the root, which had
    /// been `../phoenix_route`), others by the path of their folder beside `folder`.
    private static func mixTuples(_ modules: [String], _ new: NewModule, from folder: String) -> String {
        let umbrella = isUmbrellaApp(new)
        let known = Dictionary(
            [(new.old, NewModule.parent(of: new.manifest)), (new.declared, new.folder), (new.name, new.folder)],
            uniquingKeysWith: { first, _ in first })
        return listed(modules) { name in
            let path = known[name].map { NewModule.path(from: folder, to: $0) } ?? "../" + name
            return umbrella ? "`{:\(name), in_umbrella: true}`" : "`{:\(name), path: \"\(path)\"}`"
        }
    }
}

// MARK: - dune

extension BuildSpelling {
    /// A `library` stanza in the folder's `dune` file.
    static func duneCreation(_ new: NewModule, own: [String]) -> String {
        let libraries = own.isEmpty ? "" : " (libraries \(own.prefix(8).joined(separator: " "))\(own.count > 8 ? " ; and \(own.count - 8) more" : ""))"
        return "Create `\(new.folder)/dune` with `(library (name \(new.declared))\(libraries))`"
    }

    /// A library's `(libraries …)`; a public library depends on public ones only.
    static func duneAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        guard !toNew else { return "add \(listed(modules)) to the `(libraries …)` of \(new.folder)/dune" }
        return "add \(listed(modules)) to \(new.old)'s `(libraries …)` in \(new.manifest) (with a `public_name` "
            + "for \(new.declared) if \(new.old) has one: a public library depends on public ones only)"
    }
}

// MARK: - CMake

extension BuildSpelling {
    /// `add_library` in the folder's own `CMakeLists.txt`, added with `add_subdirectory` by the file declaring the
    /// old target. The target lists its files (accrue's CMake modules own the files their targets list).
    static func cmakeCreation(_ new: NewModule, own: [String]) -> String {
        let subdirectory = NewModule.relative(new.folder, to: NewModule.parent(of: new.manifest))
        return "Create `\(new.folder)/CMakeLists.txt` with `add_library(\(new.declared) …)` listing its files, add "
            + "`add_subdirectory(\(subdirectory))` to \(new.manifest)"
    }

    /// `target_link_libraries(x PUBLIC a b)`: public, as the headers of the one linking include the others'.
    static func cmakeAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let (target, file) = toNew ? (new.declared, "\(new.folder)/CMakeLists.txt") : (new.old, new.manifest)
        let names = modules.prefix(8).joined(separator: " ") + (modules.count > 8 ? " # and \(modules.count - 8) more" : "")
        return "add `target_link_libraries(\(target) PUBLIC \(names))` to \(file)"
    }
}

// MARK: - Composer

extension BuildSpelling {
    /// A package: its `composer.json` names it in the old package's vendor and maps the old package's namespace to
    /// its folder with PSR-4 (accrue's Composer modules are packages, their PSR-4 prefixes what `use` resolves to):
    /// its files keep their paths below it and their namespace, so no `use` changes (laravel's packages share
    /// prefixes so; the new package had mapped the namespace its own folder spells, `Illuminate\DatabaseConcerns\`,
    /// which its files do not declare). A package split off the repository's root one takes the root's `autoload`
    /// entries for its files, and is found through a path repository.
    static func composerCreation(_ new: NewModule, own: [String]) -> String {
        let package = "Create `\(new.folder)/composer.json` (`\"name\": \"\(new.declared)\"`, "
        guard new.manifest == "composer.json" else {
            let namespace = composerNamespace(of: NewModule.parent(of: new.manifest))
                .split(separator: "\\").joined(separator: "\\\\")
            return package + "`\"autoload\": {\"psr-4\": {\"\(namespace)\\\\\": \"\"}}`: the namespace of \(new.old), "
                + "which its files keep below it)"
        }
        return package + "the `autoload` entries of composer.json for its files, which keep their paths below it), add "
            + "`{\"type\": \"path\", \"url\": \"\(new.folder)\"}` to the `repositories` of composer.json"
    }

    /// The namespace a package's folder spells below its source folder (`src/Symfony/Component/Lock` →
    /// `Symfony\Component\Lock`).
    static func composerNamespace(of folder: String) -> String {
        let parts = folder.split(separator: "/")
        let below = parts.lastIndex { $0 == "src" || $0 == "lib" }.map { parts[($0 + 1)...] } ?? parts[...]
        return below.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "\\")
    }

    /// The package's `vendor/name`: the old package's vendor, the new one's name in kebab case.
    static func composerName(of name: String, old: String) -> String {
        let vendor = old.contains("/") ? old.prefix { $0 != "/" } + "/" : ""
        return vendor + words(of: name).map { $0.lowercased() }.joined(separator: "-")
    }

    static func composerAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let file = toNew ? "\(new.folder)/composer.json" : new.manifest
        return "add \(listed(modules)) to the `require` of \(file)"
    }
}
