import Foundation

/// A repository's configuration: `.accrue.yml` at the repository's root, or a file given with `--config`.
public struct ConfigurationFile: Hashable, Sendable {
    /// The conventional file name, looked up at the repository root.
    public static let defaultName = ".accrue.yml"

    public var url: URL
    /// How errors and the effective-rules dump name the file (`.accrue.yml`, or the path as given).
    public var displayName: String

    public init(url: URL, displayName: String) {
        self.url = url
        self.displayName = displayName
    }

    /// `.accrue.yml` of the repository containing `path`: the nearest folder holding `.git` (or the folder
    /// itself when none does). Nil when that folder has no `.accrue.yml`.
    public static func find(forRepositoryAt path: String) -> ConfigurationFile? {
        let start = URL(fileURLWithPath: path).standardizedFileURL
        var folder = start
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { break }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path {
                folder = start
                break
            }
            folder = parent
        }
        let candidate = folder.appendingPathComponent(defaultName)
        guard FileManager.default.fileExists(atPath: candidate.path) else { return nil }
        return ConfigurationFile(url: candidate, displayName: defaultName)
    }

    /// The configuration's tree, with every node's origin at its line and column in this file.
    func read() throws(RuleCatalogError) -> SettingNode? {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadableConfiguration(displayName)
        }
        let name = displayName
        do {
            return try SettingNode.parse(text) { .configuration(file: name, line: $0, column: $1) }
        } catch {
            throw Self.describe(error, file: name)
        }
    }

    /// A YAML syntax error as `file:line:column: invalid YAML: problem; expected …` (YAMLProblem).
    static func describe(_ error: any Error, file: String) -> RuleCatalogError {
        YAMLProblem.describe(error, file: file)
    }
}
