import AccrueKit
import FileScanning
import Foundation
import SourceScan

/// A snapshot with no source file accrue recognises says so on stderr: an empty report, all zeros, must not
/// pass for a clean one (a folder of data files, a misread repository, `--exclude` taking everything).
enum EmptyScanWarning {
    /// Warns when `scan` read no file, naming the snapshot and why each tracked file was left out.
    static func check(_ scan: FileScanResult, path: String) {
        warnAboutUnreadable(scan.excluded.filter { $0.reason == .unreadable }.map(\.path), inWorkTree: scan.isWorkTree)
        guard scan.files.isEmpty else { return }
        var reasons: [String: Int] = [:]
        for file in scan.excluded { reasons[file.reason.rawValue.replacingOccurrences(of: "_", with: " "), default: 0] += 1 }
        let counts = reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        let detail = scan.excluded.isEmpty
            ? "it tracks no file"
            : "its \(scan.excluded.count) tracked file\(scan.excluded.count == 1 ? " is" : "s are all") left out (\(counts.joined(separator: ", ")))"
        let snapshot = scan.isWorkTree ? "the work tree" : "commit \(scan.commit.map { String($0.prefix(12)) } ?? "")"
        warn("no source file accrue recognises in \(snapshot) of \(path): \(detail); every figure below is 0")
    }

    /// Warns when a gate or baseline snapshot holds no file, and names the tracked files it could not read.
    static func check(fileCount: Int, unreadable: [String], revision: String?, path: String) {
        warnAboutUnreadable(unreadable, inWorkTree: revision == nil)
        guard fileCount == 0 else { return }
        let snapshot = revision.map { "revision \($0)" } ?? "the work tree"
        warn("no source file accrue recognises in \(snapshot) of \(path); every figure below is 0 (see accrue files)")
    }

    /// Tracked files that could not be read are left out of every figure: say which, rather than drop them
    /// silently, and why they may be missing: a work tree's file deleted or unreadable, a commit's blob absent
    /// from the object database (a partial clone, a mirror without its largest files).
    private static func warnAboutUnreadable(_ unreadable: [String], inWorkTree: Bool) {
        guard !unreadable.isEmpty else { return }
        let shown = unreadable.prefix(3).joined(separator: ", ") + (unreadable.count > 3 ? " and \(unreadable.count - 3) more" : "")
        let one = unreadable.count == 1
        let why = inWorkTree
            ? "deleted from the work tree, or no permission"
            : "\(one ? "its content is" : "their contents are") missing from the object database: a partial or incomplete clone"
        warn("\(unreadable.count) tracked file\(one ? "" : "s") could not be read (\(why)) and \(one ? "is" : "are") "
            + "left out of every figure: \(shown)")
    }

    private static func warn(_ message: String) {
        FileHandle.standardError.write(Data("accrue: warning: \(message)\n".utf8))
    }
}
