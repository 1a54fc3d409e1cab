/// A bundler's output by its name: a script or stylesheet in a `dist/` folder whose name ends in a content hash
/// (esbuild's `[name]-[hash]`, `epub-4WIP524F.js`), generated whatever its size. The minified check needs 2 KiB:
/// ex_doc's `formatters/html/dist/inline_html-4XT25SPW.js` (726 bytes on one line) had been source beside its five
/// larger siblings, left out as minified.
enum HashedBundles {
    private static let extensions: Set<Substring> = ["js", "mjs", "cjs", "css"]

    /// Whether `path` names a hashed bundle: in a folder named `dist`, with a `-` or `.` before a last name segment of
    /// 8 to 32 letters, digits and `_` holding both a digit and a letter.
    static func isBundle(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts.dropLast().contains("dist"), let name = parts.last,
            let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...])
        else { return false }
        let stem = name[..<dot]
        guard let separator = stem.lastIndex(where: { $0 == "-" || $0 == "." }) else { return false }
        return isHash(stem[stem.index(after: separator)...].utf8)
    }

    private static func isHash(_ bytes: Substring.UTF8View) -> Bool {
        guard (8...32).contains(bytes.count) else { return false }
        var digits = false
        var letters = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters = true
            case UInt8(ascii: "_"): continue
            default: return false
            }
        }
        return digits && letters
    }
}
