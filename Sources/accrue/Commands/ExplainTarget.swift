import AccrueKit
import ArgumentParser
import Foundation
import GitCore
import Analyses

/// What `accrue explain PATH` names. The repository is found as git finds it, from the nearest folder of
/// PATH that exists, so a deleted file is explained in its own repository, not in the current one. A bare
/// repository has no files on disk: the part of PATH below its git directory is the path in the
/// repository (`repo.git/src/main.rs` is `src/main.rs`). A name that is no path (`Core`) is also looked
/// up as a module of the repository of the current folder.
struct ExplainTarget {
    /// PATH as given.
    let given: String
    /// PATH relative to the repository's root; empty for the root itself.
    let relative: String
    /// The folder the repository is scanned from: PATH's folder for a file, else its nearest existing folder.
    let folder: String
    /// Whether PATH is a file, or a folder, of a work tree. Both are false for a path that is not on disk
    /// and for anything inside a bare repository: the history then tells a file from a folder.
    let isFile: Bool
    let isFolder: Bool

    init(_ given: String) throws {
        self.given = given
        relative = try HistoryAnalyzer.repositoryPath(of: given)
        var existing = given
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing, isDirectory: &isDirectory) {
            existing = Self.parent(of: existing)
        }
        let onDisk = existing == given && (try? Repository(discovering: existing))?.isBare != true
        isFile = onDisk && !isDirectory.boolValue
        isFolder = onDisk && isDirectory.boolValue
        folder = isFile ? Self.parent(of: given) : existing
    }

    /// The folder holding `path`, without Foundation's path functions (`deletingLastPathComponent` traps
    /// on `.` in swift-corelibs-foundation).
    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The names the debt part looks for: the repository-relative path, then PATH as a module name.
    var debtNames: [String] {
        isFile || given == relative ? [relative] : [relative, given]
    }

    /// Whether PATH is a folder of the tree at `revision` (HEAD by default) of a bare repository: no file at
    /// it, files below it. Read from the tree alone, so a folder is refused before any scan; false elsewhere.
    func isFolderInBareTree(revision: String?) -> Bool {
        guard !isFile, !isFolder, !relative.isEmpty, let repository = try? Repository(discovering: folder),
            repository.isBare, let commit = try? repository.resolveCommit(revision ?? "HEAD"),
            let entries = try? repository.treeEntries(commit: commit)
        else { return false }
        let prefix = relative + "/"
        return !entries.contains { $0.path == relative } && entries.contains { $0.path.hasPrefix(prefix) }
    }

    /// Whether the mined history (of the whole repository) shows PATH to be a folder: no file at it, files below it.
    func isFolder(in report: HistoryReport) -> Bool {
        report.file(relative) == nil && report.files.contains { $0.path.hasPrefix(relative + "/") }
    }

    /// The usage error for a target that is the repository itself or a folder: explain's figures are a
    /// file's or a module's.
    /// Neither on disk, nor a module, nor in the history: a mistyped path is an error, not an empty answer.
    func requireKnown(in report: HistoryReport) throws {
        guard isFile || report.file(relative) != nil else {
            throw Failure.usage("\(given): no such file or module in the repository or its history")
        }
    }

    func refusal() -> Failure {
        if relative.isEmpty {
            return .usage("\(given) is the whole repository: explain takes a file, or a module name; "
                + "for the whole repository run accrue scan (debt) or accrue history (churn)")
        }
        return .usage("\(given) is a folder: explain takes a file, or a module name; "
            + "for the files in the folder run accrue history \(given)")
    }
}
