import AccrueKit
import FileScanning
import FunctionScan
import ImportScan
import SourceScan

/// The `accrue files --format json` document, schema `accrue.files/1` (see docs/files-json.md).
public struct FilesDocument: Encodable {
    public static let schema = "accrue.files/1"

    struct Language: Encodable {
        var name: String
        var files: Int
        var lines: LineCounts
    }

    struct File: Encodable {
        var path: String
        var language: String
        var bytes: Int
        var lines: LineCounts
        /// The lines of the file's in-file tests (Rust's `#[cfg(test)]` items); absent when it has none.
        var testLines: LineCounts?
        var functions: [FunctionFacts]
        var imports: [ImportFacts]
        var types: TypeCounts?

        enum CodingKeys: String, CodingKey {
            case path, language, bytes, lines, functions, imports, types
            case testLines = "test_lines"
        }

        init(_ report: FileReport) {
            (path, language, bytes, lines) = (report.path, report.language, report.bytes, report.lines)
            testLines = report.testLines == LineCounts() ? nil : report.testLines
            (functions, imports, types) = (report.functions, report.imports, report.types)
        }
    }

    struct Excluded: Encodable {
        var path: String
        var reason: String
    }

    struct Totals: Encodable {
        var files: Int
        var lines: LineCounts
        var excluded: Int
    }

    let schema = FilesDocument.schema
    let accrueVersion: String
    let commit: String?
    let source: String
    let totals: Totals
    let languages: [Language]
    /// Exclusion reason → number of files.
    let excludedByReason: [String: Int]
    let excluded: [Excluded]
    /// Folders holding a copy of another project's release, their files excluded as vendored.
    let releaseCopies: [String]
    let files: [File]

    enum CodingKeys: String, CodingKey {
        case schema, commit, source, totals, languages, excluded, files
        case releaseCopies = "release_copies"
        case accrueVersion = "accrue_version"
        case excludedByReason = "excluded_by_reason"
    }

    public init(_ result: FileScanResult, accrueVersion: String) {
        self.accrueVersion = accrueVersion
        commit = result.commit
        source = result.isWorkTree ? "work_tree" : "commit"
        let summary = FileScanSummary(result)
        totals = Totals(files: result.files.count, lines: summary.totalLines, excluded: result.excluded.count)
        languages = summary.languages.map { Language(name: $0.name, files: $0.files, lines: $0.lines) }
        excludedByReason = Dictionary(uniqueKeysWithValues: summary.exclusions.map { ($0.reason.rawValue, $0.count) })
        excluded = result.excluded.map { Excluded(path: $0.path, reason: $0.reason.rawValue) }
        releaseCopies = result.releaseCopies.sorted()
        files = result.files.map(File.init)
    }
}
