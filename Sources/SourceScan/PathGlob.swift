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
        var matcher = Matcher(pattern: pattern, text: text)
        return matcher.run()
    }

    /// The state of one match: where it stands in the pattern and the text, and where to resume.
    private struct Matcher {
        static let slash = UInt8(ascii: "/")
        static let star = UInt8(ascii: "*")
        let pattern: ArraySlice<UInt8>
        let text: ArraySlice<UInt8>
        var p: Int
        var t: Int
        /// The last `*`: where the pattern resumes and the text byte it stretches from.
        var single: (p: Int, t: Int)?
        /// The last `**`; `folders` when it was `**/`, which stretches by whole folders.
        var deep: (p: Int, t: Int, folders: Bool)?

        init(pattern: ArraySlice<UInt8>, text: ArraySlice<UInt8>) {
            self.pattern = pattern
            self.text = text
            p = pattern.startIndex
            t = text.startIndex
        }

        mutating func run() -> Bool {
            while t < text.endIndex {
                if takeStar() || takeByte() || stretchSingle() { continue }
                guard stretchDeep() else { return false }
            }
            while p < pattern.endIndex && pattern[p] == Self.star { p += 1 }
            return p == pattern.endIndex
        }

        /// A `*` or `**` in the pattern: remember it as the point to stretch from.
        private mutating func takeStar() -> Bool {
            guard p < pattern.endIndex, pattern[p] == Self.star else { return false }
            let isDouble = p + 1 < pattern.endIndex && pattern[p + 1] == Self.star
            p += isDouble ? 2 : 1
            guard isDouble else {
                single = (p, t)
                return true
            }
            // `**/` matches whole folders, zero or more: `**/test/**` is not `tokio-test/src/io.rs`.
            let folders = p < pattern.endIndex && pattern[p] == Self.slash
            if folders { p += 1 }
            deep = (p, t, folders)
            single = nil
            return true
        }

        /// The pattern's byte matches the text's (`?` any byte but `/`).
        private mutating func takeByte() -> Bool {
            guard p < pattern.endIndex else { return false }
            let matches = pattern[p] == UInt8(ascii: "?") ? text[t] != Self.slash : pattern[p] == text[t]
            guard matches else { return false }
            p += 1
            t += 1
            return true
        }

        /// The last `*` takes one more byte, unless that byte is a `/`.
        private mutating func stretchSingle() -> Bool {
            guard let (starP, starT) = single, text[starT] != Self.slash else { return false }
            single = (starP, starT + 1)
            (p, t) = (starP, starT + 1)
            return true
        }

        /// The last `**` takes one more byte, or one more folder: resume right after the next slash.
        private mutating func stretchDeep() -> Bool {
            guard let (deepP, deepT, folders) = deep,
                let next = folders ? text[deepT...].firstIndex(of: Self.slash).map({ $0 + 1 }) : deepT + 1
            else { return false }
            deep = (deepP, next, folders)
            single = nil
            (p, t) = (deepP, next)
            return true
        }
    }
}
