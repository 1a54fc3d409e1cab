import Foundation

/// The path aliases of TypeScript and JavaScript projects: `compilerOptions.paths` of each tracked
/// `tsconfig.json` or `jsconfig.json` (`"@/*": ["src/*"]`, `"#/*": ["./src/*"]`), as tsc resolves them. Vue and
/// Vite apps import most of their own code through them (`import Foo from '@/components/Foo.vue'`), so without
/// them the module graph missed those imports.
///
/// `extends` is followed to other configs of the repository (`"./tsconfig.base.json"`, `"../tsconfig"`: a
/// relative path, `.json` added when the path names no tracked file; a list of them, later ones winning): a
/// config's own `paths` and `baseUrl` replace those it extends. `baseUrl` is relative to the config that sets it;
/// `paths` are relative to the `baseUrl` in effect, else to the config that sets `paths`. A package (`"extends":
/// "@tsconfig/node18/tsconfig.json"`) is not in the repository and is skipped, as is an `extends` that comes back
/// to a config already on the chain.
///
/// Output: per config folder (`""` for the repository root), (pattern, target) pairs in the order tsc picks a
/// pattern: exact patterns first, then those with one `*` by the length of their prefix before the `*`, longest
/// first (ties by pattern); each pattern's targets in their written order. A `*` in a target takes what the
/// pattern's `*` matched (ImportResolver). `baseUrl` comes last as the pattern `*` (unless `paths` has one).
/// Patterns or targets with more than one `*`, which tsc rejects, are
/// dropped. Comments and trailing commas, which tsconfig allows, are dropped before parsing; a config that still
/// does not parse gives no aliases and extends nothing.
public enum ScriptPathAliases {
    public static func read(paths: [String], read: (String) -> [UInt8]?) -> [String: [(pattern: String, target: String)]] {
        var configs = ConfigFiles(tracked: Set(paths))
        var result: [String: [(pattern: String, target: String)]] = [:]
        for path in paths {
            let folder = ScriptPathAliases.folder(of: path)
            let name = path.dropFirst(folder.isEmpty ? 0 : folder.count + 1)
            guard name == "tsconfig.json" || name == "jsconfig.json", result[folder] == nil else { continue }
            let aliases = configs.effective(path, chain: [], read: read).aliases()
            if !aliases.isEmpty { result[folder] = aliases }
        }
        return result
    }

    /// The `compilerOptions` that decide aliases, each with the folder it is relative to.
    struct Options {
        /// `paths` and the folder of the config that set it.
        var paths: (patterns: [String: [String]], folder: String)?
        /// `baseUrl`, already joined to the folder of the config that set it.
        var baseURL: String?
        /// The configs this one extends, as tracked paths.
        var extends: [String] = []

        /// These options with what `child` sets replacing them (tsc merges `compilerOptions` key by key).
        func overridden(by child: Options) -> Options {
            Options(paths: child.paths ?? paths, baseURL: child.baseURL ?? baseURL, extends: child.extends)
        }

        /// The `paths` patterns in tsc's order, then `baseUrl` as the pattern `*` (tsc resolves a bare name
        /// below `baseUrl` when no pattern of `paths` matches it: `import Foo from 'components/Foo'`).
        func aliases() -> [(pattern: String, target: String)] {
            let underBase = baseURL.map { [(pattern: "*", target: ScriptPathAliases.join($0, "*"))] } ?? []
            guard let paths else { return underBase }
            let base = baseURL ?? paths.folder
            func stars(_ text: String) -> Int { text.utf8.count { $0 == UInt8(ascii: "*") } }
            func prefix(_ pattern: String) -> Int { pattern.utf8.prefix { $0 != UInt8(ascii: "*") }.count }
            let patterns = paths.patterns.keys.filter { stars($0) <= 1 }.sorted { first, second in
                let (a, b) = (stars(first) == 0 ? Int.max : prefix(first), stars(second) == 0 ? Int.max : prefix(second))
                return a != b ? a > b : first < second
            }
            let written = patterns.flatMap { pattern in
                (paths.patterns[pattern] ?? []).filter { stars($0) <= 1 }.map { (pattern, ScriptPathAliases.join(base, $0)) }
            }
            return paths.patterns["*"] == nil ? written + underBase : written
        }
    }

    /// The repository's config files, each parsed once.
    struct ConfigFiles {
        let tracked: Set<String>
        var parsed: [String: Options?] = [:]

        /// The options of the config at `path` over those of the configs it extends; `chain` holds the configs
        /// that led here, so an `extends` cycle ends instead of recursing.
        mutating func effective(_ path: String, chain: Set<String>, read: (String) -> [UInt8]?) -> Options {
            guard !chain.contains(path), let own = options(of: path, read: read) else { return Options() }
            var merged = Options()
            for parent in own.extends {
                merged = merged.overridden(by: effective(parent, chain: chain.union([path]), read: read))
            }
            return merged.overridden(by: own)
        }

        private mutating func options(of path: String, read: (String) -> [UInt8]?) -> Options? {
            if let known = parsed[path] { return known }
            let options = tracked.contains(path) ? read(path).flatMap { ScriptPathAliases.options(in: $0, at: path, tracked: tracked) } : nil
            parsed[path] = options
            return options
        }
    }

    /// What the config at `path` sets itself; nil when it does not parse.
    static func options(in bytes: [UInt8], at path: String, tracked: Set<String>) -> Options? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(plainJSON(bytes)))) as? [String: Any] else { return nil }
        let folder = ScriptPathAliases.folder(of: path)
        let compiler = object["compilerOptions"] as? [String: Any]
        var options = Options()
        if let patterns = compiler?["paths"] as? [String: Any] {
            options.paths = (patterns.compactMapValues { ($0 as? [Any])?.compactMap { $0 as? String } }, folder)
        }
        options.baseURL = (compiler?["baseUrl"] as? String).map { ScriptPathAliases.join(folder, $0) }
        let extends = (object["extends"] as? String).map { [$0] } ?? (object["extends"] as? [Any])?.compactMap { $0 as? String } ?? []
        options.extends = extends.compactMap { target in
            guard target.hasPrefix("./") || target.hasPrefix("../") else { return nil }  // a package: not here
            let joined = ScriptPathAliases.join(folder, target)
            if tracked.contains(joined) { return joined }
            return !joined.hasSuffix(".json") && tracked.contains(joined + ".json") ? joined + ".json" : nil
        }
        return options
    }

    /// `bytes` without `//` and `/* */` comments outside strings, and without commas right before `}` or `]`.
    static func plainJSON(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = stringEnd(bytes, from: index)
                out += bytes[index..<end]
                index = end
            } else if let end = commentEnd(bytes, at: index) {
                index = end
            } else {
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { dropTrailingComma(&out) }
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// Past the string whose opening quote is at `start` (the end of the bytes when it is not closed).
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
            } else if bytes[index] == UInt8(ascii: "\"") {
                return index + 1
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// Past the `//` comment (up to its line's end) or `/* */` comment starting at `index`; nil when none does.
    private static func commentEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        guard bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "/"):
            return bytes[index...].firstIndex(of: 10) ?? bytes.count
        case UInt8(ascii: "*"):
            var end = index + 2
            while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
            return min(end + 2, bytes.count)
        default:
            return nil
        }
    }

    /// Drops a comma (and the blanks after it) left before a closing `}` or `]`.
    private static func dropTrailingComma(_ out: inout [UInt8]) {
        while let last = out.last, last == 32 || last == 9 || last == 10 || last == 13 { out.removeLast() }
        if out.last == UInt8(ascii: ",") { out.removeLast() }
    }

    /// The folder of a repository-relative path (`""` for the root).
    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// `relative` joined to `folder`, `.` and `..` resolved (never above the root). ManifestContext.join does
    /// the same for manifests; ManifestSyntax sits below ModuleGraph and cannot call it.
    static func join(_ folder: String, _ relative: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") where part != "." {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
