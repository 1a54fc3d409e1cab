import AccrueKit
import AccrueStore
import Foundation
import Gate
import RuleCatalog
import TrendStore
import SourceScan

/// Each measured commit's figures in the store, so a side measured before (the merge base a previous
/// run of the pull request, or the main branch's own gate, measured) is read instead of scanned again.
///
/// Rows are keyed by commit id under a kind that fingerprints everything the figures depend on besides
/// the commit: the analysers' versions, languages, path rules, modules, rules, model, the configuration
/// file, `.mailmap`, includes and excludes. A row is the baseline as `accrue baseline` writes it plus
/// the locations reports need (which the baseline file leaves out), so a read side equals a scanned one.
struct SnapshotCache {
    /// Bump when the gate's figures change for the same commit and settings (scan, model or baseline code).
    static let analyserVersion = "gate-sides-2"  // 2: rows carry the cycles' cuts and edges

    private let store: TrendStore
    private let kind: String

    init(store: TrendStore, catalog: RuleCatalog, request: GateRequest, mailmap: String) {
        self.store = store
        kind = "gate:" + StoreFingerprint.of(StoreFingerprint.analysis(catalog, mailmap: mailmap) + [
            Data("\(request.includes.map(\.rawValue).sorted())|\(request.excludedPaths)".utf8),
        ])
    }

    /// The figures stored for `commit`, if any.
    func figures(of commit: String) -> Baseline? {
        guard let data = try? store.cached(kind, key: commit, version: Self.analyserVersion),
            let row = try? JSONDecoder().decode(Row.self, from: data)
        else { return nil }
        return row.placed()
    }

    /// Stores `baseline` as the figures of `commit`. A failed write only costs a later run a scan.
    func keep(_ baseline: Baseline, of commit: String) {
        guard let data = try? JSONEncoder().encode(Row(baseline)) else { return }
        try? store.write { try $0.cache(kind, key: commit, version: Self.analyserVersion, value: data) }
    }
}

/// A stored side: the baseline and, by module name and finding key, the locations it does not encode.
private struct Row: Codable {
    var baseline: Baseline
    var modules: [String: Place]
    var findings: [String: Place]
    /// `Baseline.cycleCuts`, which the baseline does not encode (absent in rows of earlier versions).
    var cycleCuts: [String: [String]]?
    /// `Baseline.cycleEdges`, likewise (absent in rows of earlier versions).
    var cycleEdges: [String: [Baseline.CycleEdge]]?

    struct Place: Codable {
        var path: String
        var line: Int?
    }

    init(_ baseline: Baseline) {
        self.baseline = baseline
        modules = baseline.modules.compactMapValues { $0.location.map { Place(path: $0.path, line: $0.line) } }
        findings = baseline.findings.compactMapValues { $0.location.map { Place(path: $0.path, line: $0.line) } }
        cycleCuts = baseline.cycleCuts.isEmpty ? nil : baseline.cycleCuts
        cycleEdges = baseline.cycleEdges.isEmpty ? nil : baseline.cycleEdges
    }

    func placed() -> Baseline {
        var placed = baseline
        for (name, place) in modules { placed.modules[name]?.location = GateLocation(path: place.path, line: place.line) }
        for (key, place) in findings { placed.findings[key]?.location = GateLocation(path: place.path, line: place.line) }
        placed.cycleCuts = cycleCuts ?? [:]
        placed.cycleEdges = cycleEdges ?? [:]
        return placed
    }
}
