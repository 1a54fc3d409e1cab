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

    /// Iterative glob match with backtracking on the last `*` and `**` (linear in practice).
    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        var starP = -1
        var starT = -1
        var starCrossesFolders = false
        var starIsFolders = false
        let slash = UInt8(ascii: "/")
        while t < text.endIndex {
            if p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") {
                let isDouble = p + 1 < pattern.endIndex && pattern[p + 1] == UInt8(ascii: "*")
                p += isDouble ? 2 : 1
                // `**/` matches whole folders, zero or more: `**/test/**` is not `tokio-test/src/io.rs`.
                starIsFolders = isDouble && p < pattern.endIndex && pattern[p] == slash
                if starIsFolders { p += 1 }
                starP = p
                starT = t
                starCrossesFolders = isDouble
                continue
            }
            if p < pattern.endIndex && (pattern[p] == UInt8(ascii: "?") ? text[t] != slash : pattern[p] == text[t]) {
                p += 1
                t += 1
                continue
            }
            if starP >= 0 && starIsFolders {
                // One more folder: resume right after the next slash.
                guard let next = text[starT...].firstIndex(of: slash) else { return false }
                starT = next + 1
                t = starT
                p = starP
                continue
            }
            if starP >= 0 && (starCrossesFolders || text[starT] != slash) {
                starT += 1
                t = starT
                p = starP
                continue
            }
            return false
        }
        while p < pattern.endIndex && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}
