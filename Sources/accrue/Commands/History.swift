import AccrueKit
import ArgumentParser
import Foundation
import Reporting

/// `accrue history`: churn, authors and age per file, from one walk of the history.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Churn, authors and age per file: where change concentrates.",
        discussion: """
            Walks the commits reachable from HEAD (or --rev), skipping merges, and counts each file's \
            commits and changed lines exactly as `git log --numstat` does. Renames are followed, so a \
            file keeps its history under its current path. Bot authors and vendored folders are left \
            out unless --include-bots / --no-excludes. JSON follows docs/history-json.md.

            --format numstat prints every commit's raw counts in git's format (no hygiene, no renames) \
            for comparison with `git log --numstat --no-renames --format=%H`.
            """)

    @OptionGroup var walk: HistoryWalkOptions

    @Option(help: "Output format: text, json or numstat.")
    var format: HistoryFormat = .text

    @Option(parsing: .unconditional, help: "How many files to list in the text table.")
    var top: Int = 20

    @Flag(help: "Include deleted files in the text table.")
    var includeDeleted = false

    @Flag(help: "In JSON, list the commits behind each file's figures.")
    var evidence = false

    func validate() throws {
        try TopOption.validate(top)
    }

    func run() throws {
        let request = try walk.request()
        try HistoryCommandErrors.reporting {
            switch format {
            case .numstat:
                try HistoryAnalyzer.writeNumstat(request) { chunk in
                    FileHandle.standardOutput.write(Data(chunk.utf8))
                }
            case .json:
                let report = try HistoryAnalyzer.run(request, progress: HistoryProgress.reporter())
                HistoryCommandErrors.warnIfUntouched(report, path: walk.path)
                print(HistoryJSON.history(report, includeEvidence: evidence), terminator: "")
            case .text:
                let report = try HistoryAnalyzer.run(request, progress: HistoryProgress.reporter())
                HistoryCommandErrors.warnIfUntouched(report, path: walk.path)
                print(HistoryText.history(report, top: top, includeDeleted: includeDeleted), terminator: "")
            }
        }
    }
}

/// Output formats of the history commands.
enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case numstat
}

/// The flags every history command shares: where, which commits, which hygiene.
struct HistoryWalkOptions: ParsableArguments {
    @Argument(help: """
        A folder or file in the repository (in a bare one: GITDIR/path); history's report is limited to it. \
        explain takes a file or a module's name.
        """)
    var path: String = "."

    @Option(help: "The revision to start from (default: HEAD). explain prices the debt as it was at REV, as scan --rev does.")
    var rev: String?

    @Option(help: "Only commits committed on or after this date (YYYY-MM-DD or ISO 8601).")
    var since: String?

    @Option(help: "Only commits committed on or before this date (YYYY-MM-DD or ISO 8601).")
    var until: String?

    @Flag(help: "Follow only the first parent of merges (merges are then diffed against it).")
    var firstParent = false

    @Flag(help: "Do not follow renames.")
    var noRenames = false

    @Flag(help: "Keep commits by bots (dependabot, renovate, github-actions, [bot]).")
    var includeBots = false

    @Flag(help: "Keep vendored folders (vendor/, third_party/, node_modules/, Pods/, Carthage/).")
    var noExcludes = false

    @Option(help: "Threads that diff commits.")
    var jobs: Int = 2

    /// The request these flags describe; the clock is read here and only here.
    func request() throws -> HistoryRequest {
        var request = HistoryRequest(
            path: path, revision: rev ?? "HEAD", since: try HistoryDates.parse(since, option: "--since", endOfDay: false),
            until: try HistoryDates.parse(until, option: "--until", endOfDay: true), firstParent: firstParent,
            followsRenames: !noRenames, excludesBots: !includeBots, now: Date(), threads: jobs)
        if noExcludes { request.isExcluded = { _ in false } }
        return request
    }
}

/// Parses the date flags.
enum HistoryDates {
    static func parse(_ text: String?, option: String, endOfDay: Bool) throws -> Date? {
        guard let text else { return nil }
        if let date = date(text, endOfDay: endOfDay) { return date }
        throw HistoryCommandErrors.usage(
            "\(option) expects a date like 2024-01-31 or 2024-01-31T12:00:00Z, got '\(text)'")
    }

    /// `2024-01-31T12:00:00Z`, or a day `2024-01-31` (its start, or its last second with `endOfDay`).
    static func date(_ text: String, endOfDay: Bool) -> Date? {
        if let date = ISO8601DateFormatter().date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        // The formatter rolls 2025-02-30 over into March: a day it does not write back as given does not exist.
        guard let date = day.date(from: text), day.string(from: date) == text else { return nil }
        return endOfDay ? date.addingTimeInterval(86_399) : date
    }
}

/// The exit-code policy of the history commands: a one-line `accrue: error: …` message and exit code 2, as
/// every other command.
enum HistoryCommandErrors {
    /// Prints a usage problem as one line and returns the exit code to throw (2: could not run).
    static func usage(_ message: String) -> ExitCode {
        printError(message)
        return ExitCode(2)
    }

    /// A path that does not exist is allowed (a deleted file keeps its history), but one no commit touched
    /// either is most likely mistyped: say so instead of printing an empty table.
    static func warnIfUntouched(_ report: HistoryReport, path: String) {
        guard report.files.isEmpty, let scope = report.scope, !FileManager.default.fileExists(atPath: path) else { return }
        FileHandle.standardError.write(Data(
            "accrue: warning: no such file or folder: \(path), and no commit in the mined history touches \(scope)\n".utf8))
    }

    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as HistoryFailure {
            printError(failure.description)
            throw ExitCode(2)
        }
    }
}

/// Progress on standard error, only when it is a terminal.
enum HistoryProgress {
    static func reporter() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in
            let line = done >= total ? "\r\u{1B}[K" : "\rmining history: \(done)/\(total) commits"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
