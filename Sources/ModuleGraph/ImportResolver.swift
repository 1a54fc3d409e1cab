import ImportScan
import SourceScan

/// Resolves imports as written to the modules that own what they name.
///
/// Each language's rule (by `import_style`): Swift module names and Rust crate names by their first
/// segment (a Rust crate by the name its importer's manifest gives it, `importAliases`); Go import paths, npm package names and Python packages by name (longest prefix; Python's
/// `from a.b import c` by `a.b.c` first when a module answers to it: subpackages, namespace packages); C-family
/// includes and JS/TS relative imports to files, then to the files' modules; JVM imports to their class's file, else
/// (in a package several modules share, a Kotlin name to the file declaring it, `ImportResolver+KotlinMembers.swift`)
/// to the folders of their package (a class named by its qualified name in code, `.path`, only to another module than
/// the importer's; Scala's relative to the package its clauses open, `ImportResolver+ScalaScopes.swift`;
/// a Python string naming a module, `.path`, likewise, and only where it names a module file or package, or a name
/// one binds: `ImportResolver+PythonStrings.swift`); PHP `use` to Composer namespace prefixes; Ruby and PHP requires to files; Elixir aliases,
/// Haskell module names, Erlang modules (`mod.erl`; its includes by path) and Clojure namespaces to the files
/// defining them; OCaml module names to their library's sibling file, else to the library named so. Unresolved
/// imports are external (nil). An import by name reaches only the modules of ecosystems that build the importing
/// file's language (`ImportResolver+Languages.swift`): a Python script's `import json` is the standard library, not a
/// SwiftPM target `json`; a module with a binding for that language (a crate maturin builds) only by the binding's
/// names.
///
/// When several modules answer to one import name (two packages of a monorepo each with a `Shared` target),
/// the importing module's side wins: a candidate it declares a dependency on in its own manifest, then one
/// declared in its own manifest, then a dependency of its own ecosystem (a .NET `ProjectReference`: C# projects
/// share namespaces), then the nearest of its own ecosystem (most manifest folders in common), then the first declared.
/// When an include (a Ruby library, a PHP class file) matches tracked files of several modules, a copy the scan
/// measures wins (`unscanned`), then the importer's side as above, then the nearest copy (`preferred(files:from:own:)`).
public struct ImportResolver: Sendable {
    let ownership: ModuleOwnership
    let modules: [ModuleDeclaration]
    /// Tracked paths the scan left out (generated, an amalgamation, vendored, too large…): a copy of a header
    /// there loses a tie to a copy accrue scans (`preferred(files:from:own:)`).
    let unscanned: Set<String>
    /// Import name → the modules answering to it, in declaration order.
    private let byImportName: [String: [Int]]
    let pathSet: Set<String>
    /// File name → tracked paths with that name, for include resolution.
    let byFileName: [String: [String]]
    /// JVM package folder suffix (`com/acme/util`) → owning modules.
    let jvmFolders: [String: Set<Int>]
    /// JVM package folder → the modules owning its sub-packages (`ImportResolver+JVMPackages.swift`).
    let jvmParents: [String: Set<Int>]
    /// JVM package folder suffix → its Kotlin files, whose top-level names a qualified name may end in
    /// (`ImportResolver+KotlinMembers.swift`).
    let kotlinFiles: [String: [String]]
    /// The names a Kotlin file declares at top level (functions, properties, classes; the caller reads the file:
    /// ImportScan's `KotlinTopLevelNames`); none when not given.
    let kotlinTopLevelNames: @Sendable (String) -> Set<String>
    /// Elixir module path (`exunit/case`, `ElixirModules.key`) → the modules owning a `lib/…/ex_unit/case.ex`.
    let elixirFiles: [String: Set<Int>]
    /// Haskell module name (`Text.Pandoc.Class`, `ImportResolver.haskellModule`) → the modules owning its file.
    let haskellFiles: [String: Set<Int>]
    /// Erlang module name (`emqx_conf`) → the modules owning a `…/emqx_conf.erl`.
    let erlangFiles: [String: Set<Int>]
    /// Clojure namespace (`app.common.data`) → the modules owning a file whose path ends in it (`clojureNamespaces`).
    let clojureFiles: [String: Set<Int>]
    /// OCaml module name (`Process`) → the modules owning a `…/process.ml` (`ocamlModules`).
    let ocamlFiles: [String: Set<Int>]
    /// Module name → the modules of that name, for the names some module's `importAliases` lead to.
    private let aliasTargets: [String: [Int]]
    /// JS/TS path aliases by the folder of their tsconfig.json, in tsc's order (ManifestSyntax's `ScriptPathAliases`).
    let scriptAliases: [String: [(pattern: String, target: String)]]
    /// JS/TS aliases of vite, vitest and webpack configs by the folder they serve (ManifestSyntax's `BundlerAliases`),
    /// tried first: a bundler applies its aliases before it resolves a name.
    let bundlerAliases: [String: [(pattern: String, target: String)]]
    /// Each module's languages, by its ecosystem (`ModuleSettings.ecosystemLanguages`): only a file in one of them
    /// imports it by name. nil: every language (an ecosystem not listed: Bazel, `.accrue.yml`, the folder fallback).
    let moduleLanguages: [Set<String>?]
    /// Whether some module is a Python extension module's build (`bindingLanguages`), for relative imports to reach.
    let hasPythonBindings: Bool
    /// Each module's languages it is imported from only through a binding (`bindingLanguages` its ecosystem does not
    /// build), by its `bindingNames` alone (`isImportable(_:by:as:)`).
    let boundLanguages: [Set<String>]
    /// Framework name → the modules building it (`frameworkNames`), for `#import <X/Y.h>` (`ImportResolver+Frameworks.swift`).
    let frameworks: [String: [Int]]
    /// Python module name → the tracked `name.py` files and `name/__init__.py` packages (`ImportResolver+PythonStrings.swift`).
    let pythonFiles: [String: [String]]
    /// The names a tracked Python file binds at top level, which a string may name after its module (the caller reads
    /// the file: ImportScan's `PythonTopLevelNames`); none when not given.
    let pythonTopLevelNames: @Sendable (String) -> Set<String>

    public init(
        modules: [ModuleDeclaration], ownership: ModuleOwnership, paths: [String], unscanned: Set<String> = [],
        scriptAliases: [String: [(pattern: String, target: String)]] = [:],
        bundlerAliases: [String: [(pattern: String, target: String)]] = [:], ecosystemLanguages: [String: [String]] = [:],
        pythonTopLevelNames: @escaping @Sendable (String) -> Set<String> = { _ in [] },
        kotlinTopLevelNames: @escaping @Sendable (String) -> Set<String> = { _ in [] }
    ) {
        self.scriptAliases = scriptAliases
        self.pythonTopLevelNames = pythonTopLevelNames
        self.kotlinTopLevelNames = kotlinTopLevelNames
        pythonFiles = Self.pythonFileIndex(paths)
        self.bundlerAliases = bundlerAliases
        self.ownership = ownership
        self.modules = modules
        self.unscanned = unscanned
        moduleLanguages = modules.map { module in
            ecosystemLanguages[module.ecosystem].map { Set($0).union(module.bindingLanguages) }
        }
        hasPythonBindings = modules.contains { $0.bindingLanguages.contains("Python") }
        boundLanguages = modules.map { Set($0.bindingLanguages).subtracting(ecosystemLanguages[$0.ecosystem] ?? []) }
        byImportName = Self.importNameIndex(modules)
        frameworks = Self.frameworkIndex(modules)
        let aliased = Set(modules.flatMap(\.importAliases.values))
        aliasTargets = Dictionary(grouping: modules.indices.filter { aliased.contains(modules[$0].name) }) { modules[$0].name }
        pathSet = Set(paths)
        var byFileName: [String: [String]] = [:]
        var elixirFiles: [String: Set<Int>] = [:]
        var haskellFiles: [String: Set<Int>] = [:]
        for path in paths {
            if path.hasSuffix(".ex"), let owner = ownership.owner(of: path) {
                for key in Self.elixirKeys(of: path) { elixirFiles[key, default: []].insert(owner) }
            } else if let module = Self.haskellModule(of: path), let owner = ownership.owner(of: path) {
                haskellFiles[module, default: []].insert(owner)
            }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            byFileName[name, default: []].append(path)
        }
        self.byFileName = byFileName
        (jvmFolders, kotlinFiles) = Self.packageIndex(paths, ownership: ownership)
        jvmParents = Self.packageParents(of: jvmFolders)
        self.elixirFiles = elixirFiles
        self.haskellFiles = haskellFiles
        self.erlangFiles = Self.erlangModules(paths, ownership: ownership)
        self.clojureFiles = Self.clojureNamespaces(paths, ownership: ownership)
        self.ocamlFiles = Self.ocamlModules(paths, ownership: ownership)
    }

    /// Import name → the modules declaring it, each once, in declaration order.
    private static func importNameIndex(_ modules: [ModuleDeclaration]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, module) in modules.enumerated() {
            for name in module.importNames where index[name]?.last != position { index[name, default: []].append(position) }
        }
        return index
    }

    /// For each folder that may spell a JVM package (`packageFolders(of:)`), the modules owning its source files, and
    /// its Kotlin files.
    private static func packageIndex(
        _ paths: [String], ownership: ModuleOwnership
    ) -> (folders: [String: Set<Int>], kotlinFiles: [String: [String]]) {
        var index: (folders: [String: Set<Int>], kotlinFiles: [String: [String]]) = ([:], [:])
        for path in paths where JVMSources.isSource(path) {
            guard let owner = ownership.owner(of: path) else { continue }
            for folder in packageFolders(of: path) {
                index.folders[folder, default: []].insert(owner)
                if path.hasSuffix(".kt") { index.kotlinFiles[folder, default: []].append(path) }
            }
        }
        return index
    }

    /// The folders of a JVM source file that may spell its package: each suffix of its folder path that starts at
    /// the top or after a source root (`src/main/java/com/acme`, `src/main/scala-2.13+/cats/kernel`), so the
    /// project's `…/moshi/kotlin/reflect` is not the standard library's `kotlin.reflect`.
    private static func packageFolders(of path: String) -> [String] {
        let folders = path.split(separator: "/").dropLast()
        return folders.indices.filter { $0 == folders.startIndex || isSourceRoot(folders[$0 - 1]) }
            .map { folders[$0...].joined(separator: "/") }
    }

    /// The module an import in `file` (written in `language`, whose import style is `style`) resolves to, or nil;
    /// never a module of another separate build than the file's (`ModuleDeclaration.build`): that is a published
    /// artifact. A module imported by name is one of an ecosystem building `language` (any, when it is nil).
    public func resolve(_ facts: ImportFacts, in file: String, style: String?, language: String? = nil) -> Int? {
        let importer = Importer(module: ownership.owner(of: file), language: language)
        return resolve(facts, in: file, style: style, importer).flatMap { isReachable($0, from: importer.module) ? $0 : nil }
    }

    /// The module an import resolves to by its language's rule, whatever its build.
    private func resolve(_ facts: ImportFacts, in file: String, style: String?, _ importer: Importer) -> Int? {
        let own = importer.module
        return switch style {
        case "swift": named(firstSegment(facts.path, separators: ["."]), from: importer)
        case "rust": resolveRust(facts, from: importer)
        // Dart: `package:NAME/…` by pub's import name `package:NAME`.
        case "go", "javascript", "dart", "zig": resolvePath(facts, in: file, from: importer)
        case "python": resolvePython(facts, in: file, from: importer)
        case "c": resolveCInclude(facts, from: file, importer)
        case "java", "kotlin", "scala": resolveJVM(facts, own: own)
        case "csharp": longestPrefix(facts.path, separator: ".", from: importer)
        case "ruby", "php", "lua": resolveScriptLanguage(facts, in: file, style: style, importer)
        case "elixir", "haskell", "erlang", "clojure", "ocaml": resolveDefinedModule(facts, in: file, style: style, importer)
        default: nil
        }
    }

    /// Ruby's and PHP's `require` of a file by path, Lua's `require` of a module by its dotted name.
    private func resolveScriptLanguage(_ facts: ImportFacts, in file: String, style: String?, _ importer: Importer) -> Int? {
        style == "lua" ? resolveLua(facts, in: file, from: importer)
            : resolveScript(facts, in: file, from: importer, isPHP: style == "php")
    }

    /// Whether code of module `own` may use module `target`: not across separate builds.
    func isReachable(_ target: Int, from own: Int?) -> Bool {
        own.map { modules[$0].sharesBuild(with: modules[target]) } ?? true
    }

    /// `from a import b`: the module answering to `a.b` exactly (a subpackage: abseil-py's Bazel package `absl.flags`
    /// for `from absl import flags`), else the one answering to the longest dotted prefix of `a` (`import a.b.c` by
    /// that of `a.b.c`); relative imports stay in the importer; a string naming code (`.path`) counts where it names
    /// a module file or package of another module, or a name one binds (`ImportResolver+PythonStrings.swift`).
    private func resolvePython(_ facts: ImportFacts, in file: String, from importer: Importer) -> Int? {
        if facts.kind == .path { return resolvePythonString(facts, from: importer) }
        if facts.kind == .relative || facts.path.hasPrefix(".") {
            return pythonBinding(facts, in: file, from: importer) ?? importer.module
        }
        return facts.names.lazy.compactMap { self.named(facts.path + "." + $0, from: importer) }.first
            ?? longestPrefix(facts.path, separator: ".", from: importer)
    }

    /// A crate by its first `::` segment; `mod x;`, `crate::`, `self::` and `super::` stay in the importer. A crate
    /// named only by a path in code (`.path`: `tokio::spawn(…)`) counts where the importer declares it, for more than
    /// its tests: the root may be a local item, which a path cannot tell from a crate.
    private func resolveRust(_ facts: ImportFacts, from importer: Importer) -> Int? {
        let own = importer.module
        if facts.kind == .relative || facts.kind == .file { return own }
        if facts.kind == .path {
            // Not a crate declared only for tests: library code cannot link it, so its path is quoted code
            // (axum-macros' `quote! { impl ::axum::extract::FromRef … }`), no use.
            guard let own, let target = rustCrate(facts.path, from: importer), target != own,
                modules[own].dependencies.contains(modules[target].name),
                !modules[own].testDependencies.contains(modules[target].name)
            else { return nil }
            return target
        }
        let first = firstSegment(facts.path, separators: [":"])
        return ["crate", "self", "super"].contains(first) ? own : rustCrate(first, from: importer)
    }

    /// The crate `own`'s code names `name`: the dependency its manifest renames so (`foo = { package = "bar" }` makes
    /// `foo` the crate `bar`; nil when `bar` is no crate of the repository), else the crate whose import name it is.
    private func rustCrate(_ name: String, from importer: Importer) -> Int? {
        guard let own = importer.module, let real = modules[own].importAliases[name] else { return named(name, from: importer) }
        let targets = (aliasTargets[real] ?? []).filter { isReachable($0, from: own) && isImportable($0, by: importer) }
        return targets.first { modules[$0].ecosystem == modules[own].ecosystem } ?? targets.first
    }

    /// A require or include names a file; PHP's `use Vendor\Package\Class;` (a module import) the package
    /// whose Composer namespace prefix fits longest.
    private func resolveScript(_ facts: ImportFacts, in file: String, from importer: Importer, isPHP: Bool) -> Int? {
        guard !isPHP || facts.kind != .module else { return resolvePHP(facts.path, in: file, from: importer) }
        return resolveRelativeScript(facts.path, from: file) ?? resolveInclude(facts.path, from: file)
            ?? (isPHP || facts.kind != .module ? nil : resolveLoadPath(facts.path, in: file, own: importer.module))
    }

    /// PHP's `use A\B\C`: the packages whose namespace prefix fits longest; when several share it, the one owning
    /// the class's file (PSR-4: the rest of the name below the prefix's folder). illuminate/support and
    /// illuminate/collections both map `Illuminate\Support`; `Illuminate\Support\Defer\DeferredCallback` is support's.
    private func resolvePHP(_ path: String, in file: String, from importer: Importer) -> Int? {
        var prefix = path
        while candidates(prefix, for: importer).isEmpty {
            guard let cut = prefix.lastIndex(of: "\\") else { return nil }
            prefix = String(prefix[..<cut])
        }
        let candidates = candidates(prefix, for: importer)
        let rest = path.dropFirst(prefix.count).split(separator: "\\").joined(separator: "/")
        guard candidates.count > 1, let name = rest.split(separator: "/").last else { return named(prefix, from: importer) }
        let files = (byFileName[name + ".php"] ?? []).filter {
            $0.hasSuffix("/" + rest + ".php") && ownership.owner(of: $0).map(candidates.contains) == true
        }
        return preferred(files: files, from: file, own: importer.module) ?? named(prefix, from: importer)
    }

    /// Ruby's `require 'sinatra/base'`: a tracked `…/lib/sinatra/base.rb`, a gem's load path (sinatra-contrib
    /// requiring sinatra's lib/). Only under a `lib/` folder: `require 'json'` is not any file named json.rb.
    private func resolveLoadPath(_ path: String, in file: String, own: Int?) -> Int? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path) + ".rb"
        let suffix = "lib/" + path + ".rb"
        let files = (byFileName[name] ?? []).filter { $0 == suffix || $0.hasSuffix("/" + suffix) }
        return preferred(files: files, from: file, own: own)
    }

    private func firstSegment(_ path: String, separators: Set<Character>) -> String {
        String(path.prefix { !separators.contains($0) })
    }

    /// The modules answering to import `name` that `importer` can import: of its build, of an ecosystem building its
    /// language; in declaration order.
    private func candidates(_ name: String, for importer: Importer) -> [Int] {
        (byImportName[name] ?? []).filter {
            isReachable($0, from: importer.module) && isImportable($0, by: importer, as: name)
        }
    }

    /// The module answering to import `name` for `importer` (see the type's comment on ties).
    func named(_ name: String, from importer: Importer) -> Int? {
        let candidates = candidates(name, for: importer)
        guard candidates.count > 1, let own = importer.module else { return candidates.first }
        let module = modules[own]
        let sameManifest = candidates.filter { modules[$0].manifest == module.manifest }
        let sameEcosystem = candidates.filter { modules[$0].ecosystem == module.ecosystem }
        return sameManifest.first { module.dependencies.contains(modules[$0].name) }
            ?? sameManifest.first
            ?? sameEcosystem.first { module.dependencies.contains(modules[$0].name) }
            ?? ModuleDeclaration.nearest(sameEcosystem, to: module.manifest, in: modules)
            ?? candidates.first
    }

    /// The module whose import name is the longest prefix of `path` at a separator boundary.
    func longestPrefix(_ path: String, separator: Character, from importer: Importer) -> Int? {
        var candidate = path
        while true {
            if let module = named(candidate, from: importer) { return module }
            guard let cut = candidate.lastIndex(of: separator) else { return nil }
            candidate = String(candidate[..<cut])
        }
    }

    /// `<version>`, `<memory>`: a standard header, not a tracked file of that name (abseil's tz data `version`); else
    /// the tracked file the path ends, else a framework's header (`<Shared/Shared.h>`); Objective-C's `@import X;` the
    /// module named so (`ImportResolver+Frameworks.swift`).
    private func resolveCInclude(_ facts: ImportFacts, from file: String, _ importer: Importer) -> Int? {
        if facts.kind == .module { return named(firstSegment(facts.path, separators: ["."]), from: importer) }
        let name = facts.path.split(separator: "/").last ?? ""
        let isStandard = facts.kind == .system && (!name.contains(".") || Self.standardCHeaders.contains(facts.path))
        return isStandard ? nil : resolveInclude(facts.path, from: file) ?? frameworkHeader(facts.path, from: importer)
    }

    /// `#include "x/y.h"`: next to the including file first, else the tracked files ending in it (several: the
    /// best for the includer, `preferred(files:from:own:)`).
    func resolveInclude(_ include: String, from file: String) -> Int? {
        let beside = ManifestContext.join(ManifestContext.folder(of: file), include)
        let own = ownership.owner(of: file)
        if pathSet.contains(beside) { return ownership.owner(of: beside, for: own) }
        let name = include.split(separator: "/").last.map(String.init) ?? include
        let matches = (byFileName[name] ?? []).filter { $0 == include || $0.hasSuffix("/" + include) }
        return preferred(files: matches, from: file, own: own)
    }

    /// Whether JVM package folders start after `folder`: a language folder (`java`, `scala-2.13+`) or `src`.
    private static func isSourceRoot(_ folder: Substring) -> Bool {
        folder == "src" || folder == "source" || folder == "sources" || JVMSources.isLanguageFolder(folder)
    }

    /// `import a.b.C`: the module owning the tracked `…/a/b/C.java` (`.kt`, `.scala`, `.groovy`), or a class's member
    /// or nested class `a.b.C.d` that of `C`'s file; else, in a package several modules share, the one whose Kotlin
    /// file declares the name (a top-level function, `a.b.d`, or a class in a file of another name:
    /// `ImportResolver+KotlinMembers.swift`); else (`a.b.*`, Scala's `a.b._`) the module owning the package folder
    /// `…/a/b`.
    func resolveJVM(_ path: String, own: Int?) -> Int? {
        var parts = path.split(separator: ".").map(String.init)
        let isWildcard = parts.last == "*" || parts.last == "_"
        if isWildcard { parts.removeLast() }
        if parts.count >= 2, let owner = classOwner(parts, own: own) ?? memberClassOwner(parts, own: own) {
            return owner
        }
        if !isWildcard, let owner = topLevelOwner(parts, own: own) { return owner }
        if let generated = parentPackageClass(parts, own: own, known: { jvmFolders[$0] != nil }) {
            return generated.owner
        }
        while !parts.isEmpty {
            if let owners = jvmFolders[parts.joined(separator: "/")], let owner = preferred(owners, own: own) {
                return owner
            }
            parts.removeLast()
            if parts.count < 2 { break }
        }
        return nil
    }

    /// An import by `resolveJVM(_:own:)`, read below the Scala package its first name is a member of (`scopedPath`);
    /// a class named by its qualified name in code (`.path`: `cats.kernel.Band`) by `resolveNamedInCode`, and only
    /// where that is not the importer's own module: else nil, no import at all (it may be a variable's fields).
    private func resolveJVM(_ facts: ImportFacts, own: Int?) -> Int? {
        guard facts.kind == .path else { return resolveJVM(scopedPath(facts) ?? facts.path, own: own) }
        let target = resolveNamedInCode(facts, own: own)
        return target == own ? nil : target
    }

    /// The module owning the class file of `a.b.C`: a sub-package importing its parent package's class
    /// (`retrofit2.adapter.guava` → `retrofit2.Call`) shares the folder `retrofit2` with it, but not the file.
    func classOwner(_ parts: [String], own: Int?) -> Int? {
        let suffix = "/" + parts.joined(separator: "/")
        var owners = Set<Int>()
        for ending in JVMSources.endings {
            for candidate in byFileName[parts[parts.count - 1] + ending] ?? [] where ("/" + candidate).hasSuffix(suffix + ending) {
                if let owner = ownership.owner(of: candidate) { owners.insert(owner) }
            }
        }
        return preferred(owners, own: own)
    }
}
