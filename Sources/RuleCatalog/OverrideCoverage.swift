import SourceScan

extension RuleCatalog {
    /// The `overrides:` names that match nothing in a measured snapshot, one message each: a module that no
    /// manifest or folder of it makes, a path glob that no scanned file matches. Each names the configuration's
    /// file, line and column and, when one is close, the name meant (`did you mean 'Legacy'?`).
    ///
    /// Warnings, not errors: a module or folder can be missing from one revision (`--rev`, a base branch, a
    /// history sample) and be there in others, and the same configuration must read in every one of them.
    public func unmatchedOverrides(modules: some Sequence<String>, files: some Sequence<String>) -> [String] {
        let names = overrides.flatMap(\.names)
        guard !names.isEmpty else { return [] }
        let known = Set(modules)
        let paths = files.map { Array($0.utf8) }
        var messages: [String] = []
        for name in names {
            if name.isModule {
                guard !known.contains(name.text) else { continue }
                let hint = KeySuggestion.closest(to: name.text, in: known.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                messages.append("\(name.origin): overrides: no module is named '\(name.text)'\(hint), so its rules "
                    + "apply to nothing; `accrue modules` lists the modules")
            } else {
                let glob = PathGlob(name.text)
                guard !paths.contains(where: { glob.matches(utf8: $0) }) else { continue }
                let hint = Self.nearestGlob(name.text, files: paths).map { " (did you mean '\($0)'?)" } ?? ""
                messages.append("\(name.origin): overrides: no scanned file matches '\(name.text)'\(hint), so its "
                    + "rules apply to nothing; `accrue files` lists the scanned files")
            }
        }
        return messages
    }

    /// `glob` with its literal folder part (before the first wildcard) replaced by the closest folder of the same
    /// depth that holds scanned files, when one is within a small edit distance (`Source/Legacy/**` →
    /// `Sources/Legacy/**`).
    static func nearestGlob(_ glob: String, files: [[UInt8]]) -> String? {
        let wildcard = glob.firstIndex { "*?[{".contains($0) } ?? glob.endIndex
        guard let slash = glob[..<wildcard].lastIndex(of: "/") else { return nil }
        let folder = String(glob[..<slash])
        let depth = folder.split(separator: "/").count
        var folders = Set<String>()
        for path in files {
            let parts = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            guard parts.count > depth else { continue }
            folders.insert(parts.prefix(depth).map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/"))
        }
        guard let closest = KeySuggestion.closest(to: folder, in: folders.sorted()), closest != folder else { return nil }
        return closest + glob[slash...]
    }
}
