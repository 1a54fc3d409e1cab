import Foundation

/// How the builds whose modules are entries of a parent build declare a new module and its dependencies: Maven (a
/// `<module>` and its `pom.xml`), Gradle (an `include` and a build file, Kotlin DSL or Groovy), sbt (a `lazy val`),
/// Mix (a project, an umbrella's app), dune (a `library` stanza), CMake (an `add_subdirectory` and its
/// `add_library`), Composer (a package with its PSR-4 prefix), Bazel (a package's BUILD file, `+Bazel`), Cabal (a
/// package or an internal library, hpack's `package.yaml`, `+Cabal`), pub (a package, a pub workspace's member,
/// `+Pub`), Clojure (a `deps.edn` and its `:local/root`s, a Leiningen project, `+Clojure`), Xcode (a framework target
/// in the project, `+Xcode`). Each spells what accrue reads back as a module (JVMManifests, BuildManifests,
/// TargetManifests, PlainManifests).
public struct BuildSpelling: Sendable {
    /// The clause creating the new module, with its own dependencies where the build lists them in the same entry
    /// (`listsDependencies`: sbt's `.dependsOn`, dune's `libraries`).
    public let creation: @Sendable (NewModule, _ own: [String]) -> String
    /// The clause making the new module (`toNew`) or the old one depend on `modules`; nil when none needs an entry.
    public let adding: @Sendable (_ modules: [String], _ toNew: Bool, NewModule) -> String?
    public var listsDependencies = false
    /// The name the build declares the new module by, from its planned name and folder and the old module's name and
    /// manifest (a Gradle path, a Composer package's `vendor/name`, a Bazel label); nil: the planned name.
    public var naming: (@Sendable (_ name: String, _ folder: String, _ old: String, _ manifest: String) -> String)?
        = nil

    /// The spellings by ecosystem.
    public static let byEcosystem: [String: BuildSpelling] = [
        "maven": BuildSpelling(creation: mavenCreation, adding: mavenAdding),
        "gradle": BuildSpelling(
            creation: gradleCreation, adding: gradleAdding, naming: { gradlePath(folder: $1, manifest: $3) }),
        "sbt": BuildSpelling(creation: sbtCreation, adding: sbtAdding, listsDependencies: true),
        "mix": BuildSpelling(creation: mixCreation, adding: mixAdding),
        "dune": BuildSpelling(creation: duneCreation, adding: duneAdding, listsDependencies: true),
        "cmake": BuildSpelling(creation: cmakeCreation, adding: cmakeAdding),
        "composer": BuildSpelling(
            creation: composerCreation, adding: composerAdding, naming: { name, _, old, _ in composerName(of: name, old: old) }),
        "bazel": BuildSpelling(
            creation: bazelCreation, adding: bazelAdding, listsDependencies: true,
            naming: { _, folder, old, _ in bazelName(folder: folder, old: old) }),
        "cabal": BuildSpelling(creation: cabalCreation, adding: cabalAdding, listsDependencies: true),
        "pub": BuildSpelling(creation: pubCreation, adding: pubAdding),
        "clojure": BuildSpelling(creation: clojureCreation, adding: clojureAdding, listsDependencies: true),
        "xcode": BuildSpelling(creation: xcodeCreation, adding: xcodeAdding),
    ]
}

/// A new module as a build spelling reads it: its name (as planned and as its build declares it), its folder, and the
/// module it is split off (its manifest, first root, files, and the file listing it as a workspace member).
public struct NewModule: Sendable {
    public var name: String
    public var declared: String
    public var folder: String
    public var old: String
    public var manifest: String
    public var root: String
    public var ecosystem: String
    /// The old module's files (Bazel's rule kind, a Cabal library's source folder).
    public var files: [String] = []
    /// The file listing the old module as a member of a workspace (`ModuleLayout.workspace`); empty for none.
    public var workspace: String = ""
    /// How the old module's build names projects (`ModuleLayout.coordinates`); empty for none.
    public var coordinates: [String: String] = [:]

    public init(
        name: String, declared: String, folder: String, old: String, manifest: String, root: String, ecosystem: String,
        files: [String] = [], workspace: String = "", coordinates: [String: String] = [:]
    ) {
        self.name = name
        self.declared = declared
        self.folder = folder
        self.old = old
        self.manifest = manifest
        self.root = root
        self.ecosystem = ecosystem
        self.files = files
        self.workspace = workspace
        self.coordinates = coordinates
    }

    /// A module's name as its build spells it: without the ` (pub)` or ` (path/to/manifest)` the repository's module
    /// list adds to tell apart modules that share a name (`bloc (pub)` beside `bloc (npm)` is `bloc`).
    public static func buildName(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return name }
        return String(name[..<open.lowerBound])
    }

    /// The folder holding `path` (`""` at the top).
    public static func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// `path` relative to `folder` when inside it, else `path`.
    static func relative(_ path: String, to folder: String) -> String {
        folder.isEmpty ? path : path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    static func join(_ folder: String, _ name: String) -> String { folder.isEmpty ? name : "\(folder)/\(name)" }

    /// The path from `folder` to `target`, both from the repository's root (`../common`, `..` for the root).
    public static func path(from folder: String, to target: String) -> String {
        let from = folder.split(separator: "/")
        let to = target.split(separator: "/")
        let shared = zip(from, to).prefix { $0 == $1 }.count
        let steps = Array(repeating: "..", count: from.count - shared) + to.dropFirst(shared).map(String.init)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }

    /// The folder of the module `name` the new one names: the old module's root, else a folder of that name beside
    /// it, as the packages of a monorepo sit side by side (`root` is the repository root's Clojure project).
    func folder(of module: String) -> String {
        if module == old { return root }
        return ecosystem == "clojure" && module == "root" ? "" : NewModule.join(NewModule.parent(of: root), module)
    }
}

// MARK: - Maven

extension BuildSpelling {
    /// `X/pom.xml` with its `<artifactId>`, listed in the `<modules>` of the pom of the folder above it. When that is
    /// the old module's own pom, the old module becomes an aggregator (a pom with modules is packaged `pom`).
    static func mavenCreation(_ new: NewModule, own: [String]) -> String {
        let parent = NewModule.join(NewModule.parent(of: new.folder), "pom.xml")
        let module = NewModule.relative(new.folder, to: NewModule.parent(of: parent))
        let aggregator = parent == new.manifest
            ? " (\(new.old)'s own pom: a pom listing `<modules>` is packaged `pom`, so \(new.old)'s sources move to a module too)"
            : ""
        return "Create `\(new.folder)/pom.xml` with `<artifactId>\(new.declared)</artifactId>` and the same `<groupId>` as "
            + "\(new.old), add `<module>\(module)</module>` to the `<modules>` of \(parent)\(aggregator)"
    }

    static func mavenAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let pom = toNew ? "\(new.folder)/pom.xml" : new.manifest
        let entries = modules.count == 1 ? "a `<dependency>` on" : "`<dependency>` entries for"
        return "add \(entries) \(listed(modules)) to \(pom)"
    }
}

// MARK: - Gradle

extension BuildSpelling {
    /// Whether the build is written in Gradle's Kotlin DSL (`settings.gradle.kts`) rather than Groovy.
    private static func isKotlin(_ new: NewModule) -> Bool { new.manifest.hasSuffix(".kts") }

    /// The settings file: a subproject's manifest, or the one beside a single project's build file.
    private static func gradleSettings(_ new: NewModule) -> String {
        let name = new.manifest.split(separator: "/").last ?? ""
        guard !name.hasPrefix("settings.gradle") else { return new.manifest }
        return NewModule.join(NewModule.parent(of: new.manifest), isKotlin(new) ? "settings.gradle.kts" : "settings.gradle")
    }

    /// The Gradle path of a project in `folder`, which the settings' `include` spells (`core/data` → `:core:data`).
    static func gradlePath(folder: String, manifest: String) -> String {
        let settingsFolder = NewModule.parent(of: manifest)
        return ":" + NewModule.relative(folder, to: settingsFolder).split(separator: "/").joined(separator: ":")
    }

    private static func buildFile(in folder: String, _ new: NewModule) -> String {
        NewModule.join(folder, isKotlin(new) ? "build.gradle.kts" : "build.gradle")
    }

    /// An `include` in the settings and the project's build file, applying the old project's plugins.
    static func gradleCreation(_ new: NewModule, own: [String]) -> String {
        let include = isKotlin(new) ? "include(\"\(new.declared)\")" : "include '\(new.declared)'"
        return "Add `\(include)` to \(gradleSettings(new)) and create `\(buildFile(in: new.folder, new))` (the plugins of "
            + "\(buildFile(in: new.root, new)))"
    }

    /// `implementation(project(":a"))` (Groovy: `implementation project(':a')`); the root project is `:`.
    static func gradleAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        let kotlin = isKotlin(new)
        let lines = listed(modules) { module in
            let path = module.hasPrefix(":") ? module : ":"
            return kotlin ? "`implementation(project(\"\(path)\"))`" : "`implementation project('\(path)')`"
        }
        return "add \(lines) to the `dependencies` of \(buildFile(in: toNew ? new.folder : new.root, new))"
    }
}

// MARK: - sbt

extension BuildSpelling {
    /// `lazy val x = (project in file("x")).dependsOn(a, b)` in the build.
    static func sbtCreation(_ new: NewModule, own: [String]) -> String {
        let folder = NewModule.relative(new.folder, to: NewModule.parent(of: new.manifest))
        let dependsOn = own.isEmpty ? "" : ".dependsOn(\(own.prefix(8).joined(separator: ", "))\(more(own)))"
        return "Add `lazy val \(new.declared) = (project in file(\"\(folder)\"))\(dependsOn)` to \(new.manifest)"
    }

    static func sbtAdding(_ modules: [String], toNew: Bool, _ new: NewModule) -> String? {
        "add \(listed(modules)) to \(toNew ? new.declared : new.old)'s `.dependsOn(…)` in \(new.manifest)"
    }

    /// A Scala or Swift comment counting the names left out of a list of eight.
    static func more(_ names: [String]) -> String {
        names.count > 8 ? ", /* and \(names.count - 8) more */" : ""
    }
}
