import AccrueKit
import Foundation
import Analyses
import GitCore
import GitHistory

/// Plain-text tables for the history commands: fixed columns, the path last so long paths do not
/// push the numbers around.
public enum HistoryText {
    /// The churn and hotspot table of `accrue history`.
    public static func history(_ report: HistoryReport, top: Int, includeDeleted: Bool) -> String {
        var out = header(report)
        let rows = includeDeleted
            ? report.files.sorted { ($0.revisions, $0.churn, $1.path) > ($1.revisions, $1.churn, $0.path) }
            : report.hotspots
        out += "\n" + line("commits", "+lines", "-lines", "authors", "main author", "age(d)", "path")
        for file in rows.prefix(top) {
            let share = Int((file.mainAuthorShare * 100).rounded())
            let owner = "\(clip(file.mainAuthor.name, 18)) \(share)%"
            out += line(
                "\(file.revisions)", "\(file.linesAdded)", "\(file.linesDeleted)", "\(file.authorCount)", owner,
                "\(file.ageDays)", file.path + (file.exists ? "" : " (deleted)"))
        }
        if rows.count > top { out += "… \(rows.count - top) more files (--top N to list more)\n" }
        return out
    }

    /// The pair table of `accrue coupling`.
    public static func coupling(_ report: HistoryReport, top: Int) -> String {
        var out = header(report)
        let settings = report.couplingSettings
        out += "coupling: min revisions \(settings.minimumRevisions), min shared \(settings.minimumSharedRevisions), "
        out += "min degree \(settings.minimumDegree)%, change sets up to \(settings.maximumChangesetSize) files, "
        out += "grouped by \(settings.grouping.rawValue)\n\n"
        out += pad("degree", 7) + pad("avg", 7) + pad("shared", 7) + "pair\n"
        for pair in report.coupling.prefix(top) {
            out += pad("\(pair.degree)%", 7) + pad(format(pair.averageRevisions), 7) + pad("\(pair.sharedRevisions)", 7)
            out += "\(pair.entity) ↔ \(pair.coupled)\n"
        }
        if report.coupling.isEmpty { out += "no pairs pass the thresholds\n" }
        if report.coupling.count > top { out += "… \(report.coupling.count - top) more pairs (--top N to list more)\n" }
        return out
    }

    /// What `accrue explain PATH` prints: the file's figures and the commits behind them, the bug fixes among them
    /// (`fixes`, the scan's reading) marked `[fix]`.
    public static func explain(_ report: HistoryReport, path: String, limit: Int, fixes: Set<String> = []) -> String {
        var out = header(report)
        guard let file = report.file(path) else {
            return out + "\(path): no commits in the mined history touch this path\n"
        }
        let share = Int((file.mainAuthorShare * 100).rounded())
        out += "\(file.path)\(file.exists ? "" : " (deleted)")\n"
        out += "  \(file.revisions) commits, +\(file.linesAdded) -\(file.linesDeleted) lines, "
        out += "\(file.authorCount) authors; main author \(file.mainAuthor.name) (\(share)% of commits)\n"
        out += "  first change \(day(file.firstChange)), last change \(day(file.lastChange)) (\(file.ageDays) days ago)\n"
        out += "\ncommits behind these figures (newest first):\n"
        let commits = report.commits(file.commits).reversed()
        for commit in commits.prefix(limit) {
            let counts = commit.changes.filter { $0.path == path }
            let added = counts.reduce(0) { $0 + $1.linesAdded }
            let deleted = counts.reduce(0) { $0 + $1.linesDeleted }
            let renamed = counts.compactMap(\.previousPath).first.map { " (from \($0))" } ?? ""
            out += "  \(commit.id.description.prefix(10)) \(day(commit.authoredAt)) "
            let fix = fixes.contains(commit.id.description) ? "[fix] " : ""
            out += pad("+\(added) -\(deleted)", 12) + "\(clip(commit.author.name, 20))  \(fix)\(commit.subject)\(renamed)\n"
        }
        if commits.count > limit { out += "  … \(commits.count - limit) more (--limit N)\n" }
        let pairs = report.coupling.filter { $0.entity == path || $0.coupled == path }
        out += "\nchange coupling (\(pairs.count) pair\(pairs.count == 1 ? "" : "s")):\n"
        for pair in pairs {
            let other = pair.entity == path ? pair.coupled : pair.entity
            out += "  \(pair.degree)% with \(other): \(pair.sharedRevisions) shared of "
            out += "\(pair.entityRevisions)/\(pair.coupledRevisions) commits; shared: "
            out += pair.commits.prefix(8).map { String($0.prefix(10)) }.joined(separator: " ")
            out += pair.commits.count > 8 ? " …\n" : "\n"
        }
        return out
    }

    private static func header(_ report: HistoryReport) -> String {
        let d = report.diagnostics
        var out = "history of \(report.revision) (\(report.head.prefix(10)))"
        if let scope = report.scope { out += " in \(scope)" }
        out += ": \(report.commits.count) commit\(report.commits.count == 1 ? "" : "s") mined of \(d.commitsWalked) walked"
        var skipped: [String] = []
        if d.mergesSkipped > 0 { skipped.append("\(d.mergesSkipped) merges") }
        if d.botCommitsSkipped > 0 { skipped.append("\(d.botCommitsSkipped) by bots") }
        if d.commitsOutsideWindow > 0 { skipped.append("\(d.commitsOutsideWindow) outside the window") }
        if !skipped.isEmpty { out += " (skipped: \(skipped.joined(separator: ", ")))" }
        out += "\n"
        for warning in report.warnings { out += "warning: \(warning)\n" }
        return out
    }

    private static func line(_ columns: String...) -> String {
        let widths = [8, 9, 9, 8, 24, 7]
        var out = ""
        for (index, column) in columns.enumerated() {
            out += index < widths.count ? pad(column, widths[index]) : column
        }
        return out + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
