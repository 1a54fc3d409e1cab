/// Names and places a module extracted from another, and says how to declare it in each ecosystem.
enum ModuleNaming {
    /// A name for the files' module: their file names' common stem, else their most used declaration,
    /// else `<Module>Part<n>`; never one of `taken`.
    static func name(
        files: [String], central: String?, module: String, ordinal: Int, lowercase: Bool, taken: Set<String>
    ) -> String {
        var stem = commonStem(files.map(fileStem))
        if stem.count < 3, let central, central.count >= 3 { stem = central }
        if stem.count < 3 { stem = "\(module)Part\(ordinal)" }
        if lowercase { stem = stem.lowercased() } else if let first = stem.first {
            stem = first.uppercased() + stem.dropFirst()
        }
        var candidate = stem
        if taken.contains(candidate) { candidate = lowercase ? "\(module.lowercased())_\(stem)" : module + stem }
        var suffix = 2
        let base = candidate
        while taken.contains(candidate) {
            candidate = "\(base)\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// The folder the new module's files go to: a sibling of the module's root (`Sources/<Name>`).
    static func folder(for name: String, module: PlanModule) -> String {
        let root = module.roots.first ?? ""
        guard let slash = root.lastIndex(of: "/") else { return root.isEmpty ? name : "\(root)/\(name)" }
        return "\(root[..<slash])/\(name)"
    }

    /// The step that declares the new module, with the dependency pointing the right way.
    static func declaration(of name: String, folder: String, module: PlanModule, newIsLower: Bool) -> String {
        let user = newIsLower ? module.name : name
        let used = newIsLower ? name : module.name
        switch module.ecosystem {
        case "swiftpm":
            return "In \(module.manifest), add `.target(name: \"\(name)\", path: \"\(folder)\")` and add "
                + "\"\(used)\" to \(user)'s dependencies"
        case "cargo":
            return "Create the crate `\(folder)/Cargo.toml` (`name = \"\(name)\"`), add it to the workspace "
                + "members, and add `\(used)` to \(user)'s [dependencies]"
        case "go":
            return "Create package `\(name)` in `\(folder)/`; \(user) imports it by its module path"
        case "npm":
            return "Create the workspace package `\(folder)/package.json` (`\"name\": \"\(name)\"`) and add it "
                + "to \(user)'s dependencies"
        default:
            let build = module.manifest.isEmpty ? "the build" : "the build (\(module.manifest))"
            return "Create the folder `\(folder)/` and add it to \(build) so that \(user) builds against \(used)"
        }
    }

    /// How callers keep building while they still reach the moved names through the old module.
    static func forwarding(of name: String, from module: PlanModule) -> String {
        switch module.ecosystem {
        case "swiftpm": "Add `@_exported import \(name)` to one file of \(module.name), so callers keep building"
        case "cargo": "Add `pub use \(name.lowercased())::*;` to \(module.name)'s lib.rs, so callers keep building"
        default: "Re-export the moved names from \(module.name) (aliases or forwarding headers), so callers keep building"
        }
    }

    private static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.firstIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// The longest prefix all stems share, cut back to a word boundary (`HTTPParser`, `HTTPDecoder` → `HTTP`).
    private static func commonStem(_ stems: [String]) -> String {
        guard var prefix = stems.first.map(Array.init) else { return "" }
        for stem in stems.dropFirst() {
            let characters = Array(stem)
            var length = 0
            while length < min(prefix.count, characters.count) && prefix[length] == characters[length] { length += 1 }
            prefix = Array(prefix[..<length])
        }
        if stems.count == 1 { return String(prefix) }
        // Cut back to a boundary unless every stem continues with a word start (or ends) right here.
        let endsAtSeparator = prefix.last.map { $0 == "_" || $0 == "-" } ?? false
        let isBoundary = endsAtSeparator || stems.allSatisfy { stem in
            let characters = Array(stem)
            return characters.count == prefix.count || characters[prefix.count].isUppercase
                || characters[prefix.count] == "_" || characters[prefix.count] == "-"
        }
        if !isBoundary {
            while let last = prefix.last, !last.isUppercase { prefix.removeLast() }
            if !prefix.isEmpty { prefix.removeLast() }
        }
        while let last = prefix.last, last == "_" || last == "-" || last == "+" { prefix.removeLast() }
        return String(prefix)
    }
}
