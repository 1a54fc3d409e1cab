import BuildSpelling

/// How a new module is declared in its build: the manifest entry that creates it, the dependency between it and
/// the module it was split off (pointing the right way), and its own dependencies: the modules of the repository its
/// files import, as the ecosystem's manifest lists them (a SwiftPM target's `dependencies:`, a crate's
/// `[dependencies]`, a gemspec's `spec.add_dependency`, a .NET project's `<ProjectReference>`s, a package's
/// `dependencies`; the entries `BuildSpelling` writes for Maven, Gradle, sbt, Mix, dune, CMake, Composer, Bazel, Cabal,
/// pub and Clojure; any other build is told to build it against them). Go needs none: a file's imports are paths.
extension ModuleNaming {
    /// The step that declares the new module, with the dependency pointing the right way, and the modules it
    /// depends on besides (the modules its files import, as its build names them: `declaredName(ofNew:module:)`
    /// for the split's other new modules).
    package static func declaration(
        of name: String, folder: String, module: some ModuleLayout, newIsLower: Bool, dependencies: [String] = []
    ) -> String {
        // What the new module depends on: the old module too when it is the upper layer.
        let own = (newIsLower ? dependencies : dependencies + [module.name]).map(NewModule.buildName).sorted()
        switch module.ecosystem {
        case "swiftpm":
            let list = own.isEmpty ? "" : ", dependencies: [\(swiftList(own))]"
            return "In \(module.manifest), add `.target(name: \"\(name)\"\(list), path: \"\(folder)\")`"
                + (newIsLower ? " and add \"\(name)\" to \(module.name)'s dependencies" : "")
                + swiftExclusion(of: folder, module: module)
        case "go":
            let (user, used) = newIsLower ? (module.name, name) : (name, module.name)
            return "Create package `\(name)` in `\(folder)/`; \(user) imports \(used) by its import path"
        case "cargo", "python", "npm", "gem", "dotnet":
            return manifestDeclaration(of: name, folder: folder, module: module, newIsLower: newIsLower, own: own)
        case let ecosystem where BuildSpelling.byEcosystem[ecosystem] != nil:
            return buildDeclaration(newModule(name, folder: folder, module: module), newIsLower: newIsLower, own: own)
        default:
            return folderDeclaration(of: name, folder: folder, module: module, newIsLower: newIsLower, own: own)
        }
    }

    /// Where the old target's path holds the new target's folder (SnapKit's `path: "Sources"` and the new
    /// `Sources/Constraint`), the old target must exclude it, or SwiftPM reads the moved files as both targets'.
    private static func swiftExclusion(of folder: String, module: some ModuleLayout) -> String {
        guard let root = module.roots.first(where: { !$0.isEmpty && folder.hasPrefix($0 + "/") }) else { return "" }
        return "; \(module.name)'s target, whose path `\(root)` holds the new folder, must leave it out: add "
            + "`exclude: [\"\(folder.dropFirst(root.count + 1))\"]`"
    }

    /// A new module a parent build lists (`BuildSpelling`: Maven, Gradle, sbt, Mix, dune, CMake, Composer, Bazel,
    /// Cabal, pub, Clojure): the entries creating it, the old module's dependency on it when it is the lower layer,
    /// and its own.
    private static func buildDeclaration(_ new: NewModule, newIsLower: Bool, own: [String]) -> String {
        guard let spelling = BuildSpelling.byEcosystem[new.ecosystem] else { return "" }
        var parts = [spelling.creation(new, spelling.listsDependencies ? own : [])]
        if newIsLower, let clause = spelling.adding([new.declared], false, new) { parts.append(clause) }
        if !spelling.listsDependencies, !own.isEmpty, let clause = spelling.adding(own, true, new) { parts.append(clause) }
        return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + ", and " + (parts.last ?? "")
    }

    /// The new module `name` split off `module` in `folder`, as `BuildSpelling` reads it.
    private static func newModule(_ name: String, folder: String, module: some ModuleLayout) -> NewModule {
        NewModule(
            name: name, declared: declaredName(ofNew: name, module: module), folder: folder,
            old: NewModule.buildName(module.name),
            manifest: module.manifest, root: module.roots.first ?? "", ecosystem: module.ecosystem,
            files: module.files.map(\.path), workspace: module.workspace, coordinates: module.coordinates)
    }

    /// A folder added to a build accrue spells no manifest entries for (folder modules, `.accrue.yml` modules…).
    private static func folderDeclaration(
        of name: String, folder: String, module: some ModuleLayout, newIsLower: Bool, own: [String]
    ) -> String {
        let build = module.manifest.isEmpty ? "the build" : "the build (\(module.manifest))"
        let against = newIsLower
            ? "\(module.name) builds against \(name)" + (own.isEmpty ? "" : " and \(name) against \(listed(own) { $0 })")
            : "\(name) builds against \(listed(own) { $0 })"
        return "Create the folder `\(folder)/` and add it to \(build) so that " + against
    }

    /// A new module with a manifest of its own (`creation`): the old module depends on it or it on the old one, and
    /// it on `own`.
    private static func manifestDeclaration(
        of name: String, folder: String, module: some ModuleLayout, newIsLower: Bool, own: [String]
    ) -> String {
        var parts = [creation(of: name, folder: folder, module: module)]
        // A crate names another of the workspace by its path: the old one's folder holds its Cargo.toml.
        let oldFolder = NewModule.parent(of: module.manifest)
        if newIsLower {
            let paths = [name: NewModule.path(from: oldFolder, to: folder)]
            parts.append(adding([declaredName(ofNew: name, module: module)], to: module.name, module: module, paths: paths))
        }
        if !own.isEmpty { parts.append(adding(own, to: name, module: module, paths: [module.name: NewModule.path(from: folder, to: oldFolder)])) }
        return parts.dropLast().joined(separator: ", ") + ", and " + (parts.last ?? "")
    }

    /// The step of a later batch whose files import modules the new one did not depend on yet; nil when there are
    /// none, or in Go.
    package static func addedDependencies(_ dependencies: [String], of name: String, module: some ModuleLayout) -> String? {
        guard !dependencies.isEmpty, module.ecosystem != "go" else { return nil }
        let sorted = dependencies.map(NewModule.buildName).sorted()
        let step: String
        switch module.ecosystem {
        case "swiftpm": step = "In \(module.manifest), add \(swiftList(sorted)) to \(name)'s dependencies"
        case "cargo", "python", "npm", "gem", "dotnet":
            let clause = adding(sorted, to: name, module: module)
            step = clause.prefix(1).uppercased() + clause.dropFirst()
        case let ecosystem where BuildSpelling.byEcosystem[ecosystem] != nil:
            let new = newModule(name, folder: folder(for: name, module: module), module: module)
            guard let clause = BuildSpelling.byEcosystem[ecosystem]?.adding(sorted, true, new) else { return nil }
            step = clause.prefix(1).uppercased() + clause.dropFirst()
        default:
            let build = module.manifest.isEmpty ? "the build" : "the build (\(module.manifest))"
            step = "In \(build), make \(name) build against \(listed(sorted) { $0 })"
        }
        return step + ": the files this stage moves import \(dependencies.count == 1 ? "it" : "them")"
    }

    /// The name a new module `name` split off `module` is depended on by: a scoped monorepo's packages in its scope
    /// (`@trpc/ws-link`), a Python package by its distribution (`langgraph-store-sqlite-aio`), the name a build
    /// `BuildSpelling` spells declares it by (`BuildSpelling.naming`: a Gradle path, a Bazel label `//absl/cord`).
    package static func declaredName(ofNew name: String, module: some ModuleLayout) -> String {
        switch module.ecosystem {
        case "npm":
            let scope = module.name.hasPrefix("@") ? module.name.split(separator: "/").first.map { $0 + "/" } ?? "" : ""
            return name.hasPrefix("@") ? name : scope + name
        case "python": return pythonDistributionName(name)
        default:
            guard let naming = BuildSpelling.byEcosystem[module.ecosystem]?.naming else { return name }
            return naming(name, folder(for: name, module: module), module.name, module.manifest)
        }
    }

    /// At most eight names as Swift strings, and a comment for the rest.
    private static func swiftList(_ names: [String]) -> String {
        names.prefix(8).map { "\"\($0)\"" }.joined(separator: ", ") + (names.count > 8 ? ", /* and \(names.count - 8) more */" : "")
    }

    /// The manifest the new module gets, with its name: a crate, a Python distribution, a workspace package, a gem,
    /// a .NET project.
    private static func creation(of name: String, folder: String, module: some ModuleLayout) -> String {
        switch module.ecosystem {
        case "cargo":
            return "Create the crate `\(folder)/Cargo.toml` (`name = \"\(name)\"`), add it to the workspace members"
        case "python": return pythonCreation(of: name, folder: folder)
        case "npm":
            return "Create the workspace package `\(folder)/package.json` (`\"name\": \"\(declaredName(ofNew: name, module: module))\"`)"
        case "gem": return "Create the gem `\(folder)/\(name).gemspec` (`spec.name = \"\(name)\"`)"
        default:
            let project = "\(folder)/\(folder.split(separator: "/").last ?? "")\(module.manifest.hasSuffix(".fsproj") ? ".fsproj" : ".csproj")"
            return "Create the project `\(project)`, add it to the solution"
        }
    }

    /// The clause that makes `user` depend on `modules`, as its manifest lists them (of the ecosystems `creation`
    /// spells; a .NET project's `<ProjectReference>`s last).
    /// `paths`: a crate's path from `user`'s folder, by name, where it is known (`name = { path = "../x" }`).
    private static func adding(
        _ modules: [String], to user: String, module: some ModuleLayout, paths: [String: String] = [:]
    ) -> String {
        switch module.ecosystem {
        case "cargo":
            let entries = listed(modules) { name in paths[name].map { "`\(name) = { path = \"\($0)\" }`" } ?? "`\(name)`" }
            return "add \(entries) to \(user)'s [dependencies]"
        case "python":
            // pydantic's `pydantic_core` and the crate it binds, `pydantic-core`, are one distribution.
            let distributions = Set(modules.map(pythonDistributionName)).sorted()
            return "add \(listed(distributions)) to \(pythonDistributionName(user))'s dependencies"
        case "npm": return "add \(listed(modules)) to \(user)'s dependencies"
        case "gem": return "add \(listed(modules) { "`spec.add_dependency \"\($0)\"`" }) to \(user)'s gemspec"
        default:
            let references = modules.count == 1 ? "a `<ProjectReference>`" : "`<ProjectReference>`s"
            return "add \(references) to \(listed(modules) { $0 }) in \(user)'s project file"
        }
    }
}
