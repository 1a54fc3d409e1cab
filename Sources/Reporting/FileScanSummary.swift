import AccrueKit
import FileScanning
import SourceScan

/// Per-language and per-reason totals of a file scan, sorted for display.
struct FileScanSummary {
    struct LanguageTotal {
        var name: String
        var files: Int
        var lines: LineCounts
    }

    /// Languages by code lines, most first (ties by name).
    var languages: [LanguageTotal]
    var totalLines: LineCounts
    /// Exclusion reasons with their counts, by reason.
    var exclusions: [(reason: Exclusion, count: Int)]

    init(_ result: FileScanResult) {
        var byLanguage: [String: LanguageTotal] = [:]
        var total = LineCounts()
        for file in result.files {
            byLanguage[file.language, default: LanguageTotal(name: file.language, files: 0, lines: LineCounts())]
                .files += 1
            byLanguage[file.language]?.lines += file.lines
            total += file.lines
        }
        languages = byLanguage.values.sorted { ($0.lines.code, $1.name) > ($1.lines.code, $0.name) }
        totalLines = total
        var reasons: [Exclusion: Int] = [:]
        for file in result.excluded { reasons[file.reason, default: 0] += 1 }
        exclusions = reasons.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
