import Analyses
import Foundation
import GitHistory

/// The `accrue.history/1` JSON documents (docs/history-json.md): sorted keys, pretty, newline-terminated.
public enum HistoryJSON {
    /// The `accrue history --format json` document.
    public static func history(_ report: HistoryReport, includeEvidence: Bool) -> String {
        var document = HistoryDocument(report)
        document.files = report.files.map { HistoryDocument.File($0, evidence: includeEvidence) }
        return encode(document)
    }

    /// The `accrue coupling --format json` document.
    public static func coupling(_ report: HistoryReport) -> String {
        var document = HistoryDocument(report)
        document.coupling = report.coupling.map(HistoryDocument.Pair.init)
        document.sumOfCoupling = report.sumOfCoupling.map { .init(entity: $0.entity, sum: $0.sum) }
        return encode(document)
    }

    /// The `accrue explain PATH --format json` document: one file, its commits and its pairs, and its `debt` when
    /// given (a scanned file; a deleted one has none), with whether each commit reads as a bug fix (`fixes`, the scan's).
    public static func explain(
        _ report: HistoryReport, path: String, debt: (any Encodable & Sendable)? = nil, fixes: Set<String>? = nil,
        excluded: (reason: String, releaseCopy: String?)? = nil
    ) -> String {
        var document = HistoryDocument(report)
        document.debt = debt.map(HistoryDocument.Debt.init)
        document.excluded = excluded.map { HistoryDocument.Excluded(reason: $0.reason, releaseCopy: $0.releaseCopy) }
        let file = report.file(path)
        document.files = file.map { [HistoryDocument.File($0, evidence: true)] } ?? []
        let pairs = report.coupling.filter { $0.entity == path || $0.coupled == path }
        document.coupling = pairs.map(HistoryDocument.Pair.init)
        let ids = (file?.commits ?? []) + pairs.flatMap(\.commits)
        document.commits = report.commits(ids).reversed().map { HistoryDocument.CommitEntry($0, path: path, fixes: fixes) }
        return encode(document)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

