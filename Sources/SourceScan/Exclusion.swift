/// Why a tracked file was left out of the scan. Every exclusion is counted and reported with its reason.
public enum Exclusion: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case binary
    case symlink
    case submodule
    /// Under a vendored folder, or marked `linguist-vendored`.
    case vendored
    /// Under a project template a scaffolder ships as files (`ScaffoldTemplates`: create-vite's `template-*/`).
    case scaffolding
    /// A generated marker near the top, a generated name or ending, or `linguist-generated`.
    case generated
    /// Minified: very long average lines.
    case minified
    case lockfile
    /// Larger than `maximum_file_bytes`.
    case tooLarge = "too_large"
    /// Matched an `excluded_paths` glob from the configuration.
    case configured
    /// No known language: not source code accrue measures (images, data, prose in unknown formats).
    case unknownLanguage = "unknown_language"
    /// Listed by git but not readable: deleted from the work tree, or a blob missing from the database.
    case unreadable

    public static func < (lhs: Exclusion, rhs: Exclusion) -> Bool { lhs.rawValue < rhs.rawValue }
}
