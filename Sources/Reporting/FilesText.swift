import AccrueKit
import DebtModel
import FileScanning
import SourceScan
import Foundation
import FunctionTokens

/// The terminal summary of `accrue files`: languages, totals, exclusions and the largest files.
public struct FilesText {
    public let result: FileScanResult
    public let style: TerminalStyle
    /// How many rows the "largest files" list shows.
    public var top: Int = 10

    public init(_ result: FileScanResult, style: TerminalStyle) {
        self.result = result
        self.style = style
    }

    /// What was left out, by reason, and the release copies among the vendored files; "" when nothing was.
    private func exclusions(_ summary: FileScanSummary) -> String {
        guard !summary.exclusions.isEmpty else { return "" }
        let parts = summary.exclusions.map { "\($0.count) \($0.reason.rawValue.replacingOccurrences(of: "_", with: " "))" }
        var out = "\n" + style.dim("Excluded \(counted(result.excluded.count, "file")): " + parts.joined(separator: ", ")) + "\n"
        if !result.releaseCopies.isEmpty {
            out += style.dim("Vendored copies of other projects' releases: " + result.releaseCopies.sorted().joined(separator: ", ")) + "\n"
        }
        return out
    }

    public func render() -> String {
        let summary = FileScanSummary(result)
        var out = ""
        let source = result.isWorkTree ? "work tree" : "commit \(result.commit?.prefix(12) ?? "?")"
        out += style.bold("accrue files") + style.dim(" — \(source)") + "\n\n"
        var table = TextTable(headers: ["Language", "Files", "Code", "Comment", "Blank"])
        for language in summary.languages {
            table.rows.append([
                language.name, grouped(language.files), grouped(language.lines.code),
                grouped(language.lines.comment), grouped(language.lines.blank),
            ])
        }
        let total = summary.totalLines
        table.rows.append([
            "Total", grouped(result.files.count), grouped(total.code), grouped(total.comment), grouped(total.blank),
        ])
        out += table.render(style: style)
        out += exclusions(summary)
        let largest = result.files.sorted { ($0.lines.code, $1.path) > ($1.lines.code, $0.path) }.prefix(top)
        if !largest.isEmpty {
            out += "\n" + style.bold("Largest files") + "\n"
            var files = TextTable(headers: ["Code", "Path"], leftAligned: [1])
            for file in largest { files.rows.append([grouped(file.lines.code), file.path]) }
            out += files.render(style: style)
        }
        // Only functions at least as complex as the top-th most complex can make the list: filter before
        // sorting (redis has 10,000 functions; the list shows ten).
        var complexities = result.files.flatMap { $0.functions.map(\.complexity) }
        var cutoff = Int.min
        if complexities.count > top, top > 0 {
            complexities.sort(by: >)
            cutoff = complexities[top - 1]
        }
        let functions = result.files.flatMap { file in
            file.functions.filter { $0.complexity >= cutoff }.map { (file.path, $0) }
        }
        .sorted { ($0.1.complexity, $1.0, $1.1.startLine) > ($1.1.complexity, $0.0, $0.1.startLine) }
        .prefix(top)
        if !functions.isEmpty {
            out += "\n" + style.bold("Most complex functions") + "\n"
            var table = TextTable(headers: ["CCN", "Lines", "Nesting", "Function", "Where"], leftAligned: [3, 4])
            for (path, function) in functions {
                table.rows.append([
                    "\(function.complexity)", "\(function.length)", "\(function.maxNesting)", function.name,
                    "\(path):\(function.startLine)",
                ])
            }
            out += table.render(style: style)
        }
        return out
    }
}
