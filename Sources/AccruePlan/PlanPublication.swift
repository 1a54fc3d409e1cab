import ModuleGraph

/// Whether a module is published: its build makes a package that users outside the repository depend on, so the
/// names it declares are its API. A split keeps them reachable through it (a lower layer's re-export stays for good)
/// or says that it breaks those users (an upper layer takes them out). Read from the manifest's text, never run:
///
/// - Cargo: a library crate without `publish = false` (or `publish = []`);
/// - npm: a package with a `name` that is not `"private": true`; Deno: a package with a `name` and `exports` (JSR's);
/// - SwiftPM: a target a `.library(` product lists (any, where a product's targets are computed); CMake: a library
///   target an `install(TARGETS …)` names;
/// - Gradle: a project whose build script applies a publishing plugin (`maven-publish`,
///   `com.vanniktech.maven.publish`), itself or through a script it applies, or whose gradle.properties names its
///   `POM_ARTIFACT_ID`;
/// - RubyGems: a `.gemspec`; Composer: a package whose `type` is not `project`; pub.dev: a package without
///   `publish_to: none`; Python: a pyproject.toml with a `[build-system]` table, or a setup.py; Mix: a project with a
///   `package:` entry (Hex's metadata); .NET: a project with a `PackageId` or `IsPackable` true; Go: a library
///   package outside an `internal/` folder, which any module may import by its path; Maven: a library whose pom.xml
///   does not set `maven.deploy.skip`; Hackage: a `.cabal` package's library; LuaRocks: a `.rockspec`'s module.
///
/// Elsewhere (sbt, Bazel and the rest) nothing is known, and the module is taken as unpublished. Only the modules a
/// split or a stabilized core may pass names on from are asked (`PlanInputBuilder`'s structured modules).
enum PlanPublication {
    /// Whether `module` is published: as `.accrue.yml` says (`module_settings.published`, `unpublished`), else as its
    /// manifest does.
    static func isPublished(
        _ module: ModuleDeclaration, settings: ModuleSettings, read: @escaping (String) -> [UInt8]?
    ) -> Bool {
        if settings.published?.contains(module.name) == true { return true }
        return settings.unpublished?.contains(module.name) != true && isPublished(module, read: read)
    }

    static func isPublished(_ module: ModuleDeclaration, read: @escaping (String) -> [UInt8]?) -> Bool {
        guard module.kind == .library || module.kind == .plugin, let rule = rules[module.ecosystem],
            let text = read(module.manifest).map({ String(decoding: $0, as: UTF8.self) })
        else { return false }
        return rule(Manifest(module: module, text: text, read: read))
    }

    /// A module's manifest as the rules read it.
    private struct Manifest {
        let module: ModuleDeclaration
        let text: String
        let read: (String) -> [UInt8]?

        func hasLine(_ predicate: (Substring) -> Bool) -> Bool { text.contains(lineMatching: predicate) }
    }

    /// Per ecosystem, whether its manifest publishes the module.
    private static let rules: [String: @Sendable (Manifest) -> Bool] = [
        "cargo": { manifest in !manifest.hasLine { $0.hasPrefix("publish") && isFalse(afterEquals: $0) } },
        "npm": { manifest in manifest.text.contains("\"name\"") && !manifest.hasLine(isPrivate) },
        "deno": { manifest in manifest.text.contains("\"name\"") && manifest.text.contains("\"exports\"") },
        "swiftpm": { manifest in
            // A product whose targets are computed (swift-collections' `.library(name: t.name, targets: [t.name])`
            // over its helper's targets) may list any: keeping a forwarding costs less than breaking its users.
            calls(".library(", in: manifest.text).contains { call in
                call.contains("\"\(manifest.module.name)\"")
                    || call.firstRange(of: "targets:").map { !call[$0.upperBound...].contains("\"") } == true
            }
        },
        "cmake": { manifest in
            (calls("install(", in: manifest.text) + calls("INSTALL(", in: manifest.text)).contains { call in
                let words = call.split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" || $0 == ")" }
                return words.contains("TARGETS") && words.contains(Substring(manifest.module.name))
            }
        },
        "gradle": { manifest in gradlePublishes(manifest.module, read: manifest.read) },
        "gem": { manifest in manifest.module.manifest.hasSuffix(".gemspec") },
        "composer": { manifest in !manifest.hasLine { $0.hasPrefix("\"type\"") && $0.contains("\"project\"") } },
        "pub": { manifest in !manifest.hasLine { $0.hasPrefix("publish_to:") && $0.contains("none") } },
        "python": { manifest in manifest.module.manifest.hasSuffix("setup.py") || manifest.hasLine { $0 == "[build-system]" } },
        "mix": { manifest in manifest.hasLine { $0.hasPrefix("package:") } },
        "maven": { manifest in !manifest.text.contains("<maven.deploy.skip>true") },
        "cabal": { manifest in manifest.module.manifest.hasSuffix(".cabal") },
        "luarocks": { manifest in manifest.module.manifest.hasSuffix(".rockspec") },
        "go": { manifest in !manifest.module.name.split(separator: "/").contains("internal") },
        "dotnet": { manifest in manifest.text.contains("<PackageId>") || manifest.hasLine { $0.hasPrefix("<IsPackable>true") } },
    ]

    /// `publish = false` or `publish = []`.
    private static func isFalse(afterEquals line: Substring) -> Bool {
        guard let equals = line.firstIndex(of: "="), line[..<equals].trimmingSpaces == "publish" else { return false }
        let value = line[line.index(after: equals)...].trimmingSpaces
        return value.hasPrefix("false") || value.filter { $0 != " " }.hasPrefix("[]")
    }

    private static func isPrivate(_ line: Substring) -> Bool {
        line.hasPrefix("\"private\"") && line.drop { $0 != ":" }.dropFirst().trimmingSpaces.hasPrefix("true")
    }

    /// The text of each call opening with `opening` (a Package.swift's `.library(` products, CMake's `install(`),
    /// parentheses balanced; a call cut off runs to the text's end.
    static func calls(_ opening: String, in text: String) -> [Substring] {
        var calls: [Substring] = []
        var rest = text[...]
        while let start = rest.firstRange(of: opening) {
            var depth = 0
            var end = rest.endIndex
            for index in rest[start.lowerBound...].indices {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" { depth -= 1 }
                if depth == 0 && rest[index] == ")" { end = index; break }
            }
            calls.append(rest[start.lowerBound..<end])
            rest = rest[max(end, start.upperBound)...]
        }
        return calls
    }

    /// A Gradle project's build script applies a publishing plugin, or its gradle.properties names its artifact.
    private static func gradlePublishes(_ module: ModuleDeclaration, read: (String) -> [UInt8]?) -> Bool {
        guard let folder = module.roots.first else { return false }
        let prefix = folder.isEmpty || folder == "." ? "" : folder + "/"
        func publishes(_ text: String) -> Bool {
            text.contains("maven-publish") || text.contains("maven.publish") || text.contains("mavenPublishing")
        }
        for script in ["build.gradle", "build.gradle.kts"] {
            guard let bytes = read(prefix + script) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            // A script it applies may publish it (koin's `apply(from = file("../../gradle/publish.gradle.kts"))`).
            let applied = appliedScripts(in: text).compactMap { read(ManifestContext.join(folder, $0)) }
            if publishes(text) || applied.contains(where: { publishes(String(decoding: $0, as: UTF8.self)) }) {
                return true
            }
        }
        return read(prefix + "gradle.properties").map { String(decoding: $0, as: UTF8.self).contains("POM_ARTIFACT_ID") }
            ?? false
    }
}

extension PlanPublication {
    /// The scripts a Gradle build script applies (`apply(from = file("…"))`, `apply from: '…'`), as written.
    fileprivate static func appliedScripts(in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.contains("apply") && $0.contains("from") }.compactMap { line in
            let quote: Character = line.contains("\"") ? "\"" : "'"
            let pieces = line.split(separator: quote, omittingEmptySubsequences: false)
            guard pieces.count >= 3, pieces[1].hasSuffix(".gradle") || pieces[1].hasSuffix(".gradle.kts") else {
                return nil
            }
            return String(pieces[1])
        }
    }
}

extension String {
    /// Whether a line, its leading spaces trimmed, satisfies `predicate`.
    fileprivate func contains(lineMatching predicate: (Substring) -> Bool) -> Bool {
        split(separator: "\n", omittingEmptySubsequences: true).contains { predicate($0.trimmingSpaces) }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
