import ImportScan

/// Go, JS/TS and Dart imports by path, and the files JS/TS imports name (for re-exports, `ModuleReexports`).
extension ImportResolver {
    /// Go, JS/TS and Dart: a relative path to its file; a JS/TS alias of the nearest vite config, else a path alias
    /// of the nearest tsconfig.json, that has aliases to its file; anything else to the module whose import name is
    /// its longest `/` prefix.
    func resolvePath(_ facts: ImportFacts, in file: String, from importer: Importer) -> Int? {
        if facts.kind == .relative || facts.path.hasPrefix(".") { return resolveRelativeScript(facts.path, from: file) }
        return resolveAlias(facts.path, from: file) ?? longestPrefix(facts.path, separator: "/", from: importer)
    }

    /// Whether a JS/TS import reaches its module by a path, relative (`./foo`) or through a path alias of a
    /// tsconfig.json or a vite config (`~utils`), not by a package's name: no manifest can declare it.
    public func resolvesByPath(_ facts: ImportFacts, in file: String) -> Bool {
        facts.kind == .relative || facts.path.hasPrefix(".") || resolveAlias(facts.path, from: file) != nil
    }

    /// The tracked file a JS/TS import in `file` names, when a path leads to one: a relative import's, a path
    /// alias's (`@excalidraw/excalidraw/types` by tsconfig's `"@excalidraw/excalidraw/*": ["./packages/excalidraw/*"]`),
    /// or, for a package's subpath (`@scope/pkg/types`), the file under a root of `module`, the package it resolved
    /// to, or under its `src/`. Nil for a package's bare name (its entry point is its build's choice) and when no
    /// tracked file is found.
    public func scriptFile(_ facts: ImportFacts, in file: String, module: Int) -> String? {
        if facts.kind == .relative || facts.path.hasPrefix(".") {
            return scriptPath(ManifestContext.join(ManifestContext.folder(of: file), facts.path))
        }
        if let aliased = aliasFile(facts.path, from: file) { return aliased }
        guard let subpath = subpath(of: facts.path, after: modules[module].importNames + [modules[module].name]) else {
            return nil
        }
        for root in modules[module].roots {
            if let found = scriptPath(ManifestContext.join(root, subpath)) ?? scriptPath(ManifestContext.join(root, "src/" + subpath)) {
                return found
            }
        }
        return nil
    }

    /// What follows the longest of `names` that `spec` starts with and a `/`; nil when none does or nothing follows.
    private func subpath(of spec: String, after names: [String]) -> String? {
        let prefix = names.filter { spec.hasPrefix($0 + "/") }.max { $0.utf8.count < $1.utf8.count }
        guard let prefix else { return nil }
        let rest = spec.dropFirst(prefix.count + 1)
        return rest.isEmpty ? nil : String(rest)
    }

    /// `@/components/Foo.vue` with `"@/*": ["src/*"]` in the nearest tsconfig.json that has `paths`: the file
    /// `src/components/Foo.vue` (endings tried as for a relative import); nil when no alias leads to a file.
    /// A vite config's alias comes first (`'@foo': path.resolve(__dirname, 'src/foo')`).
    private func resolveAlias(_ spec: String, from file: String) -> Int? {
        aliasFile(spec, from: file).flatMap { ownership.owner(of: $0) }
    }

    private func aliasFile(_ spec: String, from file: String) -> String? {
        if let aliases = Self.nearest(bundlerAliases, from: file), let found = aliasFile(spec, with: aliases) {
            return found
        }
        guard let aliases = Self.nearest(scriptAliases, from: file) else { return nil }
        return aliasFile(spec, with: aliases)
    }

    /// The aliases of the config (a tsconfig.json, a vite config) nearest above `file` that has any.
    private static func nearest(
        _ byFolder: [String: [(pattern: String, target: String)]], from file: String
    ) -> [(pattern: String, target: String)]? {
        guard !byFolder.isEmpty else { return nil }
        var folder = ManifestContext.folder(of: file)
        while byFolder[folder] == nil {
            if folder.isEmpty { return nil }
            folder = ManifestContext.folder(of: folder)
        }
        return byFolder[folder]
    }

    /// tsc's choice: the first pattern that matches (the aliases come exact patterns first, then by the length
    /// of the prefix before `*`, longest first), and only that pattern's targets, in order; a `*` in a target
    /// takes what the pattern's `*` matched.
    private func aliasFile(_ spec: String, with aliases: [(pattern: String, target: String)]) -> String? {
        guard let first = aliases.firstIndex(where: { Self.star(of: spec, in: $0.pattern) != nil }),
            let star = Self.star(of: spec, in: aliases[first].pattern)
        else { return nil }
        let pattern = aliases[first].pattern
        for alias in aliases[first...].prefix(while: { $0.pattern == pattern }) {
            var target = alias.target
            if pattern.contains("*"), let slot = target.firstIndex(of: "*") { target.replaceSubrange(slot...slot, with: star) }
            if target.hasSuffix("/") { target.removeLast() }
            if let found = scriptPath(target) { return found }
        }
        return nil
    }

    /// What the `*` of `pattern` matches in `spec` (`""` for an exact pattern equal to it), or nil.
    private static func star(of spec: String, in pattern: String) -> Substring? {
        guard let slot = pattern.firstIndex(of: "*") else { return spec == pattern ? "" : nil }
        let (prefix, suffix) = (pattern[..<slot], pattern[pattern.index(after: slot)...])
        guard spec.utf8.count >= prefix.utf8.count + suffix.utf8.count, spec.hasPrefix(prefix), spec.hasSuffix(suffix)
        else { return nil }
        return spec.dropFirst(prefix.count).dropLast(suffix.count)
    }

    /// Tried in order after a relative import's path: tsc's `.ts`, `.tsx`, `.d.ts` (excalidraw's
    /// `import "@excalidraw/excalidraw/global"` names `global.d.ts`), then the other scripts. `.vue` last: Vue CLI
    /// (webpack) resolves `./Foo` to `Foo.vue` and `./list` to `list/index.vue`; a script of the same name wins, as
    /// it does there.
    private static let scriptEndings = ["", ".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".rb", ".php",
        "/index.ts", "/index.tsx", "/index.d.ts", "/index.js", "/index.jsx", "/index.mjs", ".vue", "/index.vue"]

    func resolveRelativeScript(_ spec: String, from file: String) -> Int? {
        scriptPath(ManifestContext.join(ManifestContext.folder(of: file), spec)).flatMap { ownership.owner(of: $0) }
    }

    /// The tracked file `target` names, with the first ending that makes one.
    private func scriptPath(_ target: String) -> String? {
        Self.scriptEndings.lazy.map { target + $0 }.first { pathSet.contains($0) }
    }
}
