/// A repository-relative path pattern: `*` matches within one folder, `**` across folders, `?` one byte.
///
/// A pattern without a `/` matches the file name in any folder (`*.pb.swift`), as in `.gitignore`;
/// a pattern ending in `/` or `/**` matches everything below that folder.
public struct PathGlob: Hashable, Sendable {
    public let pattern: String
    private let bytes: [UInt8]
    private let matchesNameOnly: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        if text.hasPrefix("/") { text.removeFirst() }
        if text.hasSuffix("/") { text += "**" }
        self.matchesNameOnly = !text.contains("/")
        self.bytes = Array(text.utf8)
    }

    /// Whether `path` (repository-relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        matches(utf8: Array(path.utf8))
    }

    /// Whether a path given as its UTF-8 bytes matches; lets a caller testing many globs convert once.
    public func matches(utf8 path: [UInt8]) -> Bool {
        var target = path[...]
        if matchesNameOnly, let slash = path.lastIndex(of: UInt8(ascii: "/")) {
            target = path[(slash + 1)...]
        }
        return PathGlob.match(bytes[...], target)
    }

    /// Iterative glob match with two backtracking points: the last `*` (within a folder) and the last `**`
    /// (across folders). When the `*` cannot stretch over a `/`, the `**` takes one more byte or folder, so
    /// `src/**/*.java` matches `src/a/b/C.java` (linear in practice).
    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/")
        let star = UInt8(ascii: "*")
        var p = pattern.startIndex
        var t = text.startIndex
        var single: (p: Int, t: Int)?
        var deep: (p: Int, t: Int, folders: Bool)?
        while t < text.endIndex {
            if p < pattern.endIndex && pattern[p] == star {
                let isDouble = p + 1 < pattern.endIndex && pattern[p + 1] == star
                p += isDouble ? 2 : 1
                if isDouble {
                    // `**/` matches whole folders, zero or more: `**/test/**` is not `tokio-test/src/io.rs`.
                    let folders = p < pattern.endIndex && pattern[p] == slash
                    if folders { p += 1 }
                    deep = (p, t, folders)
                    single = nil
                } else {
                    single = (p, t)
                }
                continue
            }
            if p < pattern.endIndex && (pattern[p] == UInt8(ascii: "?") ? text[t] != slash : pattern[p] == text[t]) {
                p += 1
                t += 1
                continue
            }
            if let (starP, starT) = single, text[starT] != slash {
                single = (starP, starT + 1)
                (p, t) = (starP, starT + 1)
                continue
            }
            if let (deepP, deepT, folders) = deep {
                // One more byte, or one more folder: resume right after the next slash.
                guard let next = folders ? text[deepT...].firstIndex(of: slash).map({ $0 + 1 }) : deepT + 1 else {
                    return false
                }
                deep = (deepP, next, folders)
                single = nil
                (p, t) = (deepP, next)
                continue
            }
            return false
        }
        while p < pattern.endIndex && pattern[p] == star { p += 1 }
        return p == pattern.endIndex
    }
}
