import Foundation
import ModuleGraph

/// The path aliases of TypeScript and JavaScript projects: `compilerOptions.paths` of each tracked
/// `tsconfig.json` or `jsconfig.json` (`"@/*": ["src/*"]`, `"#/*": ["./src/*"]`), relative to its `baseUrl`
/// or, without one, to its folder, as tsc resolves them. Vue and Vite apps import most of their own code through
/// them (`import Foo from '@/components/Foo.vue'`), so without them the module graph missed those imports.
///
/// Output: per config folder (`""` for the repository root), the (prefix, target) pairs sorted by pattern; a
/// pattern ending in `*` maps its prefix, one without maps itself exactly. Comments and trailing commas, which
/// tsconfig allows, are dropped before parsing; a config that still does not parse gives no aliases. `extends`
/// is not followed.
public enum ScriptPathAliases {
    public static func read(paths: [String], read: (String) -> [UInt8]?) -> [String: [(prefix: String, target: String)]] {
        var result: [String: [(prefix: String, target: String)]] = [:]
        for path in paths {
            let folder = ManifestContext.folder(of: path)
            let name = path.dropFirst(folder.isEmpty ? 0 : folder.count + 1)
            guard name == "tsconfig.json" || name == "jsconfig.json", let bytes = read(path) else { continue }
            let aliases = self.aliases(in: bytes, folder: folder)
            if !aliases.isEmpty && result[folder] == nil { result[folder] = aliases }
        }
        return result
    }

    static func aliases(in bytes: [UInt8], folder: String) -> [(prefix: String, target: String)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(plainJSON(bytes))),
            let options = (object as? [String: Any])?["compilerOptions"] as? [String: Any],
            let patterns = options["paths"] as? [String: Any]
        else { return [] }
        let base = ManifestContext.join(folder, (options["baseUrl"] as? String) ?? ".")
        return patterns.keys.sorted().compactMap { key in
            guard let target = (patterns[key] as? [Any])?.first as? String else { return nil }
            let wild = key.hasSuffix("*") && target.hasSuffix("*")
            let prefix = wild ? String(key.dropLast()) : key
            let targetPath = ManifestContext.join(base, wild ? String(target.dropLast()) : target)
            // `join` may drop a trailing slash: `src/` must stay a folder for `@/x` → `src/x`.
            let isFolder = wild && target.dropLast().hasSuffix("/") && !targetPath.isEmpty && !targetPath.hasSuffix("/")
            return (prefix, isFolder ? targetPath + "/" : targetPath)
        }
    }

    /// `bytes` without `//` and `/* */` comments outside strings, and without commas right before `}` or `]`.
    static func plainJSON(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                out.append(byte)
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    out.append(bytes[index + 1])
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count && bytes[index] != 10 { index += 1 }
                continue
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                index += 2
                while index + 1 < bytes.count && !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                index += 2
                continue
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                while let last = out.last, last == 32 || last == 9 || last == 10 || last == 13 { out.removeLast() }
                if out.last == UInt8(ascii: ",") { out.removeLast() }
                out.append(byte)
            } else {
                inString = byte == UInt8(ascii: "\"")
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
