import Foundation
import GitCore

/// The part of the repository a history report covers: a folder, a file, or everything.
struct HistoryScope {
    /// Repository-relative: a file path, or a folder ending in `/`; nil for the whole repository. When
    /// `isSettled` is false it has no trailing `/` and names a file or a folder, which `settled` decides.
    let prefix: String?
    /// The folder the repository is opened from (the nearest existing folder of the given path).
    let discoveryPath: String
    /// Whether the prefix's kind is known: false for a path that is not on disk (a deleted file, a typo,
    /// or any path inside a bare repository, which has no files on disk).
    let isSettled: Bool

    /// Finds the repository containing `path` and expresses `path` relative to its work tree.
    ///
    /// `path` need not exist (a deleted file still has history); the repository is then found from
    /// its nearest existing parent folder. In a bare repository (no work tree) the part of `path` below
    /// the git directory is the repository-relative path: `repo.git/src/main.rs` is `src/main.rs`.
    init(_ path: String) throws(HistoryFailure) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        var existing = absolute
        while !FileManager.default.fileExists(atPath: existing.path) && existing.pathComponents.count > 1 {
            existing = existing.deletingLastPathComponent()
        }
        discoveryPath = existing.path
        let repository: Repository
        do {
            repository = try Repository(discovering: existing.path)
        } catch .notARepository {
            throw HistoryFailure(GitError.notARepository(path: path))
        } catch {
            throw HistoryFailure(error)
        }
        let workTree = repository.workingDirectory
        let base = URL(fileURLWithPath: workTree ?? repository.gitDirectory).standardizedFileURL
            .resolvingSymlinksInPath().path
        let resolved = existing.resolvingSymlinksInPath().path + String(absolute.path.dropFirst(existing.path.count))
        guard resolved.hasPrefix(base + "/") else {
            (prefix, isSettled) = (nil, true)
            return
        }
        let relative = String(resolved.dropFirst(base.count + 1))
        (prefix, isSettled) = Self.prefix(relative, at: resolved, inWorkTree: workTree != nil)
    }

    /// The prefix of a repository-relative path and whether its kind is known: a work tree's files and
    /// folders are on disk; a bare repository's are not (what is on disk there is git's own).
    private static func prefix(_ relative: String, at absolute: String, inWorkTree: Bool) -> (String?, Bool) {
        if relative.isEmpty || (inWorkTree && (relative == ".git" || relative.hasPrefix(".git/"))) {
            return (nil, true)
        }
        var isFolder: ObjCBool = false
        guard inWorkTree && FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) else {
            return (relative, false)
        }
        return (isFolder.boolValue ? relative + "/" : relative, true)
    }

    private init(prefix: String?, discoveryPath: String, isSettled: Bool = true) {
        self.prefix = prefix
        self.discoveryPath = discoveryPath
        self.isSettled = isSettled
    }

    /// The whole repository.
    static func everything(discoveryPath: String) -> HistoryScope {
        HistoryScope(prefix: nil, discoveryPath: discoveryPath)
    }

    /// A path that is not on disk names a file when the history has a file at exactly that path
    /// (`isFile`), and a folder otherwise.
    func settled(isFile: (String) -> Bool) -> HistoryScope {
        guard !isSettled, let prefix else { return self }
        return HistoryScope(prefix: isFile(prefix) ? prefix : prefix + "/", discoveryPath: discoveryPath)
    }

    /// Whether a repository-relative path is inside the scope.
    func contains(_ path: String) -> Bool {
        guard let prefix else { return true }
        if !isSettled { return path == prefix || path.hasPrefix(prefix + "/") }
        return prefix.hasSuffix("/") ? path.hasPrefix(prefix) : path == prefix
    }
}
