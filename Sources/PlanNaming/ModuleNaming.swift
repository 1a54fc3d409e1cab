import BuildSpelling
import Foundation

/// Names and places a module extracted from another, and says how to declare it in each ecosystem.
package enum ModuleNaming {
    /// The module's name a new module's name starts with, where the ecosystem names parts after the whole: a crate
    /// split from a crate (`tokio-stream-wrappers` beside `tokio-stream`: a bare `wrappers` would claim a name
    /// crates.io and readers take for another project), a .NET project in its solution's dotted namespace
    /// (`Jellyfin.Database.Implementations.ModelConfiguration`), a package of a registry with one flat namespace,
    /// PyPI, Hex, pub.dev, RubyGems, Hackage or npm outside a scope (typer's `_click/` split was to be the distribution `click`,
    /// pallets/click's on PyPI, httpx's `transports` and `api`, phoenix's `route` and `injector`; in a Python namespace
    /// package `pythonNamespaced` names it after the namespace instead).
    static func parentPrefix(of module: String, ecosystem: String) -> (name: String, separator: String)? {
        switch ecosystem {
        // A crate family in snake case keeps it (serde_core's part is `serde_core_doc`, not `serde-core-doc`).
        case "cargo" where module.contains("_") && !module.contains("-"): (module.lowercased(), "_")
        case "cargo": styled(module, ecosystem: ecosystem).map { ($0, "-") }
        case "python", "mix", "pub": styled(withoutBuild(module), ecosystem: ecosystem).map { ($0, "_") }
        case "gem", "cabal": styled(withoutBuild(module), ecosystem: ecosystem).map { ($0, "-") }
        case "npm" where !module.hasPrefix("@"): styled(withoutBuild(module), ecosystem: ecosystem).map { ($0, "-") }
        case "dotnet": (module, ".")
        default: nil
        }
    }

    /// A name as the ecosystem spells modules: crates, npm packages, gems, Cabal packages, Clojure projects, LuaRocks rocks and Maven
    /// or Gradle projects in lower kebab case (`poll-next`), Go packages in lower case (`pollnext`), Python and Dart
    /// packages, Mix and OTP apps and dune libraries in lower snake case (`poll_next`), SwiftPM and Xcode targets in upper
    /// camel case (`PollNext`), sbt projects in lower camel case (`pollNext`); nil where files decide (C, folders).
    static func styled(_ stem: String, ecosystem: String) -> String? {
        let words = words(of: stem)
        guard !words.isEmpty else { return nil }
        switch ecosystem {
        case "cargo", "npm", "maven", "gradle", "gem", "cabal", "clojure", "luarocks": return words.map { $0.lowercased() }.joined(separator: "-")
        case "go": return words.map { $0.lowercased() }.joined()
        case "python", "pub", "mix", "dune", "otp": return words.map { $0.lowercased() }.joined(separator: "_")
        case "swiftpm", "xcode", "dotnet": return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        case "sbt": return words[0].lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        default: return nil
        }
    }

    /// The words of a name: split at `_`, `-`, spaces, a Gradle path's `:` and lower-to-upper steps (`poll_next`,
    /// `pollNext`, `BaseClient`, `:okio`; `HTTPParser` stays one word).
    static func words(of name: String) -> [String] { BuildSpelling.words(of: name) }

    /// A module's name as a type name: `tokio-stream` → `TokioStream`, `:okhttp-sse` → `OkhttpSse`, `Core` stays;
    /// an import path or folder by its last part (`go.opentelemetry.io/otel/sdk/metric` → `Metric`).
    package static func typeName(_ module: String) -> String {
        let last = module.split(separator: "/").last.map(String.init) ?? module
        let words = last.split { !$0.isLetter && !$0.isNumber }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.isEmpty ? module : name
    }

    /// The folder the new module's files go to: a sibling of the module's root (`Sources/<Name>` beside
    /// `Sources/<Module>`; a new crate or package beside the module's folder, never inside it). A top-level
    /// source folder of another build (`src`) takes the new folder inside it, a Lua `lua/` folder a new one beside it
    /// (`luaRuntimeRoot`). A name that is a path (a folder module's `lib/mix_phoenix`, a Go import path) gives its
    /// last part: the folder is a sibling, not a copy.
    package static func folder(for name: String, module: some ModuleLayout) -> String {
        let name = name.split(separator: "/").last.map(String.init) ?? name
        if module.ecosystem == "python" { return pythonFolder(for: name, module: module) }
        if let lua = luaRuntimeRoot(of: module) { return luaFolder(for: name, besideRoot: lua) }
        var root = holdsRootFiles(module) ? "" : module.roots.first ?? ""
        // An Xcode target may hold a file by its path: its folder is the target's.
        if module.ecosystem == "xcode" && module.files.contains(where: { $0.path == root }) {
            root = NewModule.parent(of: root)
        }
        guard let slash = root.lastIndex(of: "/") else {
            let isPackageFolder = [
                "cargo", "npm", "maven", "gradle", "gem", "go", "python", "dotnet", "cabal", "pub", "clojure", "xcode",
            ].contains(module.ecosystem)
            return root.isEmpty || isPackageFolder ? name : "\(root)/\(name)"
        }
        return "\(root[..<slash])/\(name)"
    }

    /// Where a moved file goes: the same path below the new module's folder as below the module's root, so a
    /// crate's `src/`, a Maven project's `src/main/java/<package>/` and subfolders are kept. A file the module holds
    /// by its path (a folder module's entry file, `lib/jekyll.rb` beside `lib/jekyll/`) goes to the folder's top.
    /// `dropping` is a folder below the root that every moved file shares (`sharedFolder`): the new module is
    /// that folder, so its path is not repeated inside it.
    package static func destination(
        of path: String, fileName: String, folder: String, module: some ModuleLayout, dropping shared: String = ""
    ) -> String {
        if module.ecosystem == "python",
            let destination = pythonDestination(of: path, fileName: fileName, folder: folder, module: module, dropping: shared)
        {
            return destination
        }
        if let lua = luaRuntimeRoot(of: module) {
            return luaDestination(of: path, fileName: fileName, folder: folder, root: lua)
        }
        let atRoot = holdsRootFiles(module)
        // A JVM project at the repository root holds its Java folders (jackson-databind's split had sent
        // `src/main/java/…/module/SimpleModule.java` to `jackson-databind-module/SimpleModule.java`).
        if ["maven", "gradle", "sbt"].contains(module.ecosystem),
            let source = jvmSourcePath(of: path, fileName: fileName)
        {
            return "\(folder)/\(source)"
        }
        if module.roots.contains(path) && !atRoot { return "\(folder)/\(jvmSourcePath(of: path, fileName: fileName) ?? fileName)" }
        let root = atRoot ? "" : deepestRoot(of: path, in: module)
        var below = root.isEmpty ? path : String(path.dropFirst(root.count + 1))
        if !shared.isEmpty, below.hasPrefix(shared + "/") { below.removeFirst(shared.count + 1) }
        let directory = below.split(separator: "/").dropLast().joined(separator: "/")
        return [folder, directory, fileName].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// The module's root holding `path`, the deepest when roots nest; `""` for the repository root or none.
    private static func deepestRoot(of path: String, in module: some ModuleLayout) -> String {
        module.roots.filter { $0.isEmpty || path.hasPrefix($0 + "/") }.max { $0.count < $1.count } ?? ""
    }

    /// The folder below the module's root that all of `paths` share, where a build takes its files from any
    /// folder (SwiftPM targets, .NET projects, CMake and Bazel targets, folder modules): jellyfin's
    /// `ModelConfiguration/*.cs` become a project of their own, not `…/ModelConfiguration/ModelConfiguration/`.
    /// Empty where the layout below the root means something (a crate's `src/`, a Java package's folders, a Lua
    /// `lua/` folder's `require` names).
    package static func sharedFolder(of paths: [String], module: some ModuleLayout) -> String {
        if module.ecosystem == "python" { return pythonSharedFolder(of: paths, module: module) }
        guard ["swiftpm", "xcode", "dotnet", "folder", "cmake", "bazel"].contains(module.ecosystem), !holdsRootFiles(module),
            luaRuntimeRoot(of: module) == nil,
            let first = paths.first
        else { return "" }
        let root = deepestRoot(of: first, in: module)
        guard !root.isEmpty else { return "" }
        var shared: [Substring]? = nil
        for path in paths {
            guard path.hasPrefix(root + "/") else { return "" }
            let folders = path.dropFirst(root.count + 1).split(separator: "/").dropLast()
            shared = shared.map { Array(zip($0, folders).prefix { $0 == $1 }.map(\.0)) } ?? Array(folders)
        }
        return shared?.joined(separator: "/") ?? ""
    }

    /// Whether `module` is a module at the repository root that holds only its own languages' folders and root
    /// files by path (jekyll's gem: `lib`, `exe`, `Rakefile`…): it is still the root's, so its new module is a
    /// top-level folder keeping the paths below the root (`jekyll-part1/lib/jekyll/cleaner.rb`).
    static func holdsRootFiles(_ module: some ModuleLayout) -> Bool {
        module.roots.contains { root in
            root.isEmpty || !root.contains("/") && !module.files.contains { $0.path.hasPrefix(root + "/") }
        }
    }

    /// How a language spells the interface an inversion declares: Swift's protocol, Rust's and Scala's trait,
    /// Go's and Python's structural interfaces, C++'s abstract class, OCaml's module type, Haskell's type class,
    /// Elixir's and Erlang's behaviours, Clojure's protocol, Lua's table of functions (its shape a LuaLS `---@class`),
    /// an interface elsewhere (Java, Kotlin, C#, PHP, TypeScript).
    package static func interface(_ name: String, ecosystem: String?) -> String {
        (interfaceSpellings[ecosystem ?? ""] ?? "`interface #`").replacingOccurrences(of: "#", with: name)
    }

    /// By ecosystem, the interface with `#` for its name.
    private static let interfaceSpellings: [String: String] = [
        "swiftpm": "`protocol #`", "xcode": "`protocol #`", "cargo": "`trait #`", "sbt": "`trait #`", "go": "`type # interface`",
        "dune": "`module type # = sig … end`", "cabal": "a type class `class # m where …`",
        "mix": "a behaviour (`defmodule #` with its `@callback`s)", "otp": "a behaviour (a module `#` with its `-callback`s)",
        "clojure": "a protocol `(defprotocol # …)`", "pub": "`abstract interface class #`",
        "gem": "a duck type `#` (the methods it calls, in one documented module)", "python": "`class #(Protocol)`",
        "javascript": "a JSDoc `@typedef {Object} #`", "cmake": "an abstract class `#`",
        "c": "a struct of function pointers `#`", "luarocks": "a table `#` (a LuaLS `---@class`)",
    ]

    /// The ecosystem whose spelling a module's interface takes: its own, or for builds of any language (Bazel
    /// packages, folder modules, `.accrue.yml` modules) that of the language most of its code lines are in
    /// (C++ for abseil's packages, C for redis's folders; headers are C or C++ and decide nothing).
    package static func spelling(of module: some ModuleLayout) -> String {
        if module.ecosystem == "npm" { return javaScriptSpelling(of: module) }
        guard ["bazel", "folder", "config"].contains(module.ecosystem) else { return module.ecosystem }
        var lines: [String: Int] = [:]
        for file in module.files {
            if let key = spellingByExtension[file.path.split(separator: ".").last.map(String.init) ?? ""] {
                lines[key, default: 0] += file.codeLines
            }
        }
        return lines.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? module.ecosystem
    }

    private static let spellingByExtension: [String: String] = [
        "c": "c", "cc": "cmake", "cpp": "cmake", "cxx": "cmake", "hpp": "cmake", "hh": "cmake", "go": "go",
        "rs": "cargo", "py": "python", "swift": "swiftpm", "ml": "dune", "mli": "dune", "hs": "cabal", "scala": "sbt",
        "ex": "mix", "exs": "mix", "erl": "otp", "clj": "clojure", "dart": "pub", "rb": "gem", "lua": "luarocks",
    ]

    /// Ecosystems whose files name their code by a namespace or package written in the file (PHP's under PSR-4,
    /// Java's, Kotlin's, Scala's, C#'s), not by the module holding it: a file that moves to a new module keeps its
    /// path below the module's source root, so every caller's `use` or `import` line stays as it is. Their builds
    /// pass a module's dependencies on to the modules using it (Composer, Maven, sbt, .NET project references;
    /// Gradle through `api`), so callers in other modules keep building without a forwarding in the code. Mix too:
    /// an Elixir or Erlang module is named in its file (`defmodule Mix.Tasks.Phx.Digest`) and seen from every
    /// application once its own is loaded, and Mix loads a dependency's dependencies.
    static let namespacedEcosystems: Set<String> = ["composer", "maven", "gradle", "sbt", "dotnet", "mix"]

    /// Whether callers of moved code keep their import lines (`namespacedEcosystems`).
    package static func callersKeepImports(in ecosystem: String?) -> Bool {
        ecosystem.map(namespacedEcosystems.contains) ?? false
    }

    /// The step for the files left behind that use `names` of the files moving to `module`: the names made visible
    /// outside it and the module imported, as the language spells them; in a namespaced ecosystem the files keep
    /// their imports, so only the names' visibility may need a change. Nil when nothing needs doing.
    package static func usersStep(names: [String], files: [String], module: String, ecosystem: String?) -> String? {
        let visible = names.isEmpty ? nil : visibility(of: names, outside: module, ecosystem: ecosystem)
        if callersKeepImports(in: ecosystem) { return visible }
        let list = files.joined(separator: ", ")
        guard let visible else { return importing(module, ecosystem: ecosystem, opening: true) + " in " + list }
        return visible + ", and \(importing(module, ecosystem: ecosystem)) in " + list
    }

    /// The step that lets the files left behind use the moved names: Go exports a name by capitalizing it,
    /// so its lower-case names are renamed; elsewhere they are made visible (public, exported) as the language
    /// spells it. At most eight names are listed. Nil when nothing needs doing (Go names already exported, PHP
    /// classes and functions and Elixir modules seen everywhere).
    package static func visibility(of names: [String], outside module: String, ecosystem: String?) -> String? {
        if ecosystem == "python" { return pythonExports(of: names, from: module) }
        if ecosystem == "composer" || ecosystem == "mix" { return nil }
        if let step = namespacedVisibility(of: names, outside: module, ecosystem: ecosystem) { return step }
        if ecosystem == "npm" {
            return "Export \(listed(names) { "`\($0)`" }) from \(module)'s entry point (its package.json `exports`)"
        }
        if ecosystem == "luarocks" {
            return "Return \(listed(names) { "`\($0)`" }) in the tables \(module)'s files return (`M.name = name`)"
        }
        guard ecosystem == "go" else { return "Make \(listed(names) { "`\($0)`" }) visible outside \(module)" }
        let lower = names.filter { $0.first?.isLowercase == true }
        guard !lower.isEmpty else { return nil }
        let renamed = listed(lower) { "`\($0)` as `\($0.prefix(1).uppercased() + $0.dropFirst())`" }
        return "Export \(renamed) from \(module) (Go exports capitalized names)"
    }

    /// How files take in a module, as the language says it: `import Name`, or Lua's `require` of its files' modules.
    /// `opening`: the step starts with it (`Import Name`).
    package static func importing(_ name: String, ecosystem: String?, opening: Bool = false) -> String {
        let verb = ecosystem == "luarocks" ? "require" : "import"
        let what = ecosystem == "luarocks" ? "\(name)'s modules" : name
        return (opening ? verb.prefix(1).uppercased() + verb.dropFirst() : verb) + " " + what
    }

    /// At most eight names, each as `text` spells it, and how many more.
    static func listed(_ names: [String], _ text: (String) -> String = { "`\($0)`" }) -> String {
        BuildSpelling.listed(names, text)
    }

    /// What the first move of a split says of the names it takes out of `module`: a lower layer's forwarding, where
    /// callers reach them through `module` (in the repository, or outside it when `module` is published), and that a
    /// published module's registry must get the new package too; for an upper layer of a published module, that its
    /// users lose them.
    package static func passingOn(
        of name: String, from module: some ModuleLayout, newIsLower: Bool, hasCallers: Bool
    ) -> [String] {
        guard module.isPublished else { return hasCallers && newIsLower ? forwarding(of: name, from: module).map { [$0] } ?? [] : [] }
        guard newIsLower else { return [breakingSplit(of: name, from: module)] }
        let release = sharesRelease(module.ecosystem)
            ? [] : ["Publish \(registryName(ofNew: name, module: module)) with \(module.name)'s next release: \(module.name) depends on it now"]
        return (forwarding(of: name, from: module).map { [$0] } ?? []) + release
    }

    /// Ecosystems whose new module ships inside the package it was split off (a SwiftPM target built into the library
    /// products depending on it, a Go package in its Go module, a folder in the rock its rockspec builds), not as a
    /// package of its own in a registry.
    static func sharesRelease(_ ecosystem: String) -> Bool {
        ["swiftpm", "xcode", "go", "luarocks"].contains(ecosystem)
    }

    /// A new Go package's import path: its Go module's path (the old package's, less its folder) and its folder
    /// (prometheus's `github.com/prometheus/prometheus/newscrapemetrics`).
    static func goImportPath(ofNew name: String, module: some ModuleLayout) -> String {
        let root = module.roots.first ?? ""
        let base = root.isEmpty ? module.name
            : module.name.hasSuffix("/" + root) ? String(module.name.dropLast(root.count + 1)) : nil
        return base.map { $0 + "/" + folder(for: name, module: module) } ?? name
    }

    /// The name users find a new package by in its registry where it differs from the module's: a scoped npm
    /// package's (`@trpc/adapters`), a Python distribution's.
    static func registryName(ofNew name: String, module: some ModuleLayout) -> String {
        ["npm", "python"].contains(module.ecosystem) ? declaredName(ofNew: name, module: module) : name
    }

    /// An upper layer split off a published module takes names out of the package its users depend on. A Go package
    /// split off another stays in its Go module: its users import it. A SwiftPM target reaches users as a product.
    static func breakingSplit(of name: String, from module: some ModuleLayout) -> String {
        let users = switch module.ecosystem {
        case "go": "import \(goImportPath(ofNew: name, module: module))"
        case "swiftpm": "depend on a product \(name), which Package.swift declares (`.library(name: \"\(name)\", targets: [\"\(name)\"])`)"
        default: "add \(registryName(ofNew: name, module: module)), published with that version, as a dependency"
        }
        return "Release this split in a major version of \(module.name): it is published, and its users who use the names "
            + "these files declare must " + users
    }

    /// How callers keep building while they still reach the moved names through the old module (a crate's:
    /// `rustForwarding`); nil where the build passes the new module on by itself (`namespacedEcosystems` but Gradle, whose `implementation` does not).
    /// A published module keeps it: its users outside the repository reach the names through it.
    package static func forwarding(of name: String, from module: some ModuleLayout) -> String? {
        guard let step = forwardingStep(of: name, from: module) else { return nil }
        return module.isPublished ? step + "; keep it for good: \(module.name) is published, and its users reach these names through it" : step
    }

    private static func forwardingStep(of name: String, from module: some ModuleLayout) -> String? {
        switch module.ecosystem {
        case "gradle":
            "Declare \(module.name)'s dependency on \(name) as `api` rather than `implementation`, so the modules using "
                + "\(module.name) still compile against the moved classes"
        case let ecosystem where namespacedEcosystems.contains(ecosystem): nil
        case "swiftpm", "xcode": "Add `@_exported import \(name)` to one file of \(module.name), so callers keep building"
        case "cargo": rustForwarding(of: name.replacingOccurrences(of: "-", with: "_"), from: module.name)
        case "npm":
            "Re-export the moved names from \(module.name)'s entry point (`export { … } from \"\(declaredName(ofNew: name, module: module))\"`), "
                + "so callers keep working"
        case "python": pythonForwarding(of: name, from: module.name, published: module.isPublished)
        case "gem": "Require \(name)'s files from \(module.name)'s entry file, so callers keep working"
        case "luarocks":
            "Keep callers' `require` paths: a file moved whole keeps its path below `lua/`; where part of one moved, set "
                + "the moved names on the old file's table (`M.x = require(\"…\").x`)"
        case "go":
            "Declare aliases in \(module.name) for the moved names (`type T = \(goPackageName(name)).T`, "
                + "`var F = \(goPackageName(name)).F`), so callers keep building"
        default: "Re-export the moved names from \(module.name) (aliases or forwarding headers), so callers keep building"
        }
    }

    /// A crate's forwarding: each moved `pub use` line and each moved `mod` line a path names leave a `use` of the new
    /// crate in their place, so the moved items keep their paths in the old one (a moved file keeps its path below
    /// `src/`; a glob `pub use new_crate::*;` in lib.rs lost `tokio_stream::stream_ext::…` to the old crate's own modules).
    static func rustForwarding(of crate: String, from module: String) -> String {
        "Leave in \(module) a `pub use` of \(crate) for each moved `pub use` line (`pub use x::Item;` → `pub use "
            + "\(crate)::Item;`) and a `use` of the same visibility for each moved `mod` line a path names (`mod x;` → "
            + "`use \(crate)::…::x;`, its `mod` line made `pub` in \(crate)), so every path that named the moved items keeps building"
    }

    /// The step that ends `forwarding`, once the callers reach `name` themselves; nil where there was none.
    /// None for a published module, whose users outside the repository keep reaching the names through it.
    package static func forwardingRemoval(of name: String, from module: some ModuleLayout) -> String? {
        guard !module.isPublished else { return nil }
        return switch module.ecosystem {
        case "gradle": "Declare \(module.name)'s dependency on \(name) as `implementation` again"
        case "cargo": "Delete the `use` lines of \(module.name) that stood in for the lines that moved to \(name)"
        case let ecosystem where namespacedEcosystems.contains(ecosystem): nil
        default: "Delete the re-export of \(name) from \(module.name)"
        }
    }

    /// The visibility step of the JVM's and .NET's ecosystems, the names made public where they are not: their
    /// module-wide visibility (Kotlin's `internal`, Java's package-private, C#'s `internal`, a top-level type's
    /// default) ends at the module; nil for any other ecosystem (Composer needs none: a PHP class or function is seen
    /// from every package).
    private static func namespacedVisibility(of names: [String], outside module: String, ecosystem: String?) -> String? {
        let which = names.count == 1 ? "if it is not" : "where they are not"
        switch ecosystem {
        case "maven", "gradle", "sbt":
            return "Make \(listed(names)) public \(which): package-private and `internal` names stop at \(module)'s edge"
        case "dotnet":
            return "Make \(listed(names)) `public` \(which): `internal`, a top-level type's default, stops at \(module)'s edge"
        default: return nil
        }
    }

    /// The name Go code calls a package by: the last element of its import path.
    private static func goPackageName(_ name: String) -> String { name.split(separator: "/").last.map(String.init) ?? name }

    /// The name a file's callers know it by: its stem, but a Lua folder's `init.lua` is its folder's (`require
    /// "telescope.actions"` loads `telescope/actions/init.lua`), and so is a JavaScript folder's `index.ts`.
    package static func moduleStem(_ path: String) -> String {
        entryFolder(of: path) ?? fileStem(path)
    }

    /// The folder `path` is the entry of, its callers' name for it: `actions` for a Lua `telescope/actions/init.lua`,
    /// `optimizer` for vite's `src/node/optimizer/index.ts`; nil for any other file.
    package static func entryFolder(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count > 1, let name = parts.last else { return nil }
        let stem = fileStem(path)
        guard name == "init.lua" || isIndex(stem, extension: String(name.dropFirst(stem.count))) else { return nil }
        return String(parts[parts.count - 2])
    }

    package static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.firstIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// The longest prefix all stems share, cut back to a word boundary (`HTTPParser`, `HTTPDecoder` → `HTTP`).
    static func commonStem(_ stems: [String]) -> String {
        var prefix = sharedPrefix(stems)
        if stems.count == 1 { return String(prefix) }
        // Cut back to a boundary unless every stem continues with a word start (or ends) right here.
        let endsAtSeparator = prefix.last.map(isSeparator) ?? false
        let isBoundary = endsAtSeparator || stems.allSatisfy { stem in
            let characters = Array(stem)
            return characters.count == prefix.count || startsWord(characters[prefix.count])
        }
        if !isBoundary {
            while let last = prefix.last, !last.isUppercase { prefix.removeLast() }
            if !prefix.isEmpty { prefix.removeLast() }
        }
        while let last = prefix.last, isSeparator(last) || last == "+" { prefix.removeLast() }
        return String(prefix)
    }

    /// The characters every stem starts with.
    private static func sharedPrefix(_ stems: [String]) -> [Character] {
        guard var prefix = stems.first.map(Array.init) else { return [] }
        for stem in stems.dropFirst() {
            let length = zip(prefix, stem).prefix { $0 == $1 }.count
            prefix.removeLast(prefix.count - length)
        }
        return prefix
    }

    private static func isSeparator(_ character: Character) -> Bool { character == "_" || character == "-" }

    private static func startsWord(_ character: Character) -> Bool { character.isUppercase || isSeparator(character) }
}
