/// What the walk leaves out by default: bot authors and vendored or generated files.
///
/// Each part can be switched off; `HistoryHygiene.none` keeps everything, which is what a
/// comparison with `git log --numstat` needs.
public struct HistoryHygiene: Sendable {
    /// Case-insensitive fragments of an author's name or email that mark a bot.
    public var botPatterns: [String]
    /// Whether a repository-relative path is left out of the history (vendored, generated…).
    public var isExcluded: @Sendable (String) -> Bool
    /// What `isExcluded` answers from besides the rules a cache of mined commits is keyed by already (the
    /// snapshot's release copies, first-party and template folders, `--exclude` globs), as text; "" for nothing.
    public var exclusionKey: String

    /// Creates a hygiene policy.
    public init(botPatterns: [String], isExcluded: @escaping @Sendable (String) -> Bool, exclusionKey: String = "") {
        self.botPatterns = botPatterns.map { $0.lowercased() }
        self.isExcluded = isExcluded
        self.exclusionKey = exclusionKey
    }

    /// The fragments that mark a bot by default.
    public static let defaultBotPatterns = ["[bot]", "dependabot", "renovate", "github-actions"]

    /// Folders that hold other people's code; any path with one of these as a component is excluded.
    public static let defaultExcludedFolders = ["Carthage", "Pods", "node_modules", "third_party", "vendor"]

    /// Excludes paths inside the default vendored folders.
    public static let defaultIsExcluded: @Sendable (String) -> Bool = { path in
        isInside(path, anyOf: defaultExcludedFolders)
    }

    /// Bots out, vendored folders out.
    public static let standard = HistoryHygiene(
        botPatterns: defaultBotPatterns, isExcluded: defaultIsExcluded)

    /// Keeps every author and every path.
    public static let none = HistoryHygiene(botPatterns: [], isExcluded: { _ in false })

    /// Whether the author looks like a bot.
    public func isBot(_ author: Author) -> Bool {
        guard !botPatterns.isEmpty else { return false }
        let name = author.name.lowercased()
        let email = author.email.lowercased()
        return botPatterns.contains { name.contains($0) || email.contains($0) }
    }

    /// Whether one of `folders` is a whole component of `path`'s folder part.
    public static func isInside(_ path: String, anyOf folders: [String]) -> Bool {
        var components = path.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast()
        return components.contains { component in folders.contains { $0 == component } }
    }
}
