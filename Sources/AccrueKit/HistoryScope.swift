import Foundation
import GitCore

/// The part of the repository a history report covers: a folder, a file, or everything.
struct HistoryScope {
    /// Repository-relative: a file path, or a folder ending in `/`; nil for the whole repository.
    let prefix: String?
    /// The folder the repository is opened from (the nearest existing folder of the given path).
    let discoveryPath: String

    /// Finds the repository containing `path` and expresses `path` relative to its work tree.
    ///
    /// `path` need not exist (a deleted file still has history); the repository is then found from
    /// its nearest existing parent folder.
    init(_ path: String) throws(HistoryFailure) {
        var absolute = URL(fileURLWithPath: path).standardizedFileURL
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
        guard let root = repository.workingDirectory else {
            prefix = nil
            return
        }
        let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        let resolvedExisting = existing.resolvingSymlinksInPath().path
        let rest = String(absolute.path.dropFirst(existing.path.count))
        absolute = URL(fileURLWithPath: resolvedExisting + rest)
        guard absolute.path.hasPrefix(base + "/") else {
            prefix = nil
            return
        }
        let relative = String(absolute.path.dropFirst(base.count + 1))
        if relative == ".git" || relative.hasPrefix(".git/") {
            prefix = nil
            return
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: absolute.path, isDirectory: &isFolder)
        prefix = relative.isEmpty ? nil : (exists && !isFolder.boolValue ? relative : relative + "/")
    }

    private init(prefix: String?, discoveryPath: String) {
        self.prefix = prefix
        self.discoveryPath = discoveryPath
    }

    /// The whole repository.
    static func everything(discoveryPath: String) -> HistoryScope {
        HistoryScope(prefix: nil, discoveryPath: discoveryPath)
    }

    /// Whether a repository-relative path is inside the scope.
    func contains(_ path: String) -> Bool {
        guard let prefix else { return true }
        return prefix.hasSuffix("/") ? path.hasPrefix(prefix) : path == prefix
    }
}
