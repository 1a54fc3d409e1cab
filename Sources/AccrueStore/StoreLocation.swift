import AccrueKit
import Foundation
import GitCore
import TrendStore

/// Where the store lives and how it is opened: `.accrue/accrue.sqlite` in the repository by default,
/// kept out of `git status` through `.git/info/exclude`.
public enum StoreLocation {
    /// The default store path of the repository containing `repositoryPath` (inside `.git` when bare).
    public static func defaultPath(repositoryPath: String) throws(GitError) -> String {
        let repository = try Repository(discovering: repositoryPath)
        let root = repository.workingDirectory ?? repository.gitDirectory
        return (root as NSString).appendingPathComponent(".accrue/accrue.sqlite")
    }

    /// Whether the repository has an `.accrue/` folder (then `accrue scan` uses the store by default).
    public static func hasStoreFolder(repositoryPath: String) -> Bool {
        guard let path = try? defaultPath(repositoryPath: repositoryPath) else { return false }
        return FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// Opens the store at `path` (default: in the repository), excluding it from git when it is inside.
    public static func open(
        repositoryPath: String, path: String?, rebuild: Bool
    ) throws -> TrendStore {
        let file = try path.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            ?? defaultPath(repositoryPath: repositoryPath)
        let store = try TrendStore(path: file, rebuild: rebuild)
        try? exclude(file, repositoryPath: repositoryPath)
        return store
    }

    /// Adds `<relative path>*` to `.git/info/exclude` when the store is inside the work tree.
    private static func exclude(_ file: String, repositoryPath: String) throws {
        let repository = try Repository(discovering: repositoryPath)
        guard let root = repository.workingDirectory.map({ URL(fileURLWithPath: $0).standardizedFileURL.path })
        else { return }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard file.hasPrefix(prefix) else { return }
        let line = String(file.dropFirst(prefix.count)) + "*"
        let excludeFile = (repository.gitDirectory as NSString).appendingPathComponent("info/exclude")
        let existing = (try? String(contentsOfFile: excludeFile, encoding: .utf8)) ?? ""
        guard !existing.split(separator: "\n").contains(where: { $0 == line }) else { return }
        try? FileManager.default.createDirectory(
            at: URL(fileURLWithPath: excludeFile).deletingLastPathComponent(), withIntermediateDirectories: true)
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        try (existing + separator + line + "\n").write(toFile: excludeFile, atomically: true, encoding: .utf8)
    }

    /// The text of the repository's `.mailmap` (work tree), or empty: part of the commit cache's key.
    public static func mailmap(repositoryPath: String) -> String {
        guard let repository = try? Repository(discovering: repositoryPath), let root = repository.workingDirectory
        else { return "" }
        return (try? String(contentsOfFile: (root as NSString).appendingPathComponent(".mailmap"), encoding: .utf8))
            ?? ""
    }
}
